package org.shangliang.deliberation.meeting;

import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.party.PartyId;

/**
 * A conflict of interest a party declared at a meeting; that party does not vote.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class ConflictOfInterest {
  ConflictOfInterest() {}

  /** @return who declared it */
  @Value.Parameter
  public abstract PartyId party();

  /** @return what the interest is, not blank (no personal data) */
  @Value.Parameter
  public abstract String description();

  /**
   * Creates a declaration.
   *
   * @param party who declared it
   * @param description what the interest is, not blank
   * @return the declaration
   * @throws org.shangliang.deliberation.InvalidModelException if the description is blank
   */
  public static ConflictOfInterest of(PartyId party, String description) {
    return ImmutableConflictOfInterest.of(party, description);
  }

  @Value.Check
  void check() {
    Checks.notBlank("description", description());
  }
}
