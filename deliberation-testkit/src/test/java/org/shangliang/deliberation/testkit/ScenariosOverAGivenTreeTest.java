package org.shangliang.deliberation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.outcome.Escalation;
import org.shangliang.deliberation.party.HouseholdLink;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

class ScenariosOverAGivenTreeTest {
  private static final long FIRST_SEED = 20_261_205L;
  private static final int SEEDS = 200;
  private static final int BREAKING_SEEDS = 10;
  private static final Jurisdiction PROVINCE = Generators.province(3L, 3_000);
  private static final WorkCalendar CALENDAR = Generators.workCalendars(2020, 2031).sample(5L, 0);

  static Stream<Profile> builtInProfiles() {
    return Stream.of(Profiles.jinan(), Profiles.haidian(), Profiles.bishan());
  }

  /** The built-in profiles and a city's own, which requires linked party members (household links). */
  static Stream<Profile> profiles() {
    return Stream.concat(builtInProfiles(), Stream.of(DerivedProfiles.custom()));
  }

  static Stream<RuleCode> builtInCodes() {
    return RuleCodes.all().stream();
  }

  // ---------------------------------------------------------------- valid scenarios

  @ParameterizedTest
  @MethodSource("profiles")
  void validScenariosOverOneTreeAreCleanWithItsValidatorAndNameOnlyItsUnits(Profile profile) {
    ScenarioGen valid = Scenarios.valid(profile).over(PROVINCE, CALENDAR);
    int withLinks = 0;
    for (long seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
      Scenario s = valid.generate(seed);
      assertThat(s.jurisdiction()).isSameAs(PROVINCE);
      assertThat(s.calendar()).isSameAs(CALENDAR);
      Validator validator =
          Validator.builder(profile)
              .jurisdiction(PROVINCE)
              .calendar(CALENDAR)
              .householdLinks(s.householdLinks())
              .build();
      ValidationReport report = validator.validate(s.record(), s.at());
      assertThat(report.violations()).as(() -> Compliance.describe(s, report)).isEmpty();
      assertThat(unitsNamed(s)).as(s::snippet).allMatch(PROVINCE::has);
      if (!s.householdLinks().links().isEmpty()) {
        withLinks++;
      }
    }
    if (profile.linkedMembersRequired()) {
      assertThat(withLinks).as("scenarios with household links").isEqualTo(SEEDS);
    } else {
      assertThat(withLinks).as("scenarios with household links").isZero();
    }
  }

  @ParameterizedTest
  @MethodSource("builtInProfiles")
  void scenariosOfManySeedsSpreadOverTheDistrictsOfTheTree(Profile profile) {
    ScenarioGen valid = Scenarios.valid(profile).over(PROVINCE, CALENDAR);
    Set<UnitId> districts = new HashSet<>();
    Set<UnitId> deliberating = new HashSet<>();
    for (long seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
      UnitId unit = valid.generate(seed).record().deliberatingUnit();
      deliberating.add(unit);
      district(unit).ifPresent(districts::add);
    }
    long allDistricts =
        PROVINCE.units().stream().filter(u -> u.level() == TierLevel.DISTRICT).count();
    assertThat(allDistricts).isEqualTo(7);
    assertThat(districts).hasSize((int) allDistricts);
    assertThat(deliberating).hasSizeGreaterThan(SEEDS / 2);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void theSameSeedOverTheSameTreeGivesTheSameScenarioAndRebuildsFromItsSnippet(Profile profile) {
    ScenarioGen valid = Scenarios.valid(profile).over(PROVINCE, CALENDAR);
    ScenarioGen again = Scenarios.valid(profile).over(Generators.province(3L, 3_000), CALENDAR);
    for (long seed = FIRST_SEED; seed < FIRST_SEED + 20; seed++) {
      Scenario first = valid.generate(seed, 30);
      Scenario second = again.generate(seed, 30);
      assertThat(second.record()).isEqualTo(first.record());
      assertThat(second.at()).isEqualTo(first.at());
      assertThat(second.householdLinks()).isEqualTo(first.householdLinks());
      Scenario rebuilt = first.rebuild();
      assertThat(rebuilt.record()).isEqualTo(first.record());
      assertThat(rebuilt.jurisdiction()).isSameAs(PROVINCE);
    }
    assertThat(valid.generate(1L).record()).isNotEqualTo(valid.generate(2L).record());
  }

  @Test
  void theSnippetSaysTheTreeAndCalendarAreGivenByTheCaller() {
    Scenario s = Scenarios.valid(Profiles.jinan()).over(PROVINCE, CALENDAR).generate(42L);
    assertThat(s.snippet())
        .isEqualTo(
            "Scenarios.valid(Profiles.jinan()).over(jurisdiction /* given: 3000 units */,"
                + " calendar /* given */).generate(42L, 20)");
    ScenarioGen shaped =
        Scenarios.valid(Profiles.haidian(), Shape.any().withDispute())
            .withDefaultSize(12)
            .over(PROVINCE, CALENDAR);
    assertThat(shaped.defaultSize()).isEqualTo(12);
    assertThat(shaped.recipe())
        .isEqualTo(
            "Scenarios.valid(Profiles.haidian(), Shape.any().withDispute())"
                + ".over(jurisdiction /* given: 3000 units */, calendar /* given */)");
  }

  @Test
  void overAgainReplacesTheTreeAndCalendar() {
    Jurisdiction small = Generators.province(9L, 40);
    WorkCalendar weekends = WorkCalendar.weekendsOnly();
    ScenarioGen moved = Scenarios.valid(Profiles.bishan()).over(PROVINCE, CALENDAR).over(small, weekends);
    Scenario s = moved.generate(7L);
    assertThat(s.jurisdiction()).isSameAs(small);
    assertThat(s.calendar()).isSameAs(weekends);
    assertThat(moved.recipe())
        .isEqualTo(
            "Scenarios.valid(Profiles.bishan())"
                + ".over(jurisdiction /* given: 40 units */, calendar /* given */)");
    Compliance.assertCompliant(s);
  }

  @Test
  void aTreeOfOnePathThroughTheTierLevelsIsEnough() {
    Jurisdiction path = path(TierLevel.SUB_DISTRICT, TierLevel.COMMUNITY, TierLevel.COURTYARD);
    ScenarioGen valid = Scenarios.valid(Profiles.haidian()).over(path, CALENDAR);
    for (long seed = 0; seed < 50; seed++) {
      Compliance.assertCompliant(valid.generate(seed));
    }
  }

  // ---------------------------------------------------------------- refusing a tree

  @Test
  void aTreeWithoutAUnitAtATierLevelOfTheProfileIsRefusedNamingTheLevel() {
    Jurisdiction noCourtyard = path(TierLevel.SUB_DISTRICT, TierLevel.COMMUNITY, TierLevel.GRID);
    ScenarioGen valid = Scenarios.valid(Profiles.haidian());
    assertThatThrownBy(() -> valid.over(noCourtyard, CALENDAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("jurisdiction: has no unit at level COURTYARD")
        .hasMessageContaining("profile haidian");
    ScenarioGen breaking = Scenarios.breaking(Profiles.haidian(), RuleCodes.MEETING_QUORUM_NOT_MET);
    assertThatThrownBy(() -> breaking.over(noCourtyard, CALENDAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("jurisdiction: has no unit at level COURTYARD");
  }

  @Test
  void aTreeWhoseUnitsAtATierLevelLackAHigherTierLevelAboveThemIsRefused() {
    // a sub-district exists, but the community (and its courtyard) is a tree of its own
    Jurisdiction cut =
        Jurisdiction.of(
            AdministrativeUnit.root(UnitId.of("s"), TierLevel.SUB_DISTRICT, "街道"),
            AdministrativeUnit.root(UnitId.of("c"), TierLevel.COMMUNITY, "社区"),
            AdministrativeUnit.of(UnitId.of("y"), TierLevel.COURTYARD, "楼院", UnitId.of("c")));
    assertThatThrownBy(() -> Scenarios.valid(Profiles.bishan()).over(cut, CALENDAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("jurisdiction: no unit at level COMMUNITY")
        .hasMessageContaining("c, for one, has none at level SUB_DISTRICT");
  }

  @Test
  void aTreeForOneProfileMayLackTheLevelsOfAnother() {
    Jurisdiction haidianOnly =
        path(TierLevel.SUB_DISTRICT, TierLevel.COMMUNITY, TierLevel.COURTYARD);
    assertThat(Scenarios.valid(Profiles.haidian()).over(haidianOnly, CALENDAR)).isNotNull();
    assertThatThrownBy(() -> Scenarios.valid(Profiles.jinan()).over(haidianOnly, CALENDAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jurisdiction: has no unit at level");
  }

  @Test
  void aGeneratorOfOnesOwnFactoryCannotBeMovedOverATree() {
    ScenarioGen own = ScenarioGen.of(
            "mine()", (random, size) -> Scenarios.valid(Profiles.jinan()).generate(random, size).parts());
    assertThatThrownBy(() -> own.over(PROVINCE, CALENDAR))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("mine()");
  }

  // ---------------------------------------------------------------- breaking scenarios

  @ParameterizedTest
  @MethodSource("builtInCodes")
  void breakingScenariosOverOneTreeReportExactlyTheirDeclaredCodesAndKeepTheTree(RuleCode code) {
    List<String> failures = new ArrayList<>();
    int profilesThatBreakIt = 0;
    for (Profile profile : BreakingScenariosTest.profiles()) {
      if (!Scenarios.canBreakOver(profile, code)) {
        continue;
      }
      profilesThatBreakIt++;
      ScenarioGen gen = Scenarios.breaking(profile, code).over(PROVINCE, CALENDAR);
      for (long seed = 0; seed < BREAKING_SEEDS; seed++) {
        Scenario s = gen.generate(seed, 8 + (int) seed * 6);
        assertThat(s.expectedCodes()).as(s::snippet).contains(code);
        assertThat(s.jurisdiction()).isSameAs(PROVINCE);
        assertThat(s.calendar()).isSameAs(CALENDAR);
        ValidationReport report = s.validate();
        Set<RuleCode> reported =
            report.violations().stream().map(Violation::code).collect(Collectors.toSet());
        if (!reported.equals(s.expectedCodes())) {
          failures.add(BreakingScenariosTest.describe(s, report));
        }
      }
    }
    if (TREE_CHANGING.contains(code)) {
      assertThat(profilesThatBreakIt).isZero();
    } else {
      assertThat(profilesThatBreakIt).as("profiles that can break %s over a tree", code.value())
          .isPositive();
    }
    assertThat(failures).as("scenarios whose report differs from their declared codes").isEmpty();
  }

  private static final Set<RuleCode> TREE_CHANGING =
      Set.of(RuleCodes.TIER_NO_COMMON_UNIT, RuleCodes.TIER_NO_RULE);

  @Test
  void breakingThatChangesTheTreeIsRefusedOverAGivenOne() {
    for (RuleCode code : TREE_CHANGING) {
      Profile profile = Profiles.haidian();
      assertThat(Scenarios.canBreak(profile, code)).isTrue();
      assertThat(Scenarios.canBreakOver(profile, code)).isFalse();
      assertThatThrownBy(() -> Scenarios.breaking(profile, code).over(PROVINCE, CALENDAR))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("code: breaking " + code.value())
          .hasMessageContaining("canBreakOver");
    }
    assertThat(Scenarios.canBreakOver(Profiles.haidian(), RuleCodes.MEETING_QUORUM_NOT_MET)).isTrue();
  }

  @Test
  void aRuleTheProfileCannotBreakCannotBeBrokenOverATreeEither() {
    RuleCode code = RuleCodes.TIER_NO_RULE; // jinan has a tier at every level
    assertThat(Scenarios.canBreak(Profiles.jinan(), code)).isFalse();
    assertThat(Scenarios.canBreakOver(Profiles.jinan(), code)).isFalse();
    assertThat(Scenarios.canBreakOver(Profiles.jinan(), RuleCode.of("rule.failed"))).isFalse();
  }

  @Test
  void aBreakingScenarioOverATreeRebuildsFromItsSnippet() {
    ScenarioGen gen =
        Scenarios.breaking(Profiles.bishan(), RuleCodes.PARTY_AFFECTED_UNIT_UNREPRESENTED)
            .over(PROVINCE, CALENDAR);
    Scenario s = gen.generate(11L, 12);
    assertThat(s.rebuild().record()).isEqualTo(s.record());
    assertThat(s.rebuild().expectedCodes()).isEqualTo(s.expectedCodes());
    assertThat(s.snippet())
        .isEqualTo(
            "Scenarios.breaking(Profiles.bishan(), \"party.affected-unit-unrepresented\")"
                + ".over(jurisdiction /* given: 3000 units */, calendar /* given */)"
                + ".generate(11L, 12)");
  }

  // ---------------------------------------------------------------- helpers

  /** Every unit a scenario's record and household links name. */
  private static Set<UnitId> unitsNamed(Scenario s) {
    Deliberation record = s.record();
    Set<UnitId> units = new HashSet<>();
    units.add(record.deliberatingUnit());
    units.addAll(record.topic().affectedUnits());
    for (Party party : record.parties().parties()) {
      units.add(party.unit());
    }
    record.meetings().forEach(m -> units.add(m.unit()));
    for (Escalation e : record.escalations()) {
      units.add(e.fromUnit());
      units.add(e.toUnit());
    }
    for (HouseholdLink link : s.householdLinks().links()) {
      units.addAll(link.units());
    }
    return units;
  }

  /** One path of units through the levels, top first, each named by its level. */
  private static Jurisdiction path(TierLevel... levels) {
    List<AdministrativeUnit> units = new ArrayList<>();
    for (TierLevel level : levels) {
      UnitId id = UnitId.of(level.name().toLowerCase(java.util.Locale.ROOT));
      units.add(
          units.isEmpty()
              ? AdministrativeUnit.root(id, level, level.label().zh())
              : AdministrativeUnit.of(id, level, level.label().zh(), units.get(units.size() - 1).id()));
    }
    return Jurisdiction.of(units);
  }

  private static Optional<UnitId> district(UnitId unit) {
    return PROVINCE.pathToRoot(unit).stream()
        .filter(u -> u.level() == TierLevel.DISTRICT)
        .map(AdministrativeUnit::id)
        .findFirst();
  }
}
