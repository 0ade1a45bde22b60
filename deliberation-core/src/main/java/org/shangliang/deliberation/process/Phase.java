package org.shangliang.deliberation.process;

import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;

/** Where a deliberation stands, as its events have brought it. */
public enum Phase implements Labelled {
  /** Nothing has happened yet. */
  NEW("新建", "new"),
  /** The topic is raised and awaits admission. */
  RAISED("已提出", "raised"),
  /** The topic is admitted. */
  ADMITTED("已纳入", "admitted"),
  /** The topic was refused: nothing more happens. */
  REFUSED("不予纳入", "refused"),
  /** The parties are identified; meetings may be held. */
  PARTIES_IDENTIFIED("已明确主体", "parties identified"),
  /** At least one meeting was held. */
  DELIBERATING("协商中", "deliberating"),
  /** A decision was made. */
  DECIDED("已形成结果", "decided"),
  /** The outcome is classified. */
  CLASSIFIED("已分流", "classified"),
  /** Items are being carried out, or the matter is with the higher tier. */
  CARRYING_OUT("办理中", "carrying out"),
  /** Carried out (or solved by the higher tier). */
  COMPLETED("已办结", "completed"),
  /** Revisited. */
  REVISITED("已回访", "revisited"),
  /** Appraised. */
  APPRAISED("已评议", "appraised");

  private final LocalizedText label;

  Phase(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
