package org.shangliang.deliberation.unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.internal.Checks;

/**
 * A tree (or forest) of administrative units: who contains whom. Every unit's parent is in the tree
 * and at a strictly higher {@link TierLevel}; levels may be skipped. A malformed tree fails when it is
 * built, with a message naming the unit.
 *
 * <p>Queries: {@link #contains(UnitId, UnitId)}, {@link #lowestCommonAncestor(Collection)} and {@link
 * #pathToRoot(UnitId)}. Units keep the order they were given in.
 *
 * <p>Immutable and thread-safe.
 */
public final class Jurisdiction {
  private final List<AdministrativeUnit> units;
  private final Map<UnitId, AdministrativeUnit> byId;
  private final Map<UnitId, Integer> depth;

  private Jurisdiction(List<AdministrativeUnit> units) {
    this.units = List.copyOf(units);
    Map<UnitId, AdministrativeUnit> index = new HashMap<>();
    for (int i = 0; i < this.units.size(); i++) {
      AdministrativeUnit unit = this.units.get(i);
      if (index.putIfAbsent(unit.id(), unit) != null) {
        throw new InvalidModelException(
            Path.of("units").index(i).child("id"), "duplicate, was " + unit.id());
      }
    }
    for (int i = 0; i < this.units.size(); i++) {
      AdministrativeUnit unit = this.units.get(i);
      if (unit.parent().isEmpty()) {
        continue;
      }
      AdministrativeUnit parent = index.get(unit.parent().get());
      if (parent == null) {
        throw new InvalidModelException(
            Path.of("units").index(i).child("parent"),
            "unknown unit, was " + unit.parent().get() + " (parent of " + unit.id() + ")");
      }
      if (!parent.level().isHigherThan(unit.level())) {
        throw new InvalidModelException(
            Path.of("units").index(i).child("parent"),
            "must be at a higher level than " + unit.id() + " (" + unit.level() + "), was "
                + parent.id() + " (" + parent.level() + ")");
      }
    }
    // Parents are strictly higher, so no cycle can exist; depths follow from the levels.
    Map<UnitId, Integer> depths = new HashMap<>();
    for (AdministrativeUnit unit : this.units) {
      int d = 0;
      Optional<UnitId> p = unit.parent();
      while (p.isPresent()) {
        d++;
        p = index.get(p.get()).parent();
      }
      depths.put(unit.id(), d);
    }
    this.byId = Collections.unmodifiableMap(index);
    this.depth = Collections.unmodifiableMap(depths);
  }

  /**
   * Builds a jurisdiction from its units, in any order.
   *
   * @param units the units; each parent must be among them
   * @return the jurisdiction
   * @throws InvalidModelException if two units share an id, a parent is unknown, or a parent is not
   *     at a higher level than its child, the message naming the unit; or if the collection or a
   *     unit is {@code null}
   */
  public static Jurisdiction of(Collection<AdministrativeUnit> units) {
    return new Jurisdiction(Checks.copyOfNonNull("units", units));
  }

  /**
   * Builds a jurisdiction from its units.
   *
   * @param units the units
   * @return the jurisdiction
   * @throws InvalidModelException as for {@link #of(Collection)}
   */
  public static Jurisdiction of(AdministrativeUnit... units) {
    return of(java.util.Arrays.asList(Checks.notNull("units", units)));
  }

  /**
   * The units in the order they were given.
   *
   * @return the units
   */
  public List<AdministrativeUnit> units() {
    return units;
  }

  /**
   * Looks a unit up.
   *
   * @param id the unit's identifier
   * @return the unit, or empty if it is not in this jurisdiction
   */
  public Optional<AdministrativeUnit> unit(UnitId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Whether a unit is in this jurisdiction.
   *
   * @param id the unit's identifier
   * @return {@code true} if it is
   */
  public boolean has(UnitId id) {
    return byId.containsKey(id);
  }

  /**
   * Whether {@code outer} contains {@code inner}: they are the same unit, or {@code outer} is an
   * ancestor of {@code inner}.
   *
   * @param outer the containing unit
   * @param inner the contained unit
   * @return {@code true} if {@code outer} covers {@code inner}; {@code false} if not, or if either is
   *     not in this jurisdiction
   */
  public boolean contains(UnitId outer, UnitId inner) {
    if (!byId.containsKey(outer)) {
      return false;
    }
    AdministrativeUnit current = byId.get(inner);
    while (current != null) {
      if (current.id().equals(outer)) {
        return true;
      }
      current = current.parent().isPresent() ? byId.get(current.parent().get()) : null;
    }
    return false;
  }

  /**
   * The path from a unit up to its root: the unit first, the root last.
   *
   * @param id the unit's identifier
   * @return the path
   * @throws InvalidModelException if the unit is not in this jurisdiction, at the path {@code id}
   */
  public List<AdministrativeUnit> pathToRoot(UnitId id) {
    AdministrativeUnit current = byId.get(id);
    if (current == null) {
      throw new InvalidModelException(Path.of("id"), "not in this jurisdiction, was " + id);
    }
    List<AdministrativeUnit> path = new ArrayList<>(depth.get(id) + 1);
    while (current != null) {
      path.add(current);
      current = current.parent().isPresent() ? byId.get(current.parent().get()) : null;
    }
    return Collections.unmodifiableList(path);
  }

  /**
   * The lowest unit that contains every given unit: the unit deliberation of a matter affecting them
   * all should be routed to at the least (a matter spanning two communities goes to their
   * sub-district).
   *
   * @param ids the units, at least one
   * @return the lowest common ancestor (a unit itself when only it is given); empty if the units lie in
   *     different trees of a forest
   * @throws InvalidModelException if no unit is given (at the path {@code ids}) or one is not in
   *     this jurisdiction (at {@code ids[i]})
   */
  public Optional<AdministrativeUnit> lowestCommonAncestor(Collection<UnitId> ids) {
    Iterator<UnitId> it = ids.iterator();
    if (!it.hasNext()) {
      throw new InvalidModelException(Path.of("ids"), "must not be empty");
    }
    int index = 0;
    AdministrativeUnit common = require(it.next(), index);
    while (it.hasNext()) {
      AdministrativeUnit other = require(it.next(), ++index);
      common = lca(common, other);
      if (common == null) {
        return Optional.empty();
      }
    }
    return Optional.of(common);
  }

  private AdministrativeUnit require(UnitId id, int index) {
    AdministrativeUnit unit = byId.get(id);
    if (unit == null) {
      throw new InvalidModelException(
          Path.of("ids").index(index), "not in this jurisdiction, was " + id);
    }
    return unit;
  }

  private AdministrativeUnit lca(AdministrativeUnit a, AdministrativeUnit b) {
    int da = depth.get(a.id());
    int db = depth.get(b.id());
    while (da > db) {
      a = byId.get(a.parent().get());
      da--;
    }
    while (db > da) {
      b = byId.get(b.parent().get());
      db--;
    }
    while (!a.id().equals(b.id())) {
      if (a.parent().isEmpty()) {
        return null;
      }
      a = byId.get(a.parent().get());
      b = byId.get(b.parent().get());
    }
    return a;
  }

  /**
   * The units directly inside a unit, in the order they were given.
   *
   * @param id the unit's identifier
   * @return the children; empty for a leaf or a unit not in this jurisdiction
   */
  public List<AdministrativeUnit> children(UnitId id) {
    List<AdministrativeUnit> children = new ArrayList<>();
    for (AdministrativeUnit unit : units) {
      if (unit.parent().isPresent() && unit.parent().get().equals(id)) {
        children.add(unit);
      }
    }
    return Collections.unmodifiableList(children);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Jurisdiction && ((Jurisdiction) other).units.equals(units);
  }

  @Override
  public int hashCode() {
    return units.hashCode();
  }

  @Override
  public String toString() {
    return "Jurisdiction{" + units.size() + " units}";
  }
}
