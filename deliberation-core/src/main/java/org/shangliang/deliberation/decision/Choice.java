package org.shangliang.deliberation.decision;

import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;

/** A voter's choice on a ballot. */
public enum Choice implements Labelled {
  /** 赞成: in favour. */
  YES("赞成", "yes"),
  /** 反对: against. */
  NO("反对", "no"),
  /** 弃权: abstains. */
  ABSTAIN("弃权", "abstain");

  private final LocalizedText label;

  Choice(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
