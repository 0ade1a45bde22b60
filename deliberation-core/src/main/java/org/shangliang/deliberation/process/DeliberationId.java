package org.shangliang.deliberation.process;

import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;

/**
 * The identifier of a deliberation. Not blank, no white space, at most 128 characters; {@link
 * #parse(String)} and {@link #toString()} round-trip.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class DeliberationId implements Comparable<DeliberationId> {
  DeliberationId() {}

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
  public static DeliberationId of(String value) {
    return ImmutableDeliberationId.of(value);
  }

  /**
   * Parses the form written by {@link #toString()}.
   *
   * @param text the identifier text
   * @return the identifier
   * @throws org.shangliang.deliberation.InvalidModelException as for {@link #of(String)}
   */
  public static DeliberationId parse(String text) {
    return of(text);
  }

  @Value.Check
  void check() {
    Checks.identifier("deliberationId", value());
  }

  @Override
  public int compareTo(DeliberationId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
