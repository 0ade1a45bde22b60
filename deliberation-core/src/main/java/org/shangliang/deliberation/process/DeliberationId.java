package org.shangliang.deliberation.process;

import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;

/**
 * The identifier of a deliberation. Its text is 1 to 128 code points, each a letter, mark, number,
 * punctuation or symbol (Unicode general categories L, M, N, P and S as the JDK knows them): no
 * space or other separator, no control or format character (such as U+200B, U+FEFF or a TAG
 * character), no lone surrogate, no private-use or unassigned code point, so that nothing invisible
 * hides in an identifier. Identifiers are compared as given, not normalised ({@code é} and {@code
 * e} followed by U+0301 differ). {@link #parse(String)} and {@link #toString()} round-trip.
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
   * @throws org.shangliang.deliberation.InvalidModelException if the text is empty, longer than 128
   *     code points or holds a code point outside the alphabet above
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
    Checks.identifier("value", value());
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
