package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.rules.MeetingCase.AFTER_ALL;
import static org.shangliang.deliberation.rules.OutcomeCase.BUDGET;
import static org.shangliang.deliberation.rules.OutcomeCase.CLASSIFIED;
import static org.shangliang.deliberation.rules.OutcomeCase.COMPLETED;
import static org.shangliang.deliberation.rules.OutcomeCase.LIFT;
import static org.shangliang.deliberation.rules.OutcomeCase.LIFT_DEADLINE;
import static org.shangliang.deliberation.rules.OutcomeCase.MID_WORKS;
import static org.shangliang.deliberation.rules.OutcomeCase.RESOLVED;
import static org.shangliang.deliberation.rules.OutcomeCase.WINDOW_30_DAYS;
import static org.shangliang.deliberation.rules.ReportAssert.assertClean;
import static org.shangliang.deliberation.rules.ReportAssert.assertOnly;
import static org.shangliang.deliberation.rules.ReportAssert.assertSingle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.outcome.Disagreement;
import org.shangliang.deliberation.outcome.OutcomeClassifier;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.SupervisionPhase;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.validation.Messages;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/** The rules on the four outcome kinds and their agreed items (DOMAIN.md, Jinan, seeds/003). */
class OutcomeRulesTest {
  private static final Instant DAY = Instant.parse("2026-12-11T00:00:00Z");
  private static final Duration MONTH = WINDOW_30_DAYS;

  // the fixture

  @Test
  void acceptsCompliantImmediateOutcomeWithItsSupervisionRevisitAndAppraisals() {
    OutcomeCase c = new OutcomeCase();
    assertThat(c.build().outcome()).isPresent();
    assertThat(c.build().outcome().get().kind()).isEqualTo(OutcomeKind.IMMEDIATE);
    assertThat(c.build().outcome().get().completedAt()).contains(COMPLETED);
    assertThat(c.build().supervision()).hasSize(6);
    assertThat(c.build().revisits()).hasSize(1);
    assertThat(c.build().appraisals()).hasSize(2);
    assertClean(c.validate());
  }

  @Test
  void classifiesTheFixturesFactsAsTheKindItRecords() {
    assertThat(OutcomeClassifier.classify(new OutcomeCase().facts()).kind())
        .isEqualTo(OutcomeKind.IMMEDIATE);
    assertThat(OutcomeClassifier.classify(new OutcomeCase().committed().facts()).kind())
        .isEqualTo(OutcomeKind.COMMITTED);
    assertThat(OutcomeClassifier.classify(new OutcomeCase().shelved().facts()).kind())
        .isEqualTo(OutcomeKind.SHELVED);
    assertThat(OutcomeClassifier.classify(new OutcomeCase().recommendation().facts()).kind())
        .isEqualTo(OutcomeKind.RECOMMENDATION);
  }

  @Test
  void acceptsEachCompliantVariant() {
    assertClean(new OutcomeCase().committed().validate());
    assertClean(new OutcomeCase().shelved().validate());
    assertClean(new OutcomeCase().recommendation().validate());
    assertClean(new OutcomeCase().carryingOut().validate());
  }

  @Test
  void keepsTheMeetingCaseWithoutOutcome() {
    assertThat(new MeetingCase().build().outcome()).isEmpty();
    assertThat(new MeetingCase().build().supervision()).isEmpty();
    assertThat(new LiftCase().build().hotlineCase()).isEmpty();
  }

  @Test
  void acceptsARecordNotYetClassified() {
    OutcomeCase c = new OutcomeCase();
    c.classified = false;
    c.supervision.clear();
    c.revisits.clear();
    c.appraisals.clear();
    assertClean(c.validate());
  }

  // outcome.kind.contradicts-facts

  @Test
  void rejectsImmediateOutcomeWhoseFactsNameABlockingFactor() {
    OutcomeCase c = new OutcomeCase();
    c.blockingFactors.add("井道内燃气管线需先迁移");
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.OUTCOME_KIND_CONTRADICTS_FACTS, "outcome.kind", Severity.ERROR);
    assertThat(v.args())
        .containsExactly(
            OutcomeKind.IMMEDIATE,
            OutcomeKind.COMMITTED,
            OutcomeClassifier.classify(c.facts()).reasons());
  }

  @Test
  void rejectsCommittedOutcomeBeyondTheTiersPowers() {
    OutcomeCase c = new OutcomeCase().committed();
    c.withinPowers = false;
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.OUTCOME_KIND_CONTRADICTS_FACTS, "outcome.kind", Severity.ERROR);
    assertThat(v.args().subList(0, 2))
        .containsExactly(OutcomeKind.COMMITTED, OutcomeKind.RECOMMENDATION);
    assertThat(v.args().get(2))
        .isEqualTo(List.of(LocalizedText.of("超出本级职权范围", "beyond this tier's powers")));
  }

  // outcome.shelved.premature

  @Test
  void acceptsShelvingAfterTheProfilesRounds() {
    OutcomeCase c = new OutcomeCase().shelved();
    assertThat(c.profile.minRoundsBeforeShelving()).isEqualTo(2);
    assertThat(c.roundsHeld).isEqualTo(2);
    assertClean(c.validate());
  }

  @Test
  void warnsOfShelvingAfterOneRoundWithoutDeepDisagreementOrWideScope() {
    OutcomeCase c = new OutcomeCase().shelved();
    c.roundsHeld = 1;
    ValidationReport report = c.validate();
    Violation v =
        assertSingle(report, RuleCodes.OUTCOME_SHELVED_PREMATURE, "outcome.kind", Severity.WARNING);
    assertThat(v.args()).containsExactly(1, 2);
    assertThat(report.isCompliant()).isTrue();
  }

  @Test
  void acceptsShelvingAfterOneRoundWithDeepDisagreement() {
    OutcomeCase c = new OutcomeCase().shelved();
    c.roundsHeld = 1;
    c.disagreement = Disagreement.DEEP;
    assertClean(c.validate());
  }

  @Test
  void acceptsShelvingAfterOneRoundOfAWideOrComplexMatter() {
    OutcomeCase c = new OutcomeCase().shelved();
    c.roundsHeld = 1;
    c.wideScopeOrComplexCauses = true;
    assertClean(c.validate());
  }

  @Test
  void acceptsShelvingAfterMoreRoundsThanTheProfileAsks() {
    OutcomeCase c = new OutcomeCase().shelved();
    c.roundsHeld = 5;
    assertClean(c.validate());
  }

  // outcome.duties-missing

  @Test
  void rejectsImmediateOutcomeWithoutAgreedItems() {
    OutcomeCase c = new OutcomeCase();
    c.duties.clear();
    Violation v =
        assertSingle(c.validate(), RuleCodes.OUTCOME_DUTIES_MISSING, "outcome.duties", Severity.ERROR);
    assertThat(v.args()).containsExactly(OutcomeKind.IMMEDIATE);
  }

  @Test
  void rejectsCommittedOutcomeWithoutAgreedItems() {
    OutcomeCase c = new OutcomeCase().committed();
    c.duties.clear();
    c.now = CLASSIFIED.plus(Duration.ofDays(20));
    Violation v =
        assertSingle(c.validate(), RuleCodes.OUTCOME_DUTIES_MISSING, "outcome.duties", Severity.ERROR);
    assertThat(v.args()).containsExactly(OutcomeKind.COMMITTED);
  }

  @Test
  void acceptsShelvedAndRecommendedOutcomesWithoutItems() {
    assertThat(new OutcomeCase().shelved().duties).isEmpty();
    assertClean(new OutcomeCase().shelved().validate());
    assertThat(new OutcomeCase().recommendation().duties).isEmpty();
    assertClean(new OutcomeCase().recommendation().validate());
  }

  // outcome.duty.incomplete

  @Test
  void rejectsItemWithoutResponsiblePartyAndMeasures() {
    OutcomeCase c = new OutcomeCase();
    c.duties.get(0).responsible = Optional.empty();
    c.duties.get(0).measures = Optional.empty();
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.OUTCOME_DUTY_INCOMPLETE, "outcome.duties[0]", Severity.ERROR);
    assertThat(v.args())
        .containsExactly(
            BUDGET,
            List.of(
                LocalizedText.of("责任主体", "a responsible party"),
                LocalizedText.of("工作措施", "measures")));
    assertThat(Messages.render(v, Locale.ENGLISH))
        .isEqualTo("The agreed item budget-1 lacks: a responsible party, measures.");
    assertThat(Messages.render(v, Locale.SIMPLIFIED_CHINESE)).isEqualTo("议定事项 budget-1 缺少：责任主体、工作措施。");
  }

  @Test
  void rejectsItemWithoutDeadline() {
    OutcomeCase c = new OutcomeCase();
    c.duties.get(1).deadline = Optional.empty();
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.OUTCOME_DUTY_INCOMPLETE, "outcome.duties[1]", Severity.ERROR);
    assertThat(v.args()).containsExactly(LIFT, List.of(LocalizedText.of("完成时限", "a deadline")));
  }

  @Test
  void reportsEachIncompleteItemWithAllItLacks() {
    OutcomeCase c = new OutcomeCase().carryingOut();
    c.duties.get(1).responsible = Optional.empty();
    c.duties.get(1).measures = Optional.empty();
    c.duties.get(1).deadline = Optional.empty();
    c.duties.get(0).deadline = Optional.empty();
    List<Violation> violations =
        assertOnly(
            c.validate(), RuleCodes.OUTCOME_DUTY_INCOMPLETE, "outcome.duties[0]", "outcome.duties[1]");
    assertThat(violations.get(0).args())
        .containsExactly(BUDGET, List.of(LocalizedText.of("完成时限", "a deadline")));
    assertThat(violations.get(1).args())
        .containsExactly(
            LIFT,
            List.of(
                LocalizedText.of("责任主体", "a responsible party"),
                LocalizedText.of("工作措施", "measures"),
                LocalizedText.of("完成时限", "a deadline")));
  }

  // outcome.duty.responsible-not-listed

  @Test
  void acceptsResponsiblePartiesOnTheList() {
    OutcomeCase c = new OutcomeCase();
    assertThat(c.duties)
        .allSatisfy(d -> assertThat(c.build().parties().has(d.responsible.get())).isTrue());
    assertClean(c.validate());
  }

  @Test
  void rejectsResponsiblePartyNotOnTheList() {
    OutcomeCase c = new OutcomeCase();
    c.duties.get(1).responsible = Optional.of(PartyId.of("contractor-9"));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.OUTCOME_DUTY_RESPONSIBLE_NOT_LISTED,
            "outcome.duties[1].responsible",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(PartyId.of("contractor-9"));
  }

  // outcome.duty.overdue

  @Test
  void rejectsItemFinishedAfterItsDeadline() {
    OutcomeCase c = new OutcomeCase();
    Instant deadline = COMPLETED.minus(Duration.ofDays(3));
    c.duties.get(1).deadline = Optional.of(deadline);
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.OUTCOME_DUTY_OVERDUE, "outcome.duties[1].deadline", Severity.ERROR);
    assertThat(v.args()).containsExactly(LIFT, deadline);
  }

  @Test
  void acceptsItemFinishedAtItsDeadline() {
    OutcomeCase c = new OutcomeCase();
    c.duties.get(1).deadline = Optional.of(COMPLETED);
    assertClean(c.validate());
  }

  @Test
  void rejectsOpenItemOnceTheDeadlineHasPassed() {
    OutcomeCase c = new OutcomeCase().carryingOut();
    c.now = LIFT_DEADLINE.plusSeconds(1);
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.OUTCOME_DUTY_OVERDUE, "outcome.duties[1].deadline", Severity.ERROR);
    assertThat(v.args()).containsExactly(LIFT, LIFT_DEADLINE);
  }

  @Test
  void acceptsOpenItemBeforeAndAtItsDeadline() {
    OutcomeCase c = new OutcomeCase().carryingOut();
    assertThat(c.now).isEqualTo(MID_WORKS).isBefore(LIFT_DEADLINE);
    assertClean(c.validate());
    c.now = LIFT_DEADLINE;
    assertClean(c.validate());
  }

  @Test
  void reportsEveryLateItemInRecordOrder() {
    OutcomeCase c = new OutcomeCase().carryingOut();
    c.duties.get(0).deadline = Optional.of(Instant.parse("2026-12-15T09:00:00Z"));
    c.now = AFTER_ALL;
    List<Violation> violations =
        assertOnly(
            c.validate(),
            RuleCodes.OUTCOME_DUTY_OVERDUE,
            "outcome.duties[0].deadline",
            "outcome.duties[1].deadline");
    assertThat(violations.get(0).args().get(0)).isEqualTo(BUDGET);
    assertThat(violations.get(1).args().get(0)).isEqualTo(LIFT);
  }

  // outcome.duty.completion-record-missing

  @Test
  void rejectsFinishedItemWithoutCompletionRecord() {
    OutcomeCase c = new OutcomeCase();
    c.duties.get(1).completionRecord = Optional.empty();
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.OUTCOME_DUTY_COMPLETION_RECORD_MISSING,
            "outcome.duties[1].completionRecord",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(LIFT);
  }

  @Test
  void asksNoCompletionRecordOfAnOpenItem() {
    OutcomeCase c = new OutcomeCase().carryingOut();
    assertThat(c.duties.get(1).completionRecord).isEmpty();
    assertClean(c.validate());
  }

  // outcome.committed.progress-missing

  @Test
  void acceptsCommittedOutcomeReportingEvery30Days() {
    OutcomeCase c = new OutcomeCase().committed();
    assertThat(c.progressReports).extracting(p -> p.from())
        .containsExactly(CLASSIFIED.plus(MONTH), CLASSIFIED.plus(MONTH.multipliedBy(2)));
    assertClean(c.validate());
  }

  @Test
  void acceptsCommittedOutcomeStillOpenWithReportsUpToNow() {
    OutcomeCase c = new OutcomeCase().committed();
    c.duties.get(1).open().deadline = Optional.of(Instant.parse("2027-06-30T09:00:00Z"));
    c.rephase(SupervisionPhase.AFTER, SupervisionPhase.DURING);
    c.revisits.clear();
    c.appraisals.clear();
    c.progressReports.add(OutcomeCase.progress(CLASSIFIED.plus(MONTH.multipliedBy(3))));
    assertThat(c.now).isBefore(CLASSIFIED.plus(MONTH.multipliedBy(4)));
    assertClean(c.validate());
  }

  @Test
  void rejectsCommittedOutcomeThatSkippedAReport() {
    OutcomeCase c = new OutcomeCase().committed();
    c.progressReports.remove(1);
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.OUTCOME_COMMITTED_PROGRESS_MISSING,
            "outcome.progressReports",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(CLASSIFIED.plus(MONTH.multipliedBy(2)), MONTH);
  }

  @Test
  void reportsOneMissingReportForTheWholeSilenceOfAnOpenCommittedOutcome() {
    OutcomeCase c = new OutcomeCase().committedStillOpen();
    assertThat(c.now).isAfter(CLASSIFIED.plus(MONTH.multipliedBy(3)));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.OUTCOME_COMMITTED_PROGRESS_MISSING,
            "outcome.progressReports",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(CLASSIFIED.plus(MONTH), MONTH);
  }

  @Test
  void countsAReportOnItsDueInstantAndRestartsTheIntervalFromAnEarlyOne() {
    OutcomeCase c = new OutcomeCase().committed();
    c.progressReports.clear();
    c.progressReports.add(OutcomeCase.progress(CLASSIFIED.plus(Duration.ofDays(20))));
    c.progressReports.add(OutcomeCase.progress(CLASSIFIED.plus(Duration.ofDays(50))));
    assertClean(c.validate());
    c.progressReports.set(1, OutcomeCase.progress(CLASSIFIED.plus(Duration.ofDays(51))));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.OUTCOME_COMMITTED_PROGRESS_LATE,
            "outcome.progressReports[1]",
            Severity.ERROR);
    assertThat(v.args())
        .containsExactly(
            CLASSIFIED.plus(Duration.ofDays(50)), MONTH, CLASSIFIED.plus(Duration.ofDays(51)));
  }

  /** A committed outcome judged early: both items open, no report yet, supervised before. */
  private static OutcomeCase committedAndNew() {
    OutcomeCase c = new OutcomeCase().committed();
    c.progressReports.clear();
    c.duties.get(1).open();
    c.duties.get(0).open().deadline = Optional.of(Instant.parse("2027-06-30T09:00:00Z"));
    c.supervision.removeIf(s -> s.at().isAfter(CLASSIFIED.plus(MONTH)));
    c.revisits.clear();
    c.appraisals.clear();
    return c;
  }

  @Test
  void asksNoProgressOfACommittedOutcomeBeforeTheFirstInterval() {
    OutcomeCase c = committedAndNew();
    c.now = CLASSIFIED.plus(MONTH).minusSeconds(1);
    assertClean(c.validate());
  }

  @Test
  void rejectsCommittedOutcomeWithoutReportOnceTheFirstIntervalHasPassed() {
    OutcomeCase c = committedAndNew();
    c.now = CLASSIFIED.plus(MONTH).plusSeconds(1);
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.OUTCOME_COMMITTED_PROGRESS_MISSING,
            "outcome.progressReports",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(CLASSIFIED.plus(MONTH), MONTH);
  }

  @Test
  void asksNoProgressOfAnImmediateOutcome() {
    OutcomeCase c = new OutcomeCase();
    assertThat(c.progressReports).isEmpty();
    assertClean(c.validate());
  }

  // outcome.shelved.explanation-missing

  @Test
  void rejectsShelvedOutcomeNotExplainedToResidents() {
    OutcomeCase c = new OutcomeCase().shelved();
    c.residentsNotice = Optional.empty();
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.OUTCOME_SHELVED_EXPLANATION_MISSING,
            "outcome.residentsNotice",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(CLASSIFIED);
  }

  @Test
  void asksNoNoticeOfAnImmediateOutcome() {
    OutcomeCase c = new OutcomeCase();
    assertThat(c.residentsNotice).isEmpty();
    assertClean(c.validate());
  }

  // outcome.recommendation.not-escalated

  @Test
  void rejectsRecommendationNotSentUp() {
    OutcomeCase c = new OutcomeCase().recommendation();
    c.escalations.clear();
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.OUTCOME_RECOMMENDATION_NOT_ESCALATED,
            "escalations",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(LiftCase.COMMUNITY_1);
  }

  @Test
  void asksNoEscalationOfAnImmediateOutcome() {
    OutcomeCase c = new OutcomeCase();
    assertThat(c.escalations).isEmpty();
    assertClean(c.validate());
  }

  // outcome.recommendation.solution-missing

  @Test
  void rejectsRecommendationWithoutProposedSolution() {
    OutcomeCase c = new OutcomeCase().recommendation();
    c.proposedSolution = Optional.empty();
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.OUTCOME_RECOMMENDATION_SOLUTION_MISSING,
            "outcome.proposedSolution",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(OutcomeKind.RECOMMENDATION);
  }

  // outcome.recommendation.residents-not-told

  @Test
  void rejectsSolvedRecommendationNotToldToResidents() {
    OutcomeCase c = new OutcomeCase().recommendation();
    c.residentsNotice = Optional.empty();
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.OUTCOME_RECOMMENDATION_RESIDENTS_NOT_TOLD,
            "outcome.residentsNotice",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(RESOLVED);
  }

  @Test
  void asksNoNoticeOfARecommendationNotYetSolved() {
    OutcomeCase c = new OutcomeCase().recommendation();
    c.residentsNotice = Optional.empty();
    c.solvedAt = Optional.empty();
    OutcomeCase.EscalationDraft open = OutcomeCase.escalation();
    open.resolvedAt = Optional.empty();
    c.escalations.set(0, open.build());
    c.now = RESOLVED.minus(Duration.ofDays(1));
    assertClean(c.validate());
  }

  @Test
  void staysCleanLongAfterEverythingIsDone() {
    OutcomeCase c = new OutcomeCase();
    c.now = DAY.plus(Duration.ofDays(400));
    assertClean(c.validate());
  }

  @Test
  void asksNoProgressReportYetAtItsDueInstant() {
    OutcomeCase c = committedAndNew();
    c.now = CLASSIFIED.plus(MONTH);
    assertClean(c.validate());
  }

  @Test
  void acceptsShelvedMatterTakenUpAgainByItsDate() {
    OutcomeCase c = new OutcomeCase().shelved();
    c.now = java.time.Instant.parse("2027-07-01T00:00:00Z");
    c.reopenings.add(
        org.shangliang.deliberation.outcome.Reopening.of(
            java.time.Instant.parse("2027-06-10T02:00:00Z"), "按期重新协商"));
    assertClean(c.validate());
  }

  @Test
  void rejectsShelvedMatterNotTakenUpAgainByItsDate() {
    OutcomeCase c = new OutcomeCase().shelved();
    c.now = java.time.Instant.parse("2027-07-01T00:00:00Z");
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.OUTCOME_SHELVED_NOT_TAKEN_UP,
            "outcome.takeUpAgainOn",
            Severity.ERROR);
    assertThat(v.args())
        .containsExactly(
            java.time.LocalDate.of(2027, 6, 11), java.time.Instant.parse("2027-06-11T16:00:00Z"));
  }
}
