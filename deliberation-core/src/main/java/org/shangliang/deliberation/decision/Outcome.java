package org.shangliang.deliberation.decision;

import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;

/** The outcome of a decision. */
public enum Outcome implements Labelled {
  /** 通过: the motion passed. */
  PASSED("通过", "passed"),
  /** 未通过: the motion failed. */
  FAILED("未通过", "failed"),
  /** 未达到参与门槛: too few took part for a valid decision. */
  NO_QUORUM("未达到参与门槛", "no quorum");

  private final LocalizedText label;

  Outcome(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
