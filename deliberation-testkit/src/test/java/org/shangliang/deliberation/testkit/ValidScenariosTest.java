package org.shangliang.deliberation.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;

class ValidScenariosTest {
  private static final long FIRST_SEED = 20_260_111L;
  private static final int COUNT = 10_000;

  static Stream<Arguments> builtInProfiles() {
    return Stream.of(
        Arguments.of(Profiles.jinan()),
        Arguments.of(Profiles.haidian()),
        Arguments.of(Profiles.bishan()),
        Arguments.of(Profiles.jinanOwnersExample()),
        Arguments.of(DerivedProfiles.custom()));
  }

  @ParameterizedTest
  @MethodSource("builtInProfiles")
  void validScenariosAreCompliantOverTenThousandSeeds(Profile profile) {
    ScenarioGen valid = Scenarios.valid(profile);
    for (long seed = FIRST_SEED; seed < FIRST_SEED + COUNT; seed++) {
      Compliance.assertCompliant(valid.generate(seed));
    }
  }

  @ParameterizedTest
  @MethodSource("builtInProfiles")
  void theSameSeedGivesAnEqualRecordAndRebuilds(Profile profile) {
    ScenarioGen valid = Scenarios.valid(profile);
    for (long seed = FIRST_SEED; seed < FIRST_SEED + 200; seed++) {
      Scenario first = valid.generate(seed);
      Scenario second = valid.generate(seed);
      assertThat(second.record()).isEqualTo(first.record());
      assertThat(second.jurisdiction()).isEqualTo(first.jurisdiction());
      assertThat(second.at()).isEqualTo(first.at());
      Scenario rebuilt = first.rebuild();
      assertThat(rebuilt.record()).isEqualTo(first.record());
      assertThat(rebuilt.calendar()).isEqualTo(first.calendar());
      assertThat(rebuilt.seed()).isEqualTo(seed);
      assertThat(first.expectedCodes()).isEmpty();
    }
  }

  @Test
  void differentSeedsGiveDifferentRecords() {
    ScenarioGen valid = Scenarios.valid(Profiles.jinan());
    assertThat(valid.generate(1L).record()).isNotEqualTo(valid.generate(2L).record());
  }

  @Test
  void theRecipeOfABuiltInProfileNamesItsFactory() {
    assertThat(Scenarios.valid(Profiles.jinan()).generate(42L).snippet())
        .isEqualTo("Scenarios.valid(Profiles.jinan()).generate(42L, 20)");
    assertThat(Scenarios.valid(Profiles.haidian()).recipe()).isEqualTo("Scenarios.valid(Profiles.haidian())");
    assertThat(Scenarios.valid(Profiles.bishan()).recipe()).isEqualTo("Scenarios.valid(Profiles.bishan())");
    assertThat(Scenarios.valid(Profiles.jinanOwnersExample()).recipe())
        .isEqualTo("Scenarios.valid(Profiles.jinanOwnersExample())");
    assertThat(Scenarios.valid(Profiles.jinan(), Shape.any().withDispute().withEvents()).recipe())
        .isEqualTo("Scenarios.valid(Profiles.jinan(), Shape.any().withDispute().withEvents())");
  }

  @Test
  void theRecipeOfAnotherProfileNamesItsIdInAComment() {
    Profile custom =
        Profiles.jinan().withIdentity("jinan-weekly", Profiles.jinan().name());
    assertThat(Scenarios.valid(custom).recipe())
        .isEqualTo("Scenarios.valid(profile /* profile id jinan-weekly */)");
    Profile sameIdOtherData = Profiles.jinan().withProcedureOf(Profiles.bishan());
    assertThat(Scenarios.valid(sameIdOtherData).recipe())
        .isEqualTo("Scenarios.valid(profile /* profile id jinan */)");
  }
}
