package org.shangliang.deliberation.process;

import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;

/**
 * What a step of a plan means to the rest of the record. Rules tie two roles to other facts: a
 * {@link #DELIBERATE} step contains at least one meeting; nothing is {@link #CARRY_OUT carried out}
 * before a decision. Other steps carry no such tie.
 */
public enum StepRole implements Labelled {
  /** Collect demands or identify the parties (明确主体, 集). */
  PREPARE("准备", "prepare"),
  /** Set the topic (确定议题). */
  SET_TOPIC("确定议题", "set the topic"),
  /** Deliberate in meetings (开展协商, 议). */
  DELIBERATE("开展协商", "deliberate"),
  /** Carry out or handle the result (落实协商结果, 办). */
  CARRY_OUT("落实", "carry out"),
  /** Supervise the carrying-out (督). */
  SUPERVISE("监督", "supervise"),
  /** Evaluate or appraise (评价落实结果, 评). */
  EVALUATE("评价", "evaluate"),
  /** Any other step (e.g. of a nine-step plan). */
  OTHER("其他", "other");

  private final LocalizedText label;

  StepRole(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
