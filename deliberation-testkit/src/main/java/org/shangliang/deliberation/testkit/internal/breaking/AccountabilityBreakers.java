package org.shangliang.deliberation.testkit.internal.breaking;

import static org.shangliang.deliberation.testkit.internal.Draw.pick;
import static org.shangliang.deliberation.testkit.internal.breaking.Edits.withDuty;
import static org.shangliang.deliberation.testkit.internal.breaking.Edits.withEscalation;
import static org.shangliang.deliberation.testkit.internal.breaking.Edits.withOutcome;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.before;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.broken;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.expecting;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.indicesWhere;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.lacking;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.unitsBut;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.unlistedParty;

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
import org.shangliang.deliberation.outcome.Escalation;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.testkit.ScenarioParts;
import org.shangliang.deliberation.testkit.Shape;
import org.shangliang.deliberation.testkit.internal.OutcomeFactsDraft;
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
   * One breaker per outcome and escalation rule, in the order of the rules table (the rules on the
   * notices to residents are {@link NoticeBreakers}').
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
        shelvedNotTakenUp(),
        recommendationNotEscalated(),
        recommendationSolutionMissing(),
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
          return broken(
              valid,
              withOutcome(valid.record(), o -> o.facts = OutcomeFactsDraft.edit(o.facts, change)),
              code);
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
              Deliberation broken =
                  withOutcome(
                      valid.record(),
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
                                  }));
              return broken(valid, broken, code);
            })
        .unsupportedWhen(
            lacking(
                p -> p.minRoundsBeforeShelving() < 2,
                "asks no more than one round before shelving"));
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
          return broken(
              valid, withOutcome(valid.record(), o -> o.takeUpAgainOn = Optional.of(takeUp)), code);
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
          return broken(valid, withOutcome(valid.record(), o -> o.duties.clear()), code);
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
          Deliberation broken =
              withDuty(
                  valid.record(),
                  anyDuty(valid, random),
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
                  });
          return broken(valid, broken, code);
        });
  }

  /** Names, as responsible for one agreed item, a party not on the party list. */
  private static Breaker dutyResponsibleNotListed() {
    RuleCode code = RuleCodes.OUTCOME_DUTY_RESPONSIBLE_NOT_LISTED;
    return Breaker.of(
        code,
        p -> Shape.any().withDuties(),
        (valid, random) -> {
          PartyId stranger = unlistedParty(random, valid.record(), "responsible");
          int index = anyDuty(valid, random);
          Deliberation broken =
              withDuty(valid.record(), index, d -> d.responsible = Optional.of(stranger));
          return broken(valid, broken, code);
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
          int index = anyDuty(valid, random);
          Instant finished = outcome.duties().get(index).completedAt().orElse(valid.at());
          if (!finished.isAfter(outcome.classifiedAt())) {
            return Optional.empty();
          }
          Instant deadline = before(random, outcome.classifiedAt(), finished);
          return broken(
              valid,
              withDuty(valid.record(), index, d -> d.deadline = Optional.of(deadline)),
              code);
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
          return broken(
              valid,
              withOutcome(
                  valid.record(),
                  o -> o.progressReports.subList(from, o.progressReports.size()).clear()),
              code);
        });
  }

  /** Drops the completion record of one finished agreed item. */
  private static Breaker dutyCompletionRecordMissing() {
    RuleCode code = RuleCodes.OUTCOME_DUTY_COMPLETION_RECORD_MISSING;
    return Breaker.of(
        code,
        p -> Shape.any().withDuties(),
        (valid, random) -> {
          List<Integer> finished =
              indicesWhere(
                  valid.record().outcome().orElseThrow().duties(),
                  d -> d.isCompleted() && d.completionRecord().isPresent());
          if (finished.isEmpty()) {
            return Optional.empty();
          }
          int index = pick(random, finished);
          return broken(
              valid,
              withDuty(valid.record(), index, d -> d.completionRecord = Optional.empty()),
              code);
        });
  }

  /** Drops every escalation of a recommendation. */
  private static Breaker recommendationNotEscalated() {
    RuleCode code = RuleCodes.OUTCOME_RECOMMENDATION_NOT_ESCALATED;
    return Breaker.of(
        code,
        p -> Shape.any().withOutcome(OutcomeKind.RECOMMENDATION),
        (valid, random) ->
            broken(valid, RecordDraft.edit(valid.record(), d -> d.escalations.clear()), code));
  }

  /** Drops the solution a recommendation proposes to the higher tier. */
  private static Breaker recommendationSolutionMissing() {
    RuleCode code = RuleCodes.OUTCOME_RECOMMENDATION_SOLUTION_MISSING;
    return Breaker.of(
        code,
        p -> Shape.any().withOutcome(OutcomeKind.RECOMMENDATION),
        (valid, random) -> {
          Deliberation broken =
              withOutcome(valid.record(), o -> o.proposedSolution = Optional.empty());
          return broken(valid, broken, code);
        });
  }

  // ---------------------------------------------------------------- escalation.*

  /** Sends an escalation up to another unit of the jurisdiction than the one the profile names. */
  private static Breaker escalationWrongLevel() {
    RuleCode code = RuleCodes.ESCALATION_WRONG_LEVEL;
    return Breaker.of(
        code,
        p -> Shape.any().withEscalation(),
        (valid, random) -> {
          int index = anyEscalation(valid, random);
          UnitId target = valid.record().escalations().get(index).toUnit();
          List<AdministrativeUnit> others = unitsBut(valid.jurisdiction(), target);
          if (others.isEmpty()) {
            return Optional.empty();
          }
          UnitId wrong = pick(random, others).id();
          return broken(valid, withEscalation(valid.record(), index, e -> e.toUnit = wrong), code);
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
          int index = anyEscalation(valid, random);
          Escalation escalation = valid.record().escalations().get(index);
          List<AdministrativeUnit> others =
              unitsBut(valid.jurisdiction(), valid.record().deliberatingUnit());
          if (others.isEmpty()) {
            return Optional.empty();
          }
          AdministrativeUnit other = pick(random, others);
          Optional<UnitId> target = escalationTarget(valid, other);
          Set<RuleCode> codes = expecting(code);
          if (target.isEmpty() || !target.get().equals(escalation.toUnit())) {
            codes.add(RuleCodes.ESCALATION_WRONG_LEVEL);
          }
          return broken(
              valid, withEscalation(valid.record(), index, e -> e.fromUnit = other.id()), codes);
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
          int index = anyEscalation(valid, random);
          Escalation escalation = valid.record().escalations().get(index);
          Instant answered = escalation.resolvedAt().orElse(valid.at());
          if (!answered.isAfter(escalation.escalatedAt())) {
            return Optional.empty();
          }
          Instant deadline = before(random, escalation.escalatedAt(), answered);
          return broken(
              valid, withEscalation(valid.record(), index, e -> e.deadline = deadline), code);
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
                  : Optional.of(unlistedParty(random, valid.record(), "follower"));
          int index = anyEscalation(valid, random);
          return broken(
              valid, withEscalation(valid.record(), index, e -> e.follower = follower), code);
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
          int index = anyEscalation(valid, random);
          Escalation escalation = valid.record().escalations().get(index);
          if (escalation.followUps().isEmpty()) {
            return Optional.empty();
          }
          int from = random.nextInt(escalation.followUps().size());
          Deliberation broken =
              withEscalation(
                  valid.record(),
                  index,
                  e -> e.followUps.subList(from, e.followUps.size()).clear());
          return broken(valid, broken, code);
        });
  }

  // ---------------------------------------------------------------- helpers

  /** The index of an agreed item of the record's outcome, drawn at random. */
  private static int anyDuty(ScenarioParts valid, RandomGenerator random) {
    return random.nextInt(valid.record().outcome().orElseThrow().duties().size());
  }

  /** The index of an escalation of the record, drawn at random. */
  private static int anyEscalation(ScenarioParts valid, RandomGenerator random) {
    return random.nextInt(valid.record().escalations().size());
  }
}
