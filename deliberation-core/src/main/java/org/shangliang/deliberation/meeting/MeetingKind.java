package org.shangliang.deliberation.meeting;

import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;

/**
 * The form of a meeting, which the matter's size decides (大事大议, 小事小议, 急事立议).
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13), 三事 and 线上微协商; docs/domain.md "Matter sizes and timing".
 */
public enum MeetingKind implements Labelled {
  /** A full meeting of the tier's body on its regular date. */
  REGULAR("定期协商会议", "regular meeting"),
  /** A full meeting held at once for an urgent matter (急事立议). */
  URGENT("紧急协商会议", "urgent meeting"),
  /** A small meeting for a minor matter (小事小议). */
  SMALL("小范围协商", "small meeting"),
  /** Online micro-deliberation for a minor matter of small scope (线上微协商). */
  ONLINE_MICRO("线上微协商", "online micro-deliberation");

  private final LocalizedText label;

  MeetingKind(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  /**
   * Whether this is a full meeting of the tier's body.
   *
   * @return {@code true} for {@link #REGULAR} and {@link #URGENT}
   */
  public boolean isFull() {
    return this == REGULAR || this == URGENT;
  }
}
