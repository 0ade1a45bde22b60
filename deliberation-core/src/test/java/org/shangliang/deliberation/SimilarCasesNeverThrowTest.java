package org.shangliang.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.similar.FeatureMatch;
import org.shangliang.deliberation.similar.SimilarCase;
import org.shangliang.deliberation.similar.SimilarCases;
import org.shangliang.deliberation.similar.SimilaritySettings;
import org.shangliang.deliberation.topic.Topic;

/**
 * The similar-case search returns instead of throwing on every record {@link RecordGenerator} can
 * build (values at every documented bound, odd titles, units outside a jurisdiction): each record's
 * topic is searched for among the records of its profile, under the default settings and under
 * every setting at its bound, each result explained in zh-CN and en; scores are never negative and
 * the results are ranked as documented.
 */
class SimilarCasesNeverThrowTest {
  private static final long SEED = 720_261_204L;
  private static final int RECORDS = 300;

  private static final SimilaritySettings WIDEST =
      new SimilaritySettings.Builder()
          .catalogueEntryWeight(SimilaritySettings.MAX_WEIGHT)
          .categoryWeight(SimilaritySettings.MAX_WEIGHT)
          .matterSizeWeight(SimilaritySettings.MAX_WEIGHT)
          .unitWeight(SimilaritySettings.MAX_WEIGHT)
          .titleWeight(SimilaritySettings.MAX_WEIGHT)
          .endedWellWeight(SimilaritySettings.MAX_WEIGHT)
          .maxUnitDistance(SimilaritySettings.MAX_UNIT_DISTANCE)
          .resultCount(SimilaritySettings.MAX_RESULTS)
          .minimumSimilarity(0)
          .build();

  private static final SimilaritySettings NARROWEST =
      new SimilaritySettings.Builder()
          .catalogueEntryWeight(0)
          .categoryWeight(0)
          .matterSizeWeight(0)
          .unitWeight(0)
          .titleWeight(0)
          .endedWellWeight(0)
          .maxUnitDistance(0)
          .resultCount(1)
          .minimumSimilarity(SimilaritySettings.MAX_MINIMUM_SIMILARITY)
          .build();

  @Test
  void searchesEveryGeneratedTopicAmongItsProfilesRecordsWithoutThrowing() {
    Map<String, Map<DeliberationId, RecordGenerator.Case>> byProfile = new LinkedHashMap<>();
    for (int i = 0; i < RECORDS; i++) {
      RecordGenerator.Generated generated = RecordGenerator.generate(SEED, i);
      generated.built().ifPresent(
          c -> byProfile
              .computeIfAbsent(c.profile().id(), p -> new LinkedHashMap<>())
              .putIfAbsent(c.record().id(), c));
    }
    int searched = 0;
    for (Map<DeliberationId, RecordGenerator.Case> group : byProfile.values()) {
      List<Deliberation> records = new ArrayList<>();
      group.values().forEach(c -> records.add(c.record()));
      for (RecordGenerator.Case c : group.values()) {
        for (SimilaritySettings settings :
            List.of(SimilaritySettings.defaults(), WIDEST, NARROWEST)) {
          Topic topic = c.record().topic();
          List<SimilarCase> found =
              SimilarCases.of(c.profile(), c.jurisdiction(), settings).find(topic, records);
          assertThat(found.size()).isLessThanOrEqualTo(settings.resultCount());
          for (int i = 0; i < found.size(); i++) {
            SimilarCase result = found.get(i);
            assertThat(result.score()).isGreaterThanOrEqualTo(result.similarity());
            assertThat(result.similarity()).isGreaterThanOrEqualTo(settings.minimumSimilarity());
            assertThat(result.explain(Locale.SIMPLIFIED_CHINESE)).isNotBlank();
            assertThat(result.explain(Locale.ENGLISH)).isNotBlank();
            for (FeatureMatch match : result.features()) {
              assertThat(match.points()).isBetween(0, match.weight());
            }
            if (i > 0) {
              assertThat(found.get(i - 1).score()).isGreaterThanOrEqualTo(result.score());
            }
          }
          searched++;
        }
      }
    }
    assertThat(searched).isGreaterThan(RECORDS);
  }
}
