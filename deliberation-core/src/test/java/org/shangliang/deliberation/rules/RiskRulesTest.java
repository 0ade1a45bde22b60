package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.rules.MeetingCase.ENDED;
import static org.shangliang.deliberation.rules.MeetingCase.PO;
import static org.shangliang.deliberation.rules.MeetingCase.VOTE_CLOSED;
import static org.shangliang.deliberation.rules.ReportAssert.assertClean;
import static org.shangliang.deliberation.rules.ReportAssert.assertSingle;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.meeting.MeetingResult;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.RiskAssessment;
import org.shangliang.deliberation.process.RiskLevel;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.validation.Messages;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/**
 * Rules of the risk.* prefix: a matter the profile names is decided only after a risk assessment
 * (重大决策风险评估), by an assessor on the party list, and a high-risk finding names measures.
 */
class RiskRulesTest {
  private static final Instant ASSESSED = Instant.parse("2026-12-01T02:00:00Z");
  private static final String FINDINGS = "施工期间3号楼东侧通道封闭，一楼住户王某反对，存在信访风险";
  private static final String MEASURE = "施工前由社区约谈一楼住户王某（电话13800000000）并签订补偿协议";

  /** Jinan, except that major matters need a risk assessment before they are decided. */
  private static Profile jinanAssessingMajorMatters() {
    return Profiles.jinan().withRiskAssessed(List.of(MatterSize.MAJOR), List.of());
  }

  /** Jinan, except that lift installations need a risk assessment whatever their size. */
  private static Profile jinanAssessingLifts() {
    return Profiles.jinan().withRiskAssessed(List.of(), List.of(Profiles.LIFT_INSTALLATION));
  }

  private static RiskAssessment assessment(Instant at, RiskLevel level, String... measures) {
    return new RiskAssessment.Builder()
        .assessor(PO)
        .assessedAt(at)
        .level(level)
        .findings(FINDINGS)
        .addMeasures(measures)
        .build();
  }

  private static MeetingCase assessingMajorMatters() {
    MeetingCase c = new MeetingCase();
    c.profile = jinanAssessingMajorMatters();
    return c;
  }

  private static List<String> riskCodes(ValidationReport report) {
    return report.violations().stream()
        .map(v -> v.code().value())
        .filter(code -> code.startsWith("risk."))
        .collect(Collectors.toList());
  }

  // risk.assessment-missing

  @Test
  void acceptsMajorDecisionAssessedBeforeTheMeeting() {
    MeetingCase c = assessingMajorMatters();
    c.riskAssessments.add(assessment(ASSESSED, RiskLevel.MEDIUM));
    assertClean(c.validate());
  }

  @Test
  void acceptsMajorDecisionWithoutAssessmentWhereTheProfileRequiresNone() {
    MeetingCase c = new MeetingCase();
    assertThat(c.profile.riskAssessedSizes()).isEmpty();
    assertThat(c.profile.riskAssessedEntries()).isEmpty();
    assertClean(c.validate());
  }

  @Test
  void rejectsMajorDecisionWithoutAssessment() {
    MeetingCase c = assessingMajorMatters();
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.RISK_ASSESSMENT_MISSING, "riskAssessments", Severity.ERROR);
    assertThat(v.args()).containsExactly(MatterSize.MAJOR, VOTE_CLOSED);
  }

  @Test
  void rejectsDecisionOfAnAssessedCatalogueEntryWithoutAssessment() {
    MeetingCase c = new MeetingCase();
    c.profile = jinanAssessingLifts();
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.RISK_ASSESSMENT_MISSING, "riskAssessments", Severity.ERROR);
    assertThat(v.args()).containsExactly(MatterSize.MAJOR, VOTE_CLOSED);
  }

  @Test
  void acceptsMajorDecisionWithoutAssessmentWhereOnlyMinorMattersNeedOne() {
    MeetingCase c = new MeetingCase();
    c.profile = Profiles.jinan().withRiskAssessed(List.of(MatterSize.MINOR), List.of());
    assertClean(c.validate());
  }

  @Test
  void acceptsMissingAssessmentWhileTheMotionFailed() {
    MeetingCase c = assessingMajorMatters();
    c.result = Optional.of(MeetingResult.of("未获通过", Outcome.FAILED));
    assertThat(riskCodes(c.validate())).isEmpty();
  }

  @Test
  void acceptsMissingAssessmentBeforeAnyMeeting() {
    MeetingCase c = assessingMajorMatters();
    c.held = false;
    assertThat(riskCodes(c.validate())).isEmpty();
  }

  // risk.assessment-late

  @Test
  void acceptsAssessmentAtTheInstantTheVoteClosed() {
    MeetingCase c = assessingMajorMatters();
    c.riskAssessments.add(assessment(VOTE_CLOSED, RiskLevel.LOW));
    assertClean(c.validate());
  }

  @Test
  void rejectsAssessmentMadeJustAfterTheVoteClosed() {
    MeetingCase c = assessingMajorMatters();
    Instant late = VOTE_CLOSED.plusSeconds(1);
    c.riskAssessments.add(assessment(late, RiskLevel.LOW));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.RISK_ASSESSMENT_LATE,
            "riskAssessments[0].assessedAt",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(late, VOTE_CLOSED);
  }

  @Test
  void takesTheEndOfTheMeetingAsTheDecisionWithoutAVote() {
    MeetingCase c = assessingMajorMatters();
    c.voted = false;
    c.result = Optional.of(MeetingResult.of("经协商一致同意加装电梯"));
    c.riskAssessments.add(assessment(ENDED, RiskLevel.LOW));
    assertThat(riskCodes(c.validate())).isEmpty();
    c.riskAssessments.set(0, assessment(ENDED.plusSeconds(1), RiskLevel.LOW));
    assertThat(riskCodes(c.validate())).containsExactly("risk.assessment-late");
  }

  @Test
  void acceptsLaterReassessmentWhenAnEarlierAssessmentCameBeforeTheDecision() {
    MeetingCase c = assessingMajorMatters();
    c.riskAssessments.add(assessment(ENDED.plus(Duration.ofDays(30)), RiskLevel.LOW));
    c.riskAssessments.add(assessment(ASSESSED, RiskLevel.MEDIUM));
    assertClean(c.validate());
  }

  @Test
  void reportsTheEarliestOfSeveralLateAssessmentsAtItsPositionAsGiven() {
    MeetingCase c = assessingMajorMatters();
    Instant later = ENDED.plus(Duration.ofDays(30));
    Instant earliest = ENDED.plus(Duration.ofDays(2));
    c.riskAssessments.add(assessment(later, RiskLevel.LOW));
    c.riskAssessments.add(assessment(earliest, RiskLevel.LOW));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.RISK_ASSESSMENT_LATE,
            "riskAssessments[1].assessedAt",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(earliest, VOTE_CLOSED);
  }

  @Test
  void acceptsAssessmentAfterTheDecisionWhereTheProfileRequiresNone() {
    MeetingCase c = new MeetingCase();
    c.riskAssessments.add(assessment(ENDED.plus(Duration.ofDays(3)), RiskLevel.LOW));
    assertClean(c.validate());
  }

  // risk.assessor-not-listed

  @Test
  void rejectsAssessorNotOnThePartyListWhateverTheProfile() {
    MeetingCase c = new MeetingCase();
    PartyId stranger = PartyId.of("expert-9");
    c.riskAssessments.add(
        new RiskAssessment.Builder()
            .assessor(stranger)
            .assessedAt(ASSESSED)
            .level(RiskLevel.LOW)
            .findings(FINDINGS)
            .build());
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.RISK_ASSESSOR_NOT_LISTED,
            "riskAssessments[0].assessor",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(stranger);
  }

  // risk.measures-missing

  @Test
  void acceptsHighRiskWithMeasures() {
    MeetingCase c = assessingMajorMatters();
    c.riskAssessments.add(assessment(ASSESSED, RiskLevel.HIGH, MEASURE));
    assertClean(c.validate());
  }

  @Test
  void acceptsMediumRiskWithoutMeasures() {
    MeetingCase c = assessingMajorMatters();
    c.riskAssessments.add(assessment(ASSESSED, RiskLevel.MEDIUM));
    assertClean(c.validate());
  }

  @Test
  void rejectsHighRiskWithoutMeasures() {
    MeetingCase c = assessingMajorMatters();
    c.riskAssessments.add(assessment(ASSESSED.minus(Duration.ofDays(9)), RiskLevel.LOW));
    c.riskAssessments.add(assessment(ASSESSED, RiskLevel.HIGH));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.RISK_MEASURES_MISSING,
            "riskAssessments[1].measures",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(RiskLevel.HIGH, ASSESSED);
  }

  @Test
  void rendersRiskMessagesWithoutTheFindingsOrMeasures() {
    MeetingCase c = assessingMajorMatters();
    c.riskAssessments.add(
        new RiskAssessment.Builder()
            .assessor(PartyId.of("expert-9"))
            .assessedAt(ENDED.plusSeconds(60))
            .level(RiskLevel.HIGH)
            .findings(FINDINGS)
            .build());
    ValidationReport report = c.validate();
    assertThat(riskCodes(report))
        .containsExactlyInAnyOrder(
            "risk.assessment-late", "risk.assessor-not-listed", "risk.measures-missing");
    for (Violation v : report.violations()) {
      for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
        String text = Messages.render(v, locale, ZoneId.of("Asia/Shanghai"));
        assertThat(text).doesNotContain("王某").doesNotContain("信访");
      }
    }
    Violation high =
        report.violations().stream()
            .filter(v -> v.code().equals(RuleCodes.RISK_MEASURES_MISSING))
            .findFirst()
            .get();
    assertThat(Messages.render(high, Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai")))
        .contains("高风险");
    assertThat(Messages.render(high, Locale.ENGLISH, ZoneId.of("Asia/Shanghai")))
        .contains("high risk");
  }
}
