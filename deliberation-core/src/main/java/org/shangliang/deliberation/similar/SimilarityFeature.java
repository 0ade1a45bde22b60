package org.shangliang.deliberation.similar;

import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;

/**
 * A feature two cases are compared on, and the preference for cases that ended well. Each has a
 * weight in {@link SimilaritySettings}; a {@link FeatureMatch} says what it contributed to one
 * result.
 *
 * <p>Source: Reform 2025 (中国党政干部论坛, 2025-05-21), 规则引擎; docs/domain.md "Similar past cases".
 */
public enum SimilarityFeature implements Labelled {
  /** The same catalogue entry (台账事项): both topics have one and it is the same. */
  CATALOGUE_ENTRY("台账事项", "catalogue entry"),
  /** The same category of the catalogue. */
  CATEGORY("类别", "category"),
  /** The same matter size (三事: major, minor, urgent). */
  MATTER_SIZE("事项大小", "matter size"),
  /** Affected units close in the unit tree: fewer steps between them score more. */
  UNITS("所涉单位", "affected units"),
  /** Words the titles share (character bigrams of Chinese text, words of other text). */
  TITLE("标题用词", "title words"),
  /**
   * Not a likeness: the bonus of a past case that ended well ({@link CaseEnding#ENDED_WELL}), which
   * puts it ahead of an equally similar case that did not.
   */
  ENDED_WELL("办结良好", "ended well");

  private final LocalizedText label;

  SimilarityFeature(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /**
   * The feature's name in Chinese and English.
   *
   * @return the name
   */
  @Override
  public LocalizedText label() {
    return label;
  }
}
