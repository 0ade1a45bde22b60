package org.shangliang.deliberation.query;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.topic.SourceKind;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;

/**
 * A class of cases that recurs (每月一题): the topics of one catalogue entry (or, for topics without an
 * entry, of one category) whose affected units roll up to the same unit, with the topics that make it
 * up and the sources they came from. Found by {@link RecurringIssues}.
 *
 * <p>Source: Beijing 2021 (光明日报, 2021-10-25), 每月一题 (从解决一个问题到解决一类问题); docs/domain.md
 * "Recurring classes of cases".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RecurringClass {
  RecurringClass() {}

  /**
   * The category of the class's topics.
   *
   * @return the category id
   */
  public abstract String category();

  /**
   * The catalogue entry of the class's topics.
   *
   * @return the entry id; empty for the class of the topics filed under the category only
   */
  public abstract Optional<String> catalogueEntry();

  /**
   * The unit the topics' affected units roll up to (see {@link RecurringIssues} for the roll-up).
   *
   * @return the unit
   */
  public abstract UnitId unit();

  /**
   * The level of {@link #unit()} in the jurisdiction searched.
   *
   * @return the level; empty if the unit is not in that jurisdiction (it was kept as given)
   */
  public abstract Optional<TierLevel> unitLevel();

  /**
   * The topics of the class, each once.
   *
   * @return the topics, in the order they were raised, then by id; at least one
   */
  public abstract List<TopicId> topics();

  /**
   * The kinds of source the topics came from (hotline cases, resident proposals, grid inspections …).
   *
   * @return the kinds, in the declaration order of {@link SourceKind}
   */
  public abstract Set<SourceKind> sources();

  /**
   * How many topics the class holds.
   *
   * @return the count
   */
  public int count() {
    return topics().size();
  }

  @Value.Check
  void check() {
    Checks.identifier("category", category());
    catalogueEntry().ifPresent(e -> Checks.identifier("catalogueEntry", e));
    Checks.notEmpty("topics", topics());
    Checks.unique("topics", "", topics(), t -> t);
  }

  /**
   * A builder of recurring classes; {@code category}, {@code unit} and at least one topic are
   * required.
   */
  public static final class Builder extends ImmutableRecurringClass.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
