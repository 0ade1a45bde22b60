package org.shangliang.deliberation.topic;

import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;

/**
 * The size of a matter, which sets the form of its deliberation (三事): 大事大议, 小事小议, 急事立议.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13), 三事; docs/domain.md "Matter sizes and timing".
 */
public enum MatterSize implements Labelled {
  /** 大事: a major matter, deliberated in full by the tier's body. */
  MAJOR("大事", "major matter"),
  /** 小事: a minor matter, deliberated in a small meeting. */
  MINOR("小事", "minor matter"),
  /** 急事: an urgent matter, deliberated at once without waiting for the regular date. */
  URGENT("急事", "urgent matter");

  private final LocalizedText label;

  MatterSize(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /**
   * The size's name in Chinese and English.
   *
   * @return the name
   */
  @Override
  public LocalizedText label() {
    return label;
  }
}
