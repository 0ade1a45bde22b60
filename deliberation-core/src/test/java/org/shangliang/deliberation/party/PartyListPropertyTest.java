package org.shangliang.deliberation.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;

/**
 * Generated party lists, looked up by id and asked which units they represent, checked against a
 * linear scan of the list. Each case is rebuilt from its seed, which every assertion message names.
 */
class PartyListPropertyTest {
  private static final long BASE_SEED = 20261207L;
  private static final int CASES = 100;
  private static final TierLevel[] LEVELS = TierLevel.values();
  private static final PartyKind[] KINDS = {
    PartyKind.PARTY_ORGANISATION, PartyKind.RESIDENTS_COMMITTEE, PartyKind.STAKEHOLDER,
    PartyKind.PROPERTY_COMPANY, PartyKind.AUDIT
  };

  static LongStream seeds() {
    return LongStream.range(0, CASES).map(i -> BASE_SEED + i);
  }

  /** A generated forest of units, each below a random earlier unit of a higher level or a root. */
  private static List<AdministrativeUnit> units(SplittableRandom random, String prefix) {
    List<AdministrativeUnit> units = new ArrayList<>();
    int size = 1 + random.nextInt(30);
    for (int i = 0; i < size; i++) {
      UnitId id = UnitId.of(prefix + i);
      List<AdministrativeUnit> parents = new ArrayList<>();
      for (AdministrativeUnit unit : units) {
        if (unit.level() != TierLevel.COURTYARD) {
          parents.add(unit);
        }
      }
      if (parents.isEmpty() || random.nextDouble() < 0.15) {
        units.add(AdministrativeUnit.root(id, LEVELS[random.nextInt(LEVELS.length)], "root " + i));
      } else {
        AdministrativeUnit parent = parents.get(random.nextInt(parents.size()));
        TierLevel level = LEVELS[random.nextInt(parent.level().ordinal())];
        units.add(AdministrativeUnit.of(id, level, "unit " + i, parent.id()));
      }
    }
    return units;
  }

  /** Ids p0..p59; a list takes a random subset of them, in random order. */
  private static List<PartyId> idPool() {
    List<PartyId> pool = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      pool.add(PartyId.of("p" + i));
    }
    return pool;
  }

  private static PartyList generate(SplittableRandom random, List<UnitId> unitChoices) {
    List<PartyId> pool = idPool();
    for (int i = pool.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      PartyId tmp = pool.get(i);
      pool.set(i, pool.get(j));
      pool.set(j, tmp);
    }
    int size = random.nextInt(pool.size() + 1);
    List<Party> parties = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      UnitId unit = unitChoices.get(random.nextInt(unitChoices.size()));
      parties.add(Party.of(pool.get(i), KINDS[random.nextInt(KINDS.length)], unit));
    }
    return PartyList.of(parties);
  }

  private static Optional<Party> scan(PartyList list, PartyId id) {
    for (Party party : list.parties()) {
      if (party.id().equals(id)) {
        return Optional.of(party);
      }
    }
    return Optional.empty();
  }

  private static boolean representsByScan(PartyList list, UnitId unit, Jurisdiction jurisdiction) {
    for (Party party : list.parties()) {
      if (jurisdiction.contains(unit, party.unit())) {
        return true;
      }
    }
    return false;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void hasAndPartyAgreeWithAScanOfTheList(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    PartyList list = generate(random, List.of(UnitId.of("u0"), UnitId.of("u1")));
    List<PartyId> asked = idPool();
    asked.add(PartyId.of("nobody"));
    for (PartyId id : asked) {
      Optional<Party> expected = scan(list, id);
      assertThat(list.party(id)).as("seed %d: party(%s)", seed, id).isEqualTo(expected);
      assertThat(list.has(id)).as("seed %d: has(%s)", seed, id).isEqualTo(expected.isPresent());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void representsAgreesWithAScanForEachJurisdictionAskedAbout(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<AdministrativeUnit> first = units(random, "a");
    List<AdministrativeUnit> second = units(random, "a"); // the same ids, another tree
    Jurisdiction one = Jurisdiction.of(first);
    Jurisdiction other = Jurisdiction.of(second);
    List<UnitId> ids = new ArrayList<>();
    for (AdministrativeUnit unit : first.size() >= second.size() ? first : second) {
      ids.add(unit.id());
    }
    ids.add(UnitId.of("elsewhere")); // in neither jurisdiction, yet a party may belong to it
    PartyList list = generate(random, ids);
    // ask about one jurisdiction, then the other, then the first again
    for (Jurisdiction jurisdiction : List.of(one, other, one)) {
      for (UnitId unit : ids) {
        assertThat(list.represents(unit, jurisdiction))
            .as("seed %d: represents(%s) in %s", seed, unit, jurisdiction.units())
            .isEqualTo(representsByScan(list, unit, jurisdiction));
      }
    }
  }
}
