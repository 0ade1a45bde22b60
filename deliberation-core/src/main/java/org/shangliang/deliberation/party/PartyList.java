package org.shangliang.deliberation.party;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.unit.UnitId;

/**
 * The party list (协商主体清单) of a deliberation: its parties in a fixed order, each id once.
 *
 * <p>Source: DOMAIN.md, Jinan "the three ones", seeds/003.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PartyList {
  PartyList() {}

  /**
   * The parties, in the order they were listed.
   *
   * @return the parties
   */
  public abstract List<Party> parties();

  /**
   * Creates a list.
   *
   * @param parties the parties; ids must be unique
   * @return the list
   * @throws org.shangliang.deliberation.InvalidModelException naming the first repeated id
   */
  public static PartyList of(Iterable<? extends Party> parties) {
    java.util.List<Party> copy = new java.util.ArrayList<>();
    for (Party party : Checks.notNull("parties", parties)) {
      if (party == null) {
        Checks.notNull("parties[" + copy.size() + "]", party);
      }
      copy.add(party);
    }
    return new Builder().addAllParties(copy).build();
  }

  /**
   * Creates a list.
   *
   * @param parties the parties; ids must be unique
   * @return the list
   * @throws org.shangliang.deliberation.InvalidModelException naming the first repeated id
   */
  public static PartyList of(Party... parties) {
    return of(Checks.copyOfNonNull("parties", java.util.Arrays.asList(Checks.notNull("parties", parties))));
  }

  /**
   * Looks a party up by id.
   *
   * @param id the id
   * @return the party, or empty if it is not on the list
   */
  public Optional<Party> party(PartyId id) {
    for (Party party : parties()) {
      if (party.id().equals(id)) {
        return Optional.of(party);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a party with this id is on the list.
   *
   * @param id the id
   * @return {@code true} if it is
   */
  public boolean has(PartyId id) {
    for (Party party : parties()) {
      if (party.id().equals(id)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The parties of a kind, in list order.
   *
   * @param kind the kind
   * @return the parties
   */
  public List<Party> ofKind(PartyKind kind) {
    List<Party> found = new ArrayList<>();
    for (Party party : parties()) {
      if (party.kind() == kind) {
        found.add(party);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * Whether some party is of a kind.
   *
   * @param kind the kind
   * @return {@code true} if one is
   */
  public boolean hasKind(PartyKind kind) {
    for (Party party : parties()) {
      if (party.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether some party is of a kind and holds a role.
   *
   * @param kind the kind
   * @param role the role
   * @return {@code true} if one is
   */
  public boolean hasKindInRole(PartyKind kind, PartyRole role) {
    for (Party party : parties()) {
      if (party.kind() == kind && party.hasRole(role)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The parties belonging to or representing exactly this unit, in list order.
   *
   * @param unit the unit
   * @return the parties
   */
  public List<Party> ofUnit(UnitId unit) {
    List<Party> found = new ArrayList<>();
    for (Party party : parties()) {
      if (party.unit().equals(unit)) {
        found.add(party);
      }
    }
    return Collections.unmodifiableList(found);
  }

  @Value.Check
  void check() {
    Checks.unique("parties", "id", parties(), Party::id);
  }

  /** A builder of party lists. */
  public static final class Builder extends ImmutablePartyList.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
