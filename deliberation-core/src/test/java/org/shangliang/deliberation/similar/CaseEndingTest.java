package org.shangliang.deliberation.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shangliang.deliberation.similar.SimilarCaseFixtures.CLASSIFIED;
import static org.shangliang.deliberation.similar.SimilarCaseFixtures.DONE;
import static org.shangliang.deliberation.similar.SimilarCaseFixtures.RESIDENT;
import static org.shangliang.deliberation.similar.SimilarCaseFixtures.outcome;
import static org.shangliang.deliberation.similar.SimilarCaseFixtures.sameAsNew;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.meeting.Publicity;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.AppraisalScale;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.process.Deliberation;

/** How a past case ended, from its outcome, duties, reopenings and appraisals. */
class CaseEndingTest {
  private static final Optional<AppraisalScale> SCALE = Optional.of(AppraisalScale.of(1, 5, 2));
  private static final Instant BEFORE = DONE.minusSeconds(86_400);
  private static final Instant AFTER = DONE.plusSeconds(86_400);

  private static CaseEnding ending(Deliberation.Builder record) {
    return CaseEnding.of(record.build(), SCALE);
  }

  private static Deliberation.Builder finished(OutcomeKind kind) {
    return sameAsNew("d-1").outcome(outcome(kind, DONE).build());
  }

  private static OutcomeRecord recommendation(boolean solved, boolean told) {
    OutcomeRecord.Builder outcome = outcome(OutcomeKind.RECOMMENDATION, null);
    if (solved) {
      outcome.solvedAt(DONE);
    }
    if (told) {
      outcome.residentsNotice(Publicity.of("公告栏", AFTER, AFTER.plusSeconds(7 * 86_400)));
    }
    return outcome.build();
  }

  @Test
  void anImmediateOrCommittedCaseWithEveryItemDoneEndedWell() {
    assertThat(ending(finished(OutcomeKind.IMMEDIATE))).isEqualTo(CaseEnding.ENDED_WELL);
    assertThat(ending(finished(OutcomeKind.COMMITTED))).isEqualTo(CaseEnding.ENDED_WELL);
  }

  @Test
  void aCaseWithoutOutcomeOrWithAnOpenItemIsNotFinished() {
    assertThat(ending(sameAsNew("d-1"))).isEqualTo(CaseEnding.NOT_FINISHED);
    assertThat(ending(sameAsNew("d-1").outcome(outcome(OutcomeKind.COMMITTED, null).build())))
        .isEqualTo(CaseEnding.NOT_FINISHED);
  }

  @Test
  void aRecommendationEndedWellOnlyOnceSolvedAndToldToResidents() {
    assertThat(ending(sameAsNew("d-1").outcome(recommendation(true, true))))
        .isEqualTo(CaseEnding.ENDED_WELL);
    assertThat(ending(sameAsNew("d-1").outcome(recommendation(true, false))))
        .isEqualTo(CaseEnding.NOT_FINISHED);
    assertThat(ending(sameAsNew("d-1").outcome(recommendation(false, true))))
        .isEqualTo(CaseEnding.NOT_FINISHED);
  }

  @Test
  void aShelvedCaseNeverEndedWell() {
    assertThat(ending(sameAsNew("d-1").outcome(outcome(OutcomeKind.SHELVED, null).build())))
        .isEqualTo(CaseEnding.SHELVED);
  }

  @Test
  void aCaseReopenedAtOrAfterItWasFinishedDidNotEndWell() {
    assertThat(ending(finished(OutcomeKind.IMMEDIATE).addReopening(Reopening.of(AFTER, "漏水"))))
        .isEqualTo(CaseEnding.REOPENED);
    assertThat(ending(finished(OutcomeKind.IMMEDIATE).addReopening(Reopening.of(DONE, "漏水"))))
        .isEqualTo(CaseEnding.REOPENED);
  }

  @Test
  void aReopeningBeforeTheCaseWasFinishedDoesNotHoldItBack() {
    assertThat(ending(finished(OutcomeKind.IMMEDIATE).addReopening(Reopening.of(CLASSIFIED, "重议"))))
        .isEqualTo(CaseEnding.ENDED_WELL);
  }

  @Test
  void aPoorAppraisalAfterTheCaseWasFinishedHoldsItBack() {
    assertThat(ending(finished(OutcomeKind.IMMEDIATE).addAppraisal(Appraisal.of(AFTER, RESIDENT, 2))))
        .isEqualTo(CaseEnding.POORLY_APPRAISED);
  }

  @Test
  void goodAppraisalsEarlierPoorOnesAndScoresOffTheScaleDoNotHoldItBack() {
    assertThat(
            ending(
                finished(OutcomeKind.IMMEDIATE)
                    .addAppraisal(Appraisal.of(BEFORE, RESIDENT, 1))
                    .addAppraisal(Appraisal.of(AFTER, RESIDENT, 3))
                    .addAppraisal(Appraisal.of(AFTER, RESIDENT, 0))
                    .addAppraisal(Appraisal.of(AFTER, RESIDENT, 99))))
        .isEqualTo(CaseEnding.ENDED_WELL);
  }

  @Test
  void rejectsAMissingRecordOrScaleNamingIt() {
    assertThatThrownBy(() -> CaseEnding.of(null, SCALE))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("record");
    assertThatThrownBy(
            () -> CaseEnding.of(sameAsNew("d-1").build(), null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("scale");
  }

  @Test
  void withoutAnAppraisalScaleNoAppraisalIsPoor() {
    Deliberation record =
        finished(OutcomeKind.IMMEDIATE).addAppraisal(Appraisal.of(AFTER, RESIDENT, 1)).build();
    assertThat(CaseEnding.of(record, Optional.empty())).isEqualTo(CaseEnding.ENDED_WELL);
    assertThat(CaseEnding.of(record, SCALE)).isEqualTo(CaseEnding.POORLY_APPRAISED);
  }
}
