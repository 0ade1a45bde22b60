package org.shangliang.deliberation.topic;

import java.util.Set;
import org.immutables.value.Value;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.party.PartyKind;

/**
 * An entry of the catalogue's ledger (台账): a concrete kind of matter such as lift installation or
 * parking, in one category, with a default matter size and the party kinds it requires.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13), 三个一: 协商事项目录 and its ledger (台账); docs/domain.md "Topic
 * catalogue".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CatalogueEntry {
  CatalogueEntry() {}

  /**
   * The entry's id, e.g. {@code lift-installation}.
   *
   * @return the id, in the alphabet of identifiers (1 to 128 letters, marks, numbers, punctuation
   *     and symbols)
   */
  public abstract String id();

  /**
   * The id of the category the entry belongs to.
   *
   * @return the category id
   */
  public abstract String category();

  /**
   * The entry's name, e.g. 加装电梯 / lift installation.
   *
   * @return the name
   */
  public abstract LocalizedText name();

  /**
   * The matter size a topic of this entry usually has.
   *
   * @return the default size
   */
  public abstract MatterSize defaultMatterSize();

  /**
   * The party kinds every topic of this entry needs on its party list, beyond those of its category.
   *
   * @return the kinds, in the declaration order of the enum
   */
  public abstract Set<PartyKind> requiredPartyKinds();

  @Value.Check
  void check() {
    Checks.identifier("id", id());
    Checks.identifier("category", category());
  }

  /**
   * A builder of entries; {@code id}, {@code category}, {@code name} and {@code defaultMatterSize} are
   * required.
   */
  public static final class Builder extends ImmutableCatalogueEntry.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
