package org.shangliang.deliberation.tier;

/**
 * What a regular cadence does when its date is not a working day.
 *
 * <p>The source articles do not say; a profile sets it (docs/domain.md "Profiles and defaults").
 */
public enum NonWorkingDayRule {
  /** Meet on the date anyway. */
  KEEP,
  /** Meet on the first working day after the date. */
  NEXT_WORKING_DAY,
  /** Meet on the last working day before the date. */
  PREVIOUS_WORKING_DAY
}
