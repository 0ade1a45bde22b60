package org.shangliang.deliberation.process;

import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;

/**
 * Whether a topic was admitted for deliberation.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13); docs/domain.md "Admission of a topic".
 */
public enum AdmissionStatus implements Labelled {
  /** The topic is deliberated. */
  ADMITTED("纳入协商", "admitted"),
  /** The topic is not deliberated; residents are told why. */
  REFUSED("不予纳入", "refused");

  private final LocalizedText label;

  AdmissionStatus(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
