package org.shangliang.deliberation.party;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.unit.UnitId;

/**
 * A party to a deliberation (协商主体): a person or body of a {@link PartyKind}, belonging to or
 * representing an administrative unit, with an optional weight (e.g. an owner's floor area in m²).
 * The display name is personal data: it never appears in {@link #toString()} or in messages.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Party {
  Party() {}

  /**
   * The party's identifier, unique on its list.
   *
   * @return the identifier
   */
  public abstract PartyId id();

  /**
   * The party's kind.
   *
   * @return the kind
   */
  public abstract PartyKind kind();

  /**
   * For kind {@link PartyKind#OTHER}, what the party is (e.g. {@code 志愿者}); empty for every other
   * kind.
   *
   * @return the label
   */
  public abstract Optional<String> otherLabel();

  /**
   * The unit the party belongs to or represents, e.g. the building an owner lives in.
   *
   * @return the unit's identifier
   */
  public abstract UnitId unit();

  /**
   * The party's roles: at least one ({@link #of(PartyId, PartyKind, UnitId)} gives {@link
   * PartyRole#DELIBERATOR}).
   *
   * @return the roles, in the declaration order of the enum
   */
  public abstract Set<PartyRole> roles();

  /**
   * The party's weight in a weighted vote, e.g. floor area in m²; empty if the party has none.
   *
   * @return the weight: zero or more, at most 15 digits before the decimal point and 6 after
   */
  public abstract Optional<BigDecimal> weight();

  /**
   * The name to display (personal data for a person): redacted from {@link #toString()}.
   *
   * @return the name
   */
  @Value.Redacted
  public abstract Optional<String> displayName();

  /**
   * Whether the party holds a role.
   *
   * @param role the role
   * @return {@code true} if it does
   */
  public boolean hasRole(PartyRole role) {
    return roles().contains(role);
  }

  /**
   * Creates a deliberating party without weight or name.
   *
   * @param id the identifier
   * @param kind the kind, not {@link PartyKind#OTHER} (which needs a label: use the builder)
   * @param unit the unit the party belongs to or represents
   * @return the party
   * @throws InvalidModelException if the kind is {@link PartyKind#OTHER}
   */
  public static Party of(PartyId id, PartyKind kind, UnitId unit) {
    return new Builder().id(id).kind(kind).unit(unit).addRole(PartyRole.DELIBERATOR).build();
  }

  @Value.Check
  void check() {
    if (kind() == PartyKind.OTHER) {
      if (otherLabel().isEmpty()) {
        throw new InvalidModelException(
            Path.of("otherLabel"), "required for kind OTHER, was empty");
      }
      Checks.notBlank("otherLabel", otherLabel().get());
    } else if (otherLabel().isPresent()) {
      throw new InvalidModelException(
          Path.of("otherLabel"),
          "only for kind OTHER, was " + Checks.quote(otherLabel().get()) + " on kind " + kind());
    }
    if (weight().isPresent()) {
      Checks.decimal("weight", weight().get());
      Checks.notNegative("weight", weight().get());
    }
    displayName().ifPresent(n -> Checks.notBlankPersonal("displayName", n));
    Checks.notEmpty("roles", roles());
  }

  /**
   * A builder of parties; {@code id}, {@code kind}, {@code unit} and at least one role are required.
   */
  public static final class Builder extends ImmutableParty.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
