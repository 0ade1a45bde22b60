package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.rules.ReportAssert.assertClean;
import static org.shangliang.deliberation.rules.ReportAssert.assertSingle;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.Violation;

/**
 * Rules of the tier.* prefix: the deliberating unit covers the affected units, has a body at its
 * level and the powers the matter needs.
 */
class TierRulesTest {
  private static final LocalizedText PUBLIC_AFFAIRS =
      Profiles.jinan().catalogue().category(TopicCategory.PUBLIC_AFFAIRS).get().name();

  private static Party partyOf(String id, PartyKind kind, UnitId unit) {
    return Party.of(PartyId.of(id), kind, unit);
  }

  // tier.no-common-unit

  @Test
  void rejectsAffectedUnitsInSeparateTrees() {
    LiftCase c = new LiftCase();
    c.affected.add(LiftCase.ELSEWHERE);
    c.parties.add(partyOf("rep-qd", PartyKind.RESIDENT_REPRESENTATIVE, LiftCase.ELSEWHERE));
    Violation v =
        assertSingle(c.validate(), RuleCodes.TIER_NO_COMMON_UNIT, "topic.affectedUnits", Severity.ERROR);
    assertThat(v.args()).containsExactly(List.of(LiftCase.BUILDING_3, LiftCase.ELSEWHERE));
  }

  // tier.unit-not-covering

  @Test
  void rejectsCommunityDeliberatingMatterSpanningTwoCommunities() {
    LiftCase c = new LiftCase();
    c.affected.add(LiftCase.BUILDING_7);
    c.parties.add(partyOf("rep-7", PartyKind.RESIDENT_REPRESENTATIVE, LiftCase.BUILDING_7));
    c.parties.add(partyOf("po-sd", PartyKind.PARTY_ORGANISATION, LiftCase.SUB_DISTRICT));
    c.actsBy(PartyId.of("po-sd")); // the sub-district party working committee sets the procedure
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.TIER_UNIT_NOT_COVERING, "deliberatingUnit", Severity.ERROR);
    assertThat(v.args())
        .containsExactly(
            LiftCase.COMMUNITY_1,
            List.of(LiftCase.BUILDING_7),
            LiftCase.SUB_DISTRICT,
            TierLevel.SUB_DISTRICT);
  }

  @Test
  void acceptsSubDistrictDeliberatingMatterSpanningTwoCommunities() {
    LiftCase c = new LiftCase();
    c.affected.add(LiftCase.BUILDING_7);
    c.parties.add(partyOf("rep-7", PartyKind.RESIDENT_REPRESENTATIVE, LiftCase.BUILDING_7));
    c.parties.add(partyOf("po-sd", PartyKind.PARTY_ORGANISATION, LiftCase.SUB_DISTRICT));
    c.actsBy(PartyId.of("po-sd")); // the sub-district party working committee sets the procedure
    c.deliberatingUnit = LiftCase.SUB_DISTRICT;
    assertClean(c.validate());
  }

  @Test
  void rejectsGridDeliberatingMatterOfItsWholeCommunity() {
    LiftCase c = new LiftCase();
    c.size = MatterSize.MINOR; // a grid may decide minor matters, so only the covering breaks
    c.affected.set(0, LiftCase.COMMUNITY_1);
    c.deliberatingUnit = LiftCase.GRID_1;
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.TIER_UNIT_NOT_COVERING, "deliberatingUnit", Severity.ERROR);
    assertThat(v.args())
        .containsExactly(
            LiftCase.GRID_1, List.of(LiftCase.COMMUNITY_1), LiftCase.COMMUNITY_1, TierLevel.COMMUNITY);
  }

  // tier.no-rule

  @Test
  void rejectsDeliberatingUnitAtLevelWithoutTier() {
    LiftCase c = new LiftCase();
    c.profile = ProfileVariants.jinanWithoutTier("jinan-no-community", TierLevel.COMMUNITY);
    Violation v =
        assertSingle(c.validate(), RuleCodes.TIER_NO_RULE, "deliberatingUnit", Severity.ERROR);
    assertThat(v.args())
        .containsExactly(LiftCase.COMMUNITY_1, TierLevel.COMMUNITY, "jinan-no-community");
  }

  @Test
  void acceptsDeliberatingUnitWhenOnlyAnotherLevelLacksATier() {
    LiftCase c = new LiftCase();
    c.profile = ProfileVariants.jinanWithoutTier("jinan-no-grid", TierLevel.GRID);
    assertClean(c.validate());
  }

  // tier.powers-exceeded

  @Test
  void rejectsMajorMatterAtGridOfOneBuildingNamingTheCommunity() {
    LiftCase c = new LiftCase();
    c.deliberatingUnit = LiftCase.GRID_1;
    c.actsByPartyOrganisationOf(LiftCase.GRID_1); // the deliberating unit's party organisation
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.TIER_POWERS_EXCEEDED, "deliberatingUnit", Severity.ERROR);
    assertThat(v.args())
        .containsExactly(
            LiftCase.GRID_1,
            TierLevel.GRID,
            MatterSize.MAJOR,
            PUBLIC_AFFAIRS,
            LiftCase.COMMUNITY_1,
            TierLevel.COMMUNITY);
  }

  @Test
  void acceptsMinorMatterAtGridOfOneBuilding() {
    LiftCase c = new LiftCase();
    c.size = MatterSize.MINOR;
    c.deliberatingUnit = LiftCase.GRID_1;
    c.actsByPartyOrganisationOf(LiftCase.GRID_1); // the deliberating unit's party organisation
    assertClean(c.validate());
  }

  @Test
  void acceptsMinorMatterAtCourtyardOfOneBuilding() {
    LiftCase c = new LiftCase();
    c.size = MatterSize.MINOR;
    c.deliberatingUnit = LiftCase.BUILDING_3;
    c.actsByPartyOrganisationOf(LiftCase.BUILDING_3); // the deliberating unit's party organisation
    assertClean(c.validate());
  }

  @Test
  void rejectsCategoryTheTierMayNotDecideNamingTheNextTierThatMay() {
    LiftCase c = new LiftCase();
    c.profile =
        ProfileVariants.jinanWithTierCategories(
            "jinan-community-daily-life", TierLevel.COMMUNITY, TopicCategory.DAILY_LIFE_AND_DISPUTES);
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.TIER_POWERS_EXCEEDED, "deliberatingUnit", Severity.ERROR);
    assertThat(v.args())
        .containsExactly(
            LiftCase.COMMUNITY_1,
            TierLevel.COMMUNITY,
            MatterSize.MAJOR,
            PUBLIC_AFFAIRS,
            LiftCase.SUB_DISTRICT,
            TierLevel.SUB_DISTRICT);
  }

  @Test
  void namesNoUnitWhenNoTierMayDecideTheMatter() {
    LiftCase c = new LiftCase();
    c.profile =
        ProfileVariants.jinanWhereEveryTierDecidesOnly(
            "jinan-minor-only", MatterSize.MINOR, MatterSize.URGENT);
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.TIER_POWERS_EXCEEDED, "deliberatingUnit", Severity.ERROR);
    assertThat(v.args())
        .containsExactly(
            LiftCase.COMMUNITY_1, TierLevel.COMMUNITY, MatterSize.MAJOR, PUBLIC_AFFAIRS, "—", "—");
  }
}
