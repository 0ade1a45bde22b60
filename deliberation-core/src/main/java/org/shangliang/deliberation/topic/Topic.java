package org.shangliang.deliberation.topic;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.unit.UnitId;

/**
 * A topic (协商事项): a public matter raised for deliberation, with its category and catalogue entry,
 * size, the units it affects, where it came from, and the facts that bear on its admission.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13); docs/domain.md "Topic catalogue", "Admission of a topic"
 * and "Matter sizes and timing".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Topic {
  Topic() {}

  /**
   * The topic's id.
   *
   * @return the id
   */
  public abstract TopicId id();

  /**
   * The topic's title, e.g. 3号楼加装电梯.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * The id of the topic's category in the profile's catalogue.
   *
   * @return the category id
   */
  public abstract String category();

  /**
   * The id of the catalogue entry (ledger item) the topic falls under, if any.
   *
   * @return the entry id
   */
  public abstract Optional<String> catalogueEntry();

  /**
   * The matter's size (三事).
   *
   * @return the size
   */
  public abstract MatterSize matterSize();

  /**
   * The units the matter affects, e.g. the buildings on a lift list.
   *
   * @return the units, at least one, each once
   */
  public abstract List<UnitId> affectedUnits();

  /**
   * Where the topic came from.
   *
   * @return the source
   */
  public abstract TopicSource source();

  /**
   * When the topic was raised.
   *
   * @return the instant; in the years 1 to 9999 (UTC)
   */
  public abstract Instant raisedAt();

  /**
   * Public money the matter involves.
   *
   * @return the funds, or empty if none
   */
  public abstract Optional<PublicFunds> publicFunds();

  /**
   * Whether the matter is already settled by law or by a higher party committee.
   *
   * @return the fact, or empty if it is not
   */
  public abstract Optional<SettledElsewhere> settledElsewhere();

  /**
   * Whether the matter is a dispute between two parties.
   *
   * @return the fact, or empty if it is not
   */
  public abstract Optional<TwoPartyDispute> dispute();

  @Value.Check
  void check() {
    Checks.notBlank("title", title());
    Checks.instant("raisedAt", raisedAt());
    Checks.identifier("category", category());
    catalogueEntry().ifPresent(e -> Checks.identifier("catalogueEntry", e));
    Checks.notEmpty("affectedUnits", affectedUnits());
    Checks.unique("affectedUnits", "", affectedUnits(), u -> u);
  }

  /**
   * A builder of topics; {@code id}, {@code title}, {@code category}, {@code matterSize}, at least one
   * affected unit, {@code source} and {@code raisedAt} are required.
   */
  public static final class Builder extends ImmutableTopic.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
