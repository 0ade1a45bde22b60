package org.shangliang.deliberation.testkit.internal.breaking;

import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.broken;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.lacking;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.later;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.unlistedParty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.RiskAssessment;
import org.shangliang.deliberation.process.RiskLevel;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.testkit.ScenarioParts;
import org.shangliang.deliberation.testkit.Shape;
import org.shangliang.deliberation.testkit.internal.RecordDraft;
import org.shangliang.deliberation.testkit.internal.RiskAssessmentDraft;
import org.shangliang.deliberation.validation.RuleCode;

/** Breakers of the risk-assessment rules (risk.*, 重大决策风险评估). */
final class RiskBreakers {
  private RiskBreakers() {}

  /**
   * The breakers of this family, one per rule code, in the order of the rules table.
   *
   * @return the breakers
   */
  static List<Breaker> all() {
    return List.of(assessmentMissing(), assessmentLate(), assessorNotListed(), measuresMissing());
  }

  /**
   * A decided matter the profile wants assessed: an immediate outcome (so a meeting's result carries
   * the matter) of the first size the profile names, or else of its first entry.
   */
  private static Shape decidedAssessedMatter(Profile profile) {
    Shape shape = Shape.any().withOutcome(OutcomeKind.IMMEDIATE);
    if (!profile.riskAssessedSizes().isEmpty()) {
      return shape.withMatterSize(profile.riskAssessedSizes().iterator().next());
    }
    if (!profile.riskAssessedEntries().isEmpty()) {
      return shape.withCatalogueEntry(profile.riskAssessedEntries().iterator().next());
    }
    return shape;
  }

  /** Why a profile cannot break the rules on a required assessment. */
  private static Function<Profile, Optional<String>> requiresNone() {
    return lacking(
        p -> p.riskAssessedSizes().isEmpty() && p.riskAssessedEntries().isEmpty(),
        "requires no risk assessment");
  }

  /** Whether a meeting formed a result that carries the matter (no vote, or a vote that passed). */
  private static boolean carries(Meeting meeting) {
    return meeting.result().isPresent()
        && meeting.result().get().outcome().map(o -> o == Outcome.PASSED).orElse(true);
  }

  /** Whether the valid record is one the profile wants assessed, and some meeting decided it. */
  private static boolean decidedAndRequired(ScenarioParts valid) {
    Deliberation record = valid.record();
    return valid.profile().requiresRiskAssessment(record.topic())
        && record.meetings().stream().anyMatch(RiskBreakers::carries);
  }

  /** Drops every risk assessment of a decided matter the profile wants assessed. */
  private static Breaker assessmentMissing() {
    RuleCode code = RuleCodes.RISK_ASSESSMENT_MISSING;
    return Breaker.of(
            code,
            RiskBreakers::decidedAssessedMatter,
            (valid, random) -> {
              if (!decidedAndRequired(valid)) {
                return Optional.empty();
              }
              Deliberation record =
                  RecordDraft.edit(valid.record(), d -> d.riskAssessments.clear());
              return broken(valid, record, code);
            })
        .unsupportedWhen(requiresNone());
  }

  /**
   * Moves every risk assessment of a decided matter the profile wants assessed to after the end of
   * the last meeting (so after the decision), by a second to 30 days each.
   */
  private static Breaker assessmentLate() {
    RuleCode code = RuleCodes.RISK_ASSESSMENT_LATE;
    return Breaker.of(
            code,
            RiskBreakers::decidedAssessedMatter,
            (valid, random) -> {
              if (!decidedAndRequired(valid) || valid.record().riskAssessments().isEmpty()) {
                return Optional.empty();
              }
              Instant lastEnd = null;
              for (Meeting meeting : valid.record().meetings()) {
                if (lastEnd == null || meeting.endedAt().isAfter(lastEnd)) {
                  lastEnd = meeting.endedAt();
                }
              }
              Instant after = lastEnd;
              Deliberation record =
                  RecordDraft.edit(
                      valid.record(),
                      d ->
                          d.riskAssessments.replaceAll(
                              a ->
                                  RiskAssessmentDraft.edit(
                                      a,
                                      r -> r.assessedAt = later(random, after, Duration.ofDays(30)))));
              return broken(valid, record, code);
            })
        .unsupportedWhen(requiresNone());
  }

  /** Replaces the assessor of one risk assessment by a party not on the list. */
  private static Breaker assessorNotListed() {
    RuleCode code = RuleCodes.RISK_ASSESSOR_NOT_LISTED;
    return Breaker.of(
        code,
        profile -> Shape.any().with(Shape.Feature.MEETING),
        (valid, random) ->
            inOneAssessment(
                valid,
                random,
                (a, record) -> a.assessor = unlistedParty(random, record, "risk-assessor"),
                code));
  }

  /** Makes one risk assessment find a high risk and drops its measures. */
  private static Breaker measuresMissing() {
    RuleCode code = RuleCodes.RISK_MEASURES_MISSING;
    return Breaker.of(
        code,
        profile -> Shape.any().with(Shape.Feature.MEETING),
        (valid, random) ->
            inOneAssessment(
                valid,
                random,
                (a, record) -> {
                  a.level = RiskLevel.HIGH;
                  a.measures.clear();
                },
                code));
  }

  /** A change to one assessment's draft, knowing the record it belongs to. */
  @FunctionalInterface
  private interface AssessmentChange {
    void apply(RiskAssessmentDraft draft, Deliberation record);
  }

  /** Changes one assessment, chosen at random; empty if the record has none. */
  private static Optional<ScenarioParts> inOneAssessment(
      ScenarioParts valid, RandomGenerator random, AssessmentChange change, RuleCode code) {
    List<RiskAssessment> assessments = valid.record().riskAssessments();
    if (assessments.isEmpty()) {
      return Optional.empty();
    }
    int index = random.nextInt(assessments.size());
    Deliberation record =
        RecordDraft.edit(
            valid.record(),
            d ->
                d.riskAssessments.set(
                    index,
                    RiskAssessmentDraft.edit(
                        assessments.get(index), a -> change.apply(a, valid.record()))));
    return broken(valid, record, code);
  }
}
