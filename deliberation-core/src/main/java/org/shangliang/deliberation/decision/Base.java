package org.shangliang.deliberation.decision;

import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;

/** What an approval threshold is a fraction of. */
public enum Base implements Labelled {
  /** The ballots cast: yes, no and abstain. */
  CAST("投票总数（含弃权）", "votes cast (abstentions included)"),
  /** The decisive ballots: yes and no, abstentions left out. */
  DECISIVE("赞成与反对票数", "yes and no votes"),
  /** The eligible voters present (signed in, whether invited or not). */
  PRESENT("出席人数", "eligible voters present"),
  /** All eligible voters. */
  ELIGIBLE("全体有表决权者", "all eligible voters");

  private final LocalizedText label;

  Base(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
