package org.shangliang.deliberation.process;

import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;

/** What changed in a deliberation. */
public enum EventType implements Labelled {
  /** The topic was raised. */
  TOPIC_RAISED("提出议题", "topic raised"),
  /** The topic was admitted for deliberation. */
  ADMITTED("议题纳入协商", "admitted"),
  /** The topic was refused (and explained to residents). */
  REFUSED("议题不予纳入", "refused"),
  /** The parties were identified (明确主体). */
  PARTIES_IDENTIFIED("明确协商主体", "parties identified"),
  /** A meeting was held. */
  MEETING_HELD("召开协商会议", "meeting held"),
  /** A decision was made. */
  DECISION_MADE("形成协商结果", "decision made"),
  /** The outcome was classified (结果分流); the event carries the kind. */
  OUTCOME_CLASSIFIED("结果分流", "outcome classified"),
  /** An agreed item was assigned (responsible party, measures, deadline). */
  DUTY_ASSIGNED("明确责任", "duty assigned"),
  /** Progress of a committed item was published. */
  PROGRESS_PUBLISHED("公示进度", "progress published"),
  /** The matter was sent up to a higher tier. */
  ESCALATED("上报", "escalated"),
  /** The carrying-out was completed (or the higher tier solved it). */
  COMPLETED("办结", "completed"),
  /** Finished items were revisited (回访). */
  REVISITED("回访", "revisited"),
  /** Residents appraised the carrying-out (评议). */
  APPRAISED("评议", "appraised"),
  /** The deliberation was reopened (e.g. after a poor appraisal, or a shelved matter taken up again). */
  REOPENED("重新协商", "reopened");

  private final LocalizedText label;

  EventType(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
