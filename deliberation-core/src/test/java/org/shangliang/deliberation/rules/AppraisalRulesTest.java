package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.rules.MeetingCase.OWNER;
import static org.shangliang.deliberation.rules.MeetingCase.REP;
import static org.shangliang.deliberation.rules.ReportAssert.assertClean;
import static org.shangliang.deliberation.rules.ReportAssert.assertSingle;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.Violation;

/**
 * Rules of the appraisal.* prefix: scores on the profile's scale, and a poor appraisal reopened
 * where the profile asks it.
 */
class AppraisalRulesTest {
  // appraisal.score-out-of-scale

  @Test
  void acceptsScoresAtBothEndsOfTheScale() {
    OutcomeCase c = new OutcomeCase();
    c.appraisals.set(0, Appraisal.of(c.appraisals.get(0).at(), OWNER, 5));
    c.appraisals.set(1, Appraisal.of(c.appraisals.get(1).at(), REP, 1));
    assertClean(c.validate());
  }

  @Test
  void rejectsScoreAboveTheScale() {
    OutcomeCase c = new OutcomeCase();
    c.appraisals.set(1, Appraisal.of(c.appraisals.get(1).at(), REP, 6));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.APPRAISAL_SCORE_OUT_OF_SCALE, "appraisals[1].score", Severity.ERROR);
    assertThat(v.args()).containsExactly(6, 1, 5);
  }

  @Test
  void rejectsScoreBelowTheScale() {
    OutcomeCase c = new OutcomeCase();
    c.appraisals.set(0, Appraisal.of(c.appraisals.get(0).at(), OWNER, 0));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.APPRAISAL_SCORE_OUT_OF_SCALE, "appraisals[0].score", Severity.ERROR);
    assertThat(v.args()).containsExactly(0, 1, 5);
  }

  // appraisal.poor-not-reopened

  @Test
  void acceptsPoorAppraisalWithoutReopeningUnderJinan() {
    OutcomeCase c = new OutcomeCase();
    assertThat(c.profile.reopenOnPoorAppraisal()).isFalse();
    c.appraisals.set(0, Appraisal.of(c.appraisals.get(0).at(), OWNER, 2));
    assertClean(c.validate());
  }

  @Test
  void acceptsTheRecordUnderHaidianWithItsFiveSteps() {
    OutcomeCase c = new OutcomeCase().haidian();
    assertThat(c.profile.reopenOnPoorAppraisal()).isTrue();
    assertThat(c.profile.appraisalScale().get().poorAtMost()).isEqualTo(2);
    assertClean(c.validate());
  }

  @Test
  void rejectsPoorAppraisalNotReopenedUnderHaidian() {
    OutcomeCase c = new OutcomeCase().haidian();
    Instant at = c.appraisals.get(0).at();
    c.appraisals.set(0, Appraisal.of(at, OWNER, 2));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.APPRAISAL_POOR_NOT_REOPENED, "appraisals[0]", Severity.ERROR);
    assertThat(v.args()).containsExactly(2, at);
  }

  @Test
  void acceptsPoorAppraisalFollowedByAReopeningUnderHaidian() {
    OutcomeCase c = new OutcomeCase().haidian();
    Instant at = c.appraisals.get(0).at();
    c.appraisals.set(0, Appraisal.of(at, OWNER, 1));
    c.reopenings.add(Reopening.of(at.plus(Duration.ofDays(2)), "居民反映电梯噪音大，重新协商整改"));
    assertClean(c.validate());
  }

  @Test
  void doesNotCountAReopeningBeforeThePoorAppraisal() {
    OutcomeCase c = new OutcomeCase().haidian();
    Instant at = c.appraisals.get(1).at();
    c.appraisals.set(1, Appraisal.of(at, REP, 2));
    c.reopenings.add(Reopening.of(at.minus(Duration.ofDays(1)), "此前一次重新协商"));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.APPRAISAL_POOR_NOT_REOPENED, "appraisals[1]", Severity.ERROR);
    assertThat(v.args()).containsExactly(2, at);
  }

  @Test
  void acceptsScoreAbovePoorUnderHaidianWithoutReopening() {
    OutcomeCase c = new OutcomeCase().haidian();
    c.appraisals.set(0, Appraisal.of(c.appraisals.get(0).at(), OWNER, 3));
    assertClean(c.validate());
  }
}
