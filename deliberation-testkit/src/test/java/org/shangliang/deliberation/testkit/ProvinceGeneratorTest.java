package org.shangliang.deliberation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;

class ProvinceGeneratorTest {
  private static final int[] COUNTS = {6, 7, 13, 40, 200, 999, 3_000, 5_000, 20_000};

  @Test
  void aProvinceHasExactlyTheUnitsAskedForAndEveryLevelOnEveryPath() {
    for (int units : COUNTS) {
      for (long seed = 0; seed < 5; seed++) {
        Jurisdiction province = Generators.province(seed, units);
        assertThat(province.units()).as("units of %d", units).hasSize(units);
        Set<UnitId> parents = new HashSet<>();
        for (AdministrativeUnit unit : province.units()) {
          if (unit.level() == TierLevel.CITY) {
            assertThat(unit.parent()).isEmpty();
          } else {
            AdministrativeUnit parent = province.unit(unit.parent().orElseThrow()).orElseThrow();
            assertThat(parent.level().ordinal()).isEqualTo(unit.level().ordinal() + 1);
            parents.add(parent.id());
          }
        }
        for (AdministrativeUnit unit : province.units()) {
          assertThat(unit.level() == TierLevel.COURTYARD || parents.contains(unit.id()))
              .as("%s of %d units has a child", unit.id(), units)
              .isTrue();
        }
      }
    }
  }

  @Test
  void aProvinceSharesItsUnitsAmongTheLevelsAsDocumented() {
    Map<TierLevel, Integer> levels = new EnumMap<>(TierLevel.class);
    for (AdministrativeUnit unit : Generators.province(1L, 5_000).units()) {
      levels.merge(unit.level(), 1, Integer::sum);
    }
    assertThat(levels)
        .containsEntry(TierLevel.CITY, 1)
        .containsEntry(TierLevel.DISTRICT, 12)
        .containsEntry(TierLevel.SUB_DISTRICT, 75)
        .containsEntry(TierLevel.COMMUNITY, 377)
        .containsEntry(TierLevel.GRID, 1_133)
        .containsEntry(TierLevel.COURTYARD, 3_402);
  }

  @Test
  void theSameSeedGivesTheSameProvinceAndAnotherSeedAnother() {
    assertThat(Generators.province(7L, 2_000)).isEqualTo(Generators.province(7L, 2_000));
    assertThat(Generators.province(7L, 2_000)).isNotEqualTo(Generators.province(8L, 2_000));
    assertThat(Generators.province(7L, 2_000).units().get(1).id().value()).isEqualTo("district-1");
  }

  @Test
  void theChildrenOfAParentVaryInNumber() {
    Jurisdiction province = Generators.province(2L, 5_000);
    Set<Integer> sizes = new HashSet<>();
    for (AdministrativeUnit unit : province.units()) {
      if (unit.level() == TierLevel.COMMUNITY) {
        sizes.add(province.children(unit.id()).size());
      }
    }
    assertThat(sizes).hasSizeGreaterThan(3);
  }

  @Test
  void aCountOutOfRangeIsRefused() {
    assertThatThrownBy(() -> Generators.province(1L, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("units: must be from 6 to 10000000, was 5");
    assertThatThrownBy(() -> Generators.province(1L, 10_000_001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("units: must be from 6 to 10000000, was 10000001");
  }
}
