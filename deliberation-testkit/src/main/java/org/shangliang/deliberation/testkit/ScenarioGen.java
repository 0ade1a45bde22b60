package org.shangliang.deliberation.testkit;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A generator of {@link Scenario}s that remembers how to make each one again: every scenario
 * carries its seed and size, and {@code generate(seed, size)} rebuilds it, so a failing case is
 * reproduced by one line ({@link Scenario#snippet()}).
 *
 * <p>Scenario {@code seed} is made from {@code new SplittableRandom(seed)}; as a {@link Gen} it
 * draws the seed from the random source it is given, so it composes with other generators and
 * each scenario still carries a seed of its own. Immutable and thread-safe.
 */
public final class ScenarioGen implements Gen<Scenario> {
  /** The size a scenario is generated at when none is given: about 20 parties. */
  public static final int DEFAULT_SIZE = 20;

  private final String recipe;
  private final int defaultSize;
  private final ScenarioFactory factory;

  private ScenarioGen(String recipe, int defaultSize, ScenarioFactory factory) {
    this.recipe = recipe;
    this.defaultSize = defaultSize;
    this.factory = factory;
  }

  /**
   * A scenario generator.
   *
   * @param recipe a Java expression that makes this generator, for {@link Scenario#snippet()}
   *     (for example {@code Scenarios.valid(Profiles.jinan())})
   * @param factory what makes each scenario
   * @return the generator, at {@link #DEFAULT_SIZE}
   */
  public static ScenarioGen of(String recipe, ScenarioFactory factory) {
    Objects.requireNonNull(recipe, "recipe");
    Objects.requireNonNull(factory, "factory");
    if (recipe.isBlank()) {
      throw new IllegalArgumentException("recipe: must not be blank");
    }
    return new ScenarioGen(recipe, DEFAULT_SIZE, factory);
  }

  /**
   * The Java expression that makes this generator.
   *
   * @return the recipe
   */
  public String recipe() {
    return recipe;
  }

  /**
   * The size {@link #generate(long)} uses.
   *
   * @return the default size
   */
  public int defaultSize() {
    return defaultSize;
  }

  /**
   * This generator with another default size.
   *
   * @param size the size {@link #generate(long)} and {@link #scenarios(long, int)} use, at least 0
   * @return the generator
   */
  public ScenarioGen withDefaultSize(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size: must be at least 0, was " + size);
    }
    return new ScenarioGen(recipe, size, factory);
  }

  /**
   * The scenario of a seed at the default size.
   *
   * @param seed the seed
   * @return the scenario
   */
  public Scenario generate(long seed) {
    return generate(seed, defaultSize);
  }

  /**
   * The scenario of a seed and size; the same for the same seed and size.
   *
   * @param seed the seed
   * @param size the size, at least 0
   * @return the scenario
   */
  public Scenario generate(long seed, int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size: must be at least 0, was " + size);
    }
    ScenarioParts parts = factory.make(new SplittableRandom(seed), size);
    return Scenario.generated(this, seed, size, parts);
  }

  /**
   * Draws a seed from the random source and generates that seed's scenario.
   *
   * @param random the source of the seed
   * @param size the size
   * @return the scenario
   */
  @Override
  public Scenario generate(RandomGenerator random, int size) {
    return generate(random.nextLong(), size);
  }

  /**
   * The scenarios of {@code count} consecutive seeds from {@code firstSeed}, at the default size.
   *
   * @param firstSeed the first seed
   * @param count how many, at least 0
   * @return a sequential stream of scenarios
   */
  public Stream<Scenario> scenarios(long firstSeed, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count: must be at least 0, was " + count);
    }
    return LongStream.range(0, count).mapToObj(i -> generate(firstSeed + i));
  }

  /**
   * The recipe.
   *
   * @return the recipe
   */
  @Override
  public String toString() {
    return recipe;
  }
}
