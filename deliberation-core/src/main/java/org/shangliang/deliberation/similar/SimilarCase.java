package org.shangliang.deliberation.similar;

import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationId;

/**
 * One result of a similar-case search: a past record, its score, how it ended, and the
 * explanation — every feature with what it contributed. The score is the similarity (the sum of the
 * five likeness features) plus the ended-well bonus.
 *
 * <p>Source: Reform 2025 (中国党政干部论坛, 2025-05-21), 规则引擎; docs/domain.md "Similar past cases".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SimilarCase {
  SimilarCase() {}

  /**
   * The past record.
   *
   * @return the record
   */
  public abstract Deliberation record();

  /**
   * How the past case ended.
   *
   * @return the ending
   */
  public abstract CaseEnding ending();

  /**
   * What each feature contributed, in the order of {@link SimilarityFeature}: catalogue entry,
   * category, matter size, units, title, ended well.
   *
   * @return the six contributions
   */
  public abstract List<FeatureMatch> features();

  /**
   * The record's id.
   *
   * @return the id
   */
  public DeliberationId id() {
    return record().id();
  }

  /**
   * The similarity: the points of the five likeness features, the ended-well bonus left out.
   *
   * @return zero or more
   */
  @Value.Derived
  public int similarity() {
    int sum = 0;
    for (FeatureMatch match : features()) {
      if (match.feature() != SimilarityFeature.ENDED_WELL) {
        sum += match.points();
      }
    }
    return sum;
  }

  /**
   * The score results are ranked by: the similarity plus the ended-well bonus.
   *
   * @return zero or more
   */
  @Value.Derived
  public int score() {
    int sum = 0;
    for (FeatureMatch match : features()) {
      sum += match.points();
    }
    return sum;
  }

  /**
   * The explanation: a head line with the record's id, title, score and ending, then one line per
   * feature ({@link FeatureMatch#explain(Locale)}), indented.
   *
   * @param locale Chinese for language {@code zh}, English otherwise
   * @return the text
   */
  public String explain(Locale locale) {
    boolean zh = LocalizedText.isChinese(locale);
    StringBuilder text = new StringBuilder();
    text.append(Checks.show(id())).append(' ').append(Checks.quote(record().topic().title()));
    if (zh) {
      text.append("：得分 ").append(score()).append("（相似度 ").append(similarity())
          .append("；").append(ending().label(locale)).append('）');
    } else {
      text.append(": score ").append(score()).append(" (similarity ").append(similarity())
          .append("; ").append(ending().label(locale)).append(')');
    }
    for (FeatureMatch match : features()) {
      text.append("\n  ").append(match.explain(locale));
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return explain(Locale.ENGLISH);
  }
}
