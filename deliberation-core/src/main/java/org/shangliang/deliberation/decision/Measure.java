package org.shangliang.deliberation.decision;

import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;

/** What a threshold counts: voters, or their weight (such as floor area). */
public enum Measure implements Labelled {
  /** One voter, one vote (人数). */
  HEADCOUNT("人数", "headcount"),
  /** Each voter's weight, such as floor area in m² (面积). */
  WEIGHT("面积权重", "area weight");

  private final LocalizedText label;

  Measure(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
