package org.shangliang.deliberation.unit;

import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;

/**
 * A level in the administrative tree, from the lowest (a courtyard or building) to the highest (a
 * city). Jinan links all six levels; other places skip some (Bishan: town, community, compound,
 * courtyard), which a jurisdiction allows: a parent need only be at a higher level.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13); Bishan 2024 (seminar report, undated); docs/domain.md
 * "Units".
 */
public enum TierLevel implements Labelled {
  /** 楼院 / 院坝: a courtyard, building or residential compound group. */
  COURTYARD("楼院/院坝", "courtyard/building"),
  /** 网格: a grid. */
  GRID("网格", "grid"),
  /** 社区 / 村: a community or village. */
  COMMUNITY("社区/村", "community/village"),
  /** 街道 / 镇: a sub-district or town. */
  SUB_DISTRICT("街道/镇", "sub-district/town"),
  /** 区 / 县: a district or county. */
  DISTRICT("区/县", "district/county"),
  /** 市: a city. */
  CITY("市", "city");

  private final LocalizedText label;

  TierLevel(String zh, String en) {
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

  /**
   * Whether this level is strictly above another.
   *
   * @param other the other level
   * @return {@code true} if this level is higher than {@code other}
   */
  public boolean isHigherThan(TierLevel other) {
    return compareTo(other) > 0;
  }
}
