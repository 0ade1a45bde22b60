package org.shangliang.deliberation.similar;

import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;

/**
 * The weights of a similar-case search, in whole points, and how many results it returns. The
 * article gives no numbers: every value is the library's own choice, marked (default), and a caller
 * may set any of them ({@link Builder}).
 *
 * <p>The default weights give a perfect likeness 100 points (entry 30, category 10, size 10, units 20,
 * title 30) and a case that ended well 20 more, so that it goes ahead of a somewhat closer case that
 * did not end well but not ahead of a much closer one.
 *
 * <p>Bounds, checked when built ({@link InvalidModelException} naming the field and the value): each
 * weight 0 to {@value #MAX_WEIGHT}; the unit distance 0 to {@value #MAX_UNIT_DISTANCE} steps; the
 * result count 1 to {@value #MAX_RESULTS}; the minimum similarity 0 to {@value
 * #MAX_MINIMUM_SIMILARITY}.
 *
 * <p>Source: Reform 2025 (中国党政干部论坛, 2025-05-21), 规则引擎; docs/domain.md "Similar past cases".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SimilaritySettings {
  /** The highest weight of one feature. */
  public static final int MAX_WEIGHT = 1_000;

  /** The most steps in the unit tree a match may span. */
  public static final int MAX_UNIT_DISTANCE = 64;

  /** The most results a search may return. */
  public static final int MAX_RESULTS = 10_000;

  /** The highest minimum similarity: the five likeness weights at their highest. */
  public static final int MAX_MINIMUM_SIMILARITY = 5 * MAX_WEIGHT;

  SimilaritySettings() {}

  /**
   * The settings with every default.
   *
   * @return the defaults
   */
  public static SimilaritySettings defaults() {
    return new Builder().build();
  }

  /**
   * The points for the same catalogue entry (both topics have one, and it is the same).
   *
   * @return 0 to {@value #MAX_WEIGHT}; 30 (default)
   */
  @Value.Default
  public int catalogueEntryWeight() {
    return 30;
  }

  /**
   * The points for the same category.
   *
   * @return 0 to {@value #MAX_WEIGHT}; 10 (default)
   */
  @Value.Default
  public int categoryWeight() {
    return 10;
  }

  /**
   * The points for the same matter size.
   *
   * @return 0 to {@value #MAX_WEIGHT}; 10 (default)
   */
  @Value.Default
  public int matterSizeWeight() {
    return 10;
  }

  /**
   * The points for affected units at no distance (a unit affected by both). At a distance of
   * {@code d} steps up to {@link #maxUnitDistance()} {@code D}, the feature earns {@code
   * floor(weight × (D + 1 − d) / (D + 1))}; farther, or in different trees, nothing.
   *
   * @return 0 to {@value #MAX_WEIGHT}; 20 (default)
   */
  @Value.Default
  public int unitWeight() {
    return 20;
  }

  /**
   * The points for identical title words. Titles sharing {@code s} of their {@code a} and {@code b}
   * distinct words earn {@code floor(weight × 2s / (a + b))} (the Dice coefficient).
   *
   * @return 0 to {@value #MAX_WEIGHT}; 30 (default)
   */
  @Value.Default
  public int titleWeight() {
    return 30;
  }

  /**
   * The points added to a past case that ended well ({@link CaseEnding#ENDED_WELL}): the preference
   * for good experience. Not part of the similarity.
   *
   * @return 0 to {@value #MAX_WEIGHT}; 20 (default)
   */
  @Value.Default
  public int endedWellWeight() {
    return 20;
  }

  /**
   * The most steps in the unit tree between affected units that still earn unit points. Where
   * buildings sit directly under their community, two buildings of one community are 2 steps apart;
   * two communities of one sub-district too; two buildings of neighbouring communities 4 (a grid
   * level in between adds a step on each side).
   *
   * @return 0 to {@value #MAX_UNIT_DISTANCE}; 4 (default)
   */
  @Value.Default
  public int maxUnitDistance() {
    return 4;
  }

  /**
   * How many results a search returns at most.
   *
   * @return 1 to {@value #MAX_RESULTS}; 5 (default)
   */
  @Value.Default
  public int resultCount() {
    return 5;
  }

  /**
   * The least similarity (the sum of the five likeness features, the ended-well bonus left out) a
   * past case needs to be returned: a case that shares nothing is never a similar case, however
   * well it ended. 0 returns every case.
   *
   * @return 0 to {@value #MAX_MINIMUM_SIMILARITY}; 1 (default)
   */
  @Value.Default
  public int minimumSimilarity() {
    return 1;
  }

  /**
   * The weight of a feature.
   *
   * @param feature the feature
   * @return its weight
   */
  public int weight(SimilarityFeature feature) {
    switch (feature) {
      case CATALOGUE_ENTRY:
        return catalogueEntryWeight();
      case CATEGORY:
        return categoryWeight();
      case MATTER_SIZE:
        return matterSizeWeight();
      case UNITS:
        return unitWeight();
      case TITLE:
        return titleWeight();
      default:
        return endedWellWeight();
    }
  }

  @Value.Check
  void check() {
    range("catalogueEntryWeight", catalogueEntryWeight(), 0, MAX_WEIGHT);
    range("categoryWeight", categoryWeight(), 0, MAX_WEIGHT);
    range("matterSizeWeight", matterSizeWeight(), 0, MAX_WEIGHT);
    range("unitWeight", unitWeight(), 0, MAX_WEIGHT);
    range("titleWeight", titleWeight(), 0, MAX_WEIGHT);
    range("endedWellWeight", endedWellWeight(), 0, MAX_WEIGHT);
    range("maxUnitDistance", maxUnitDistance(), 0, MAX_UNIT_DISTANCE);
    range("resultCount", resultCount(), 1, MAX_RESULTS);
    range("minimumSimilarity", minimumSimilarity(), 0, MAX_MINIMUM_SIMILARITY);
  }

  private static void range(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidModelException(
          Path.of(field), "must be from " + min + " to " + max + ", was " + value);
    }
  }

  /** A builder of settings; every field has a default. */
  public static final class Builder extends ImmutableSimilaritySettings.Builder {
    /** Creates a builder holding the defaults. */
    public Builder() {}
  }
}
