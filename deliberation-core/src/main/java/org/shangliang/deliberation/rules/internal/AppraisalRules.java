package org.shangliang.deliberation.rules.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.AppraisalScale;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.validation.Severity;

/** Rules on appraising the carrying-out (appraisal.*). */
final class AppraisalRules {
  private AppraisalRules() {}


  /** appraisal.score-out-of-scale: scores are on the profile's scale. */
  static final class ScoreOutOfScale extends BuiltInRule {
    ScoreOutOfScale() {
      super(RuleCodes.APPRAISAL_SCORE_OUT_OF_SCALE, Severity.ERROR, APPRAISAL);
    }

    @Override
    public void check(RuleContext context) {
      Optional<AppraisalScale> scale = context.profile().appraisalScale();
      if (scale.isEmpty()) {
        return;
      }
      List<Appraisal> appraisals = context.deliberation().appraisals();
      for (int i = 0; i < appraisals.size(); i++) {
        int score = appraisals.get(i).score();
        if (!scale.get().contains(score)) {
          context.report(
              Path.of("appraisals").index(i).child("score"),
              score,
              scale.get().min(),
              scale.get().max());
        }
      }
    }
  }

  /** appraisal.poor-not-reopened: where the profile says so, a poor appraisal reopens the deliberation. */
  static final class PoorNotReopened extends BuiltInRule {
    PoorNotReopened() {
      super(RuleCodes.APPRAISAL_POOR_NOT_REOPENED, Severity.ERROR, APPRAISAL);
    }

    @Override
    public void check(RuleContext context) {
      Optional<AppraisalScale> scale = context.profile().appraisalScale();
      if (!context.profile().reopenOnPoorAppraisal() || scale.isEmpty()) {
        return;
      }
      // a poor appraisal is followed by a reopening exactly when the latest reopening is not before it
      Instant latestReopening = null;
      List<Reopening> reopenings = context.deliberation().reopenings();
      for (int i = 0; i < reopenings.size(); i++) {
        Instant at = reopenings.get(i).at();
        if (latestReopening == null || at.isAfter(latestReopening)) {
          latestReopening = at;
        }
      }
      List<Appraisal> appraisals = context.deliberation().appraisals();
      for (int i = 0; i < appraisals.size(); i++) {
        Appraisal appraisal = appraisals.get(i);
        if (!scale.get().isPoor(appraisal.score())) {
          continue;
        }
        boolean reopened = latestReopening != null && !latestReopening.isBefore(appraisal.at());
        if (!reopened) {
          context.report(
              Path.of("appraisals").index(i), appraisal.score(), appraisal.at());
        }
      }
    }
  }
}
