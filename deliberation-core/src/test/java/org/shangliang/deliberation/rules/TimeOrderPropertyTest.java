package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.FollowUp;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.outcome.Revisit;
import org.shangliang.deliberation.outcome.Supervision;
import org.shangliang.deliberation.outcome.SupervisionPhase;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/**
 * Lists that arrive in any order are judged in time order: a record whose lists are shuffled builds,
 * keeps the order it was given, and gets the same violations as the record in time order — same
 * codes, severities and arguments, and paths naming the same elements at their shuffled positions —
 * with each rule's violations in the order of those positions. Fixed seed, fixed count.
 */
class TimeOrderPropertyTest {
  private static final long SEED = 20261211L;
  private static final int SHUFFLES = 25;

  private static Instant at(String text) {
    return Instant.parse(text);
  }

  /**
   * Jinan, immediate outcome: three meetings; two more steps after the five, one entered before the
   * other completed, with a reopening between them; an owners' committee and an unknown party
   * supervising; two revisits; an appraisal off the scale.
   */
  static OutcomeCase jinanSteps() {
    OutcomeCase c = new OutcomeCase();
    c.meetings.add(new MeetingCase().shiftMeeting(Duration.ofDays(7)).meeting());
    c.meetings.add(new MeetingCase().shiftMeeting(Duration.ofDays(14)).meeting());
    c.steps.add(
        StepEvent.completed(
            MeetingCase.FIVE_STEP_DELIBERATE, at("2027-03-13T01:00:00Z"), at("2027-03-14T01:00:00Z"), MeetingCase.PO));
    c.steps.add(
        StepEvent.completed(
            MeetingCase.FIVE_STEP_CARRY_OUT, at("2027-03-13T12:00:00Z"), at("2027-03-16T01:00:00Z"), MeetingCase.PC));
    c.reopenings.add(Reopening.of(at("2027-03-13T06:00:00Z"), "居民要求重新协商"));
    c.supervision.add(
        Supervision.of(SupervisionPhase.DURING, MeetingCase.OC, OutcomeCase.DURING_AT.plusSeconds(3600), "业委会查看"));
    c.supervision.add(
        Supervision.of(SupervisionPhase.AFTER, PartyId.of("ghost-1"), OutcomeCase.AFTER_AT.plusSeconds(60), "不明身份"));
    c.revisits.add(Revisit.of(at("2027-03-15T02:00:00Z"), MeetingCase.RC, "二次回访"));
    c.appraisals.add(Appraisal.of(at("2027-03-08T02:00:00Z"), MeetingCase.REP, 9));
    return c;
  }

  /**
   * Haidian: poor appraisals, one reopened and one not; a deliberate step after the reopening with no
   * meeting in it, then a handle step entered before it completed.
   */
  static OutcomeCase haidianReopenings() {
    OutcomeCase c = new OutcomeCase().haidian();
    c.appraisals.add(Appraisal.of(at("2027-03-08T02:00:00Z"), MeetingCase.OWNER, 1));
    c.appraisals.add(Appraisal.of(at("2027-03-16T02:00:00Z"), MeetingCase.REP, 2));
    c.appraisals.add(Appraisal.of(at("2027-03-10T02:00:00Z"), MeetingCase.RC, 3));
    c.reopenings.add(Reopening.of(at("2027-03-09T02:00:00Z"), "评议不满意"));
    c.reopenings.add(Reopening.of(at("2027-03-12T06:00:00Z"), "再次重议"));
    c.steps.add(StepEvent.completed("deliberate", at("2027-03-13T01:00:00Z"), at("2027-03-14T01:00:00Z"), MeetingCase.PO));
    c.steps.add(StepEvent.completed("handle", at("2027-03-13T20:00:00Z"), at("2027-03-15T01:00:00Z"), MeetingCase.PC));
    c.steps.add(StepEvent.underWay("supervise", at("2027-03-15T02:00:00Z"), MeetingCase.REP));
    return c;
  }

  /**
   * A recommendation sent up three times: as it should be; to the wrong level with a gap in its
   * follow-ups; and without a follower, its follow-ups in time.
   */
  static OutcomeCase escalations() {
    OutcomeCase c = new OutcomeCase().recommendation();
    OutcomeCase.EscalationDraft wrong = OutcomeCase.escalation().to(LiftCase.DISTRICT);
    wrong.escalatedAt = OutcomeCase.ESCALATED.plusSeconds(3600);
    wrong.followUps.clear();
    wrong.followUps.add(FollowUp.of(at("2026-12-13T02:00:00Z"), "区里已受理"));
    wrong.followUps.add(FollowUp.of(at("2026-12-20T02:00:00Z"), "区住建局答复研究中"));
    wrong.followUps.add(FollowUp.of(at("2027-01-20T02:00:00Z"), "区住建局仍在研究"));
    wrong.resolvedAt = Optional.empty();
    c.escalations.add(wrong.build());
    OutcomeCase.EscalationDraft noFollower = OutcomeCase.escalation();
    noFollower.escalatedAt = OutcomeCase.ESCALATED.plusSeconds(7200);
    noFollower.follower = Optional.empty();
    noFollower.followUps.clear();
    noFollower.followUps.add(FollowUp.of(at("2026-12-15T02:00:00Z"), "第一次跟进"));
    noFollower.followUps.add(FollowUp.of(at("2026-12-29T02:00:00Z"), "第二次跟进"));
    noFollower.followUps.add(FollowUp.of(at("2027-01-06T02:00:00Z"), "第三次跟进"));
    c.escalations.add(noFollower.build());
    return c;
  }

  /**
   * A committed outcome with five progress reports and one interval without a report (so the report
   * after it is late).
   */
  static OutcomeCase progressReports() {
    OutcomeCase c = new OutcomeCase().committed();
    c.progressReports.clear();
    for (int days : new int[] {10, 25, 70, 71, 72}) {
      c.progressReports.add(OutcomeCase.progress(c.classifiedAt.plus(Duration.ofDays(days))));
    }
    return c;
  }

  /**
   * Jinan requiring an assessment of major matters, with five assessments all after the decision: the
   * earliest is late, two are by a stranger, two find a high risk without measures.
   */
  static OutcomeCase riskAssessments() {
    OutcomeCase c = new OutcomeCase();
    c.profile =
        org.shangliang.deliberation.profile.Profiles.jinan()
            .withRiskAssessed(
                List.of(org.shangliang.deliberation.topic.MatterSize.MAJOR), List.of());
    for (int i = 0; i < 5; i++) {
      org.shangliang.deliberation.process.RiskAssessment.Builder assessment =
          new org.shangliang.deliberation.process.RiskAssessment.Builder()
              .assessor(i % 2 == 1 ? PartyId.of("expert-" + i) : MeetingCase.PO)
              .assessedAt(MeetingCase.ENDED.plus(Duration.ofDays(3 + 2L * ((i * 3) % 5))))
              .level(
                  i % 3 == 0
                      ? org.shangliang.deliberation.process.RiskLevel.HIGH
                      : org.shangliang.deliberation.process.RiskLevel.MEDIUM)
              .findings("施工影响通行");
      c.riskAssessments.add(assessment.build());
    }
    return c;
  }

  static Stream<Arguments> records() {
    return Stream.of(
        Arguments.of("jinan steps, meetings, supervision", (Supplier<OutcomeCase>) TimeOrderPropertyTest::jinanSteps,
            List.of(
                RuleCodes.STEP_ORDER,
                RuleCodes.STEP_STARTED_EARLY,
                RuleCodes.STEP_DELIBERATE_NO_MEETING,
                RuleCodes.SUPERVISION_SUPERVISOR_NOT_ALLOWED,
                RuleCodes.APPRAISAL_SCORE_OUT_OF_SCALE)),
        Arguments.of("haidian appraisals and reopenings", (Supplier<OutcomeCase>) TimeOrderPropertyTest::haidianReopenings,
            List.of(
                RuleCodes.APPRAISAL_POOR_NOT_REOPENED,
                RuleCodes.STEP_STARTED_EARLY,
                RuleCodes.STEP_DELIBERATE_NO_MEETING)),
        Arguments.of("escalations and follow-ups", (Supplier<OutcomeCase>) TimeOrderPropertyTest::escalations,
            List.of(
                RuleCodes.ESCALATION_WRONG_LEVEL,
                RuleCodes.ESCALATION_FOLLOW_UP_LATE,
                RuleCodes.ESCALATION_FOLLOWER_MISSING)),
        Arguments.of("progress reports", (Supplier<OutcomeCase>) TimeOrderPropertyTest::progressReports,
            List.of(RuleCodes.OUTCOME_COMMITTED_PROGRESS_LATE)),
        Arguments.of("risk assessments", (Supplier<OutcomeCase>) TimeOrderPropertyTest::riskAssessments,
            List.of(
                RuleCodes.RISK_ASSESSMENT_LATE,
                RuleCodes.RISK_ASSESSOR_NOT_LISTED,
                RuleCodes.RISK_MEASURES_MISSING)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void judgesShuffledListsAsTheRecordInTimeOrder(
      String name, Supplier<OutcomeCase> record, List<RuleCode> expectedCodes) {
    OutcomeCase c = record.get();
    Deliberation ordered = c.build();
    Validator validator = c.validator();
    ValidationReport expected = validator.validate(ordered, c.now);
    assertThat(expected.violations())
        .as("the record in time order breaks the rules under test")
        .extracting(Violation::code)
        .containsAll(expectedCodes);

    Random random = new Random(SEED);
    for (int run = 0; run < SHUFFLES; run++) {
      RecordShuffle shuffle = new RecordShuffle(ordered, random);
      ValidationReport report = validator.validate(shuffle.shuffled, c.now);
      assertThat(shuffle.describeInOriginal(report))
          .as("%s, shuffle %d", name, run)
          .containsExactlyInAnyOrderElementsOf(RecordShuffle.describe(expected));
      assertInPositionOrder(report);
    }
  }

  /** Within one rule's violations, those naming elements of one list come in order of position. */
  private static void assertInPositionOrder(ValidationReport report) {
    List<Violation> violations = report.violations();
    for (int i = 1; i < violations.size(); i++) {
      Violation previous = violations.get(i - 1);
      Violation current = violations.get(i);
      List<Object> p = previous.path().segments();
      List<Object> q = current.path().segments();
      if (previous.code().equals(current.code())
          && p.size() > 1
          && q.size() > 1
          && p.get(0).equals(q.get(0))
          && p.get(1) instanceof Integer
          && q.get(1) instanceof Integer) {
        assertThat((Integer) q.get(1)).as("%s after %s", current, previous).isGreaterThanOrEqualTo((Integer) p.get(1));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void keepsEveryListInTheOrderGiven(
      String name, Supplier<OutcomeCase> record, List<RuleCode> expectedCodes) {
    Deliberation ordered = record.get().build();
    Random random = new Random(SEED);
    for (int run = 0; run < SHUFFLES; run++) {
      RecordShuffle shuffle = new RecordShuffle(ordered, random);
      Deliberation d = shuffle.shuffled;
      assertThat(d.meetings()).isEqualTo(pick(ordered.meetings(), shuffle.from.get("meetings")));
      assertThat(d.steps()).isEqualTo(pick(ordered.steps(), shuffle.from.get("steps")));
      assertThat(d.supervision()).isEqualTo(pick(ordered.supervision(), shuffle.from.get("supervision")));
      assertThat(d.revisits()).isEqualTo(pick(ordered.revisits(), shuffle.from.get("revisits")));
      assertThat(d.appraisals()).isEqualTo(pick(ordered.appraisals(), shuffle.from.get("appraisals")));
      assertThat(d.reopenings()).isEqualTo(pick(ordered.reopenings(), shuffle.from.get("reopenings")));
      assertThat(d.escalations()).extracting(e -> e.escalatedAt())
          .isEqualTo(
              pick(ordered.escalations(), shuffle.from.get("escalations")).stream()
                  .map(e -> e.escalatedAt())
                  .collect(java.util.stream.Collectors.toList()));
      assertThat(d.events()).isEqualTo(ordered.events());
    }
  }

  private static <T> List<T> pick(List<T> values, int[] positions) {
    List<T> picked = new java.util.ArrayList<>();
    for (int position : positions) {
      picked.add(values.get(position));
    }
    return picked;
  }

  /** The helper's own mapping, checked on one path. */
  @org.junit.jupiter.api.Test
  void mapsAShuffledPathBackToTheSameElement() {
    Deliberation ordered = jinanSteps().build();
    RecordShuffle shuffle = new RecordShuffle(ordered, new Random(SEED));
    int j = 3;
    int original = shuffle.from.get("steps")[j];
    assertThat(shuffle.shuffled.steps().get(j)).isEqualTo(ordered.steps().get(original));
    assertThat(shuffle.toOriginal(Path.of("steps").index(j).child("step")))
        .isEqualTo(Path.of("steps").index(original).child("step"));
  }
}
