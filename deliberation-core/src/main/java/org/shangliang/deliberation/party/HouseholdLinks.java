package org.shangliang.deliberation.party;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.unit.UnitId;

/**
 * The household links (党员联户) a city keeps beside its unit tree: which party member is linked to the
 * households of which courtyard or building. A validator takes them like the jurisdiction and the
 * work calendar ({@link org.shangliang.deliberation.rules.Validator.Builder#householdLinks}); without
 * links ({@link #none()}, the default) the rule {@code party.linked-member-absent} has nothing to
 * check.
 *
 * <p>Each member has one link (listing all of the member's units); a unit may have several linked
 * members. A link counts for the very unit it names, not for the units above or below it: the
 * linked members of an affected building are those linked to that building.
 *
 * <p>Source: Reform 2025 (中国党政干部论坛, 2025-05-21), "党员联户" and "1+10+N"; docs/domain.md
 * "Household links and duty lists".
 *
 * <p>Looking the members of a unit up takes constant time: the links index their units the first
 * time they are asked. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class HouseholdLinks {
  private static final HouseholdLinks NONE = new Builder().build();

  HouseholdLinks() {}

  /**
   * The links, in the order given, one per member.
   *
   * @return the links
   */
  public abstract List<HouseholdLink> links();

  /**
   * No links at all: nothing for the rule to check.
   *
   * @return the empty links
   */
  public static HouseholdLinks none() {
    return NONE;
  }

  /**
   * Creates the links.
   *
   * @param links the links; each member once
   * @return the links
   * @throws org.shangliang.deliberation.InvalidModelException naming the first repeated member
   */
  public static HouseholdLinks of(Iterable<? extends HouseholdLink> links) {
    return new Builder().addAllLinks(Checks.notNull("links", links)).build();
  }

  /**
   * The members linked to the households of a unit, in the order of the links.
   *
   * @param unit the unit
   * @return the members' ids; empty if no member is linked to it
   */
  public List<PartyId> membersOf(UnitId unit) {
    return byUnit().getOrDefault(unit, List.of());
  }

  /**
   * Whether there is no link.
   *
   * @return {@code true} if there is none
   */
  public boolean isEmpty() {
    return links().isEmpty();
  }

  /** The members by unit, built once. */
  @Value.Lazy
  Map<UnitId, List<PartyId>> byUnit() {
    Map<UnitId, List<PartyId>> index = new HashMap<>();
    for (HouseholdLink link : links()) {
      for (UnitId unit : link.units()) {
        index.computeIfAbsent(unit, u -> new ArrayList<>(2)).add(link.member());
      }
    }
    index.replaceAll((unit, members) -> Collections.unmodifiableList(members));
    return Collections.unmodifiableMap(index);
  }

  @Value.Check
  void check() {
    Checks.unique("links", "member", links(), HouseholdLink::member);
  }

  /** A builder of household links. */
  public static final class Builder extends ImmutableHouseholdLinks.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
