package org.shangliang.deliberation.testkit.assertj;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shangliang.deliberation.testkit.assertj.DeliberationAssertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.testkit.Scenario;
import org.shangliang.deliberation.testkit.Scenarios;

class ScenarioAssertTest {
  static Stream<Profile> builtInProfiles() {
    return Stream.of(
        Profiles.jinan(), Profiles.haidian(), Profiles.bishan(), Profiles.jinanOwnersExample());
  }

  @ParameterizedTest
  @MethodSource("builtInProfiles")
  void validScenariosAreCleanCompliantAndReportExactlyTheirNoCodes(Profile profile) {
    Scenarios.valid(profile).scenarios(100L, 5).forEach(
        s -> assertThat(s).isClean().isCompliant().reportsExactlyItsExpectedCodes());
  }

  @Test
  void aScenarioWithAMisfitEventReportsExactlyItsDeclaredCodeAtItsPath() {
    Scenario valid = Reports.validWithEvents(3L);
    Scenario broken = Reports.withMisfitEvent(valid);
    int misfit = valid.record().events().size();
    assertThat(broken)
        .reportsExactlyItsExpectedCodes()
        .report()
        .hasOnly("history.event-rejected")
        .at("events[" + misfit + "]");
  }

  @Test
  void aFailureShowsTheViolationsInBothLanguagesTheSeedAndTheSnippet() {
    Scenario broken = Reports.withMisfitEvent(Reports.validWithEvents(3L));
    assertThatThrownBy(() -> assertThat(broken).isClean())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the report to be clean")
        .hasMessageContaining("ERROR history.event-rejected at events[")
        .hasMessageContaining("en: The event \"topic raised\" at ")
        .hasMessageContaining("的事件“提出议题”")
        .hasMessageContaining("+08:00")
        .hasMessageContaining("Scenario: seed 3, size 20, expected codes [history.event-rejected]")
        .hasMessageContaining("Rebuild it with: " + broken.snippet());
    assertThatThrownBy(() -> assertThat(broken).isCompliant())
        .hasMessageContaining("1 error of the codes [history.event-rejected]")
        .hasMessageContaining(broken.snippet());
  }

  @Test
  void aScenarioWhoseReportLacksADeclaredCodeFails() {
    Scenario valid = Scenarios.valid(Profiles.haidian()).generate(5L);
    Scenario declaresQuorum =
        valid.withRecord(valid.record(), Set.of(RuleCodes.MEETING_QUORUM_NOT_MET));
    assertThatThrownBy(() -> assertThat(declaresQuorum).reportsExactlyItsExpectedCodes())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("exactly the codes [meeting.quorum.not-met], but it lacks [meeting.quorum.not-met]")
        .hasMessageContaining("Actual violations: none.")
        .hasMessageContaining("Rebuild it with: Scenarios.valid(Profiles.haidian()).generate(5L, 20)");
  }

  @Test
  void aScenarioWhoseReportHoldsAnUndeclaredCodeFails() {
    Scenario broken = Reports.withMisfitEvent(Reports.validWithEvents(4L));
    Scenario declaresNothing = broken.withRecord(broken.record(), Set.of());
    assertThatThrownBy(() -> assertThat(declaresNothing).reportsExactlyItsExpectedCodes())
        .hasMessageContaining("Expecting the report to be clean")
        .hasMessageContaining("Scenario: seed 4, size 20, expected codes []");
  }

  @Test
  void aDescriptionCarriesOverToTheReportAssertions() {
    Scenario broken = Reports.withMisfitEvent(Reports.validWithEvents(3L));
    assertThatThrownBy(() -> assertThat(broken).as("misfit").isClean())
        .hasMessageStartingWith("[misfit] Expecting the report to be clean");
  }
}
