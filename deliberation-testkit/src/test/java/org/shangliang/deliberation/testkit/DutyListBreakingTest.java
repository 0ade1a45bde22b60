package org.shangliang.deliberation.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.validation.Violation;

/**
 * The breakers of the household-link, negative-list and duty-list rules break them in each of the
 * places the rules look at, and only in a profile that has the lists.
 */
class DutyListBreakingTest {
  /** The path of a violation without its indices: {@code meetings[0].recorder} is {@code meetings.recorder}. */
  private static String place(Violation violation) {
    return violation.path().toString().replaceAll("\\[\\d+\\]", "");
  }

  private static Set<String> places(String code, int seeds) {
    Set<String> places = new TreeSet<>();
    ScenarioGen gen = Scenarios.breaking(DerivedProfiles.custom(), code);
    for (long seed = 0; seed < seeds; seed++) {
      for (Violation violation : gen.generate(seed, 12).validate().violations()) {
        if (violation.code().value().equals(code)) {
          places.add(place(violation));
        }
      }
    }
    return places;
  }

  @Test
  void aForbiddenRoleIsTakenOnTheListAsRecorderAndAsResponsibleParty() {
    assertThat(places("party.forbidden-role", 60))
        .containsExactlyInAnyOrder("parties.roles", "meetings.recorder", "outcome.duties.responsible");
  }

  @Test
  void aLinkedMemberIsMissingAtAnAffectedUnit() {
    assertThat(places("party.linked-member-absent", 20)).containsExactly("topic.affectedUnits");
  }

  @Test
  void dutyKindsAreBrokenAtTheItemsKindAndResponsibleParty() {
    assertThat(places("outcome.duty.kind-unknown", 20)).containsExactly("outcome.duties.kind");
    assertThat(places("outcome.duty.kind-not-carried", 20))
        .containsExactly("outcome.duties.responsible");
  }

  @Test
  void builtInProfilesCannotBreakTheRulesTheyHaveNoListsFor() {
    for (var code :
        Set.of(
            RuleCodes.PARTY_LINKED_MEMBER_ABSENT,
            RuleCodes.PARTY_FORBIDDEN_ROLE,
            RuleCodes.OUTCOME_DUTY_KIND_UNKNOWN,
            RuleCodes.OUTCOME_DUTY_KIND_NOT_CARRIED)) {
      assertThat(Scenarios.canBreak(Profiles.jinan(), code)).as(code.value()).isFalse();
      assertThat(Scenarios.canBreak(DerivedProfiles.custom(), code)).as(code.value()).isTrue();
    }
  }
}
