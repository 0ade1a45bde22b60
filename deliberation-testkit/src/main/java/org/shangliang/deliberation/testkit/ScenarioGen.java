package org.shangliang.deliberation.testkit;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.unit.Jurisdiction;

/**
 * A generator of {@link Scenario}s that remembers how to make each one again: every scenario
 * carries its seed and size, and {@code generate(seed, size)} rebuilds it, so a failing case is
 * reproduced by one line ({@link Scenario#snippet()}).
 *
 * <p>Scenario {@code seed} is made from {@code new SplittableRandom(seed)}; as a {@link Gen} it
 * draws the seed from the random source it is given, so it composes with other generators and
 * each scenario still carries a seed of its own. Immutable and thread-safe.
 *
 * <p>The generators of {@link Scenarios#valid(org.shangliang.deliberation.profile.Profile)} and
 * {@link Scenarios#breaking(org.shangliang.deliberation.profile.Profile,
 * org.shangliang.deliberation.validation.RuleCode)} can also generate their scenarios over a unit
 * tree and a work calendar the caller gives ({@link #over(Jurisdiction, WorkCalendar)}), so that
 * many records share one tree and one calendar.
 */
public final class ScenarioGen implements Gen<Scenario> {
  /** The size a scenario is generated at when none is given: about 20 parties. */
  public static final int DEFAULT_SIZE = 20;

  private final String recipe;
  private final int defaultSize;
  private final ScenarioFactory factory;
  /** The recipe without {@code .over(…)}, or null if the generator cannot be moved over a tree. */
  private final String baseRecipe;
  /** The factory over a given tree and calendar (may refuse them), or null. */
  private final BiFunction<Jurisdiction, WorkCalendar, ScenarioFactory> over;

  private ScenarioGen(
      String recipe,
      int defaultSize,
      ScenarioFactory factory,
      String baseRecipe,
      BiFunction<Jurisdiction, WorkCalendar, ScenarioFactory> over) {
    this.recipe = recipe;
    this.defaultSize = defaultSize;
    this.factory = factory;
    this.baseRecipe = baseRecipe;
    this.over = over;
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
    return new ScenarioGen(recipe, DEFAULT_SIZE, factory, null, null);
  }

  /**
   * A scenario generator that can also generate over a given tree and calendar.
   *
   * @param recipe the Java expression that makes the generator
   * @param factory what makes each scenario
   * @param over what makes each scenario over a given tree and calendar; it refuses a tree or
   *     calendar it cannot use by an {@link IllegalArgumentException}
   * @return the generator, at {@link #DEFAULT_SIZE}
   */
  static ScenarioGen movable(
      String recipe,
      ScenarioFactory factory,
      BiFunction<Jurisdiction, WorkCalendar, ScenarioFactory> over) {
    return new ScenarioGen(recipe, DEFAULT_SIZE, factory, recipe, Objects.requireNonNull(over));
  }

  /**
   * This generator over a unit tree and a work calendar the caller gives, instead of a tree and a
   * calendar of each scenario's own: every scenario it makes carries the given ones (its {@link
   * Scenario#jurisdiction()} and {@link Scenario#calendar()} are they, its validator uses them),
   * its record names only units of the tree, and its household links, where the profile requires
   * linked members, link members to units of the tree. Each record is deliberated at a unit drawn
   * uniformly among the tree's units of its tier level, so the records of many seeds spread over
   * the tree. The same seed and size give the same scenario over the same tree and calendar.
   *
   * <pre>{@code
   * Jurisdiction province = Generators.province(7L, 5_000);
   * WorkCalendar calendar = Generators.workCalendars(2020, 2031).sample(7L, 0);
   * ScenarioGen valid = Scenarios.valid(Profiles.jinan()).over(province, calendar);
   * Scenario s = valid.generate(42L);
   * s.jurisdiction() == province; // true
   * }</pre>
   *
   * <p>The tree must have, at every tier level of the profile, a unit that lies below a unit at
   * every higher tier level (the unit trees of {@link Generators#jurisdictions} and {@link
   * Generators#province} have). A record is raised in 2021 to 2028 and its dates follow within
   * months; the calendar a scenario of its own gets covers the year before the raising to the third
   * after it, so a calendar with the caller's holidays from 2020 to 2031 covers as much ({@code
   * Generators.workCalendars(2020, 2031).sample(seed, 0)} is one; {@link
   * WorkCalendar#weekendsOnly()}, Monday to Friday, serves as well). Called on a generator made by
   * {@code over}, it replaces the tree and calendar. The default size stays.
   *
   * @param jurisdiction the unit tree every scenario shares
   * @param calendar the work calendar every scenario shares
   * @return the generator; its recipe, and so each scenario's {@link Scenario#snippet()}, is this
   *     one's followed by {@code .over(jurisdiction, calendar)}, with comments saying that both are
   *     given by the caller and how many units the tree has
   * @throws IllegalArgumentException if the tree has no such unit at a tier level of the profile
   *     (the message names {@code jurisdiction} and the level), or if this generator breaks a rule
   *     by replacing the tree (see {@link Scenarios#canBreakOver})
   * @throws UnsupportedOperationException if this generator was made by {@link #of} with a factory
   *     of its own
   */
  public ScenarioGen over(Jurisdiction jurisdiction, WorkCalendar calendar) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(calendar, "calendar");
    if (over == null) {
      throw new UnsupportedOperationException(
          "over: "
              + recipe
              + " was made by ScenarioGen.of with a factory of its own; only the generators of"
              + " Scenarios.valid and Scenarios.breaking generate over a given jurisdiction");
    }
    ScenarioFactory moved = over.apply(jurisdiction, calendar);
    String movedRecipe =
        baseRecipe
            + ".over(jurisdiction /* given: "
            + jurisdiction.units().size()
            + " units */, calendar /* given */)";
    return new ScenarioGen(movedRecipe, defaultSize, moved, baseRecipe, over);
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
    return new ScenarioGen(recipe, size, factory, baseRecipe, over);
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
