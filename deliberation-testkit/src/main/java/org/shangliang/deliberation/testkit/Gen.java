package org.shangliang.deliberation.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A generator: a pure function of a random source and a size that yields a value. No
 * property-testing framework is involved, so a generator plugs into a plain loop, a JUnit 5
 * {@code @ParameterizedTest} or whichever tool a test author prefers.
 *
 * <p>Two calls with random sources in the same state and the same size give equal values: a
 * generator draws everything it needs from the source it is given and from nothing else (no clock,
 * no shared state). The size bounds how large a value grows (how many parties, ballots, meetings);
 * what exactly it bounds is documented by each generator. Generators are immutable and thread-safe;
 * the random source is not, so each thread uses its own.
 *
 * <pre>{@code
 * Gen<Integer> owners = Gen.ints(3, 30);
 * Gen<List<Integer>> floors = Gen.ints(1, 33).list(0, 5);
 * int n = owners.sample(42L, 10); // always the same for seed 42 and size 10
 * }</pre>
 *
 * @param <T> the type of the values generated
 */
@FunctionalInterface
public interface Gen<T> {

  /** The largest number of tries {@link #filter(Predicate)} makes before giving up. */
  int DEFAULT_FILTER_TRIES = 100;

  /**
   * Generates one value.
   *
   * @param random the source of randomness; the only one the generator draws from
   * @param size how large the value may grow, at least 0
   * @return the value, never {@code null}
   * @throws GenerationException if the generator cannot produce a value (a filter gave up)
   */
  T generate(RandomGenerator random, int size);

  /**
   * Generates the value for a seed: {@code generate(new SplittableRandom(seed), size)}.
   *
   * @param seed the seed
   * @param size the size, at least 0
   * @return the value, the same for the same seed and size
   */
  default T sample(long seed, int size) {
    requireSize(size);
    return generate(new SplittableRandom(seed), size);
  }

  /**
   * The values for {@code count} consecutive seeds from {@code firstSeed}, in that order.
   *
   * @param firstSeed the first seed
   * @param count how many values, at least 0
   * @param size the size of each
   * @return a sequential stream of {@code count} values
   */
  default Stream<T> samples(long firstSeed, int count, int size) {
    if (count < 0) {
      throw new IllegalArgumentException("count: must be at least 0, was " + count);
    }
    requireSize(size);
    return LongStream.range(0, count).mapToObj(i -> sample(firstSeed + i, size));
  }

  /**
   * A generator of this generator's values transformed by a function.
   *
   * @param <R> the type of the results
   * @param mapper the function, pure
   * @return the mapped generator
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return (random, size) -> mapper.apply(generate(random, size));
  }

  /**
   * A generator that draws a value from this generator, then a value from the generator that the
   * function makes of it.
   *
   * @param <R> the type of the results
   * @param next the function from a value to the next generator, pure
   * @return the chained generator
   */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> next) {
    Objects.requireNonNull(next, "next");
    return (random, size) -> next.apply(generate(random, size)).generate(random, size);
  }

  /**
   * A generator of this generator's values that satisfy a predicate, trying at most {@value
   * #DEFAULT_FILTER_TRIES} times.
   *
   * @param predicate the condition a value must meet
   * @return the filtered generator
   * @see #filter(Predicate, int)
   */
  default Gen<T> filter(Predicate<? super T> predicate) {
    return filter(predicate, DEFAULT_FILTER_TRIES);
  }

  /**
   * A generator of this generator's values that satisfy a predicate: a bounded filter, which
   * draws again when a value fails and gives up with a {@link GenerationException} after {@code
   * maxTries} values failed. Prefer generating what is wanted directly; a filter suits rare
   * rejections.
   *
   * @param predicate the condition a value must meet
   * @param maxTries how many values to try, at least 1
   * @return the filtered generator
   */
  default Gen<T> filter(Predicate<? super T> predicate, int maxTries) {
    Objects.requireNonNull(predicate, "predicate");
    if (maxTries < 1) {
      throw new IllegalArgumentException("maxTries: must be at least 1, was " + maxTries);
    }
    return (random, size) -> {
      for (int i = 0; i < maxTries; i++) {
        T value = generate(random, size);
        if (predicate.test(value)) {
          return value;
        }
      }
      throw new GenerationException(
          "filter: no value met the predicate in " + maxTries + " tries (size " + size + ")");
    };
  }

  /**
   * This generator at a fixed size, whatever size it is asked for.
   *
   * @param size the size to use, at least 0
   * @return the generator at that size
   */
  default Gen<T> withSize(int size) {
    requireSize(size);
    return (random, ignored) -> generate(random, size);
  }

  /**
   * A generator of lists of this generator's values, of a length drawn uniformly from {@code min}
   * to {@code max}, both included.
   *
   * @param min the shortest length, at least 0
   * @param max the longest length, at least {@code min}
   * @return the list generator; its lists are unmodifiable
   */
  default Gen<List<T>> list(int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException(
          "list: lengths must satisfy 0 <= min <= max, were min " + min + ", max " + max);
    }
    return (random, size) -> {
      int n = min == max ? min : random.nextInt(min, max + 1);
      List<T> values = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        values.add(generate(random, size));
      }
      return List.copyOf(values);
    };
  }

  /**
   * A generator of lists of this generator's values whose length is drawn uniformly from 0 to
   * the size, both included.
   *
   * @return the list generator; its lists are unmodifiable
   */
  default Gen<List<T>> sizedList() {
    return (random, size) -> list(0, size).generate(random, size);
  }

  /**
   * A generator that always yields the same value.
   *
   * @param <T> the type of the value
   * @param value the value
   * @return the constant generator
   */
  static <T> Gen<T> constant(T value) {
    Objects.requireNonNull(value, "value");
    return (random, size) -> value;
  }

  /**
   * A generator of integers drawn uniformly from {@code min} to {@code max}, both included.
   *
   * @param min the smallest value
   * @param max the largest value, at least {@code min}
   * @return the generator
   */
  static Gen<Integer> ints(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException("ints: max " + max + " is less than min " + min);
    }
    return (random, size) -> min == max ? min : (int) random.nextLong(min, (long) max + 1);
  }

  /**
   * A generator of booleans, each {@code true} with probability one half.
   *
   * @return the generator
   */
  static Gen<Boolean> booleans() {
    return (random, size) -> random.nextBoolean();
  }

  /**
   * A generator that picks one of the given values uniformly.
   *
   * @param <T> the type of the values
   * @param values the values, at least one, none {@code null}
   * @return the generator
   */
  static <T> Gen<T> elements(Collection<? extends T> values) {
    List<T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("elements: needs at least one value");
    }
    return (random, size) -> copy.get(random.nextInt(copy.size()));
  }

  /**
   * A generator that picks one of the given values uniformly.
   *
   * @param <T> the type of the values
   * @param values the values, at least one, none {@code null}
   * @return the generator
   */
  @SafeVarargs
  static <T> Gen<T> elements(T... values) {
    List<T> copy = new ArrayList<>(values.length);
    for (T value : values) {
      copy.add(value);
    }
    return elements(copy);
  }

  /**
   * A generator that picks one of the given generators uniformly, then draws from it.
   *
   * @param <T> the type of the values
   * @param choices the generators, at least one
   * @return the generator
   */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... choices) {
    List<Gen<? extends T>> copy = new ArrayList<>(choices.length);
    for (Gen<? extends T> choice : choices) {
      copy.add(Objects.requireNonNull(choice, "choices: null generator"));
    }
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("oneOf: needs at least one generator");
    }
    return (random, size) -> copy.get(random.nextInt(copy.size())).generate(random, size);
  }

  /**
   * A generator that picks one of two generators with the given weights, then draws from it.
   *
   * @param <T> the type of the values
   * @param weightA the weight of {@code a}, at least 0
   * @param a the first generator
   * @param weightB the weight of {@code b}, at least 0; the two weights add up to at least 1
   * @param b the second generator
   * @return the generator
   */
  static <T> Gen<T> weighted(int weightA, Gen<? extends T> a, int weightB, Gen<? extends T> b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (weightA < 0 || weightB < 0 || (long) weightA + weightB < 1) {
      throw new IllegalArgumentException(
          "weighted: weights must be at least 0 and add up to at least 1, were "
              + weightA + " and " + weightB);
    }
    long total = (long) weightA + weightB;
    return (random, size) ->
        random.nextLong(total) < weightA ? a.generate(random, size) : b.generate(random, size);
  }

  private static void requireSize(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size: must be at least 0, was " + size);
    }
  }
}
