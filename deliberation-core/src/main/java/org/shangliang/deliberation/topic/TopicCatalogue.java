package org.shangliang.deliberation.topic;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.internal.Checks;

/**
 * The topic catalogue (协商事项目录): the categories of what may be deliberated and the ledger (台账) of
 * concrete entries in them.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13), 三个一: 协商事项目录; docs/domain.md "Topic catalogue".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TopicCatalogue {
  TopicCatalogue() {}

  /**
   * The categories, in order.
   *
   * @return the categories; ids unique
   */
  public abstract List<TopicCategory> categories();

  /**
   * The ledger entries, in order.
   *
   * @return the entries; ids unique, each in a listed category
   */
  public abstract List<CatalogueEntry> entries();

  /**
   * Looks a category up.
   *
   * @param id the category id
   * @return the category, or empty if the catalogue has none with this id
   */
  public Optional<TopicCategory> category(String id) {
    for (TopicCategory category : categories()) {
      if (category.id().equals(id)) {
        return Optional.of(category);
      }
    }
    return Optional.empty();
  }

  /**
   * Looks an entry up.
   *
   * @param id the entry id
   * @return the entry, or empty if the catalogue has none with this id
   */
  public Optional<CatalogueEntry> entry(String id) {
    for (CatalogueEntry entry : entries()) {
      if (entry.id().equals(id)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    Checks.unique("categories", "id", categories(), TopicCategory::id);
    Checks.unique("entries", "id", entries(), CatalogueEntry::id);
    java.util.Set<String> categoryIds = new java.util.HashSet<>();
    for (TopicCategory category : categories()) {
      categoryIds.add(category.id());
    }
    for (int i = 0; i < entries().size(); i++) {
      CatalogueEntry entry = entries().get(i);
      if (!categoryIds.contains(entry.category())) {
        throw new InvalidModelException(
            Path.of("entries").index(i).child("category"),
            "unknown category, was " + entry.category());
      }
    }
  }

  /** A builder of catalogues. */
  public static final class Builder extends ImmutableTopicCatalogue.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
