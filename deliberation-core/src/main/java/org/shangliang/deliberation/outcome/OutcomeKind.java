package org.shangliang.deliberation.outcome;

import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;

/**
 * The four kinds of outcome (结果分流分类办理).
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13), 结果分流分类办理; docs/domain.md "Outcome kinds".
 */
public enum OutcomeKind implements Labelled {
  /** 即办件: agreement reached and it can be done now; the parties finish it. */
  IMMEDIATE("即办件", "immediate"),
  /** 搁置件: no agreement (wide scope, complex causes, deep disagreement, rounds without agreement); shelved and explained to residents. */
  SHELVED("搁置件", "shelved"),
  /** 承诺件: agreement reached but objective factors prevent doing it now; progress publicised regularly. */
  COMMITTED("承诺件", "committed"),
  /** 建议件: beyond the tier's powers; result and proposed solution go up; residents told when solved. */
  RECOMMENDATION("建议件", "recommendation");

  private final LocalizedText label;

  OutcomeKind(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
