package org.shangliang.deliberation.testkit.guide;

import static org.shangliang.deliberation.testkit.assertj.DeliberationAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.Scenario;
import org.shangliang.deliberation.testkit.ScenarioGen;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.testkit.junit.ValidScenarios;

/** The README's testkit example ("Testing with the testkit"), compiled and run. */
class ReadmeExampleTest {

  @Test
  void theSameGeneratorInAPlainLoop() {
    ScenarioGen valid = Scenarios.valid(Profiles.jinan()); // or your city's own profile
    for (long seed = 0; seed < 1_000; seed++) {
      assertThat(valid.generate(seed)).isClean(); // no violation at all
    }
  }

  @ParameterizedTest
  @ValidScenarios(profile = "jinan", count = 1_000) // fixed seed: CI stays deterministic
  void validScenariosAreClean(Scenario scenario) {
    assertThat(scenario).isClean(); // a failure prints the seed and
  } // Scenarios.valid(Profiles.jinan()).generate(…)

  @Test
  void aBreakingScenarioReportsExactlyItsExpectedCodes() {
    Scenario broken = Scenarios.breaking(Profiles.jinan(), "meeting.quorum.not-met").generate(7L);
    assertThat(broken).reportsExactlyItsExpectedCodes(); // one rule broken, nothing else
  }
}
