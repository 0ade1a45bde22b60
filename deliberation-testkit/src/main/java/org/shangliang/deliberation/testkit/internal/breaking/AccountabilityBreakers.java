package org.shangliang.deliberation.testkit.internal.breaking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.shangliang.deliberation.outcome.Disagreement;
import org.shangliang.deliberation.outcome.Duty;
import org.shangliang.deliberation.outcome.Escalation;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.testkit.ScenarioParts;
import org.shangliang.deliberation.testkit.Shape;
import org.shangliang.deliberation.testkit.internal.DutyDraft;
import org.shangliang.deliberation.testkit.internal.EscalationDraft;
import org.shangliang.deliberation.testkit.internal.OutcomeFactsDraft;
import org.shangliang.deliberation.testkit.internal.OutcomeRecordDraft;
import org.shangliang.deliberation.testkit.internal.RecordDraft;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.RuleCode;

/** Breakers of the outcome and escalation rules. */
final class AccountabilityBreakers {
  private AccountabilityBreakers() {}

  /**
   * One breaker per outcome and escalation rule, in the order of the rules table.
   *
   * @return the breakers
   */
  static List<Breaker> all() {
    return List.of(
        kindContradictsFacts(),
        shelvedPremature(),
        dutiesMissing(),
        dutyIncomplete(),
        dutyResponsibleNotListed(),
        dutyOverdue(),
        dutyCompletionRecordMissing(),
        committedProgressMissing(),
        shelvedExplanationMissing(),
        shelvedNotTakenUp(),
        recommendationNotEscalated(),
        recommendationSolutionMissing(),
        recommendationResidentsNotTold(),
        escalationWrongLevel(),
        escalationFromOtherUnit(),
        escalationAnswerLate(),
        escalationFollowerMissing(),
        escalationFollowUpLate());
  }

  // ---------------------------------------------------------------- outcome.*

  /**
   * Changes one fact of the outcome so that it classifies to another kind than the recorded one:
   * within or beyond the tier's powers, agreement reached or not, or a blocking factor added or
   * removed.
   */
  private static Breaker kindContradictsFacts() {
    RuleCode code = RuleCodes.OUTCOME_KIND_CONTRADICTS_FACTS;
    return Breaker.of(
        code,
        p -> Shape.any().with(Shape.Feature.OUTCOME),
        (valid, random) -> {
          OutcomeRecord outcome = valid.record().outcome().orElseThrow();
          OutcomeKind kind = outcome.kind();
          List<Consumer<OutcomeFactsDraft>> changes = new ArrayList<>();
          if (kind == OutcomeKind.RECOMMENDATION) {
            changes.add(f -> f.withinPowers = true);
          } else {
            changes.add(f -> f.withinPowers = false);
            if (kind == OutcomeKind.SHELVED) {
              changes.add(f -> f.agreementReached = true);
            } else {
              changes.add(f -> f.agreementReached = false);
              if (kind == OutcomeKind.IMMEDIATE) {
                changes.add(f -> f.blockingFactors.add("需等待相关部门审批"));
              } else {
                changes.add(f -> f.blockingFactors.clear());
              }
            }
          }
          Consumer<OutcomeFactsDraft> change = pick(random, changes);
          return Optional.of(
              editOutcome(valid, o -> o.facts = OutcomeFactsDraft.edit(o.facts, change), code));
        });
  }

  /**
   * Shelves after fewer rounds than the profile asks, without deep disagreement or a wide scope:
   * the facts keep the rounds held where they are already too few, else record fewer.
   */
  private static Breaker shelvedPremature() {
    RuleCode code = RuleCodes.OUTCOME_SHELVED_PREMATURE;
    return Breaker.of(
        code,
        p -> Shape.any().withOutcome(OutcomeKind.SHELVED),
        (valid, random) -> {
          int minimum = valid.profile().minRoundsBeforeShelving();
          if (minimum < 2) {
            return Optional.empty();
          }
          Disagreement disagreement =
              random.nextBoolean() ? Disagreement.NONE : Disagreement.MODERATE;
          return Optional.of(
              editOutcome(
                  valid,
                  o ->
                      o.facts =
                          OutcomeFactsDraft.edit(
                              o.facts,
                              f -> {
                                if (f.roundsHeld >= minimum) {
                                  f.roundsHeld = 1 + random.nextInt(minimum - 1);
                                }
                                f.disagreement = disagreement;
                                f.wideScopeOrComplexCauses = false;
                              }),
                  code));
        })
        .unsupportedWhen(
            p ->
                p.minRoundsBeforeShelving() < 2
                    ? Optional.of(
                        "profile " + p.id() + " asks no more than one round before shelving")
                    : Optional.empty());
  }

  /**
   * Moves the date to take a shelved matter up again before the day it was reopened (or, not
   * reopened, before the day judged at), and not before the day it was shelved.
   */
  private static Breaker shelvedNotTakenUp() {
    RuleCode code = RuleCodes.OUTCOME_SHELVED_NOT_TAKEN_UP;
    return Breaker.of(
        code,
        p -> Shape.any().withTakeUpAgain(),
        (valid, random) -> {
          OutcomeRecord outcome = valid.record().outcome().orElseThrow();
          ZoneId zone = valid.profile().zone();
          Instant when = valid.at();
          for (Reopening reopening : valid.record().reopenings()) {
            if (!reopening.at().isBefore(outcome.classifiedAt()) && reopening.at().isBefore(when)) {
              when = reopening.at();
            }
          }
          LocalDate first = LocalDate.ofInstant(outcome.classifiedAt(), zone);
          LocalDate last = LocalDate.ofInstant(when, zone).minusDays(1);
          if (!when.isAfter(last.plusDays(1).atStartOfDay(zone).toInstant())) {
            last = last.minusDays(1); // judged (or reopened) at the very start of its day
          }
          if (last.isBefore(first)) {
            return Optional.empty();
          }
          int days = (int) (last.toEpochDay() - first.toEpochDay());
          LocalDate takeUp = first.plusDays(random.nextInt(days + 1));
          return Optional.of(editOutcome(valid, o -> o.takeUpAgainOn = Optional.of(takeUp), code));
        });
  }

  /**
   * Drops every agreed item of an immediate or committed outcome (not of a committed one whose
   * items were all finished: its progress reports would then be judged up to now).
   */
  private static Breaker dutiesMissing() {
    RuleCode code = RuleCodes.OUTCOME_DUTIES_MISSING;
    return Breaker.of(
        code,
        p -> Shape.any().withDuties(),
        (valid, random) -> {
          OutcomeRecord outcome = valid.record().outcome().orElseThrow();
          if (outcome.kind() == OutcomeKind.COMMITTED && outcome.isCompleted()) {
            return Optional.empty();
          }
          return Optional.of(editOutcome(valid, o -> o.duties.clear(), code));
        });
  }

  /** Drops the responsible party, the measures or the deadline (one or more) of one agreed item. */
  private static Breaker dutyIncomplete() {
    RuleCode code = RuleCodes.OUTCOME_DUTY_INCOMPLETE;
    return Breaker.of(
        code,
        p -> Shape.any().withDuties(),
        (valid, random) -> {
          int missing = 1 + random.nextInt(7); // bits: responsible, measures, deadline
          return Optional.of(
              editDuty(
                  valid,
                  random,
                  d -> {
                    if ((missing & 1) != 0) {
                      d.responsible = Optional.empty();
                    }
                    if ((missing & 2) != 0) {
                      d.measures = Optional.empty();
                    }
                    if ((missing & 4) != 0) {
                      d.deadline = Optional.empty();
                    }
                  },
                  code));
        });
  }

  /** Names, as responsible for one agreed item, a party not on the party list. */
  private static Breaker dutyResponsibleNotListed() {
    RuleCode code = RuleCodes.OUTCOME_DUTY_RESPONSIBLE_NOT_LISTED;
    return Breaker.of(
        code,
        p -> Shape.any().withDuties(),
        (valid, random) -> {
          PartyId stranger = unlisted(valid, random, "responsible");
          return Optional.of(
              editDuty(valid, random, d -> d.responsible = Optional.of(stranger), code));
        });
  }

  /**
   * Moves the deadline of one agreed item before the instant it was finished (or, unfinished,
   * before the instant judged at), and not before the classification.
   */
  private static Breaker dutyOverdue() {
    RuleCode code = RuleCodes.OUTCOME_DUTY_OVERDUE;
    return Breaker.of(
        code,
        p -> Shape.any().withDuties(),
        (valid, random) -> {
          OutcomeRecord outcome = valid.record().outcome().orElseThrow();
          int index = random.nextInt(outcome.duties().size());
          Duty duty = outcome.duties().get(index);
          Instant finished = duty.completedAt().orElse(valid.at());
          if (!finished.isAfter(outcome.classifiedAt())) {
            return Optional.empty();
          }
          Instant deadline = before(random, outcome.classifiedAt(), finished);
          return Optional.of(
              editOutcome(
                  valid,
                  o ->
                      o.duties.set(
                          index, DutyDraft.edit(duty, d -> d.deadline = Optional.of(deadline))),
                  code));
        });
  }

  /**
   * Drops the progress reports of a committed outcome from a random one on, so that the interval
   * after the last one kept (or after the classification) passes without a report.
   */
  private static Breaker committedProgressMissing() {
    RuleCode code = RuleCodes.OUTCOME_COMMITTED_PROGRESS_MISSING;
    return Breaker.of(
        code,
        p -> Shape.any().withProgressReports(),
        (valid, random) -> {
          OutcomeRecord outcome = valid.record().outcome().orElseThrow();
          int from = random.nextInt(outcome.progressReports().size());
          return Optional.of(
              editOutcome(
                  valid,
                  o -> o.progressReports.subList(from, o.progressReports.size()).clear(),
                  code));
        });
  }

  /** Drops the completion record of one finished agreed item. */
  private static Breaker dutyCompletionRecordMissing() {
    RuleCode code = RuleCodes.OUTCOME_DUTY_COMPLETION_RECORD_MISSING;
    return Breaker.of(
        code,
        p -> Shape.any().withDuties(),
        (valid, random) -> {
          OutcomeRecord outcome = valid.record().outcome().orElseThrow();
          List<Integer> finished = new ArrayList<>();
          for (int i = 0; i < outcome.duties().size(); i++) {
            Duty duty = outcome.duties().get(i);
            if (duty.isCompleted() && duty.completionRecord().isPresent()) {
              finished.add(i);
            }
          }
          if (finished.isEmpty()) {
            return Optional.empty();
          }
          int index = pick(random, finished);
          return Optional.of(
              editOutcome(
                  valid,
                  o ->
                      o.duties.set(
                          index,
                          DutyDraft.edit(
                              o.duties.get(index), d -> d.completionRecord = Optional.empty())),
                  code));
        });
  }

  /** Drops the notice that tells residents why the matter is shelved. */
  private static Breaker shelvedExplanationMissing() {
    RuleCode code = RuleCodes.OUTCOME_SHELVED_EXPLANATION_MISSING;
    return Breaker.of(
        code,
        p -> Shape.any().withOutcome(OutcomeKind.SHELVED),
        (valid, random) ->
            Optional.of(editOutcome(valid, o -> o.residentsNotice = Optional.empty(), code)));
  }

  /** Drops every escalation of a recommendation. */
  private static Breaker recommendationNotEscalated() {
    RuleCode code = RuleCodes.OUTCOME_RECOMMENDATION_NOT_ESCALATED;
    return Breaker.of(
        code,
        p -> Shape.any().withOutcome(OutcomeKind.RECOMMENDATION),
        (valid, random) ->
            Optional.of(
                valid.withRecord(
                    RecordDraft.edit(valid.record(), d -> d.escalations.clear()), Set.of(code))));
  }

  /** Drops the solution a recommendation proposes to the higher tier. */
  private static Breaker recommendationSolutionMissing() {
    RuleCode code = RuleCodes.OUTCOME_RECOMMENDATION_SOLUTION_MISSING;
    return Breaker.of(
        code,
        p -> Shape.any().withOutcome(OutcomeKind.RECOMMENDATION),
        (valid, random) ->
            Optional.of(editOutcome(valid, o -> o.proposedSolution = Optional.empty(), code)));
  }

  /** Drops the notice that tells residents a solved recommendation was solved. */
  private static Breaker recommendationResidentsNotTold() {
    RuleCode code = RuleCodes.OUTCOME_RECOMMENDATION_RESIDENTS_NOT_TOLD;
    return Breaker.of(
        code,
        p -> Shape.any().withSolvedRecommendation(),
        (valid, random) ->
            Optional.of(editOutcome(valid, o -> o.residentsNotice = Optional.empty(), code)));
  }

  // ---------------------------------------------------------------- escalation.*

  /** Sends an escalation up to another unit of the jurisdiction than the one the profile names. */
  private static Breaker escalationWrongLevel() {
    RuleCode code = RuleCodes.ESCALATION_WRONG_LEVEL;
    return Breaker.of(
        code,
        p -> Shape.any().withEscalation(),
        (valid, random) -> {
          int index = random.nextInt(valid.record().escalations().size());
          UnitId target = valid.record().escalations().get(index).toUnit();
          List<UnitId> others = new ArrayList<>();
          for (AdministrativeUnit unit : valid.jurisdiction().units()) {
            if (!unit.id().equals(target)) {
              others.add(unit.id());
            }
          }
          if (others.isEmpty()) {
            return Optional.empty();
          }
          UnitId wrong = pick(random, others);
          return Optional.of(editEscalation(valid, index, e -> e.toUnit = wrong, code));
        });
  }

  /**
   * Sends an escalation up from another unit of the jurisdiction than the deliberating one; where
   * the matters of that unit go up elsewhere than the escalation's target, the target is also the
   * wrong level.
   */
  private static Breaker escalationFromOtherUnit() {
    RuleCode code = RuleCodes.ESCALATION_FROM_OTHER_UNIT;
    return Breaker.of(
        code,
        p -> Shape.any().withEscalation(),
        (valid, random) -> {
          int index = random.nextInt(valid.record().escalations().size());
          Escalation escalation = valid.record().escalations().get(index);
          List<AdministrativeUnit> others = new ArrayList<>();
          for (AdministrativeUnit unit : valid.jurisdiction().units()) {
            if (!unit.id().equals(valid.record().deliberatingUnit())) {
              others.add(unit);
            }
          }
          if (others.isEmpty()) {
            return Optional.empty();
          }
          AdministrativeUnit other = pick(random, others);
          Optional<UnitId> target = escalationTarget(valid, other);
          RuleCode[] codes =
              target.isPresent() && target.get().equals(escalation.toUnit())
                  ? new RuleCode[] {code}
                  : new RuleCode[] {code, RuleCodes.ESCALATION_WRONG_LEVEL};
          return Optional.of(editEscalation(valid, index, e -> e.fromUnit = other.id(), codes));
        });
  }

  /**
   * The unit a matter of {@code from} goes up to under the profile: the first unit on its path to
   * the root at or above the level its tier escalates to and with a tier of the profile.
   */
  private static Optional<UnitId> escalationTarget(ScenarioParts parts, AdministrativeUnit from) {
    Optional<TierLevel> level = parts.profile().tier(from.level()).flatMap(TierRule::escalatesTo);
    if (level.isEmpty()) {
      return Optional.empty();
    }
    for (AdministrativeUnit unit : parts.jurisdiction().pathToRoot(from.id())) {
      if (unit.level().compareTo(level.get()) >= 0
          && parts.profile().tier(unit.level()).isPresent()) {
        return Optional.of(unit.id());
      }
    }
    return Optional.empty();
  }

  /**
   * Moves an escalation's deadline before the instant the higher tier answered it (or, unanswered,
   * before the instant judged at), and not before it was escalated.
   */
  private static Breaker escalationAnswerLate() {
    RuleCode code = RuleCodes.ESCALATION_ANSWER_LATE;
    return Breaker.of(
        code,
        p -> Shape.any().withEscalation(),
        (valid, random) -> {
          int index = random.nextInt(valid.record().escalations().size());
          Escalation escalation = valid.record().escalations().get(index);
          Instant answered = escalation.resolvedAt().orElse(valid.at());
          if (!answered.isAfter(escalation.escalatedAt())) {
            return Optional.empty();
          }
          Instant deadline = before(random, escalation.escalatedAt(), answered);
          return Optional.of(editEscalation(valid, index, e -> e.deadline = deadline, code));
        });
  }

  /** Drops the follower of an escalation, or names one not on the party list. */
  private static Breaker escalationFollowerMissing() {
    RuleCode code = RuleCodes.ESCALATION_FOLLOWER_MISSING;
    return Breaker.of(
        code,
        p -> Shape.any().withEscalation(),
        (valid, random) -> {
          Optional<PartyId> follower =
              random.nextBoolean()
                  ? Optional.empty()
                  : Optional.of(unlisted(valid, random, "follower"));
          return Optional.of(editEscalation(valid, random, e -> e.follower = follower, code));
        });
  }

  /**
   * Drops an escalation's follow-ups from a random one on, so that the window after the last one
   * kept (or after the escalation) passes before the answer (or the instant judged at).
   */
  private static Breaker escalationFollowUpLate() {
    RuleCode code = RuleCodes.ESCALATION_FOLLOW_UP_LATE;
    return Breaker.of(
        code,
        p -> Shape.any().withEscalation(),
        (valid, random) -> {
          int index = random.nextInt(valid.record().escalations().size());
          Escalation escalation = valid.record().escalations().get(index);
          if (escalation.followUps().isEmpty()) {
            return Optional.empty();
          }
          int from = random.nextInt(escalation.followUps().size());
          return Optional.of(
              editEscalation(
                  valid,
                  index,
                  e -> e.followUps.subList(from, e.followUps.size()).clear(),
                  code));
        });
  }

  // ---------------------------------------------------------------- helpers

  /** The parts with one agreed item (chosen at random) changed, expecting the given codes. */
  private static ScenarioParts editDuty(
      ScenarioParts valid, RandomGenerator random, Consumer<DutyDraft> change, RuleCode... codes) {
    int index = random.nextInt(valid.record().outcome().orElseThrow().duties().size());
    return editOutcome(
        valid, o -> o.duties.set(index, DutyDraft.edit(o.duties.get(index), change)), codes);
  }

  /** The parts with the record's outcome changed, expecting the given codes. */
  private static ScenarioParts editOutcome(
      ScenarioParts valid, Consumer<OutcomeRecordDraft> change, RuleCode... codes) {
    OutcomeRecord outcome = valid.record().outcome().orElseThrow();
    OutcomeRecord changed = OutcomeRecordDraft.edit(outcome, change);
    return valid.withRecord(
        RecordDraft.edit(valid.record(), d -> d.outcome = Optional.of(changed)), Set.of(codes));
  }

  /** The parts with one escalation (chosen at random) changed, expecting the given codes. */
  private static ScenarioParts editEscalation(
      ScenarioParts valid,
      RandomGenerator random,
      Consumer<EscalationDraft> change,
      RuleCode... codes) {
    return editEscalation(
        valid, random.nextInt(valid.record().escalations().size()), change, codes);
  }

  /** The parts with one escalation changed, expecting the given codes. */
  private static ScenarioParts editEscalation(
      ScenarioParts valid, int index, Consumer<EscalationDraft> change, RuleCode... codes) {
    return valid.withRecord(
        RecordDraft.edit(
            valid.record(),
            d -> d.escalations.set(index, EscalationDraft.edit(d.escalations.get(index), change))),
        Set.of(codes));
  }

  /** A party identifier that is not on the record's party list. */
  private static PartyId unlisted(ScenarioParts valid, RandomGenerator random, String prefix) {
    while (true) {
      PartyId id = PartyId.of(prefix + "-unlisted-" + Integer.toHexString(random.nextInt(1 << 20)));
      if (!valid.record().parties().has(id)) {
        return id;
      }
    }
  }

  private static <T> T pick(RandomGenerator random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** An instant in {@code [from, to)}, {@code to} after {@code from}. */
  private static Instant before(RandomGenerator random, Instant from, Instant to) {
    long seconds = Duration.between(from, to).getSeconds();
    return from.plusSeconds(seconds <= 1 ? 0 : random.nextLong(seconds));
  }
}
