package org.shangliang.deliberation.party;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.UnitId;

/**
 * The party list (协商主体清单) of a deliberation: its parties in a fixed order, each id once.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13), 三个一: 协商主体清单; docs/domain.md "Party list".
 *
 * <p>Looking a party up by id takes constant time: the list indexes its parties by id the first time
 * it is asked, and keeps the index.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PartyList {
  /**
   * The units some party belongs to or lies inside, for the last jurisdiction asked about; built on
   * first use and replaced when another jurisdiction is asked about. Immutable once published; not
   * part of the value (equality, hash code and string form ignore it).
   */
  @SuppressWarnings("immutables:incompat")
  private volatile Coverage coverage;

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
    return Optional.ofNullable(byId().get(id));
  }

  /**
   * Whether a party with this id is on the list.
   *
   * @param id the id
   * @return {@code true} if it is
   */
  public boolean has(PartyId id) {
    return byId().containsKey(id);
  }

  /**
   * The parties by id, built once per list.
   *
   * @return an unmodifiable index
   */
  @Value.Lazy
  Map<PartyId, Party> byId() {
    Map<PartyId, Party> index = new HashMap<>(Math.max(16, parties().size() * 4 / 3 + 1));
    for (Party party : parties()) {
      index.put(party.id(), party);
    }
    return Collections.unmodifiableMap(index);
  }

  /**
   * Whether some party belongs to a unit or to a unit inside it, in a jurisdiction: whether the unit
   * is represented on the list. The answer for each unit takes constant time once the list has
   * gathered, for that jurisdiction, every unit that contains a party's unit.
   *
   * @param unit the unit
   * @param jurisdiction the unit tree
   * @return {@code true} if some party's unit is the unit or lies inside it; {@code false} if none is,
   *     or if the unit is not in the jurisdiction
   */
  public boolean represents(UnitId unit, Jurisdiction jurisdiction) {
    Coverage known = coverage;
    if (known == null || known.jurisdiction != jurisdiction) {
      known = new Coverage(jurisdiction, covered(jurisdiction));
      coverage = known;
    }
    return known.units.contains(unit);
  }

  /** The units of the parties in a jurisdiction and every unit above them. */
  private Set<UnitId> covered(Jurisdiction jurisdiction) {
    Set<UnitId> covered = new HashSet<>(Math.max(16, parties().size() * 4 / 3 + 1));
    for (Party party : parties()) {
      Optional<AdministrativeUnit> unit = jurisdiction.unit(party.unit());
      // walk up until a unit already in: every unit above it is in as well
      while (unit.isPresent() && covered.add(unit.get().id())) {
        Optional<UnitId> parent = unit.get().parent();
        unit = parent.isPresent() ? jurisdiction.unit(parent.get()) : Optional.empty();
      }
    }
    return Collections.unmodifiableSet(covered);
  }

  /** The units represented in one jurisdiction. */
  private static final class Coverage {
    final Jurisdiction jurisdiction;
    final Set<UnitId> units;

    Coverage(Jurisdiction jurisdiction, Set<UnitId> units) {
      this.jurisdiction = jurisdiction;
      this.units = units;
    }
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
