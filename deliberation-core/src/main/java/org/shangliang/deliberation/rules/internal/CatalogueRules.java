package org.shangliang.deliberation.rules.internal;

import java.util.Optional;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.topic.CatalogueEntry;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicCatalogue;
import org.shangliang.deliberation.validation.Path;
import org.shangliang.deliberation.validation.Severity;

/** Rules on the topic catalogue (DOMAIN.md, Jinan "the three ones"). */
final class CatalogueRules {
  private CatalogueRules() {}

  /** topic.category.unknown: the topic's category is in the catalogue. */
  static final class CategoryUnknown extends BuiltInRule {
    CategoryUnknown() {
      super(RuleCodes.TOPIC_CATEGORY_UNKNOWN, Severity.ERROR, CATALOGUE);
    }

    @Override
    public void check(RuleContext context) {
      Topic topic = context.deliberation().topic();
      if (context.profile().catalogue().category(topic.category()).isEmpty()) {
        context.report(Path.of("topic", "category"), topic.category(), context.profile().id());
      }
    }
  }

  /** topic.catalogue-entry.unknown: the topic's catalogue entry is in the catalogue. */
  static final class EntryUnknown extends BuiltInRule {
    EntryUnknown() {
      super(RuleCodes.TOPIC_CATALOGUE_ENTRY_UNKNOWN, Severity.ERROR, CATALOGUE);
    }

    @Override
    public void check(RuleContext context) {
      Topic topic = context.deliberation().topic();
      if (topic.catalogueEntry().isPresent()
          && context.profile().catalogue().entry(topic.catalogueEntry().get()).isEmpty()) {
        context.report(
            Path.of("topic", "catalogueEntry"),
            topic.catalogueEntry().get(),
            context.profile().id());
      }
    }
  }

  /** topic.catalogue-entry.category-mismatch: the entry belongs to the topic's category. */
  static final class EntryCategoryMismatch extends BuiltInRule {
    EntryCategoryMismatch() {
      super(RuleCodes.TOPIC_CATALOGUE_ENTRY_CATEGORY_MISMATCH, Severity.ERROR, CATALOGUE);
    }

    @Override
    public void check(RuleContext context) {
      Topic topic = context.deliberation().topic();
      TopicCatalogue catalogue = context.profile().catalogue();
      if (topic.catalogueEntry().isEmpty() || catalogue.category(topic.category()).isEmpty()) {
        return;
      }
      Optional<CatalogueEntry> entry = catalogue.entry(topic.catalogueEntry().get());
      if (entry.isPresent() && !entry.get().category().equals(topic.category())) {
        context.report(
            Path.of("topic", "catalogueEntry"),
            entry.get().id(),
            entry.get().category(),
            topic.category());
      }
    }
  }
}
