package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.rules.ReportAssert.assertClean;
import static org.shangliang.deliberation.rules.ReportAssert.assertSingle;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.Violation;

class CatalogueRulesTest {
  private static final String UNKNOWN_CATEGORY = "housing-reform";
  private static final String UNKNOWN_ENTRY = "roof-repair";

  @Test
  void acceptsTopicWithKnownCategoryAndMatchingEntry() {
    assertClean(new LiftCase().validate());
  }

  @Test
  void acceptsTopicWithoutCatalogueEntry() {
    LiftCase c = new LiftCase();
    c.entry = Optional.empty();
    assertClean(c.validate());
  }

  @Test
  void acceptsAnotherEntryOfTheTopicsCategory() {
    LiftCase c = new LiftCase();
    c.entry = Optional.of(Profiles.PARKING);
    assertClean(c.validate());
  }

  @Test
  void rejectsCategoryNotInCatalogue() {
    LiftCase c = new LiftCase();
    c.category = UNKNOWN_CATEGORY;
    c.entry = Optional.empty();
    Violation v =
        assertSingle(c.validate(), RuleCodes.TOPIC_CATEGORY_UNKNOWN, "topic.category", Severity.ERROR);
    assertThat(v.args()).containsExactly(UNKNOWN_CATEGORY, "jinan");
  }

  @Test
  void requiresNoPartyKindsFromUnknownCategory() {
    LiftCase c = new LiftCase();
    c.category = UNKNOWN_CATEGORY;
    c.entry = Optional.empty();
    // public affairs would require these two kinds; an unknown category requires nothing
    c.withoutPartiesOfKind(PartyKind.RESIDENTS_COMMITTEE)
        .withoutPartiesOfKind(PartyKind.RESIDENT_REPRESENTATIVE);
    assertSingle(c.validate(), RuleCodes.TOPIC_CATEGORY_UNKNOWN, "topic.category", Severity.ERROR);
  }

  @Test
  void doesNotReportEntryCategoryMismatchWhenCategoryIsUnknown() {
    LiftCase c = new LiftCase();
    c.category = UNKNOWN_CATEGORY; // the lift entry belongs to public affairs
    assertSingle(c.validate(), RuleCodes.TOPIC_CATEGORY_UNKNOWN, "topic.category", Severity.ERROR);
  }

  @Test
  void rejectsCatalogueEntryNotInCatalogue() {
    LiftCase c = new LiftCase();
    c.entry = Optional.of(UNKNOWN_ENTRY);
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.TOPIC_CATALOGUE_ENTRY_UNKNOWN, "topic.catalogueEntry", Severity.ERROR);
    assertThat(v.args()).containsExactly(UNKNOWN_ENTRY, "jinan");
  }

  @Test
  void requiresNoPartyKindsFromUnknownEntry() {
    LiftCase c = new LiftCase();
    c.entry = Optional.of(UNKNOWN_ENTRY);
    // the lift entry would require these two kinds; an unknown entry requires nothing
    c.withoutPartiesOfKind(PartyKind.OWNERS_COMMITTEE)
        .withoutPartiesOfKind(PartyKind.PROPERTY_COMPANY);
    assertSingle(
        c.validate(), RuleCodes.TOPIC_CATALOGUE_ENTRY_UNKNOWN, "topic.catalogueEntry", Severity.ERROR);
  }

  @Test
  void rejectsCatalogueEntryOfAnotherCategory() {
    LiftCase c = new LiftCase();
    c.entry = Optional.of(Profiles.PIPE_REPAIR); // daily life and disputes; the topic is public affairs
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.TOPIC_CATALOGUE_ENTRY_CATEGORY_MISMATCH,
            "topic.catalogueEntry",
            Severity.ERROR);
    assertThat(v.args())
        .containsExactly(
            Profiles.PIPE_REPAIR, TopicCategory.DAILY_LIFE_AND_DISPUTES, TopicCategory.PUBLIC_AFFAIRS);
  }

  @Test
  void acceptsEntryOnceTopicIsMovedToTheEntrysCategory() {
    LiftCase c = new LiftCase();
    c.category = TopicCategory.DAILY_LIFE_AND_DISPUTES;
    c.entry = Optional.of(Profiles.PIPE_REPAIR);
    assertClean(c.validate());
  }
}
