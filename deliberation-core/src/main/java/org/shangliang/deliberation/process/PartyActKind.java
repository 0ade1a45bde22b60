package org.shangliang.deliberation.process;

import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;

/**
 * What a party organisation did at a gate of a deliberation (把关定向): reviewed and decided the topic,
 * set the form and procedure, or named the person who drafts the plan and invites the parties. A
 * profile says which acts it requires ({@link org.shangliang.deliberation.profile.Profile#requiredPartyActs()}).
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13), 在议题选择上，强化把关定向 and 在议事流程上，强化组织引领;
 * docs/domain.md "Procedure and chair".
 */
public enum PartyActKind implements Labelled {
  /**
   * 审核把关、研究确定协商议题: the party organisation reviewed the topic and decided whether it is
   * deliberated; due once the admission is decided, and taken no later than the decision.
   */
  REVIEWED_TOPIC("审核议题", "reviewed the topic"),
  /**
   * 确定协商形式和程序: the party organisation set the form and procedure of the deliberation (the
   * sub-district party working committee for a cross-community matter); due once a meeting is held, and
   * taken before it.
   */
  SET_PROCEDURE("确定协商形式和程序", "set the form and procedure"),
  /**
   * 指定专人负责拟定协商方案、邀请协商主体: the party organisation named the person who drafts the plan
   * and invites the parties; due once a meeting is held, and taken before it.
   */
  NAMED_ORGANISER("指定专人拟定方案、邀请主体", "named the organiser");

  private final LocalizedText label;

  PartyActKind(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
