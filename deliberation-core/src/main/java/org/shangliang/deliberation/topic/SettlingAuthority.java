package org.shangliang.deliberation.topic;

import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;

/**
 * Who already settled a matter, so that it is not deliberated.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13); docs/domain.md "Admission of a topic".
 */
public enum SettlingAuthority implements Labelled {
  /** Settled by national law (国家法律法规已有规定). */
  LAW("国家法律法规", "national law"),
  /** Settled by a decision of a higher party committee (上级党委已有决定). */
  HIGHER_PARTY_COMMITTEE("上级党委决定", "a higher party committee's decision");

  private final LocalizedText label;

  SettlingAuthority(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
