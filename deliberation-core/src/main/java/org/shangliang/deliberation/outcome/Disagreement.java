package org.shangliang.deliberation.outcome;

import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;

/** How deep the parties' disagreement is. */
public enum Disagreement implements Labelled {
  /** No disagreement left. */
  NONE("无分歧", "none"),
  /** Some disagreement that further rounds may resolve. */
  MODERATE("有一定分歧", "moderate"),
  /** Large disagreement (分歧较大). */
  DEEP("分歧较大", "deep");

  private final LocalizedText label;

  Disagreement(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
