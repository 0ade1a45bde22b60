package org.shangliang.deliberation.outcome;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.unit.UnitId;

/**
 * A class of topics that recurs: the same catalogue entry (or, for topics without one, the same
 * category) in the same unit, with the topics that make it up.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RecurringClass {
  RecurringClass() {}

  /** @return the category id */
  public abstract String category();

  /** @return the catalogue entry id; empty for topics filed under the category only */
  public abstract Optional<String> catalogueEntry();

  /** @return the affected unit */
  public abstract UnitId unit();

  /** @return the topics, in the order they were raised */
  public abstract List<TopicId> topics();

  /**
   * How many topics the class holds.
   *
   * @return the count
   */
  public int count() {
    return topics().size();
  }

  /** A builder of recurring classes. */
  public static final class Builder extends ImmutableRecurringClass.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
