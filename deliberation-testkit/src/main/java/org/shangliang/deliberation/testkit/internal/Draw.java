package org.shangliang.deliberation.testkit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Small random draws on durations and instants, exact (no floating point), shared by the valid
 * generator and the breakers. Not exported; stateless and thread-safe.
 */
public final class Draw {
  private Draw() {}

  /**
   * Whether an event of the given chance happens.
   *
   * @param random the random source
   * @param percent the chance, from 0 to 100
   * @return true with that chance
   */
  public static boolean chance(RandomGenerator random, int percent) {
    return random.nextInt(100) < percent;
  }

  /**
   * A value of a list, uniformly.
   *
   * @param <T> the type of the values
   * @param random the random source
   * @param values the values, not empty
   * @return one of them
   */
  public static <T> T pick(RandomGenerator random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /**
   * A duration from {@code min} to {@code max}, both included (at most 292 years apart).
   *
   * @param random the random source
   * @param min the shortest
   * @param max the longest; {@code min} is returned if it is not longer
   * @return the duration, to the nanosecond
   */
  public static Duration between(RandomGenerator random, Duration min, Duration max) {
    if (max.compareTo(min) <= 0) {
      return min;
    }
    long span = max.minus(min).toNanos();
    return min.plusNanos(
        span == Long.MAX_VALUE ? random.nextLong(span) : random.nextLong(span + 1));
  }

  /**
   * A part of a duration: from {@code fromPercent} to {@code toPercent} of it.
   *
   * @param random the random source
   * @param whole the duration
   * @param fromPercent the smallest part, in percent
   * @param toPercent the largest part, in percent
   * @return the part
   */
  public static Duration part(
      RandomGenerator random, Duration whole, int fromPercent, int toPercent) {
    return between(random, percent(whole, fromPercent), percent(whole, toPercent));
  }

  /**
   * A percentage of a duration, rounded down to the nanosecond.
   *
   * @param whole the duration
   * @param percent the percentage
   * @return that part of it
   */
  public static Duration percent(Duration whole, int percent) {
    return Duration.ofNanos(
        java.math.BigInteger.valueOf(whole.getSeconds())
            .multiply(java.math.BigInteger.valueOf(1_000_000_000L))
            .add(java.math.BigInteger.valueOf(whole.getNano()))
            .multiply(java.math.BigInteger.valueOf(percent))
            .divide(java.math.BigInteger.valueOf(100))
            .longValueExact());
  }

  /**
   * The shorter of two durations.
   *
   * @param a one
   * @param b the other
   * @return the shorter ({@code a} if they are equal)
   */
  public static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /**
   * The later of two instants.
   *
   * @param a one
   * @param b the other
   * @return the later ({@code b} if they are equal)
   */
  public static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * The earlier of two instants.
   *
   * @param a one
   * @param b the other
   * @return the earlier ({@code b} if they are equal)
   */
  public static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /**
   * An instant from {@code from} to {@code to}, both included.
   *
   * @param random the random source
   * @param from the earliest
   * @param to the latest; {@code from} is returned if it is not later
   * @return the instant, to the nanosecond
   */
  public static Instant within(RandomGenerator random, Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return from;
    }
    return from.plus(between(random, Duration.ZERO, Duration.between(from, to)));
  }

  /**
   * The point {@code k/n} of the way from {@code from} to {@code to}.
   *
   * @param from the start
   * @param to the end; {@code from} is returned if it is not later
   * @param k the numerator
   * @param n the denominator, positive
   * @return the point, rounded down to the nanosecond
   */
  public static Instant split(Instant from, Instant to, int k, int n) {
    if (!to.isAfter(from)) {
      return from;
    }
    Duration whole = Duration.between(from, to);
    return from.plus(whole.multipliedBy(k).dividedBy(n));
  }
}
