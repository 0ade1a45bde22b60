package org.shangliang.deliberation.tier;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.unit.TierLevel;

/**
 * How one tier deliberates (分层定期协商): its body (e.g. 居民议事会, 协商联席会议), the kind of party that
 * convenes it, its cadence, the matters it may decide and the level it escalates to.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13), 三个一: 分层定期协商机制; docs/domain.md "Tiers and regular
 * meetings".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TierRule {
  TierRule() {}

  /**
   * The tier level this rule is for.
   *
   * @return the level
   */
  public abstract TierLevel level();

  /**
   * The deliberating body, e.g. 居民议事会 / residents' council.
   *
   * @return the body's name
   */
  public abstract LocalizedText body();

  /**
   * The kind of party that convenes and chairs the body (a party organisation by default in every
   * built-in profile).
   *
   * @return the kind
   */
  public abstract PartyKind convenerKind();

  /**
   * When the body meets regularly.
   *
   * @return the cadence
   */
  public abstract Cadence cadence();

  /**
   * The matter sizes this tier may decide.
   *
   * @return the sizes, at least one
   */
  public abstract Set<MatterSize> matterSizes();

  /**
   * The categories this tier may decide; empty means every category.
   *
   * @return category ids
   */
  public abstract Set<String> categories();

  /**
   * The level matters beyond this tier's powers go to.
   *
   * @return the level, higher than {@link #level()}; empty at the top
   */
  public abstract Optional<TierLevel> escalatesTo();

  /**
   * Whether this tier may decide a matter of a size and category.
   *
   * @param size the matter size
   * @param category the category id
   * @return {@code true} if both are within its powers
   */
  public boolean mayDecide(MatterSize size, String category) {
    return matterSizes().contains(size) && (categories().isEmpty() || categories().contains(category));
  }

  @Value.Check
  void check() {
    Checks.notEmpty("matterSizes", matterSizes());
    int index = 0;
    for (String category : categories()) {
      Checks.identifier("categories[" + index + "]", category);
      index++;
    }
    if (escalatesTo().isPresent() && !escalatesTo().get().isHigherThan(level())) {
      throw new InvalidModelException(
          Path.of("escalatesTo"),
          "must be higher than " + level() + ", was " + escalatesTo().get());
    }
  }

  /**
   * A builder of tier rules; {@code level}, {@code body}, {@code convenerKind}, {@code cadence} and at
   * least one matter size are required.
   */
  public static final class Builder extends ImmutableTierRule.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
