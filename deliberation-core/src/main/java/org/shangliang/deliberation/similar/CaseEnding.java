package org.shangliang.deliberation.similar;

import java.time.Instant;
import java.util.Optional;
import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.AppraisalScale;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.process.Deliberation;

/**
 * How a past case ended, read from the record's facts ({@link #of(Deliberation, Optional)}). Only
 * {@link #ENDED_WELL} earns the preference of {@link SimilarityFeature#ENDED_WELL}.
 *
 * <p>A case is <em>finished</em> when its outcome is immediate (即办件) or committed (承诺件) and every
 * agreed item is done (at least one; the finishing instant is the last item's), or when it is a
 * recommendation (建议件) that the higher tier solved ({@code solvedAt}, the finishing instant) and
 * the residents were told of (a residents' notice). A finished case <em>ended well</em> unless it
 * was reopened at or after it was finished, or an appraisal given at or after it was finished is
 * poor on the profile's scale (a profile without a scale judges no appraisal; scores off the scale
 * are the validator's concern and count as neither good nor poor). A case without appraisals is not
 * held back for it.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13) (结果分流分类办理, 评议); Reform 2025 (中国党政干部论坛,
 * 2025-05-21) (规则引擎); docs/domain.md "Similar past cases".
 */
public enum CaseEnding implements Labelled {
  /** Finished, not reopened since, and no poor appraisal since. */
  ENDED_WELL("办结良好", "ended well"),
  /** No outcome yet, items still open, or a recommendation not yet solved and told. */
  NOT_FINISHED("尚未办结", "not finished"),
  /** Shelved (搁置件): no agreement was reached. */
  SHELVED("已搁置", "shelved"),
  /** Reopened at or after it was finished. */
  REOPENED("办结后重新启动", "reopened after it was finished"),
  /** Appraised as poor at or after it was finished. */
  POORLY_APPRAISED("办结后评议不满意", "appraised as poor after it was finished");

  private final LocalizedText label;

  CaseEnding(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /**
   * The ending's name in Chinese and English.
   *
   * @return the name
   */
  @Override
  public LocalizedText label() {
    return label;
  }

  /**
   * How a record ended, as defined above. Reads the outcome, its duties, the reopenings and the
   * appraisals once each; never throws on a record that could be built.
   *
   * @param record the record
   * @param scale the profile's appraisal scale, or empty if the profile has none
   * @return the ending
   * @throws org.shangliang.deliberation.InvalidModelException if an argument is {@code null}
   */
  public static CaseEnding of(Deliberation record, Optional<AppraisalScale> scale) {
    Checks.notNull("record", record);
    Checks.notNull("scale", scale);
    if (record.outcome().isEmpty()) {
      return NOT_FINISHED;
    }
    OutcomeRecord outcome = record.outcome().get();
    if (outcome.kind() == OutcomeKind.SHELVED) {
      return SHELVED;
    }
    Optional<Instant> finished;
    if (outcome.kind() == OutcomeKind.RECOMMENDATION) {
      finished = outcome.residentsNotice().isPresent() ? outcome.solvedAt() : Optional.empty();
    } else {
      finished = outcome.completedAt();
    }
    if (finished.isEmpty()) {
      return NOT_FINISHED;
    }
    Instant at = finished.get();
    for (Reopening reopening : record.reopenings()) {
      if (!reopening.at().isBefore(at)) {
        return REOPENED;
      }
    }
    if (scale.isPresent()) {
      for (Appraisal appraisal : record.appraisals()) {
        if (!appraisal.at().isBefore(at) && scale.get().isPoor(appraisal.score())) {
          return POORLY_APPRAISED;
        }
      }
    }
    return ENDED_WELL;
  }
}
