package org.shangliang.deliberation.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.testkit.assertj.DeliberationAssertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.profile.RuleSetting;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.testkit.Scenario;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.testkit.Shape;

/** Test classes that ScenarioSourcesTest runs through the EngineTestKit; never run on their own. */
final class Fixtures {
  private Fixtures() {}

  @OnlyThroughEngineTestKit
  static class ValidJinan {
    @ParameterizedTest
    @ValidScenarios(profile = "jinan")
    void clean(Scenario scenario) {
      assertThat(scenario).isClean();
    }
  }

  @OnlyThroughEngineTestKit
  static class FailingHaidian {
    @ParameterizedTest
    @ValidScenarios(profile = "haidian", count = 2, seed = 77, size = 8)
    void expectsCodes(Scenario scenario) {
      assertThat(scenario.expectedCodes()).as("deliberately wrong").isNotEmpty();
    }
  }

  @OnlyThroughEngineTestKit
  static class OwnProfiles {
    static Profile weekly() {
      return Profiles.jinan().withIdentity("jinan-weekly", Profiles.jinan().name());
    }

    @ParameterizedTest
    @ValidScenarios(profileMethod = "weekly", features = Shape.Feature.EVENTS, count = 3)
    void weeklyWithEvents(Scenario scenario) {
      assertThat(scenario.profile().id()).isEqualTo("jinan-weekly");
      assertThat(scenario.record().events()).isNotEmpty();
      assertThat(scenario).isClean();
    }

    @ParameterizedTest
    @ValidScenarios(
        profileMethod = "org.shangliang.deliberation.testkit.DerivedProfiles#custom",
        count = 2)
    void derived(Scenario scenario) {
      assertThat(scenario).isClean();
    }
  }

  @OnlyThroughEngineTestKit
  static class Misconfigured {
    static String notAProfile() {
      return "jinan";
    }

    Profile notStatic() {
      return Profiles.jinan();
    }

    @ParameterizedTest
    @ValidScenarios(profile = "atlantis")
    void unknownProfile(Scenario scenario) {}

    @ParameterizedTest
    @ValidScenarios(profile = "jinan", profileMethod = "notAProfile")
    void bothProfiles(Scenario scenario) {}

    @ParameterizedTest
    @ValidScenarios
    void noProfile(Scenario scenario) {}

    @ParameterizedTest
    @ValidScenarios(profileMethod = "missing")
    void missingMethod(Scenario scenario) {}

    @ParameterizedTest
    @ValidScenarios(profileMethod = "notAProfile")
    void notAProfileMethod(Scenario scenario) {}

    @ParameterizedTest
    @ValidScenarios(profileMethod = "notStatic")
    void notStaticMethod(Scenario scenario) {}

    @ParameterizedTest
    @ValidScenarios(profile = "jinan", count = 0)
    void zeroCount(Scenario scenario) {}

    @ParameterizedTest
    @BreakingScenarios(profile = "jinan", code = "rule.failed")
    void unbreakableCode(Scenario scenario) {}

    @ParameterizedTest
    @BreakingScenarios(profile = "jinan", code = "Not A Code")
    void notACode(Scenario scenario) {}
  }

  @OnlyThroughEngineTestKit
  static class BreakingQuorum {
    @ParameterizedTest
    @BreakingScenarios(profile = "jinan", code = "meeting.quorum.not-met", count = 2)
    void reported(Scenario scenario) {
      assertThat(scenario).reportsExactlyItsExpectedCodes();
    }
  }

  @OnlyThroughEngineTestKit
  static class EachCode {
    static Profile quorumOff() {
      return Profiles.jinan()
          .withIdentity("jinan-no-quorum", Profiles.jinan().name())
          .withRuleSettings(List.of(RuleSetting.off(RuleCodes.MEETING_QUORUM_NOT_MET)));
    }

    @ParameterizedTest(allowZeroInvocations = true)
    @EachRuleCode(profile = "bishan")
    void bishan(Scenario scenario) {
      assertThat(scenario).reportsExactlyItsExpectedCodes();
    }

    @ParameterizedTest(allowZeroInvocations = true)
    @EachRuleCode(profileMethod = "quorumOff", seed = 5)
    void quorumOff(Scenario scenario) {
      assertThat(scenario.expectedCodes()).doesNotContain(RuleCodes.MEETING_QUORUM_NOT_MET);
    }
  }

  @OnlyThroughEngineTestKit
  @ExtendWith(ScenarioReporting.class)
  static class RegisteredByHand {
    static Stream<Arguments> pairs() {
      return Stream.of(
          Arguments.of(
              Scenarios.valid(Profiles.bishan()).generate(1L),
              "between",
              Scenarios.valid(Profiles.jinan()).generate(2L, 6)));
    }

    static Stream<Scenario> one() {
      return Stream.of(Scenarios.valid(Profiles.bishan()).generate(3L));
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void twoScenariosFail(Scenario first, String between, Scenario second) {
      throw new IllegalStateException("deliberately failed between " + between);
    }

    @ParameterizedTest
    @MethodSource("one")
    void aborted(Scenario scenario) {
      Assumptions.assumeTrue(false, "deliberately aborted");
    }

    @ParameterizedTest
    @MethodSource("one")
    void passes(Scenario scenario) {
      assertThat(scenario).isClean();
    }
  }
}
