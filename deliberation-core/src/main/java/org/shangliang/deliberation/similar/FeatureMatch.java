package org.shangliang.deliberation.similar;

import java.util.Locale;
import org.immutables.value.Value;
import org.shangliang.deliberation.LocalizedText;

/**
 * What one feature contributed to a {@link SimilarCase}: its points out of its weight, and what was
 * compared, in Chinese and English.
 *
 * <p>Source: Reform 2025 (中国党政干部论坛, 2025-05-21), 规则引擎; docs/domain.md "Similar past cases".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FeatureMatch {
  FeatureMatch() {}

  /**
   * The feature.
   *
   * @return the feature
   */
  public abstract SimilarityFeature feature();

  /**
   * The points the feature contributed.
   *
   * @return 0 to {@link #weight()}
   */
  public abstract int points();

  /**
   * The feature's weight in the settings of the search: the most it can contribute.
   *
   * @return 0 to {@link SimilaritySettings#MAX_WEIGHT}
   */
  public abstract int weight();

  /**
   * What was compared, e.g. {@code 标题共有 3 个词：加装、装电、电梯} / {@code 3 title words shared: …}.
   *
   * @return the detail
   */
  public abstract LocalizedText detail();

  /**
   * Whether the feature contributed anything.
   *
   * @return {@code true} if {@link #points()} is above 0
   */
  public boolean matched() {
    return points() > 0;
  }

  /**
   * One line: the feature's name, its points out of its weight, and the detail, e.g. {@code title
   * words +20/30: 3 title words shared (of 6 and 6): 加装, 装电, 电梯}.
   *
   * @param locale Chinese for language {@code zh}, English otherwise
   * @return the line
   */
  public String explain(Locale locale) {
    boolean zh = LocalizedText.isChinese(locale);
    return feature().label(locale) + " +" + points() + "/" + weight() + (zh ? "：" : ": ")
        + detail().in(locale);
  }

  @Override
  public String toString() {
    return explain(Locale.ENGLISH);
  }
}
