package org.shangliang.deliberation.decision;

import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;

/** What a comparison in a decision checks. */
public enum CheckKind implements Labelled {
  /** Enough of the eligible took part (cast a ballot). */
  PARTICIPATION("参与表决", "participation"),
  /** Enough approved. */
  APPROVAL("赞成", "approval"),
  /** The absolute minimum of yes votes. */
  MINIMUM_YES("最低赞成票数", "minimum yes votes"),
  /** Fewer no votes than block a consensus. */
  NO_BLOCK("反对票未达否决数", "no votes below the blocking number");

  private final LocalizedText label;

  CheckKind(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
