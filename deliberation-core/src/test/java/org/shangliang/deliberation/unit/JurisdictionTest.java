package org.shangliang.deliberation.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;

class JurisdictionTest {
  private static final UnitId CITY = UnitId.of("jinan");
  private static final UnitId SUB_DISTRICT = UnitId.of("jinan.quancheng");
  private static final UnitId COMMUNITY_1 = UnitId.of("jinan.quancheng.dianliu-1");
  private static final UnitId COMMUNITY_2 = UnitId.of("jinan.quancheng.dianliu-2");
  private static final UnitId BUILDING_3 = UnitId.of("jinan.quancheng.dianliu-1.b3");

  private static Jurisdiction jinan() {
    return Jurisdiction.of(
        AdministrativeUnit.of(BUILDING_3, TierLevel.COURTYARD, "3号楼", COMMUNITY_1),
        AdministrativeUnit.root(CITY, TierLevel.CITY, "济南市"),
        AdministrativeUnit.of(SUB_DISTRICT, TierLevel.SUB_DISTRICT, "泉城路街道", CITY),
        AdministrativeUnit.of(COMMUNITY_1, TierLevel.COMMUNITY, "甸柳一居", SUB_DISTRICT),
        AdministrativeUnit.of(COMMUNITY_2, TierLevel.COMMUNITY, "甸柳二居", SUB_DISTRICT));
  }

  @Test
  void rejectsDuplicateIdNamingTheUnit() {
    assertThatThrownBy(() -> Jurisdiction.of(
            AdministrativeUnit.root(CITY, TierLevel.CITY, "济南市"),
            AdministrativeUnit.of(SUB_DISTRICT, TierLevel.SUB_DISTRICT, "泉城路街道", CITY),
            AdministrativeUnit.root(SUB_DISTRICT, TierLevel.DISTRICT, "历下区")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("units[2].id: duplicate, was jinan.quancheng");
  }

  @Test
  void rejectsUnknownParentNamingTheUnit() {
    assertThatThrownBy(() -> Jurisdiction.of(
            AdministrativeUnit.root(CITY, TierLevel.CITY, "济南市"),
            AdministrativeUnit.of(COMMUNITY_1, TierLevel.COMMUNITY, "甸柳一居", SUB_DISTRICT)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("units[1].parent: unknown unit, was jinan.quancheng")
        .hasMessageContaining(COMMUNITY_1.toString());
  }

  @Test
  void rejectsParentAtSameLevel() {
    assertThatThrownBy(() -> Jurisdiction.of(
            AdministrativeUnit.root(COMMUNITY_1, TierLevel.COMMUNITY, "甸柳一居"),
            AdministrativeUnit.of(COMMUNITY_2, TierLevel.COMMUNITY, "甸柳二居", COMMUNITY_1)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("units[1].parent: must be at a higher level than " + COMMUNITY_2)
        .hasMessageContaining(COMMUNITY_1.toString());
  }

  @Test
  void rejectsParentAtLowerLevel() {
    assertThatThrownBy(() -> Jurisdiction.of(
            AdministrativeUnit.of(SUB_DISTRICT, TierLevel.SUB_DISTRICT, "泉城路街道", BUILDING_3),
            AdministrativeUnit.root(BUILDING_3, TierLevel.COURTYARD, "3号楼")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("units[0].parent: must be at a higher level than jinan.quancheng (SUB_DISTRICT),"
            + " was jinan.quancheng.dianliu-1.b3 (COURTYARD)");
  }

  @Test
  void acceptsSkippedLevelsAndUnitsInAnyOrder() {
    Jurisdiction bishan = Jurisdiction.of(
        AdministrativeUnit.of(UnitId.of("yard"), TierLevel.COURTYARD, "院坝", UnitId.of("town")),
        AdministrativeUnit.root(UnitId.of("town"), TierLevel.SUB_DISTRICT, "镇"));
    assertThat(bishan.contains(UnitId.of("town"), UnitId.of("yard"))).isTrue();
  }

  @Test
  void rejectsUnitThatIsItsOwnParent() {
    assertThatThrownBy(() -> AdministrativeUnit.of(CITY, TierLevel.CITY, "济南市", CITY))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("parent: a unit cannot be its own parent, was jinan");
  }

  @Test
  void rejectsBlankUnitNameNamingTheField() {
    assertThatThrownBy(() -> AdministrativeUnit.root(CITY, TierLevel.CITY, "  "))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("name: must not be blank");
  }

  @Test
  void rejectsNullAndMissingFieldsOfAUnit() {
    assertThatThrownBy(() -> AdministrativeUnit.root(null, TierLevel.CITY, "济南市"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("id: must not be null");
    assertThatThrownBy(() -> new AdministrativeUnit.Builder().id(CITY).name("济南市").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("level");
  }

  @Test
  void lowestCommonAncestorOfTwoCommunitiesIsTheirSubDistrict() {
    assertThat(jinan().lowestCommonAncestor(List.of(COMMUNITY_2, BUILDING_3)))
        .map(AdministrativeUnit::id).contains(SUB_DISTRICT);
  }

  @Test
  void lowestCommonAncestorOfOneUnitIsTheUnit() {
    assertThat(jinan().lowestCommonAncestor(List.of(BUILDING_3)))
        .map(AdministrativeUnit::id).contains(BUILDING_3);
  }

  @Test
  void lowestCommonAncestorOfAUnitAndItsAncestorIsTheAncestor() {
    assertThat(jinan().lowestCommonAncestor(List.of(BUILDING_3, SUB_DISTRICT)))
        .map(AdministrativeUnit::id).contains(SUB_DISTRICT);
  }

  @Test
  void lowestCommonAncestorIsEmptyAcrossTreesOfAForest() {
    Jurisdiction forest = Jurisdiction.of(
        AdministrativeUnit.root(UnitId.of("a"), TierLevel.COMMUNITY, "A"),
        AdministrativeUnit.root(UnitId.of("b"), TierLevel.COMMUNITY, "B"));
    assertThat(forest.lowestCommonAncestor(List.of(UnitId.of("a"), UnitId.of("b")))).isEmpty();
  }

  @Test
  void lowestCommonAncestorRejectsNoUnitsAndUnknownUnits() {
    assertThatThrownBy(() -> jinan().lowestCommonAncestor(List.of()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("ids: must not be empty");
    assertThatThrownBy(() -> jinan().lowestCommonAncestor(List.of(CITY, UnitId.of("beijing"))))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("ids[1]: not in this jurisdiction, was beijing");
  }

  @Test
  void pathToRootGoesFromTheUnitUpToTheCity() {
    assertThat(jinan().pathToRoot(BUILDING_3)).extracting(AdministrativeUnit::id)
        .containsExactly(BUILDING_3, COMMUNITY_1, SUB_DISTRICT, CITY);
  }

  @Test
  void pathToRootRejectsAnUnknownUnit() {
    assertThatThrownBy(() -> jinan().pathToRoot(UnitId.of("beijing")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("id: not in this jurisdiction, was beijing");
  }

  @Test
  void containsIsReflexiveAndFollowsAncestry() {
    Jurisdiction jinan = jinan();
    assertThat(jinan.contains(COMMUNITY_1, COMMUNITY_1)).isTrue();
    assertThat(jinan.contains(CITY, BUILDING_3)).isTrue();
    assertThat(jinan.contains(BUILDING_3, CITY)).isFalse();
    assertThat(jinan.contains(COMMUNITY_2, BUILDING_3)).isFalse();
    assertThat(jinan.contains(UnitId.of("beijing"), UnitId.of("beijing"))).isFalse();
  }

  @Test
  void childrenKeepTheGivenOrder() {
    assertThat(jinan().children(SUB_DISTRICT)).extracting(AdministrativeUnit::id)
        .containsExactly(COMMUNITY_1, COMMUNITY_2);
    assertThat(jinan().children(BUILDING_3)).isEmpty();
  }

  @Test
  void equalJurisdictionsHaveTheSameUnitsInTheSameOrder() {
    assertThat(jinan()).isEqualTo(jinan()).hasSameHashCodeAs(jinan());
    assertThat(jinan().toString()).isEqualTo("Jurisdiction{5 units}");
  }

  @Test
  void rejectsNullUnitsWithInvalidModelException() {
    assertThatThrownBy(() -> Jurisdiction.of((Collection<AdministrativeUnit>) null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("units: must not be null");
    assertThatThrownBy(() -> Jurisdiction.of(Arrays.asList(
            AdministrativeUnit.root(CITY, TierLevel.CITY, "济南市"), null)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("units[1]: must not be null");
  }
}
