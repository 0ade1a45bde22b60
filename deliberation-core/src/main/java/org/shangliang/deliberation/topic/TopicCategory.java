package org.shangliang.deliberation.topic;

import java.util.Set;
import org.immutables.value.Value;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.party.PartyKind;

/**
 * A category of the topic catalogue, with the party kinds every topic of the category requires on its
 * party list. Jinan's three categories have the ids {@link #DAILY_LIFE_AND_DISPUTES}, {@link
 * #PUBLIC_AFFAIRS} and {@link #CARRYING_OUT_POLICY}; a profile may add more.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13), 三个一: 协商事项目录; docs/domain.md "Topic catalogue".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TopicCategory {
  /** Id of 日常生活及矛盾类, daily life and disputes (Jinan). */
  public static final String DAILY_LIFE_AND_DISPUTES = "daily-life-and-disputes";

  /** Id of 公共事务类, public affairs (Jinan). */
  public static final String PUBLIC_AFFAIRS = "public-affairs";

  /** Id of 政策部署执行类, carrying out policy (Jinan). */
  public static final String CARRYING_OUT_POLICY = "carrying-out-policy";

  TopicCategory() {}

  /**
   * The category's id, e.g. {@value #PUBLIC_AFFAIRS}.
   *
   * @return the id, in the alphabet of identifiers (1 to 128 letters, marks, numbers, punctuation
   *     and symbols)
   */
  public abstract String id();

  /**
   * The category's name.
   *
   * @return the name
   */
  public abstract LocalizedText name();

  /**
   * The party kinds every topic of this category needs on its party list.
   *
   * @return the kinds, in the declaration order of the enum
   */
  public abstract Set<PartyKind> requiredPartyKinds();

  @Value.Check
  void check() {
    Checks.identifier("id", id());
  }

  /** A builder of categories; {@code id} and {@code name} are required. */
  public static final class Builder extends ImmutableTopicCategory.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
