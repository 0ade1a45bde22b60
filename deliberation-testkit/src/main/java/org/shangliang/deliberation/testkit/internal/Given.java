package org.shangliang.deliberation.testkit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;

/**
 * A unit tree and a work calendar given by the caller, for scenarios generated over them instead of
 * over trees and calendars of their own; checked and indexed once, when the generator is made, so
 * that each scenario costs no more than over a small tree. Not exported; immutable and thread-safe.
 *
 * <p>A record deliberated at a tier level needs a unit at that level below a unit at every higher
 * tier level of the profile (its parties, escalations and the rules that judge them look up the
 * tree); such a unit is <em>usable</em>. The tree must have a usable unit at every tier level.
 */
public final class Given {
  private final Jurisdiction jurisdiction;
  private final WorkCalendar calendar;
  private final Map<UnitId, AdministrativeUnit> units;
  private final Map<UnitId, List<AdministrativeUnit>> children;
  private final Map<TierLevel, List<AdministrativeUnit>> usable;

  private Given(
      Jurisdiction jurisdiction,
      WorkCalendar calendar,
      Map<UnitId, AdministrativeUnit> units,
      Map<UnitId, List<AdministrativeUnit>> children,
      Map<TierLevel, List<AdministrativeUnit>> usable) {
    this.jurisdiction = jurisdiction;
    this.calendar = calendar;
    this.units = units;
    this.children = children;
    this.usable = usable;
  }

  /**
   * Checks and indexes a tree and a calendar for a profile.
   *
   * @param profile the profile whose tier levels the tree must have
   * @param jurisdiction the unit tree
   * @param calendar the work calendar
   * @return the indexed tree and calendar
   * @throws IllegalArgumentException if the profile has no tier, or the tree has no usable unit at
   *     one of the profile's tier levels: the message names the argument and the level
   */
  public static Given of(Profile profile, Jurisdiction jurisdiction, WorkCalendar calendar) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(calendar, "calendar");
    TreeSet<TierLevel> tierLevels = new TreeSet<>();
    for (TierRule tier : profile.tiers()) {
      tierLevels.add(tier.level());
    }
    if (tierLevels.isEmpty()) {
      throw new IllegalArgumentException(
          "profile: must have at least one tier, was " + profile.id() + " with none");
    }
    Map<UnitId, AdministrativeUnit> units = new HashMap<>();
    Map<UnitId, List<AdministrativeUnit>> children = new HashMap<>();
    for (AdministrativeUnit unit : jurisdiction.units()) {
      units.put(unit.id(), unit);
      if (unit.parent().isPresent()) {
        children.computeIfAbsent(unit.parent().get(), k -> new ArrayList<>()).add(unit);
      }
    }
    Map<UnitId, Integer> above = new HashMap<>();
    Map<TierLevel, List<AdministrativeUnit>> usable = new EnumMap<>(TierLevel.class);
    Map<TierLevel, AdministrativeUnit> unusable = new EnumMap<>(TierLevel.class);
    for (AdministrativeUnit unit : jurisdiction.units()) {
      TierLevel level = unit.level();
      if (!tierLevels.contains(level)) {
        continue;
      }
      int needed = mask(tierLevels.tailSet(level, false));
      if ((levelsAbove(unit, units, above) & needed) == needed) {
        usable.computeIfAbsent(level, k -> new ArrayList<>()).add(unit);
      } else {
        unusable.putIfAbsent(level, unit);
      }
    }
    for (TierLevel level : tierLevels.descendingSet()) { // the highest lacking level first
      if (usable.containsKey(level)) {
        continue;
      }
      String name = level + " (" + level.label().en() + ")";
      if (!unusable.containsKey(level)) {
        throw new IllegalArgumentException(
            "jurisdiction: has no unit at level "
                + name
                + ", a tier level of profile "
                + profile.id()
                + "; it must have a unit at each of "
                + tierLevels.descendingSet());
      }
      AdministrativeUnit example = unusable.get(level);
      TierLevel missing = null;
      int has = levelsAbove(example, units, above);
      for (TierLevel higher : tierLevels.tailSet(level, false)) {
        if ((has & (1 << higher.ordinal())) == 0) {
          missing = higher;
          break;
        }
      }
      throw new IllegalArgumentException(
          "jurisdiction: no unit at level "
              + name
              + " lies below a unit at every higher tier level of profile "
              + profile.id()
              + " "
              + tierLevels.tailSet(level, false).descendingSet()
              + "; "
              + example.id()
              + ", for one, has none at level "
              + missing);
    }
    Map<TierLevel, List<AdministrativeUnit>> frozen = new EnumMap<>(TierLevel.class);
    usable.forEach((level, list) -> frozen.put(level, List.copyOf(list)));
    Map<UnitId, List<AdministrativeUnit>> frozenChildren = new HashMap<>();
    children.forEach((id, list) -> frozenChildren.put(id, List.copyOf(list)));
    return new Given(
        jurisdiction,
        calendar,
        Collections.unmodifiableMap(units),
        Collections.unmodifiableMap(frozenChildren),
        Collections.unmodifiableMap(frozen));
  }

  private static int mask(Iterable<TierLevel> levels) {
    int mask = 0;
    for (TierLevel level : levels) {
      mask |= 1 << level.ordinal();
    }
    return mask;
  }

  /** The levels of a unit's ancestors, as a bit mask by ordinal; memoised in {@code above}. */
  private static int levelsAbove(
      AdministrativeUnit unit, Map<UnitId, AdministrativeUnit> units, Map<UnitId, Integer> above) {
    Integer known = above.get(unit.id());
    if (known != null) {
      return known;
    }
    int mask = 0;
    Optional<UnitId> parent = unit.parent();
    if (parent.isPresent()) {
      AdministrativeUnit p = units.get(parent.get());
      mask = levelsAbove(p, units, above) | (1 << p.level().ordinal());
    }
    above.put(unit.id(), mask);
    return mask;
  }

  /**
   * The unit tree.
   *
   * @return the jurisdiction, as given
   */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /**
   * The work calendar.
   *
   * @return the calendar, as given
   */
  public WorkCalendar calendar() {
    return calendar;
  }

  /**
   * The units of the tree by id.
   *
   * @return the units, unmodifiable
   */
  Map<UnitId, AdministrativeUnit> units() {
    return units;
  }

  /**
   * The children of each unit that has some.
   *
   * @return the children by parent id, unmodifiable
   */
  Map<UnitId, List<AdministrativeUnit>> children() {
    return children;
  }

  /**
   * The usable units at a tier level of the profile, in the tree's order.
   *
   * @param level a tier level of the profile
   * @return the units, not empty
   */
  List<AdministrativeUnit> usable(TierLevel level) {
    return usable.get(level);
  }
}
