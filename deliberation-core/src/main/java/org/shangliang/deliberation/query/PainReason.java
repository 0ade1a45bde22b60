package org.shangliang.deliberation.query;

import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;

/**
 * Why a record is in the 痛点库 (pain points).
 *
 * <p>Source: Haidian 2025 (人民日报, 2025-09-10), 痛点库 (挖掘基层治理难点问题); Beijing 2021 (光明日报,
 * 2021-10-25), 每月一题; docs/domain.md "The four libraries".
 */
public enum PainReason implements Labelled {
  /** Its topic is in a class of cases that recurs ({@link RecurringIssues}). */
  RECURRING("反复出现", "recurring"),
  /** It owes something past its due instant ({@code Obligations}). */
  OVERDUE("逾期未办", "overdue"),
  /** It was shelved more than the setting allows (搁置件). */
  SHELVED_REPEATEDLY("多次搁置", "shelved repeatedly");

  private final LocalizedText label;

  PainReason(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /**
   * The reason's name in Chinese and English.
   *
   * @return the name
   */
  @Override
  public LocalizedText label() {
    return label;
  }
}
