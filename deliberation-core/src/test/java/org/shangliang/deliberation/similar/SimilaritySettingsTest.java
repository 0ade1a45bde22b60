package org.shangliang.deliberation.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;

/** The settings of a similar-case search: documented defaults and bounds checked when built. */
class SimilaritySettingsTest {
  @Test
  void hasTheDocumentedDefaults() {
    SimilaritySettings defaults = SimilaritySettings.defaults();
    assertThat(defaults.catalogueEntryWeight()).isEqualTo(30);
    assertThat(defaults.categoryWeight()).isEqualTo(10);
    assertThat(defaults.matterSizeWeight()).isEqualTo(10);
    assertThat(defaults.unitWeight()).isEqualTo(20);
    assertThat(defaults.titleWeight()).isEqualTo(30);
    assertThat(defaults.endedWellWeight()).isEqualTo(20);
    assertThat(defaults.maxUnitDistance()).isEqualTo(4);
    assertThat(defaults.resultCount()).isEqualTo(5);
    assertThat(defaults.minimumSimilarity()).isEqualTo(1);
    assertThat(defaults).isEqualTo(new SimilaritySettings.Builder().build());
  }

  @Test
  void givesEachFeatureItsWeight() {
    SimilaritySettings settings =
        new SimilaritySettings.Builder()
            .catalogueEntryWeight(1)
            .categoryWeight(2)
            .matterSizeWeight(3)
            .unitWeight(4)
            .titleWeight(5)
            .endedWellWeight(6)
            .build();
    assertThat(SimilarityFeature.values())
        .extracting(settings::weight)
        .containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void acceptsTheBounds() {
    SimilaritySettings settings =
        new SimilaritySettings.Builder()
            .titleWeight(SimilaritySettings.MAX_WEIGHT)
            .unitWeight(0)
            .maxUnitDistance(SimilaritySettings.MAX_UNIT_DISTANCE)
            .resultCount(SimilaritySettings.MAX_RESULTS)
            .minimumSimilarity(SimilaritySettings.MAX_MINIMUM_SIMILARITY)
            .build();
    assertThat(settings.titleWeight()).isEqualTo(1_000);
    assertThat(new SimilaritySettings.Builder().maxUnitDistance(0).resultCount(1).minimumSimilarity(0).build().resultCount())
        .isEqualTo(1);
  }

  @Test
  void rejectsValuesOutsideTheBoundsNamingTheFieldAndTheValue() {
    assertThatThrownBy(() -> new SimilaritySettings.Builder().titleWeight(1_001).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("titleWeight")
        .hasMessageContaining("1001");
    assertThatThrownBy(() -> new SimilaritySettings.Builder().endedWellWeight(-1).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("endedWellWeight")
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> new SimilaritySettings.Builder().resultCount(0).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("resultCount");
    assertThatThrownBy(() -> new SimilaritySettings.Builder().maxUnitDistance(65).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("maxUnitDistance");
    assertThatThrownBy(() -> new SimilaritySettings.Builder().minimumSimilarity(5_001).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("minimumSimilarity");
  }
}
