package org.shangliang.deliberation.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.SourceKind;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.topic.TopicSource;
import org.shangliang.deliberation.unit.UnitId;

/**
 * The matters a profile wants risk-assessed before their decision: by size or by catalogue entry,
 * none in the built-in profiles, and only entries of the profile's own catalogue.
 */
class ProfileRiskAssessmentTest {
  private static Topic topic(MatterSize size, String entry) {
    Topic.Builder topic =
        new Topic.Builder()
            .id(TopicId.of("t-1"))
            .title("加装电梯")
            .category(TopicCategory.PUBLIC_AFFAIRS)
            .matterSize(size)
            .addAffectedUnits(UnitId.of("b-1"))
            .source(TopicSource.of(SourceKind.RESIDENT_PROPOSAL))
            .raisedAt(Instant.parse("2026-10-20T01:00:00Z"));
    if (entry != null) {
      topic.catalogueEntry(entry);
    }
    return topic.build();
  }

  @Test
  void requiresNoAssessmentInTheBuiltInProfiles() {
    for (Profile profile :
        List.of(Profiles.jinan(), Profiles.haidian(), Profiles.bishan(), Profiles.jinanOwnersExample())) {
      assertThat(profile.riskAssessedSizes()).as(profile.id()).isEmpty();
      assertThat(profile.riskAssessedEntries()).as(profile.id()).isEmpty();
      for (MatterSize size : MatterSize.values()) {
        assertThat(profile.requiresRiskAssessment(topic(size, Profiles.LIFT_INSTALLATION))).isFalse();
      }
    }
  }

  @Test
  void requiresAssessmentBySize() {
    Profile profile = Profiles.jinan().withRiskAssessed(List.of(MatterSize.MAJOR), List.of());
    assertThat(profile.requiresRiskAssessment(topic(MatterSize.MAJOR, null))).isTrue();
    assertThat(profile.requiresRiskAssessment(topic(MatterSize.MINOR, null))).isFalse();
    assertThat(profile.requiresRiskAssessment(topic(MatterSize.URGENT, Profiles.LIFT_INSTALLATION)))
        .isFalse();
  }

  @Test
  void requiresAssessmentByCatalogueEntryWhateverTheSize() {
    Profile profile =
        Profiles.jinan().withRiskAssessed(List.of(), List.of(Profiles.LIFT_INSTALLATION));
    assertThat(profile.requiresRiskAssessment(topic(MatterSize.MINOR, Profiles.LIFT_INSTALLATION)))
        .isTrue();
    assertThat(profile.requiresRiskAssessment(topic(MatterSize.MAJOR, null))).isFalse();
  }

  @Test
  void refusesAnEntryOutsideTheCatalogue() {
    assertThatThrownBy(
            () -> Profiles.jinan().withRiskAssessed(List.of(), List.of("no-such-entry")))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> assertThat(e.path().toString()).isEqualTo("riskAssessedEntries"))
        .hasMessageContaining("no-such-entry");
  }
}
