package org.shangliang.deliberation.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.party.PartyKind;

class TopicCatalogueTest {
  private static final TopicCategory PUBLIC_AFFAIRS = new TopicCategory.Builder()
      .id(TopicCategory.PUBLIC_AFFAIRS)
      .name(LocalizedText.of("公共事务类", "public affairs"))
      .addRequiredPartyKind(PartyKind.RESIDENTS_COMMITTEE)
      .build();
  private static final TopicCategory DAILY_LIFE = new TopicCategory.Builder()
      .id(TopicCategory.DAILY_LIFE_AND_DISPUTES)
      .name(LocalizedText.of("日常生活及矛盾类", "daily life and disputes"))
      .build();

  private static CatalogueEntry entry(String id, String category) {
    return new CatalogueEntry.Builder()
        .id(id)
        .category(category)
        .name(LocalizedText.of("加装电梯", "lift installation"))
        .defaultMatterSize(MatterSize.MAJOR)
        .addRequiredPartyKind(PartyKind.STAKEHOLDER)
        .build();
  }

  @Test
  void rejectsAnEntryInAnUnknownCategory() {
    assertThatThrownBy(() -> new TopicCatalogue.Builder()
            .addCategories(PUBLIC_AFFAIRS, DAILY_LIFE)
            .addEntry(entry("lift-installation", TopicCategory.PUBLIC_AFFAIRS))
            .addEntry(entry("parking", TopicCategory.CARRYING_OUT_POLICY))
            .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("entries[1].category: unknown category, was carrying-out-policy");
  }

  @Test
  void rejectsDuplicateCategoryIds() {
    assertThatThrownBy(() -> new TopicCatalogue.Builder()
            .addCategories(PUBLIC_AFFAIRS, DAILY_LIFE, PUBLIC_AFFAIRS).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("categories[2].id: duplicate, was public-affairs");
  }

  @Test
  void rejectsDuplicateEntryIds() {
    assertThatThrownBy(() -> new TopicCatalogue.Builder()
            .addCategories(PUBLIC_AFFAIRS, DAILY_LIFE)
            .addEntry(entry("lift-installation", TopicCategory.PUBLIC_AFFAIRS))
            .addEntry(entry("lift-installation", TopicCategory.DAILY_LIFE_AND_DISPUTES))
            .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("entries[1].id: duplicate, was lift-installation");
  }

  @Test
  void rejectsACategoryIdWithWhiteSpace() {
    assertThatThrownBy(() -> new TopicCategory.Builder().id("public affairs")
            .name(LocalizedText.of("公共事务类", "public affairs")).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("id: must hold only letters, marks, numbers, punctuation and symbols");
  }

  @Test
  void rejectsAnEntryWithABlankCategoryNamingTheField() {
    assertThatThrownBy(() -> entry("lift-installation", ""))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("category: must not be blank");
  }

  @Test
  void looksUpCategoriesAndEntriesById() {
    CatalogueEntry lift = entry("lift-installation", TopicCategory.PUBLIC_AFFAIRS);
    TopicCatalogue catalogue = new TopicCatalogue.Builder()
        .addCategories(PUBLIC_AFFAIRS, DAILY_LIFE).addEntry(lift).build();
    assertThat(catalogue.category(TopicCategory.PUBLIC_AFFAIRS)).contains(PUBLIC_AFFAIRS);
    assertThat(catalogue.category(TopicCategory.CARRYING_OUT_POLICY)).isEmpty();
    assertThat(catalogue.entry("lift-installation")).contains(lift);
    assertThat(catalogue.entry("parking")).isEmpty();
    assertThat(catalogue.categories()).containsExactly(PUBLIC_AFFAIRS, DAILY_LIFE);
  }
}
