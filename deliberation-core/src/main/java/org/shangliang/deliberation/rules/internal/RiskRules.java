package org.shangliang.deliberation.rules.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.RiskAssessment;
import org.shangliang.deliberation.process.RiskLevel;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.rules.TimeOrder;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;

/**
 * Rules on the risk assessment before a major decision (risk.*, 重大决策风险评估).
 *
 * <p>The decision is the first meeting, in time order of its start, that formed a result which
 * carries the matter (a result without a vote, or a vote whose recorded outcome passed); it was taken
 * when the vote closed, or, without a vote, when the meeting ended. A motion that failed decides
 * nothing that needs assessing. An assessment counts as prior when it was made at or before that
 * instant; later decisions (after a reopening) come after the first, so an assessment prior to the
 * first is prior to them all.
 */
final class RiskRules {
  private static final Path ASSESSMENTS = Path.of("riskAssessments");

  private RiskRules() {}

  /**
   * When the matter was first decided: the decision instant of the first meeting, in time order of
   * its start, whose result carries the matter.
   *
   * @return the instant, or null if no meeting decided the matter
   */
  static Instant decidedAt(RuleContext context) {
    List<Meeting> meetings = context.deliberation().meetings();
    TimeOrder order = context.meetingsInTimeOrder();
    for (int rank = 0; rank < order.size(); rank++) {
      Meeting meeting = meetings.get(order.index(rank));
      Optional<Outcome> outcome =
          meeting.result().isPresent() ? meeting.result().get().outcome() : Optional.empty();
      boolean carried =
          meeting.result().isPresent() && (outcome.isEmpty() || outcome.get() == Outcome.PASSED);
      if (carried) {
        return meeting.vote().isPresent() ? meeting.vote().get().closedAt() : meeting.endedAt();
      }
    }
    return null;
  }

  /**
   * The position, as given, of the earliest assessment (the first given among equally early ones).
   *
   * @return the index, or -1 if there is none
   */
  static int earliest(List<RiskAssessment> assessments) {
    int earliest = -1;
    for (int i = 0; i < assessments.size(); i++) {
      if (earliest < 0
          || assessments.get(i).assessedAt().isBefore(assessments.get(earliest).assessedAt())) {
        earliest = i;
      }
    }
    return earliest;
  }

  /** Base of the two rules on a required assessment: they look only at decided matters needing one. */
  abstract static class OnRequiredAssessment extends BuiltInRule {
    OnRequiredAssessment(RuleCode code) {
      super(code, Severity.ERROR, RISK);
    }

    @Override
    public final void check(RuleContext context) {
      Deliberation deliberation = context.deliberation();
      if (!context.profile().requiresRiskAssessment(deliberation.topic())) {
        return;
      }
      Instant decided = decidedAt(context);
      if (decided != null) {
        check(context, deliberation, decided);
      }
    }

    abstract void check(RuleContext context, Deliberation deliberation, Instant decided);
  }

  /**
   * risk.assessment-missing: a matter the profile names (by size or catalogue entry) is decided only
   * after a risk assessment; reported when it was decided and no assessment is on record.
   */
  static final class AssessmentMissing extends OnRequiredAssessment {
    AssessmentMissing() {
      super(RuleCodes.RISK_ASSESSMENT_MISSING);
    }

    @Override
    void check(RuleContext context, Deliberation deliberation, Instant decided) {
      if (deliberation.riskAssessments().isEmpty()) {
        context.report(ASSESSMENTS, deliberation.topic().matterSize(), decided);
      }
    }
  }

  /**
   * risk.assessment-late: where the matter needs an assessment and has some, the earliest is not after
   * the decision; reported at the earliest assessment.
   */
  static final class AssessmentLate extends OnRequiredAssessment {
    AssessmentLate() {
      super(RuleCodes.RISK_ASSESSMENT_LATE);
    }

    @Override
    void check(RuleContext context, Deliberation deliberation, Instant decided) {
      List<RiskAssessment> assessments = deliberation.riskAssessments();
      int earliest = earliest(assessments);
      if (earliest >= 0 && assessments.get(earliest).assessedAt().isAfter(decided)) {
        context.report(
            ASSESSMENTS.index(earliest).child("assessedAt"),
            assessments.get(earliest).assessedAt(),
            decided);
      }
    }
  }

  /**
   * risk.assessor-not-listed: every assessment on record, required or not, names an assessor on the
   * party list.
   */
  static final class AssessorNotListed extends BuiltInRule {
    AssessorNotListed() {
      super(RuleCodes.RISK_ASSESSOR_NOT_LISTED, Severity.ERROR, RISK);
    }

    @Override
    public void check(RuleContext context) {
      Deliberation deliberation = context.deliberation();
      List<RiskAssessment> assessments = deliberation.riskAssessments();
      for (int i = 0; i < assessments.size(); i++) {
        if (!deliberation.parties().has(assessments.get(i).assessor())) {
          context.report(
              ASSESSMENTS.index(i).child("assessor"), assessments.get(i).assessor());
        }
      }
    }
  }

  /**
   * risk.measures-missing: every assessment on record, required or not, that finds a high risk names
   * at least one mitigation measure. The measures are never quoted: they may hold personal data.
   */
  static final class MeasuresMissing extends BuiltInRule {
    MeasuresMissing() {
      super(RuleCodes.RISK_MEASURES_MISSING, Severity.ERROR, RISK);
    }

    @Override
    public void check(RuleContext context) {
      List<RiskAssessment> assessments = context.deliberation().riskAssessments();
      for (int i = 0; i < assessments.size(); i++) {
        RiskAssessment assessment = assessments.get(i);
        if (assessment.level() == RiskLevel.HIGH && assessment.measures().isEmpty()) {
          context.report(
              ASSESSMENTS.index(i).child("measures"), assessment.level(), assessment.assessedAt());
        }
      }
    }
  }
}
