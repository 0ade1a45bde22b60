package org.shangliang.deliberation.party;

import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;

/**
 * The identifier of a party on a party list. Not blank, no white space, at most 128 characters;
 * {@link #parse(String)} and {@link #toString()} round-trip. It must not carry personal data (use a
 * system key, not a name or phone number).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class PartyId implements Comparable<PartyId> {
  PartyId() {}

  /**
   * The identifier text.
   *
   * @return the text
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Creates an identifier.
   *
   * @param value the identifier text
   * @return the identifier
   * @throws org.shangliang.deliberation.InvalidModelException if the text is blank, has white space
   *     or is longer than 128 characters
   */
  public static PartyId of(String value) {
    return ImmutablePartyId.of(value);
  }

  /**
   * Parses the form written by {@link #toString()}.
   *
   * @param text the identifier text
   * @return the identifier
   * @throws org.shangliang.deliberation.InvalidModelException as for {@link #of(String)}
   */
  public static PartyId parse(String text) {
    return of(text);
  }

  @Value.Check
  void check() {
    Checks.identifier("partyId", value());
  }

  @Override
  public int compareTo(PartyId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
