package org.shangliang.deliberation.unit;

import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;

/**
 * An administrative unit: a courtyard, grid, community, sub-district, district or city, with the unit
 * it belongs to. Units form a {@link Jurisdiction}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AdministrativeUnit {
  AdministrativeUnit() {}

  /**
   * The unit's identifier.
   *
   * @return the identifier
   */
  public abstract UnitId id();

  /**
   * The unit's tier level.
   *
   * @return the level
   */
  public abstract TierLevel level();

  /**
   * The unit's name, e.g. {@code 甸柳新村第一社区}. A unit's name is public, not personal data.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The unit this one belongs to; empty for a root of the jurisdiction.
   *
   * @return the parent's identifier
   */
  public abstract Optional<UnitId> parent();

  /**
   * Creates a unit without a parent (a root).
   *
   * @param id the identifier
   * @param level the tier level
   * @param name the name, not blank
   * @return the unit
   * @throws org.shangliang.deliberation.InvalidModelException if the name is blank
   */
  public static AdministrativeUnit root(UnitId id, TierLevel level, String name) {
    return new Builder().id(id).level(level).name(name).build();
  }

  /**
   * Creates a unit inside a parent unit.
   *
   * @param id the identifier
   * @param level the tier level, lower than the parent's (checked by {@link Jurisdiction})
   * @param name the name, not blank
   * @param parent the parent's identifier
   * @return the unit
   * @throws org.shangliang.deliberation.InvalidModelException if the name is blank or the unit is its
   *     own parent
   */
  public static AdministrativeUnit of(UnitId id, TierLevel level, String name, UnitId parent) {
    return new Builder().id(id).level(level).name(name).parent(parent).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank("name", name());
    if (parent().isPresent() && parent().get().equals(id())) {
      throw new org.shangliang.deliberation.InvalidModelException(
          org.shangliang.deliberation.Path.of("parent"),
          "a unit cannot be its own parent, was " + id());
    }
  }

  /** A builder of units; {@code id}, {@code level} and {@code name} are required. */
  public static final class Builder extends ImmutableAdministrativeUnit.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
