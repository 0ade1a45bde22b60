package org.shangliang.deliberation.unit;

import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;

/**
 * The identifier of an administrative unit, e.g. {@code jinan.lixia.quancheng.dianliu-1}. Not blank,
 * no white space, at most 128 characters; {@link #parse(String)} and {@link #toString()} round-trip.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class UnitId implements Comparable<UnitId> {
  UnitId() {}

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
  public static UnitId of(String value) {
    return ImmutableUnitId.of(value);
  }

  /**
   * Parses the form written by {@link #toString()}.
   *
   * @param text the identifier text
   * @return the identifier
   * @throws org.shangliang.deliberation.InvalidModelException as for {@link #of(String)}
   */
  public static UnitId parse(String text) {
    return of(text);
  }

  @Value.Check
  void check() {
    Checks.identifier("unitId", value());
  }

  @Override
  public int compareTo(UnitId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
