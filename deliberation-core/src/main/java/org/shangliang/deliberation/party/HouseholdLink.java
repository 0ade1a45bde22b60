package org.shangliang.deliberation.party;

import java.util.List;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.unit.UnitId;

/**
 * One party member's link to households (党员联户): the member and the units — courtyards, buildings —
 * whose households the member is linked to. Luxi County (Pingxiang) links one member to about ten
 * households ("1+10+N"); the library records the units, not the households, and does not count them.
 *
 * <p>The member is named by the {@link PartyId} the member carries on every record's party list: a
 * stable system key of the person (e.g. the member's number in the city's register), never a name
 * or a phone number. A record whose party list names the member by another id does not show the
 * member as taking part.
 *
 * <p>Source: Reform 2025 (中国党政干部论坛, 2025-05-21), "党员联户" and "1+10+N"; docs/domain.md
 * "Household links and duty lists".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class HouseholdLink {
  HouseholdLink() {}

  /**
   * The linked party member, by the party id the member carries on every record.
   *
   * @return the member's id
   */
  public abstract PartyId member();

  /**
   * The units whose households the member is linked to, e.g. one building or two courtyards.
   *
   * @return the units: at least one, each once, in the order given
   */
  public abstract List<UnitId> units();

  /**
   * Creates a link.
   *
   * @param member the member's party id
   * @param units the units of the linked households
   * @return the link
   * @throws org.shangliang.deliberation.InvalidModelException if the units are empty or repeat one
   */
  public static HouseholdLink of(PartyId member, UnitId... units) {
    return new Builder().member(member).addUnits(units).build();
  }

  @Value.Check
  void check() {
    Checks.notEmpty("units", units());
    Checks.unique("units", "", units(), unit -> unit);
  }

  /** A builder of links; {@code member} and at least one unit are required. */
  public static final class Builder extends ImmutableHouseholdLink.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
