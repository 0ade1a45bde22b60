package org.shangliang.deliberation.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.unit.TierLevel;

class TierRuleTest {

  private static TierRule.Builder community() {
    return new TierRule.Builder()
        .level(TierLevel.COMMUNITY)
        .body(LocalizedText.of("居民议事会", "residents' council"))
        .convenerKind(PartyKind.PARTY_ORGANISATION)
        .cadence(Cadence.monthly(11, NonWorkingDayRule.NEXT_WORKING_DAY));
  }

  @Test
  void rejectsEscalationToTheSameLevel() {
    assertThatThrownBy(() -> community().addMatterSize(MatterSize.MINOR)
            .escalatesTo(TierLevel.COMMUNITY).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("escalatesTo: must be higher than COMMUNITY, was COMMUNITY");
  }

  @Test
  void rejectsEscalationToALowerLevel() {
    assertThatThrownBy(() -> community().addMatterSize(MatterSize.MINOR)
            .escalatesTo(TierLevel.GRID).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("escalatesTo: must be higher than COMMUNITY, was GRID");
  }

  @Test
  void acceptsEscalationToAHigherLevelOrNone() {
    assertThat(community().addMatterSize(MatterSize.MINOR).escalatesTo(TierLevel.SUB_DISTRICT)
            .build().escalatesTo())
        .contains(TierLevel.SUB_DISTRICT);
    assertThat(community().addMatterSize(MatterSize.MINOR).build().escalatesTo()).isEmpty();
  }

  @Test
  void rejectsARuleWithoutMatterSizes() {
    assertThatThrownBy(() -> community().build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("matterSizes: must not be empty");
  }

  @Test
  void rejectsACategoryIdWithWhiteSpace() {
    assertThatThrownBy(() -> community().addMatterSize(MatterSize.MINOR)
            .addCategory("public affairs").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("categories[0]: must hold only letters, marks, numbers, punctuation and symbols");
  }

  @Test
  void mayDecideMattersOfItsSizesInEveryCategoryWhenNoneAreListed() {
    TierRule rule = community().addMatterSizes(MatterSize.MINOR, MatterSize.URGENT).build();
    assertThat(rule.mayDecide(MatterSize.MINOR, TopicCategory.PUBLIC_AFFAIRS)).isTrue();
    assertThat(rule.mayDecide(MatterSize.URGENT, "any-category")).isTrue();
    assertThat(rule.mayDecide(MatterSize.MAJOR, TopicCategory.PUBLIC_AFFAIRS)).isFalse();
  }

  @Test
  void mayDecideOnlyListedCategories() {
    TierRule rule = community().addMatterSizes(MatterSize.MAJOR, MatterSize.MINOR)
        .addCategory(TopicCategory.DAILY_LIFE_AND_DISPUTES).build();
    assertThat(rule.mayDecide(MatterSize.MAJOR, TopicCategory.DAILY_LIFE_AND_DISPUTES)).isTrue();
    assertThat(rule.mayDecide(MatterSize.MAJOR, TopicCategory.PUBLIC_AFFAIRS)).isFalse();
    assertThat(rule.mayDecide(MatterSize.URGENT, TopicCategory.DAILY_LIFE_AND_DISPUTES)).isFalse();
  }

  @Test
  void rejectsMissingRequiredFieldsNamingThem() {
    assertThatThrownBy(() -> new TierRule.Builder().level(TierLevel.GRID)
            .addMatterSize(MatterSize.MINOR).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("body")
        .hasMessageContaining("cadence");
  }
}
