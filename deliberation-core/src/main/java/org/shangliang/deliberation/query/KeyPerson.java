package org.shangliang.deliberation.query;

import org.immutables.value.Value;
import org.shangliang.deliberation.party.PartyId;

/**
 * An entry of the 骨干库: a party who took part in, chaired or followed up the most deliberations —
 * by id, never by name.
 *
 * <p>Source: Haidian 2025 (人民日报, 2025-09-10), 骨干库 and 党员骨干; docs/domain.md "The four libraries".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class KeyPerson {
  KeyPerson() {}

  /** @return the party's id */
  public abstract PartyId party();

  /** @return how many meetings the party signed in at */
  public abstract int tookPart();

  /** @return how many meetings the party chaired */
  public abstract int chaired();

  /** @return how many follow-ups the party made as the named follower of an escalated matter */
  public abstract int followedUp();

  /** @return in how many records the party did any of these */
  public abstract int records();

  /** @return the weighted score the ranking uses (see {@link LibrarySettings}) */
  public abstract long score();

  /** A builder of entries; every field is required. */
  public static final class Builder extends ImmutableKeyPerson.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
