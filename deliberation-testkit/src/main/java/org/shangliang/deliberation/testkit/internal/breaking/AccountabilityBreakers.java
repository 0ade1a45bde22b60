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
        dutyCompletionRecordMissing(),
        shelvedExplanationMissing(),
        recommendationNotEscalated(),
        recommendationSolutionMissing(),
        recommendationResidentsNotTold(),
        escalationFollowerMissing());
  }

  // ---------------------------------------------------------------- outcome.*

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

  // ---------------------------------------------------------------- helpers

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
    int index = random.nextInt(valid.record().escalations().size());
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
