package org.shangliang.deliberation.process;

import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;

/**
 * The level of risk a risk assessment (风险评估) finds, from low to high. A {@link #HIGH} finding needs
 * mitigation measures ({@code risk.measures-missing}).
 *
 * <p>Source: Reform 2025 (中国党政干部论坛, 2025-05-21), 重大决策风险评估机制; docs/domain.md "Risk
 * assessment before a major decision".
 */
public enum RiskLevel implements Labelled {
  /** 低风险: low risk. */
  LOW("低风险", "low risk"),
  /** 中风险: medium risk. */
  MEDIUM("中风险", "medium risk"),
  /** 高风险: high risk; the assessment must name mitigation measures. */
  HIGH("高风险", "high risk");

  private final LocalizedText label;

  RiskLevel(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /**
   * The level's name in Chinese and English.
   *
   * @return the name
   */
  @Override
  public LocalizedText label() {
    return label;
  }
}
