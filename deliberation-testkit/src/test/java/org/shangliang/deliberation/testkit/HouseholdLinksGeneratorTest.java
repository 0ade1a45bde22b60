package org.shangliang.deliberation.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.party.HouseholdLink;
import org.shangliang.deliberation.party.HouseholdLinks;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Violation;

/** {@link Generators#householdLinks}, and valid scenarios' own links. */
class HouseholdLinksGeneratorTest {
  @Test
  void linksMembersToUnitsOfTheLowestLevelWithinTheSizeBound() {
    Jurisdiction tree = Generators.jurisdictions(Profiles.jinan()).generate(new SplittableRandom(3), 40);
    TierLevel lowest = TierLevel.COURTYARD;
    Set<UnitId> leaves =
        tree.units().stream()
            .filter(u -> u.level() == lowest)
            .map(AdministrativeUnit::id)
            .collect(Collectors.toSet());
    assertThat(leaves).isNotEmpty();
    int members = 0;
    for (long seed = 0; seed < 50; seed++) {
      int size = (int) (seed * 3);
      HouseholdLinks links = Generators.householdLinks(tree).generate(new SplittableRandom(seed), size);
      assertThat(links.links().size()).isLessThanOrEqualTo(1 + size / 4);
      for (HouseholdLink link : links.links()) {
        assertThat(leaves).containsAll(link.units());
        assertThat(link.units()).hasSizeBetween(1, 3);
      }
      assertThat(Generators.householdLinks(tree).generate(new SplittableRandom(seed), size))
          .isEqualTo(links);
      members += links.links().size();
    }
    assertThat(members).isGreaterThan(50);
  }

  @Test
  void linksNoOneInAnEmptyTree() {
    assertThat(Generators.householdLinks(Jurisdiction.of()).generate(new SplittableRandom(1), 40))
        .isEqualTo(HouseholdLinks.none());
  }

  @Test
  void validScenariosLinkTheirOwnMembersToEveryAffectedUnitWhereTheProfileRequiresIt() {
    for (long seed = 0; seed < 20; seed++) {
      Scenario scenario = Scenarios.valid(DerivedProfiles.custom()).generate(seed, 20);
      for (UnitId unit : scenario.record().topic().affectedUnits()) {
        assertThat(scenario.householdLinks().membersOf(unit)).isNotEmpty();
        for (PartyId member : scenario.householdLinks().membersOf(unit)) {
          assertThat(scenario.record().parties().has(member)).isTrue();
        }
      }
      assertThat(Scenarios.valid(Profiles.jinan()).generate(seed, 20).householdLinks())
          .isEqualTo(HouseholdLinks.none());
    }
  }

  @Test
  void membersLinkedToAnAffectedUnitAndNotListedAreReportedAndNoOneElse() {
    int reported = 0;
    int clean = 0;
    for (long seed = 0; seed < 30; seed++) {
      Scenario scenario = Scenarios.valid(DerivedProfiles.custom()).generate(seed, 12);
      HouseholdLinks links =
          Generators.householdLinks(scenario.jurisdiction()).generate(new SplittableRandom(seed), 200);
      Set<UnitId> affected = new HashSet<>(scenario.record().topic().affectedUnits());
      long absent =
          links.links().stream()
              .mapToLong(l -> l.units().stream().filter(affected::contains).count())
              .sum();
      Set<RuleCode> codes =
          Validator.builder(scenario.profile())
              .jurisdiction(scenario.jurisdiction())
              .calendar(scenario.calendar())
              .householdLinks(links)
              .build()
              .validate(scenario.record(), scenario.at())
              .violations()
              .stream()
              .map(Violation::code)
              .collect(Collectors.toSet());
      if (absent > 0) {
        assertThat(codes).containsExactly(RuleCodes.PARTY_LINKED_MEMBER_ABSENT);
        reported++;
      } else {
        assertThat(codes).isEmpty();
        clean++;
      }
    }
    assertThat(reported).isPositive();
    assertThat(clean).isPositive();
  }
}
