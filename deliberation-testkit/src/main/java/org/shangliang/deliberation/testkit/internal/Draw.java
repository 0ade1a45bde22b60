package org.shangliang.deliberation.testkit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

/** Small random draws on durations and instants, exact (no floating point). */
final class Draw {
  private Draw() {}

  /** Whether an event of the given chance happens. */
  static boolean chance(RandomGenerator random, int percent) {
    return random.nextInt(100) < percent;
  }

  /** A value of a list, uniformly. */
  static <T> T pick(RandomGenerator random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A duration from {@code min} to {@code max}, both included (at most 292 years apart). */
  static Duration between(RandomGenerator random, Duration min, Duration max) {
    if (max.compareTo(min) <= 0) {
      return min;
    }
    long span = max.minus(min).toNanos();
    return min.plusNanos(span == Long.MAX_VALUE ? random.nextLong(span) : random.nextLong(span + 1));
  }

  /** A part of a duration: from {@code fromPercent} to {@code toPercent} of it. */
  static Duration part(RandomGenerator random, Duration whole, int fromPercent, int toPercent) {
    return between(random, percent(whole, fromPercent), percent(whole, toPercent));
  }

  /** A percentage of a duration, rounded down to the nanosecond. */
  static Duration percent(Duration whole, int percent) {
    return Duration.ofNanos(
        java.math.BigInteger.valueOf(whole.getSeconds())
            .multiply(java.math.BigInteger.valueOf(1_000_000_000L))
            .add(java.math.BigInteger.valueOf(whole.getNano()))
            .multiply(java.math.BigInteger.valueOf(percent))
            .divide(java.math.BigInteger.valueOf(100))
            .longValueExact());
  }

  /** The shorter of two durations. */
  static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** The later of two instants. */
  static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** The earlier of two instants. */
  static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** An instant from {@code from} to {@code to}, both included. */
  static Instant within(RandomGenerator random, Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return from;
    }
    return from.plus(between(random, Duration.ZERO, Duration.between(from, to)));
  }

  /** The point {@code k/n} of the way from {@code from} to {@code to}. */
  static Instant split(Instant from, Instant to, int k, int n) {
    if (!to.isAfter(from)) {
      return from;
    }
    Duration whole = Duration.between(from, to);
    return from.plus(whole.multipliedBy(k).dividedBy(n));
  }
}
