package org.shangliang.deliberation.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.similar.CaseEnding;
import org.shangliang.deliberation.similar.FeatureMatch;
import org.shangliang.deliberation.similar.SimilarCase;
import org.shangliang.deliberation.similar.SimilarCases;
import org.shangliang.deliberation.similar.SimilarityFeature;
import org.shangliang.deliberation.similar.SimilaritySettings;

/**
 * The similar-case search over the testkit's valid records: for every record, its own topic finds it
 * with the highest similarity of all and the top score when the ended-well bonus is off (first, or
 * tied for first and then ordered by id); every score
 * is the similarity plus the bonus of a case that ended well, never negative, each feature within
 * its weight; the ranking is sorted as documented and does not change when the records are shuffled.
 */
class SimilarCasesPropertyTest {
  private static final long FIRST_SEED = 20_261_204L;
  private static final int RECORDS = 60;
  private static final int SHUFFLES = 3;

  private static final SimilaritySettings ALL =
      new SimilaritySettings.Builder().resultCount(SimilaritySettings.MAX_RESULTS).build();
  private static final SimilaritySettings NO_BONUS =
      new SimilaritySettings.Builder()
          .endedWellWeight(0)
          .resultCount(SimilaritySettings.MAX_RESULTS)
          .build();

  private static final Comparator<SimilarCase> DOCUMENTED_ORDER =
      Comparator.comparingInt(SimilarCase::score)
          .reversed()
          .thenComparing(Comparator.comparingInt(SimilarCase::similarity).reversed())
          .thenComparing(SimilarCase::id);

  static Stream<Arguments> profiles() {
    return Stream.of(
        Arguments.of(Profiles.jinan()),
        Arguments.of(Profiles.haidian()),
        Arguments.of(Profiles.bishan()),
        Arguments.of(Profiles.jinanOwnersExample()),
        Arguments.of(DerivedProfiles.custom()));
  }

  private static List<Scenario> scenarios(Profile profile) {
    ScenarioGen valid = Scenarios.valid(profile);
    Map<DeliberationId, Scenario> byId = new LinkedHashMap<>();
    for (long seed = FIRST_SEED; seed < FIRST_SEED + RECORDS; seed++) {
      Scenario scenario = valid.generate(seed);
      byId.putIfAbsent(scenario.record().id(), scenario);
    }
    return new ArrayList<>(byId.values());
  }

  private static int points(SimilarCase result, SimilarityFeature feature) {
    for (FeatureMatch match : result.features()) {
      if (match.feature() == feature) {
        return match.points();
      }
    }
    throw new AssertionError("no " + feature + " in " + result);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void aRecordsOwnTopicFindsItWithTheTopScoreAndTheHighestSimilarity(Profile profile) {
    List<Scenario> scenarios = scenarios(profile);
    List<Deliberation> records = new ArrayList<>();
    scenarios.forEach(s -> records.add(s.record()));
    for (Scenario scenario : scenarios) {
      Deliberation own = scenario.record();
      List<SimilarCase> found =
          SimilarCases.of(profile, scenario.jurisdiction(), NO_BONUS).find(own.topic(), records);
      SimilarCase self =
          found.stream().filter(r -> r.id().equals(own.id())).findFirst().orElseThrow();
      assertThat(found.get(0).score()).as("%s", scenario).isEqualTo(self.score());
      assertThat(found).allSatisfy(r -> assertThat(r.similarity()).isLessThanOrEqualTo(self.similarity()));
      assertThat(points(self, SimilarityFeature.CATEGORY)).isEqualTo(NO_BONUS.categoryWeight());
      assertThat(points(self, SimilarityFeature.MATTER_SIZE)).isEqualTo(NO_BONUS.matterSizeWeight());
      assertThat(points(self, SimilarityFeature.UNITS)).isEqualTo(NO_BONUS.unitWeight());
      assertThat(points(self, SimilarityFeature.CATALOGUE_ENTRY))
          .isEqualTo(own.topic().catalogueEntry().isPresent() ? NO_BONUS.catalogueEntryWeight() : 0);
    }
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void scoresAreTheSimilarityPlusTheBonusOfACaseThatEndedWellAndNeverNegative(Profile profile) {
    List<Scenario> scenarios = scenarios(profile);
    List<Deliberation> records = new ArrayList<>();
    scenarios.forEach(s -> records.add(s.record()));
    int endedWell = 0;
    for (Scenario scenario : scenarios) {
      List<SimilarCase> found =
          SimilarCases.of(profile, scenario.jurisdiction(), ALL)
              .find(scenario.record().topic(), records);
      for (SimilarCase result : found) {
        int bonus = result.ending() == CaseEnding.ENDED_WELL ? ALL.endedWellWeight() : 0;
        assertThat(result.score()).isEqualTo(result.similarity() + bonus);
        assertThat(result.similarity()).isGreaterThanOrEqualTo(ALL.minimumSimilarity());
        assertThat(result.ending())
            .isEqualTo(CaseEnding.of(result.record(), profile.appraisalScale()));
        assertThat(result.features())
            .extracting(FeatureMatch::feature)
            .containsExactly(SimilarityFeature.values());
        assertThat(result.features())
            .allSatisfy(f -> assertThat(f.points()).isBetween(0, f.weight()));
      }
      assertThat(found).isSortedAccordingTo(DOCUMENTED_ORDER);
      if (scenario.record().outcome().isPresent()
          && CaseEnding.of(scenario.record(), profile.appraisalScale()) == CaseEnding.ENDED_WELL) {
        endedWell++;
      }
    }
    assertThat(endedWell).as("valid records that ended well, so the bonus is exercised").isPositive();
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void theRankingDoesNotDependOnTheOrderOfTheRecords(Profile profile) {
    List<Scenario> scenarios = scenarios(profile);
    List<Deliberation> records = new ArrayList<>();
    scenarios.forEach(s -> records.add(s.record()));
    Random random = new Random(FIRST_SEED);
    for (Scenario scenario : scenarios.subList(0, Math.min(15, scenarios.size()))) {
      SimilarCases search = SimilarCases.of(profile, scenario.jurisdiction());
      List<SimilarCase> expected = search.find(scenario.record().topic(), records);
      for (int i = 0; i < SHUFFLES; i++) {
        List<Deliberation> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, random);
        assertThat(search.find(scenario.record().topic(), shuffled)).isEqualTo(expected);
      }
    }
  }
}
