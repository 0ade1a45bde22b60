package org.shangliang.deliberation.testkit.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shangliang.deliberation.testkit.assertj.DeliberationAssertions.assertThat;
import static org.shangliang.deliberation.testkit.assertj.Reports.quorum;
import static org.shangliang.deliberation.testkit.assertj.Reports.rejectedEvent;
import static org.shangliang.deliberation.testkit.assertj.Reports.report;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.ValidationReport;

class ValidationReportAssertTest {
  private static final String QUORUM = "meeting.quorum.not-met";
  private static final String REJECTED = "history.event-rejected";
  private static final String QUORUM_EN = "Only 2 of the 9 invited parties signed in";
  private static final String QUORUM_ZH = "受邀的 9 个主体中仅 2 个签到";

  private final ValidationReport quorumTwice =
      report(quorum("meetings[0].attendance"), quorum("meetings[2].attendance"));
  private final ValidationReport quorumAndWarning =
      report(quorum("meetings[0].attendance"), rejectedEvent("events[4]", Severity.WARNING));
  private final ValidationReport warningOnly = report(rejectedEvent("events[4]", Severity.WARNING));

  @Test
  void anEmptyReportIsCleanAndCompliant() {
    assertThat(ValidationReport.empty()).isClean().isCompliant();
  }

  @Test
  void aReportWithAWarningIsCompliantButNotClean() {
    assertThat(warningOnly).isCompliant();
    assertThatThrownBy(() -> assertThat(warningOnly).isClean())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the report to be clean")
        .hasMessageContaining("1 violation of the codes [history.event-rejected]")
        .hasMessageContaining("WARNING history.event-rejected at events[4]")
        .hasMessageContaining("en: The event \"topic raised\" at 2026-03-02T02:00:00Z")
        .hasMessageContaining("zh: 2026-03-02T02:00:00Z 的事件“提出议题”");
  }

  @Test
  void aReportWithAnErrorIsNotCompliantAndItsFailureRendersTheErrorInBothLanguages() {
    assertThatThrownBy(() -> assertThat(quorumAndWarning).isCompliant())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no violation of severity ERROR")
        .hasMessageContaining("1 error of the codes [meeting.quorum.not-met]")
        .hasMessageContaining("Actual violations (2):")
        .hasMessageContaining("1. ERROR meeting.quorum.not-met at meetings[0].attendance")
        .hasMessageContaining(QUORUM_EN)
        .hasMessageContaining(QUORUM_ZH)
        .hasMessageContaining("2. WARNING history.event-rejected at events[4]");
  }

  @Test
  void hasOnlyPassesWhenTheReportHoldsExactlyTheCodesAtLeastOnceEach() {
    assertThat(quorumTwice).hasOnly(QUORUM);
    assertThat(quorumTwice).hasOnly(RuleCodes.MEETING_QUORUM_NOT_MET);
    assertThat(quorumAndWarning).hasOnly(REJECTED, QUORUM);
  }

  @Test
  void hasOnlyFailsNamingTheCodesMissingAndTheCodesAlsoReported() {
    assertThatThrownBy(() -> assertThat(quorumAndWarning).hasOnly(QUORUM))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("only the codes [meeting.quorum.not-met] (each at least once)")
        .hasMessageContaining("it also has [history.event-rejected]")
        .hasMessageContaining(QUORUM_ZH);
    assertThatThrownBy(() -> assertThat(quorumTwice).hasOnly(QUORUM, REJECTED))
        .hasMessageContaining("it lacks [history.event-rejected]")
        .hasMessageNotContaining("also has");
    assertThatThrownBy(() -> assertThat(ValidationReport.empty()).hasOnly(QUORUM))
        .hasMessageContaining("it lacks [meeting.quorum.not-met]")
        .hasMessageContaining("Actual violations: none.");
  }

  @Test
  void hasOnlyCarriesTheReportedAndExpectedCodesForADiff() {
    Throwable failure = catchFailure(() -> assertThat(quorumAndWarning).hasOnly(QUORUM));
    assertThat(failure).isInstanceOf(AssertionFailedError.class);
    AssertionFailedError diff = (AssertionFailedError) failure;
    assertThat(diff.getActual().getValue()).isEqualTo(java.util.List.of(REJECTED, QUORUM));
    assertThat(diff.getExpected().getValue()).isEqualTo(java.util.List.of(QUORUM));
  }

  @Test
  void atPassesWhenSomeViolationOfTheCodesIsAtThePath() {
    assertThat(quorumTwice).hasOnly(QUORUM).at("meetings[2].attendance").at("meetings[0].attendance");
    assertThat(quorumTwice).hasOnly(QUORUM).at(Path.of("meetings").index(0).child("attendance"));
    assertThat(report(quorum(""))).hasOnly(QUORUM).at("");
  }

  @Test
  void atFailsListingWhereTheViolationsOfTheCodesAre() {
    assertThatThrownBy(() -> assertThat(quorumAndWarning).hasOnly(QUORUM, REJECTED).at("meetings[1].attendance"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "Expecting a violation of [history.event-rejected, meeting.quorum.not-met] at"
                + " meetings[1].attendance, but they are at [meetings[0].attendance, events[4]].")
        .hasMessageContaining(QUORUM_EN);
    assertThatThrownBy(() -> assertThat(quorumAndWarning).has(QUORUM).at("events[4]"))
        .hasMessageContaining("but they are at [meetings[0].attendance]");
  }

  @Test
  void aMalformedCodeOrPathIsRefusedNamingIt() {
    assertThatThrownBy(() -> assertThat(quorumTwice).hasOnly("Quorum Not Met"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("codes[0]: not a rule code")
        .hasMessageContaining("\"Quorum Not Met\"");
    assertThatThrownBy(() -> assertThat(quorumTwice).hasOnly(QUORUM).at("meetings[x]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("path: not a path")
        .hasMessageContaining("\"meetings[x]\"");
    assertThatThrownBy(() -> assertThat(quorumTwice).hasOnly(new String[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("isClean()");
  }

  @Test
  void hasPassesWhateverElseTheReportHolds() {
    assertThat(quorumAndWarning).has(QUORUM).at("meetings[0].attendance").and().has(REJECTED);
    assertThat(quorumAndWarning).has(RuleCodes.HISTORY_EVENT_REJECTED).at("events[4]");
  }

  @Test
  void hasFailsWhenTheCodeIsNotReported() {
    assertThatThrownBy(() -> assertThat(warningOnly).has(QUORUM))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the report to have the code meeting.quorum.not-met, but it does not.")
        .hasMessageContaining("WARNING history.event-rejected at events[4]");
  }

  @Test
  void doesNotHavePassesWhenTheCodeIsAbsentAndFailsCountingItsViolations() {
    assertThat(warningOnly).doesNotHave(QUORUM).doesNotHave(RuleCodes.MEETING_CHAIR_NOT_CONVENER);
    assertThatThrownBy(() -> assertThat(quorumTwice).doesNotHave(QUORUM))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("not to have the code meeting.quorum.not-met, but it has 2 violations of it")
        .hasMessageContaining("2. ERROR meeting.quorum.not-met at meetings[2].attendance");
  }

  @Test
  void hasExactlyCodesComparesTheSetOfReportedCodes() {
    assertThat(quorumAndWarning)
        .hasExactlyCodes(Set.of(RuleCodes.MEETING_QUORUM_NOT_MET, RuleCodes.HISTORY_EVENT_REJECTED));
    assertThat(ValidationReport.empty()).hasExactlyCodes(Set.of());
    assertThatThrownBy(() -> assertThat(quorumTwice).hasExactlyCodes(Set.of()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("exactly the codes [], but it also has [meeting.quorum.not-met]");
    assertThatThrownBy(
            () -> assertThat(warningOnly).hasExactlyCodes(Set.of(RuleCodes.MEETING_QUORUM_NOT_MET)))
        .hasMessageContaining("it lacks [meeting.quorum.not-met] and it also has [history.event-rejected]");
  }

  @Test
  void aProfileShowsInstantsInItsZone() {
    assertThatThrownBy(() -> assertThat(warningOnly).withProfile(Profiles.jinan()).isClean())
        .hasMessageContaining("en: The event \"topic raised\" at 2026-03-02 10:00 +08:00")
        .hasMessageContaining("zh: 2026-03-02 10:00 +08:00 的事件“提出议题”")
        .hasMessageContaining("reached at 2026-03-02 09:00 +08:00");
  }

  @Test
  void aDescriptionPrefixesTheFailure() {
    assertThatThrownBy(() -> assertThat(quorumTwice).as("case %d", 7).has(REJECTED).at("events[0]"))
        .hasMessageStartingWith("[case 7] Expecting the report to have the code history.event-rejected");
    assertThatThrownBy(() -> assertThat(quorumTwice).as("case %d", 8).has(QUORUM).at("events[0]"))
        .hasMessageStartingWith("[case 8] Expecting a violation of [meeting.quorum.not-met] at events[0]");
  }

  private static Throwable catchFailure(Runnable assertion) {
    try {
      assertion.run();
    } catch (AssertionError e) {
      return e;
    }
    throw new IllegalStateException("the assertion did not fail");
  }
}
