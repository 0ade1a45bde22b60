package org.shangliang.deliberation.party;

import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;

/**
 * A role a party takes in a deliberation record, as a negative list (负面清单) names the conduct
 * forbidden to some kinds of participants: the roles on the party list ({@link PartyRole}) and the
 * parts a party plays in the record's meetings, votes, supervision and agreed items.
 *
 * <p>Source: Reform 2025 (中国党政干部论坛, 2025-05-21), Chengdu's "五小" negative list; docs/domain.md
 * "Household links and duty lists".
 */
public enum RecordRole implements Labelled {
  /** Listed as {@link PartyRole#DELIBERATOR}. */
  DELIBERATOR("协商", "deliberator"),
  /** Listed as {@link PartyRole#SUPERVISOR}, or the supervisor of a supervision record. */
  SUPERVISOR("监督", "supervisor"),
  /** Listed as {@link PartyRole#CONVENER}. */
  CONVENER("召集", "convener"),
  /** Listed as {@link PartyRole#OBSERVER}. */
  OBSERVER("列席", "observer"),
  /** The chair of a meeting. */
  CHAIR("主持", "chair"),
  /** The recorder of a meeting. */
  RECORDER("记录", "recorder"),
  /** Casts a ballot in a meeting's vote. */
  VOTER("投票", "voter"),
  /** The responsible party (责任主体) of an agreed item. */
  RESPONSIBLE("责任主体", "responsible party");

  private final LocalizedText label;

  RecordRole(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /**
   * The role's name in Chinese and English.
   *
   * @return the name
   */
  @Override
  public LocalizedText label() {
    return label;
  }

  /**
   * The record role of a role on the party list.
   *
   * @param role the role on the list
   * @return the record role of the same name
   */
  public static RecordRole of(PartyRole role) {
    switch (role) {
      case DELIBERATOR:
        return DELIBERATOR;
      case SUPERVISOR:
        return SUPERVISOR;
      case CONVENER:
        return CONVENER;
      default:
        return OBSERVER;
    }
  }
}
