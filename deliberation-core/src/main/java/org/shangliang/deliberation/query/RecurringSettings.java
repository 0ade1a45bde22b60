package org.shangliang.deliberation.query;

import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.unit.TierLevel;

/**
 * The settings of a search for recurring classes of cases ({@link RecurringIssues}): the level the
 * affected units are rolled up to, and the smallest class worth returning. The article gives neither:
 * both are the caller's, with defaults.
 *
 * <p>Source: Beijing 2021 (光明日报, 2021-10-25), 每月一题; docs/domain.md "Recurring classes of cases".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RecurringSettings {
  /** The level affected units are rolled up to unless set: {@link TierLevel#COMMUNITY} (default). */
  public static final TierLevel DEFAULT_LEVEL = TierLevel.COMMUNITY;

  /** The smallest class returned unless set: 2 topics (default), a class that recurs at least once. */
  public static final int DEFAULT_MIN_COUNT = 2;

  private static final RecurringSettings DEFAULTS = new Builder().build();

  RecurringSettings() {}

  /**
   * The level each affected unit is rolled up to before grouping: the same complaint from two
   * buildings of one community is one class at {@link TierLevel#COMMUNITY}, two at {@link
   * TierLevel#COURTYARD}.
   *
   * @return the level; {@link #DEFAULT_LEVEL} (default) unless set
   */
  @Value.Default
  public TierLevel level() {
    return DEFAULT_LEVEL;
  }

  /**
   * The smallest number of topics a class must hold to be returned.
   *
   * @return the count, at least 1; {@link #DEFAULT_MIN_COUNT} (default) unless set
   */
  @Value.Default
  public int minCount() {
    return DEFAULT_MIN_COUNT;
  }

  /**
   * The default settings: {@link #DEFAULT_LEVEL}, {@link #DEFAULT_MIN_COUNT}.
   *
   * @return the settings
   */
  public static RecurringSettings defaults() {
    return DEFAULTS;
  }

  /**
   * Settings with a level and a minimum count.
   *
   * @param level the level units are rolled up to
   * @param minCount the smallest class returned, at least 1
   * @return the settings
   * @throws InvalidModelException if {@code minCount} is below 1 (path {@code minCount}) or the level
   *     is {@code null} (path {@code level})
   */
  public static RecurringSettings of(TierLevel level, int minCount) {
    return new Builder().level(level).minCount(minCount).build();
  }

  @Value.Check
  void check() {
    if (minCount() < 1) {
      throw new InvalidModelException(Path.of("minCount"), "must be at least 1, was " + minCount());
    }
  }

  /** A builder of settings; every field has a default. */
  public static final class Builder extends ImmutableRecurringSettings.Builder {
    /** Creates a builder of the default settings. */
    public Builder() {}
  }
}
