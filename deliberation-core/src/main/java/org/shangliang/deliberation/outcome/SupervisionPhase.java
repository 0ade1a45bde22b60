package org.shangliang.deliberation.outcome;

import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;

/** When supervision happens (事前、事中、事后). */
public enum SupervisionPhase implements Labelled {
  /** 事前: before carrying out. */
  BEFORE("事前", "before"),
  /** 事中: during carrying out. */
  DURING("事中", "during"),
  /** 事后: after carrying out. */
  AFTER("事后", "after");

  private final LocalizedText label;

  SupervisionPhase(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
