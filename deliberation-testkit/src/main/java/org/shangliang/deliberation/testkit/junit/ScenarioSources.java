package org.shangliang.deliberation.testkit.junit;

/**
 * The fixed defaults of {@link ValidScenarios}, {@link BreakingScenarios} and {@link EachRuleCode},
 * and the properties that override them for a deeper run.
 *
 * <p>A build runs the same scenarios every time: each source generates {@code count} scenarios
 * from consecutive seeds {@code seed}, {@code seed + 1}, … at its size, with the defaults below
 * unless the annotation sets its own. To run more (a nightly build, a search for a rare failure), or
 * other seeds, set
 *
 * <ul>
 *   <li>{@value #COUNT_PROPERTY}: how many scenarios every {@link ValidScenarios} and {@link
 *       BreakingScenarios} source generates, at least 1, in place of its annotation's count;
 *   <li>{@value #SEED_PROPERTY}: the first seed of every source, in place of its annotation's seed
 *       (any {@code long}).
 * </ul>
 *
 * <p>Each is read as a JUnit Platform configuration parameter (an entry of {@code
 * junit-platform.properties} or a launcher's configuration parameter) and, where there is none, as a
 * JVM system property ({@code mvn verify -Dshangliang.testkit.count=5000
 * -Dshangliang.testkit.seed=7}, or surefire's {@code <systemPropertyVariables>}). A value that is
 * not a number (or a count below 1) fails the test with a message naming the property. A failing
 * scenario's seed is in its display name and in the failure ({@link ScenarioReporting}), so it
 * reproduces without the property.
 */
public final class ScenarioSources {
  /** The property that overrides the count of every scenario source. */
  public static final String COUNT_PROPERTY = "shangliang.testkit.count";

  /** The property that overrides the first seed of every scenario source. */
  public static final String SEED_PROPERTY = "shangliang.testkit.seed";

  /** How many scenarios a source generates unless its annotation or the count property says. */
  public static final int DEFAULT_COUNT = 20;

  /** The first seed of a source unless its annotation or the seed property says. */
  public static final long DEFAULT_SEED = 20_260_101L;

  private ScenarioSources() {}
}
