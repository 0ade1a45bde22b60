package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.rules.OutcomeCase.CLASSIFIED;
import static org.shangliang.deliberation.rules.OutcomeCase.RESOLVED;
import static org.shangliang.deliberation.rules.OutcomeCase.WINDOW_30_DAYS;
import static org.shangliang.deliberation.rules.ReportAssert.assertClean;
import static org.shangliang.deliberation.rules.ReportAssert.assertOnly;
import static org.shangliang.deliberation.rules.ReportAssert.assertSingle;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.meeting.Publicity;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.validation.Messages;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/**
 * A notice counts only for what had happened by the time it was given (Jinan 2018, 结果分流分类办理):
 * a committed item's progress is published within the interval after the previous report, a shelved
 * matter is explained within the profile's window after the shelving, and residents are told of a
 * recommendation's result after the higher tier solved it and within the profile's window.
 */
class NoticeTimingRulesTest {
  private static final Duration MONTH = WINDOW_30_DAYS;
  private static final Duration WEEK = Duration.ofDays(7);

  /** Jinan without the two notice windows: the notices must exist (and follow their event), untimed. */
  private static Profile jinanWithoutNoticeWindows() {
    return Profiles.jinan().withNoticeWindows(Optional.empty(), Optional.empty());
  }

  /** Asserts the only violation is a late progress report at a position, with its due and given instants. */
  private static void assertLateReport(OutcomeCase c, int index, Instant due, Instant given) {
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.OUTCOME_COMMITTED_PROGRESS_LATE,
            "outcome.progressReports[" + index + "]",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(due, MONTH, given);
  }

  /** Asserts the only violation is one of a code at the notice to residents, with these arguments if any. */
  private static void assertNotice(OutcomeCase c, RuleCode code, Object... args) {
    Violation v = assertSingle(c.validate(), code, "outcome.residentsNotice", Severity.ERROR);
    if (args.length > 0) {
      assertThat(v.args()).containsExactly(args);
    }
  }

  private static Publicity notice(Instant from) {
    return Publicity.of("社区公示栏", from, from.plus(WEEK));
  }

  // the defaults

  @Test
  void setsAWeekForBothNoticesInEachBuiltInProfile() {
    for (Profile profile : List.of(Profiles.jinan(), Profiles.haidian(), Profiles.bishan())) {
      assertThat(profile.shelvedExplanationWindow()).as(profile.id()).contains(WEEK);
      assertThat(profile.recommendationNoticeWindow()).as(profile.id()).contains(WEEK);
    }
  }

  // outcome.committed.progress-late

  @Test
  void rejectsAReportPublishedMoreThanTheIntervalAfterThePreviousOne() {
    OutcomeCase c = new OutcomeCase().committed();
    Instant late = CLASSIFIED.plus(MONTH).plus(MONTH).plus(Duration.ofDays(3));
    c.progressReports.set(1, OutcomeCase.progress(late));
    assertLateReport(c, 1, CLASSIFIED.plus(MONTH.multipliedBy(2)), late);
  }

  @Test
  void rejectsAFirstReportPublishedMoreThanTheIntervalAfterTheClassification() {
    OutcomeCase c = new OutcomeCase().committed();
    Instant late = CLASSIFIED.plus(MONTH).plusSeconds(1);
    c.progressReports.set(0, OutcomeCase.progress(late));
    assertLateReport(c, 0, CLASSIFIED.plus(MONTH), late);
  }

  @Test
  void reportsOneLateReportPerGapHoweverLongTheGap() {
    OutcomeCase c = new OutcomeCase().committedStillOpen();
    Instant late = CLASSIFIED.plus(MONTH.multipliedBy(3));
    c.progressReports.add(OutcomeCase.progress(late));
    c.now = late.plus(Duration.ofDays(1));
    assertLateReport(c, 0, CLASSIFIED.plus(MONTH), late);
  }

  @Test
  void reportsALateReportAndTheMissingOneAfterIt() {
    OutcomeCase c = new OutcomeCase().committedStillOpen();
    Instant late = CLASSIFIED.plus(Duration.ofDays(40));
    c.progressReports.add(OutcomeCase.progress(late));
    c.now = late.plus(MONTH).plusSeconds(1);
    ValidationReport report = c.validate();
    assertThat(report.violations())
        .extracting(v -> v.code(), v -> v.path().toString())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                RuleCodes.OUTCOME_COMMITTED_PROGRESS_MISSING, "outcome.progressReports"),
            org.assertj.core.groups.Tuple.tuple(
                RuleCodes.OUTCOME_COMMITTED_PROGRESS_LATE, "outcome.progressReports[0]"));
    assertThat(report.violationsOf(RuleCodes.OUTCOME_COMMITTED_PROGRESS_MISSING).get(0).args())
        .containsExactly(late.plus(MONTH), MONTH);
  }

  @Test
  void acceptsReportsEachWithinTheIntervalOfThePreviousOneHoweverManyIntervalsTheyCover() {
    OutcomeCase c = new OutcomeCase().committedStillOpen();
    for (int day = 29; day <= 29 * 5; day += 29) {
      c.progressReports.add(OutcomeCase.progress(CLASSIFIED.plus(Duration.ofDays(day))));
    }
    c.now = CLASSIFIED.plus(Duration.ofDays(29 * 5 + 30));
    assertClean(c.validate());
  }

  @Test
  void readsReportsInTimeOrderAndReportsTheLateOneAtItsPositionAsGiven() {
    OutcomeCase c = new OutcomeCase().committed();
    Instant late = CLASSIFIED.plus(Duration.ofDays(65));
    c.progressReports.set(1, OutcomeCase.progress(late));
    Collections.reverse(c.progressReports);
    assertLateReport(c, 0, CLASSIFIED.plus(MONTH.multipliedBy(2)), late);
  }

  @Test
  void countsNothingForAReportPublishedBeforeTheClassification() {
    OutcomeCase c = new OutcomeCase().committed();
    c.progressReports.add(0, OutcomeCase.progress(CLASSIFIED.minus(Duration.ofDays(1))));
    assertClean(c.validate());
    c.progressReports.remove(1);
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.OUTCOME_COMMITTED_PROGRESS_LATE,
            "outcome.progressReports[1]",
            Severity.ERROR);
    assertThat(v.args().get(0)).isEqualTo(CLASSIFIED.plus(MONTH));
  }

  @Test
  void asksNothingOfAReportAfterTheItemsAreDoneWhenNoneWasDueBefore() {
    OutcomeCase c = new OutcomeCase().committed();
    c.progressReports.add(OutcomeCase.progress(OutcomeCase.COMPLETED.plus(MONTH.multipliedBy(2))));
    assertClean(c.validate());
  }

  // outcome.shelved.explanation-late and -missing

  @Test
  void acceptsAnExplanationOnTheLastInstantOfTheWindow() {
    OutcomeCase c = new OutcomeCase().shelved();
    c.residentsNotice = Optional.of(notice(CLASSIFIED.plus(WEEK)));
    assertClean(c.validate());
  }

  @Test
  void rejectsAnExplanationPublishedAfterTheWindow() {
    OutcomeCase c = new OutcomeCase().shelved();
    Instant late = CLASSIFIED.plus(WEEK).plusSeconds(1);
    c.residentsNotice = Optional.of(notice(late));
    assertNotice(c, RuleCodes.OUTCOME_SHELVED_EXPLANATION_LATE, CLASSIFIED, WEEK, late);
  }

  @Test
  void asksNoExplanationYetWithinTheWindowAndReportsItMissingAfter() {
    OutcomeCase c = new OutcomeCase().shelved();
    c.residentsNotice = Optional.empty();
    c.now = CLASSIFIED.plus(WEEK);
    assertClean(c.validate());
    c.now = CLASSIFIED.plus(WEEK).plusSeconds(1);
    assertNotice(c, RuleCodes.OUTCOME_SHELVED_EXPLANATION_MISSING, CLASSIFIED);
  }

  @Test
  void countsNoNoticeGivenBeforeTheShelvingAsAnExplanation() {
    OutcomeCase c = new OutcomeCase().shelved();
    c.residentsNotice = Optional.of(notice(CLASSIFIED.minusSeconds(60)));
    assertNotice(c, RuleCodes.OUTCOME_SHELVED_EXPLANATION_MISSING);
    c.residentsNotice = Optional.of(notice(CLASSIFIED));
    assertClean(c.validate());
  }

  @Test
  void withoutAWindowAsksForAnExplanationAtOnceAndNeverCallsItLate() {
    OutcomeCase c = new OutcomeCase().shelved();
    c.profile = jinanWithoutNoticeWindows();
    c.residentsNotice = Optional.of(notice(CLASSIFIED.plus(Duration.ofDays(60))));
    c.now = CLASSIFIED.plus(Duration.ofDays(61));
    assertClean(c.validate());
    c.residentsNotice = Optional.empty();
    c.now = CLASSIFIED.plusSeconds(1);
    assertNotice(c, RuleCodes.OUTCOME_SHELVED_EXPLANATION_MISSING);
  }

  // outcome.recommendation.told-before-solved, residents-told-late and residents-not-told

  @Test
  void rejectsResidentsToldBeforeTheHigherTierSolvedTheMatter() {
    OutcomeCase c = new OutcomeCase().recommendation();
    Instant early = RESOLVED.minus(Duration.ofDays(2));
    c.residentsNotice = Optional.of(notice(early));
    assertNotice(c, RuleCodes.OUTCOME_RECOMMENDATION_TOLD_BEFORE_SOLVED, early, RESOLVED);
  }

  @Test
  void rejectsResidentsToldOfARecommendationNotSolvedAtAll() {
    OutcomeCase c = new OutcomeCase().recommendation();
    c.solvedAt = Optional.empty();
    OutcomeCase.EscalationDraft open = OutcomeCase.escalation();
    open.resolvedAt = Optional.empty();
    c.escalations.set(0, open.build());
    c.now = RESOLVED.minus(Duration.ofDays(1));
    Instant told = RESOLVED.minus(Duration.ofDays(3));
    c.residentsNotice = Optional.of(notice(told));
    assertNotice(
        c,
        RuleCodes.OUTCOME_RECOMMENDATION_TOLD_BEFORE_SOLVED,
        told,
        LocalizedText.of("尚未解决", "not yet solved"));
  }

  @Test
  void saysInBothLanguagesThatAMatterToldOfWasNotSolvedYet() {
    OutcomeCase c = new OutcomeCase().recommendation();
    c.solvedAt = Optional.empty();
    OutcomeCase.EscalationDraft open = OutcomeCase.escalation();
    open.resolvedAt = Optional.empty();
    c.escalations.set(0, open.build());
    c.now = RESOLVED.minus(Duration.ofDays(1));
    c.residentsNotice = Optional.of(notice(RESOLVED.minus(Duration.ofDays(3))));
    Violation v = c.validate().violationsOf(RuleCodes.OUTCOME_RECOMMENDATION_TOLD_BEFORE_SOLVED).get(0);
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    assertThat(Messages.render(v, Locale.SIMPLIFIED_CHINESE, zone))
        .isEqualTo("于 2027-01-05 10:00 +08:00 向群众公示告知建议件结果，早于上级解决该问题（解决时间：尚未解决）：应待问题解决后再公示告知。");
    assertThat(Messages.render(v, Locale.ENGLISH, zone))
        .isEqualTo("Residents were told of the recommendation's result at 2027-01-05 10:00 +08:00, before the"
            + " higher tier had solved it (solved: not yet solved): tell them once it is solved.");
  }

  @Test
  void acceptsResidentsToldAtTheSolutionAndOnTheLastInstantOfTheWindow() {
    OutcomeCase c = new OutcomeCase().recommendation();
    c.residentsNotice = Optional.of(notice(RESOLVED));
    assertClean(c.validate());
    c.residentsNotice = Optional.of(notice(RESOLVED.plus(WEEK)));
    assertClean(c.validate());
  }

  @Test
  void rejectsResidentsToldAfterTheWindow() {
    OutcomeCase c = new OutcomeCase().recommendation();
    Instant late = RESOLVED.plus(WEEK).plusSeconds(1);
    c.residentsNotice = Optional.of(notice(late));
    assertNotice(c, RuleCodes.OUTCOME_RECOMMENDATION_RESIDENTS_TOLD_LATE, RESOLVED, WEEK, late);
  }

  @Test
  void asksResidentsToBeToldOnlyOnceTheWindowAfterTheSolutionHasPassed() {
    OutcomeCase c = new OutcomeCase().recommendation();
    c.residentsNotice = Optional.empty();
    c.now = RESOLVED.plus(WEEK);
    assertClean(c.validate());
    c.now = RESOLVED.plus(WEEK).plusSeconds(1);
    assertNotice(c, RuleCodes.OUTCOME_RECOMMENDATION_RESIDENTS_NOT_TOLD, RESOLVED);
  }

  @Test
  void withoutAWindowAsksForTheNoticeAtOnceAndStillRejectsOneBeforeTheSolution() {
    OutcomeCase c = new OutcomeCase().recommendation();
    c.profile = jinanWithoutNoticeWindows();
    c.residentsNotice = Optional.of(notice(RESOLVED.plus(Duration.ofDays(60))));
    c.now = RESOLVED.plus(Duration.ofDays(61));
    assertClean(c.validate());
    c.residentsNotice = Optional.of(notice(RESOLVED.minusSeconds(1)));
    assertOnly(
        c.validate(), RuleCodes.OUTCOME_RECOMMENDATION_TOLD_BEFORE_SOLVED, "outcome.residentsNotice");
    c.residentsNotice = Optional.empty();
    c.now = RESOLVED.plusSeconds(1);
    assertOnly(
        c.validate(), RuleCodes.OUTCOME_RECOMMENDATION_RESIDENTS_NOT_TOLD, "outcome.residentsNotice");
  }
}
