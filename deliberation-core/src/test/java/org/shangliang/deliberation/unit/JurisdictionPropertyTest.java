package org.shangliang.deliberation.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated unit trees and forests (levels may skip, units in random order) checked against brute
 * force computed from the parent ids alone. Each case is rebuilt from its seed, which every assertion
 * message names.
 */
class JurisdictionPropertyTest {
  private static final long BASE_SEED = 20261121L;
  private static final int CASES = 300;
  private static final TierLevel[] LEVELS = TierLevel.values();

  static LongStream seeds() {
    return LongStream.range(0, CASES).map(i -> BASE_SEED + i);
  }

  /** A generated forest: the units in the order given, and the test's own parent map. */
  private static final class Forest {
    final List<AdministrativeUnit> units = new ArrayList<>();
    final Map<UnitId, Optional<UnitId>> parentOf = new LinkedHashMap<>();
    final Map<UnitId, TierLevel> levelOf = new HashMap<>();

    /** The unit and its ancestors, walking parent ids: the unit first. */
    List<UnitId> selfAndAncestors(UnitId id) {
      List<UnitId> chain = new ArrayList<>();
      Optional<UnitId> current = Optional.of(id);
      while (current.isPresent()) {
        chain.add(current.get());
        current = parentOf.get(current.get());
      }
      return chain;
    }

    boolean containsBruteForce(UnitId outer, UnitId inner) {
      return selfAndAncestors(inner).contains(outer);
    }

    Optional<UnitId> lowestCommonAncestorBruteForce(List<UnitId> ids) {
      UnitId best = null;
      int bestDepth = -1;
      for (UnitId candidate : parentOf.keySet()) {
        boolean containsAll = true;
        for (UnitId id : ids) {
          if (!containsBruteForce(candidate, id)) {
            containsAll = false;
            break;
          }
        }
        int depth = selfAndAncestors(candidate).size() - 1;
        if (containsAll && depth > bestDepth) {
          best = candidate;
          bestDepth = depth;
        }
      }
      return Optional.ofNullable(best);
    }
  }

  private static Forest generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Forest forest = new Forest();
    int size = 1 + random.nextInt(random.nextBoolean() ? 8 : 40);
    double rootChance = random.nextDouble(0.02, 0.4);
    List<AdministrativeUnit> created = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      UnitId id = UnitId.of("u" + i + "-" + Long.toString(random.nextLong() & 0xffff, 36));
      List<AdministrativeUnit> possibleParents = new ArrayList<>();
      for (AdministrativeUnit unit : created) {
        if (unit.level() != TierLevel.COURTYARD) {
          possibleParents.add(unit);
        }
      }
      AdministrativeUnit unit;
      if (possibleParents.isEmpty() || random.nextDouble() < rootChance) {
        TierLevel level = LEVELS[random.nextInt(LEVELS.length)];
        unit = AdministrativeUnit.root(id, level, "root " + i);
      } else {
        AdministrativeUnit parent = possibleParents.get(random.nextInt(possibleParents.size()));
        // any level strictly below the parent's: levels may be skipped
        TierLevel level = LEVELS[random.nextInt(parent.level().ordinal())];
        unit = AdministrativeUnit.of(id, level, "unit " + i, parent.id());
      }
      created.add(unit);
      forest.parentOf.put(id, unit.parent());
      forest.levelOf.put(id, unit.level());
    }
    // the jurisdiction accepts units in any order: children may come before their parents
    List<AdministrativeUnit> shuffled = new ArrayList<>(created);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      AdministrativeUnit tmp = shuffled.get(i);
      shuffled.set(i, shuffled.get(j));
      shuffled.set(j, tmp);
    }
    forest.units.addAll(shuffled);
    return forest;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void containsAgreesWithAncestorWalk(long seed) {
    Forest forest = generate(seed);
    Jurisdiction jurisdiction = Jurisdiction.of(forest.units);
    UnitId stranger = UnitId.of("not-in-the-tree");
    for (UnitId outer : forest.parentOf.keySet()) {
      for (UnitId inner : forest.parentOf.keySet()) {
        assertThat(jurisdiction.contains(outer, inner))
            .as("seed %d: contains(%s, %s)", seed, outer, inner)
            .isEqualTo(forest.containsBruteForce(outer, inner));
      }
      assertThat(jurisdiction.contains(outer, stranger)).as("seed %d", seed).isFalse();
      assertThat(jurisdiction.contains(stranger, outer)).as("seed %d", seed).isFalse();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void lowestCommonAncestorIsTheDeepestUnitContainingAllGivenUnits(long seed) {
    Forest forest = generate(seed);
    Jurisdiction jurisdiction = Jurisdiction.of(forest.units);
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    List<UnitId> all = new ArrayList<>(forest.parentOf.keySet());
    for (int query = 0; query < 20; query++) {
      int count = 1 + random.nextInt(Math.min(6, all.size() + 1));
      List<UnitId> ids = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        ids.add(all.get(random.nextInt(all.size()))); // repeats allowed
      }
      Optional<UnitId> expected = forest.lowestCommonAncestorBruteForce(ids);
      Optional<UnitId> actual = jurisdiction.lowestCommonAncestor(ids).map(AdministrativeUnit::id);
      assertThat(actual).as("seed %d: lowestCommonAncestor(%s)", seed, ids).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void pathToRootStartsAtTheUnitFollowsParentsAndEndsAtARoot(long seed) {
    Forest forest = generate(seed);
    Jurisdiction jurisdiction = Jurisdiction.of(forest.units);
    for (UnitId id : forest.parentOf.keySet()) {
      List<AdministrativeUnit> path = jurisdiction.pathToRoot(id);
      String where = "seed " + seed + ": pathToRoot(" + id + ")";
      assertThat(path).as(where).isNotEmpty();
      assertThat(path.get(0).id()).as(where).isEqualTo(id);
      assertThat(path.get(path.size() - 1).parent()).as(where).isEmpty();
      for (int i = 0; i + 1 < path.size(); i++) {
        assertThat(path.get(i).parent()).as(where + " at " + i).contains(path.get(i + 1).id());
        assertThat(path.get(i + 1).level().isHigherThan(path.get(i).level())).as(where).isTrue();
      }
      List<UnitId> ids = new ArrayList<>();
      path.forEach(u -> ids.add(u.id()));
      assertThat(ids).as(where).isEqualTo(forest.selfAndAncestors(id));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void unitsAndChildrenKeepTheGivenOrder(long seed) {
    Forest forest = generate(seed);
    Jurisdiction jurisdiction = Jurisdiction.of(forest.units);
    assertThat(jurisdiction.units()).as("seed %d", seed).isEqualTo(forest.units);
    for (UnitId id : forest.parentOf.keySet()) {
      List<AdministrativeUnit> expected = new ArrayList<>();
      for (AdministrativeUnit unit : forest.units) {
        if (unit.parent().equals(Optional.of(id))) {
          expected.add(unit);
        }
      }
      assertThat(jurisdiction.children(id)).as("seed %d: children(%s)", seed, id)
          .isEqualTo(expected);
      assertThat(jurisdiction.unit(id).map(AdministrativeUnit::level))
          .as("seed %d", seed).contains(forest.levelOf.get(id));
    }
  }
}
