package org.shangliang.deliberation.party;

import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;

/**
 * The kind of a party to a deliberation, as docs/domain.md names them. A kind not listed is
 * {@link #OTHER}, with a label on the party.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13); docs/domain.md "Party list" and "Duties and
 * supervision".
 */
public enum PartyKind implements Labelled {
  /** 党组织: a party organisation (e.g. the community party committee, the sub-district party working committee). */
  PARTY_ORGANISATION("党组织", "party organisation"),
  /** 居委会 / 社区"两委": the residents' committee or the community's two committees. */
  RESIDENTS_COMMITTEE("居委会/社区两委", "residents' committee / two committees"),
  /** 政府部门 / 区县党政机构: a government department or district party and government body. */
  GOVERNMENT_DEPARTMENT("政府部门", "government department"),
  /** 驻区单位: a unit based in the area. */
  RESIDENT_UNIT("驻区单位", "resident unit"),
  /** 业委会: an owners' committee. */
  OWNERS_COMMITTEE("业委会", "owners' committee"),
  /** 物业公司: a property company. */
  PROPERTY_COMPANY("物业公司", "property company"),
  /** 居民代表: a resident representative. */
  RESIDENT_REPRESENTATIVE("居民代表", "resident representative"),
  /** 党员代表: a party-member representative. */
  PARTY_MEMBER_REPRESENTATIVE("党员代表", "party-member representative"),
  /** 党代表: a party-congress deputy (one of 两代表一委员). */
  PARTY_CONGRESS_DEPUTY("党代表", "party-congress deputy"),
  /** 人大代表: a people's-congress deputy (one of 两代表一委员). */
  PEOPLES_CONGRESS_DEPUTY("人大代表", "people's-congress deputy"),
  /** 政协委员: a CPPCC member (one of 两代表一委员). */
  CPPCC_MEMBER("政协委员", "CPPCC member"),
  /** 专家学者: an expert or scholar. */
  EXPERT("专家学者", "expert"),
  /** 第三方机构: a third-party body. */
  THIRD_PARTY_BODY("第三方机构", "third-party body"),
  /** 社会组织 / 新经济组织: a social or new economic organisation. */
  SOCIAL_ORGANISATION("社会组织", "social organisation"),
  /** 利益相关方: a stakeholder, e.g. an owner in the building a lift is added to. */
  STAKEHOLDER("利益相关方", "stakeholder"),
  /** 调解人: a designated mediator. */
  MEDIATOR("调解人", "mediator"),
  /** 法律顾问: a legal adviser. */
  LEGAL_ADVISER("法律顾问", "legal adviser"),
  /** 规划师: a planner. */
  PLANNER("规划师", "planner"),
  /** 网格员: a grid worker. */
  GRID_WORKER("网格员", "grid worker"),
  /** 纪检监察: discipline inspection and supervision. */
  DISCIPLINE_INSPECTION("纪检监察", "discipline inspection"),
  /** 财政: finance. */
  FINANCE("财政", "finance"),
  /** 审计: audit. */
  AUDIT("审计", "audit"),
  /** 其他: any other kind; the party carries a label saying which. */
  OTHER("其他", "other");

  private final LocalizedText label;

  PartyKind(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /**
   * The kind's name in Chinese and English.
   *
   * @return the name
   */
  @Override
  public LocalizedText label() {
    return label;
  }
}
