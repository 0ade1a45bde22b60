package org.shangliang.deliberation.meeting;

import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;

/**
 * The seven stages of a meeting (七定), in their order.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13), 七定; docs/domain.md "Meetings and the seven stages".
 */
public enum MeetingStage implements Labelled {
  /** 组织签到: sign-in. */
  SIGN_IN("组织签到", "sign-in"),
  /** 说明议题: explain the topic. */
  EXPLAIN_TOPIC("说明议题", "explain the topic"),
  /** 介绍主体: introduce the parties. */
  INTRODUCE_PARTIES("介绍主体", "introduce the parties"),
  /** 宣读规则: read the rules. */
  READ_RULES("宣读规则", "read the rules"),
  /** 组织讨论: discussion. */
  DISCUSSION("组织讨论", "discussion"),
  /** 形成结果: form the result. */
  FORM_RESULT("形成结果", "form the result"),
  /** 结果公示: publicise the result. */
  PUBLICISE_RESULT("结果公示", "publicise the result");

  private final LocalizedText label;

  MeetingStage(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
