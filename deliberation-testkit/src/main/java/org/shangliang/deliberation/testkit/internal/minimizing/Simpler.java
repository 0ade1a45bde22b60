package org.shangliang.deliberation.testkit.internal.minimizing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The simpler values the minimizer tries in place of a value, the simplest first. Each is strictly
 * closer to the value's bound than the value (shorter, nearer zero, nearer the instant it is
 * measured from), so that replacing values one by one always ends.
 *
 * <p>A value is moved as in a binary search: all the way to its bound first, then half the
 * distance, a quarter, … and the least step last (one code point, one unit, one second). So a value
 * whose failure needs it at least some distance from its bound ends exactly there, in a number of
 * checks that grows with the square of the distance's logarithm, not with the distance. Pure
 * functions.
 */
public final class Simpler {
  private static final Duration SECOND = Duration.ofSeconds(1);

  private Simpler() {}

  /**
   * An optional value dropped.
   *
   * @param <T> the value's type
   * @param value the optional value
   * @return {@code [empty]} if the value is present, else nothing
   */
  public static <T> List<Optional<T>> dropped(Optional<T> value) {
    return value.isPresent() ? List.of(Optional.empty()) : List.of();
  }

  /**
   * Shorter prefixes of a text: its first code point, then the text without its last half, its last
   * quarter, … and without its last code point (whole code points, never half a surrogate pair). A
   * prefix the model refuses (a blank one) is skipped by the search.
   *
   * @param text the text
   * @return the prefixes, shortest first
   */
  public static List<String> shortened(String text) {
    int length = text.codePointCount(0, text.length());
    List<String> shorter = new ArrayList<>();
    for (long cut : cuts(length - 1)) {
      int keep = (int) (length - cut);
      shorter.add(text.substring(0, text.offsetByCodePoints(0, keep)));
    }
    return shorter;
  }

  /**
   * Numbers nearer zero: zero, the whole part (where the number has a fraction), then the whole
   * part moved toward zero by half, a quarter, … and one.
   *
   * @param value the number
   * @return the numbers nearer zero, zero first; none equal to the number or to each other
   */
  public static List<BigDecimal> towardZero(BigDecimal value) {
    List<BigDecimal> nearer = new ArrayList<>();
    if (value.signum() == 0) {
      return nearer;
    }
    nearer.add(BigDecimal.ZERO);
    BigInteger whole = value.setScale(0, RoundingMode.DOWN).toBigIntegerExact();
    if (whole.signum() != 0 && new BigDecimal(whole).compareTo(value) != 0) {
      nearer.add(new BigDecimal(whole));
    }
    BigInteger distance = whole.abs().shiftRight(1);
    BigInteger sign = BigInteger.valueOf(whole.signum());
    while (distance.signum() > 0) {
      nearer.add(new BigDecimal(whole.subtract(sign.multiply(distance))));
      distance = distance.shiftRight(1);
    }
    return nearer;
  }

  /**
   * Whole numbers nearer a bound: the bound, then the number moved toward it by half the distance,
   * a quarter, … and one.
   *
   * @param value the number
   * @param bound the number to move toward
   * @return the numbers nearer the bound, the bound first
   */
  public static List<Integer> toward(int value, int bound) {
    long distance = (long) value - bound;
    long sign = Long.signum(distance);
    List<Integer> nearer = new ArrayList<>();
    for (long cut : cuts(Math.abs(distance))) {
      nearer.add((int) (value - sign * cut));
    }
    return nearer;
  }

  /**
   * Durations nearer a least one: the least, the duration without its fraction of a second (of the
   * difference), then that shortened by half the difference, a quarter, … and one second.
   *
   * @param value the duration
   * @param least the duration to move toward
   * @return the shorter durations, the least first; none shorter than the least
   */
  public static List<Duration> toward(Duration value, Duration least) {
    List<Duration> shorter = new ArrayList<>();
    if (value.compareTo(least) <= 0) {
      return shorter;
    }
    shorter.add(least);
    Duration whole = least.plus(value.minus(least).truncatedTo(ChronoUnit.SECONDS));
    if (!whole.equals(value) && !whole.equals(least)) {
      shorter.add(whole);
    }
    for (long cut : cuts(whole.minus(least).getSeconds())) {
      Duration candidate = whole.minusSeconds(cut);
      if (!shorter.contains(candidate)) {
        shorter.add(candidate);
      }
    }
    return shorter;
  }

  /**
   * Instants nearer another: the other instant itself, the instant at a whole number of seconds
   * from it, then that moved toward it by half the distance, a quarter, … and one second.
   *
   * @param value the instant
   * @param anchor the instant to move toward
   * @return the instants nearer the anchor, the anchor first
   */
  public static List<Instant> toward(Instant value, Instant anchor) {
    List<Instant> nearer = new ArrayList<>();
    if (value.equals(anchor)) {
      return nearer;
    }
    nearer.add(anchor);
    Duration distance = Duration.between(anchor, value).truncatedTo(ChronoUnit.SECONDS);
    Instant whole = anchor.plus(distance);
    if (!whole.equals(value) && !whole.equals(anchor)) {
      nearer.add(whole);
    }
    long sign = distance.isNegative() ? -1 : 1;
    for (long cut : cuts(Math.abs(distance.getSeconds()))) {
      Instant candidate = whole.minusSeconds(sign * cut);
      if (!nearer.contains(candidate)) {
        nearer.add(candidate);
      }
    }
    return nearer;
  }

  /**
   * The cuts of a distance, largest first: the distance, half of it, a quarter, … and one; all
   * different and positive.
   */
  private static List<Long> cuts(long distance) {
    List<Long> cuts = new ArrayList<>();
    if (distance <= 0) {
      return cuts;
    }
    cuts.add(distance);
    for (long cut = distance / 2; cut > 0; cut /= 2) {
      cuts.add(cut);
    }
    return cuts;
  }
}
