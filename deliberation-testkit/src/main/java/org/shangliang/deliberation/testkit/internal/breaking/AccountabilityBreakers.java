package org.shangliang.deliberation.testkit.internal.breaking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.shangliang.deliberation.outcome.Duty;
import org.shangliang.deliberation.outcome.Escalation;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.testkit.ScenarioParts;
import org.shangliang.deliberation.testkit.Shape;
import org.shangliang.deliberation.testkit.internal.DutyDraft;
import org.shangliang.deliberation.testkit.internal.EscalationDraft;
import org.shangliang.deliberation.testkit.internal.OutcomeRecordDraft;
import org.shangliang.deliberation.testkit.internal.RecordDraft;
import org.shangliang.deliberation.validation.RuleCode;

/** Breakers of the outcome and escalation rules. */
final class AccountabilityBreakers {
  private AccountabilityBreakers() {}

  static List<Breaker> all() {
    return List.of(
        dutiesMissing(),
        dutyIncomplete(),
        dutyResponsibleNotListed(),
        dutyOverdue(),
        dutyCompletionRecordMissing(),
        committedProgressMissing(),
        shelvedExplanationMissing(),
        recommendationNotEscalated(),
        recommendationSolutionMissing(),
        recommendationResidentsNotTold(),
        escalationAnswerLate(),
        escalationFollowerMissing(),
        escalationFollowUpLate());
  }

  // ---------------------------------------------------------------- outcome.*

  /**
   * Drops every agreed item of an immediate or committed outcome (not of a committed one whose items
   * were all finished: its progress reports would then be judged up to now).
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
