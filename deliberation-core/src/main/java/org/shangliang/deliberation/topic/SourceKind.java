package org.shangliang.deliberation.topic;

/**
 * Where a topic came from.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13); Beijing 2021 (光明日报, 2021-10-25) (接诉即办); docs/domain.md
 * "Admission of a topic" and "The 12345 hotline".
 */
public enum SourceKind {
  /** 入户走访: a home visit. */
  HOME_VISIT,
  /** 院落谈心 / 院坝会: a courtyard talk. */
  COURTYARD_TALK,
  /** 居民提议: a proposal by residents. */
  RESIDENT_PROPOSAL,
  /** 12345 热线: a 12345 hotline case; the source carries its ticket id. */
  HOTLINE_12345,
  /** 网上反映: an online report. */
  ONLINE_REPORT,
  /** 网格巡查: found by grid inspection. */
  GRID_INSPECTION,
  /** 代表委员提议: a proposal by a deputy or CPPCC member. */
  DEPUTY_PROPOSAL,
  /** 上级交办: assigned by a higher level. */
  HIGHER_LEVEL_ASSIGNMENT
}
