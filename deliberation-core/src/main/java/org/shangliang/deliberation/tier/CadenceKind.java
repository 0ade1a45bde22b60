package org.shangliang.deliberation.tier;

/** The rhythm of a tier's meetings. */
public enum CadenceKind {
  /** On a fixed day of every month (Jinan's community: the 11th, "111" 议一议). */
  MONTHLY,
  /** On a fixed day of every week. */
  WEEKLY,
  /** Whenever residents ask (Jinan's grids and buildings). */
  ON_DEMAND
}
