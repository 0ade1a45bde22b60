package org.shangliang.deliberation.decision;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.internal.Checks;

/**
 * An exact fraction p/q from 0 to 1, such as 2/3, compared by cross-multiplication: a part meets p/q
 * of a whole when {@code part × q ≥ p × whole} (or {@code >} when strict). Never floating point.
 * {@link #parse(String)} and {@link #toString()} round-trip ({@code "2/3"}).
 *
 * <p>A fraction keeps its terms as given (4/6 stays 4/6 in {@link #toString()}, {@link #numerator()}
 * and {@link #denominator()}), but it is equal to every fraction of the same value: 4/6 equals 2/3, and
 * so do the rules built from them ({@link Threshold}, {@link Participation}, {@link MajorityRule},
 * {@link DoubleThreshold}, {@link RestrictedVote}, {@link Consensus}, {@link Quorum}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Fraction {
  private static final Pattern FORM = Pattern.compile("(0|[1-9][0-9]{0,6})/(0|[1-9][0-9]{0,6})");

  Fraction() {}

  /**
   * The numerator.
   *
   * @return p, from 0 to the denominator
   */
  @Value.Parameter
  public abstract long numerator();

  /**
   * The denominator.
   *
   * @return q, at least 1
   */
  @Value.Parameter
  public abstract long denominator();

  /**
   * Creates p/q. The fraction is kept as given: 2/4 is not reduced to 1/2 (they compare the same).
   *
   * @param numerator p, 0 to q
   * @param denominator q, 1 to 1,000,000
   * @return the fraction
   * @throws InvalidModelException if q is out of range or p is negative or greater than q
   */
  public static Fraction of(long numerator, long denominator) {
    return ImmutableFraction.of(numerator, denominator);
  }

  /**
   * One half.
   *
   * @return 1/2
   */
  public static Fraction half() {
    return of(1, 2);
  }

  /**
   * Reads {@code "p/q"}: ASCII digits only, no sign, space or leading zero, so that {@link
   * #toString()} gives the text back.
   *
   * @param text e.g. {@code "2/3"}
   * @return the fraction
   * @throws InvalidModelException if the text is not p/q with p and q in range
   */
  public static Fraction parse(String text) {
    Checks.notNull("text", text);
    if (!FORM.matcher(text).matches()) {
      throw new InvalidModelException(
          Path.of("text"), "must be p/q such as 2/3, was " + Checks.quote(text));
    }
    int slash = text.indexOf('/');
    return of(Long.parseLong(text.substring(0, slash)), Long.parseLong(text.substring(slash + 1)));
  }

  /**
   * Whether a part reaches this fraction of a whole. An empty whole (zero) reaches no fraction, not
   * even 0/q: nothing can be decided, or quorate, among no one.
   *
   * @param part the part, zero or more
   * @param whole the whole, zero or more
   * @param strict {@code true} for "more than", {@code false} for "at least"
   * @return {@code part/whole > p/q} (strict) or {@code ≥} (not strict), computed exactly
   */
  public boolean isMetBy(BigDecimal part, BigDecimal whole, boolean strict) {
    if (whole.signum() == 0) {
      return false;
    }
    int comparison =
        part.multiply(BigDecimal.valueOf(denominator()))
            .compareTo(whole.multiply(BigDecimal.valueOf(numerator())));
    return strict ? comparison > 0 : comparison >= 0;
  }

  /**
   * Whether a count reaches this fraction of a whole count.
   *
   * @param part the part
   * @param whole the whole
   * @param strict {@code true} for "more than", {@code false} for "at least"
   * @return as {@link #isMetBy(BigDecimal, BigDecimal, boolean)}
   */
  public boolean isMetBy(long part, long whole, boolean strict) {
    return isMetBy(BigDecimal.valueOf(part), BigDecimal.valueOf(whole), strict);
  }

  @Value.Check
  void check() {
    if (denominator() < 1 || denominator() > 1_000_000) {
      throw new InvalidModelException(
          Path.of("denominator"), "must be 1 to 1000000, was " + denominator());
    }
    if (numerator() < 0 || numerator() > denominator()) {
      throw new InvalidModelException(
          Path.of("numerator"),
          "must be 0 to the denominator " + denominator() + ", was " + numerator());
    }
  }

  /**
   * Whether another fraction has the same value: {@code p × q' = p' × q}, computed exactly (the full
   * 128-bit products are compared, so no term can overflow).
   *
   * @param other the other object
   * @return {@code true} for a fraction of the same value, whatever its terms
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Fraction)) {
      return false;
    }
    Fraction that = (Fraction) other;
    long a = numerator();
    long b = that.denominator();
    long c = that.numerator();
    long d = denominator();
    return a * b == c * d && Math.multiplyHigh(a, b) == Math.multiplyHigh(c, d);
  }

  /**
   * A hash of the value: of the terms reduced by their greatest common divisor, so equal fractions
   * (4/6 and 2/3) hash alike.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    long gcd = gcd(numerator(), denominator());
    return 31 * Long.hashCode(numerator() / gcd) + Long.hashCode(denominator() / gcd);
  }

  private static long gcd(long a, long b) {
    long x = Math.abs(a);
    long y = Math.abs(b);
    while (y != 0) {
      long r = x % y;
      x = y;
      y = r;
    }
    return x == 0 ? 1 : x;
  }

  @Override
  public String toString() {
    return numerator() + "/" + denominator();
  }
}
