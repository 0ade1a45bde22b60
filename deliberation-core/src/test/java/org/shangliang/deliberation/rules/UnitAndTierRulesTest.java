package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.rules.ReportAssert.assertClean;
import static org.shangliang.deliberation.rules.ReportAssert.assertSingle;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

class UnitAndTierRulesTest {
  private static final UnitId NOWHERE = UnitId.of("nowhere");
  private static final LocalizedText PUBLIC_AFFAIRS =
      Profiles.jinan().catalogue().category(TopicCategory.PUBLIC_AFFAIRS).get().name();
  private static final LocalizedText COMMUNITY_BODY =
      Profiles.jinan().tier(TierLevel.COMMUNITY).get().body();

  private static Party partyOf(String id, PartyKind kind, UnitId unit) {
    return Party.of(PartyId.of(id), kind, unit);
  }

  // unit.unknown

  @Test
  void rejectsDeliberatingUnitNotInJurisdiction() {
    LiftCase c = new LiftCase();
    c.deliberatingUnit = NOWHERE;
    Violation v = assertSingle(c.validate(), RuleCodes.UNIT_UNKNOWN, "deliberatingUnit", Severity.ERROR);
    assertThat(v.args()).containsExactly(NOWHERE);
  }

  @Test
  void rejectsAffectedUnitNotInJurisdiction() {
    LiftCase c = new LiftCase();
    c.affected.add(NOWHERE);
    Violation v =
        assertSingle(c.validate(), RuleCodes.UNIT_UNKNOWN, "topic.affectedUnits[1]", Severity.ERROR);
    assertThat(v.args()).containsExactly(NOWHERE);
  }

  @Test
  void rejectsPartyOfUnitNotInJurisdiction() {
    LiftCase c = new LiftCase();
    c.parties.add(partyOf("expert-1", PartyKind.EXPERT, NOWHERE));
    Violation v =
        assertSingle(c.validate(), RuleCodes.UNIT_UNKNOWN, "parties[9].unit", Severity.ERROR);
    assertThat(v.args()).containsExactly(NOWHERE);
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
    assertClean(c.validate());
  }

  @Test
  void acceptsMinorMatterAtCourtyardOfOneBuilding() {
    LiftCase c = new LiftCase();
    c.size = MatterSize.MINOR;
    c.deliberatingUnit = LiftCase.BUILDING_3;
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

  // timing.not-regular-date

  @Test
  void warnsOfNonUrgentMeetingOffTheCommunitysRegularDate() {
    LiftCase c = new LiftCase();
    c.planned = Optional.of(LocalDate.of(2026, 12, 14));
    ValidationReport report = c.validate();
    Violation v =
        assertSingle(report, RuleCodes.TIMING_NOT_REGULAR_DATE, "plannedMeetingDate", Severity.WARNING);
    assertThat(v.args())
        .containsExactly(
            LocalDate.of(2026, 12, 14), COMMUNITY_BODY, LocalDate.of(2027, 1, 11), MatterSize.MAJOR);
    assertThat(report.isCompliant()).isTrue();
  }

  @Test
  void acceptsUrgentMatterOffTheRegularDate() {
    LiftCase c = new LiftCase();
    c.size = MatterSize.URGENT;
    c.raisedAt = LiftCase.NOW.minus(java.time.Duration.ofHours(1)); // within the urgent window
    c.planned = Optional.of(LocalDate.of(2026, 12, 14));
    assertClean(c.validate());
  }

  @Test
  void acceptsAnyDateAtTierThatMeetsOnDemand() {
    LiftCase c = new LiftCase();
    c.size = MatterSize.MINOR;
    c.deliberatingUnit = LiftCase.GRID_1;
    c.planned = Optional.of(LocalDate.of(2026, 12, 14));
    assertClean(c.validate());
  }

  @Test
  void acceptsRecordWithoutPlannedDate() {
    LiftCase c = new LiftCase();
    c.planned = Optional.empty();
    assertClean(c.validate());
  }

  @Test
  void acceptsMondayWhenTheEleventhFallsOnSunday() {
    LiftCase c = new LiftCase();
    c.planned = Optional.of(LocalDate.of(2027, 4, 12));
    assertClean(c.validate());
  }

  @Test
  void warnsOfMeetingOnSundayEleventhNamingTheMonday() {
    LiftCase c = new LiftCase();
    c.planned = Optional.of(LocalDate.of(2027, 4, 11));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.TIMING_NOT_REGULAR_DATE, "plannedMeetingDate", Severity.WARNING);
    assertThat(v.args().get(2)).isEqualTo(LocalDate.of(2027, 4, 12));
  }

  @Test
  void movesRegularDateOffAHolidayToTheNextWorkingDay() {
    LiftCase c = new LiftCase();
    c.calendar = WorkCalendar.of(Set.of(LocalDate.of(2027, 5, 11)), Set.of()); // a Tuesday
    c.planned = Optional.of(LocalDate.of(2027, 5, 12));
    assertClean(c.validate());

    c.planned = Optional.of(LocalDate.of(2027, 5, 11));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.TIMING_NOT_REGULAR_DATE, "plannedMeetingDate", Severity.WARNING);
    assertThat(v.args().get(2)).isEqualTo(LocalDate.of(2027, 5, 12));
  }

  @Test
  void movesBaseRegularDateOffAFridayHolidayOverTheWeekend() {
    LiftCase c = new LiftCase(); // planned on Friday 2026-12-11
    c.calendar = WorkCalendar.of(Set.of(LocalDate.of(2026, 12, 11)), Set.of());
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.TIMING_NOT_REGULAR_DATE, "plannedMeetingDate", Severity.WARNING);
    assertThat(v.args().get(2)).isEqualTo(LocalDate.of(2026, 12, 14));
  }

  @Test
  void keepsRegularDateOnAMakeUpWorkingSaturday() {
    LiftCase c = new LiftCase();
    c.calendar = WorkCalendar.of(Set.of(), Set.of(LocalDate.of(2027, 9, 11))); // a Saturday
    c.planned = Optional.of(LocalDate.of(2027, 9, 11));
    assertClean(c.validate());
  }
}
