package org.shangliang.deliberation.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.shangliang.deliberation.testkit.Scenario;
import org.shangliang.deliberation.testkit.ScenarioGen;
import org.shangliang.deliberation.testkit.Scenarios;

/**
 * Provides a {@code @ParameterizedTest} with scenarios that break one rule of a profile ({@link
 * Scenarios#breaking(org.shangliang.deliberation.profile.Profile, String)}): {@link #count()}
 * {@link Scenario}s from consecutive seeds starting at {@link #seed()}, each declaring in {@link
 * Scenario#expectedCodes()} every code its report holds; each is one argument, its display name the
 * profile's id, the code and the seed ({@code jinan, meeting.quorum.not-met, seed 20260101}). A
 * failing invocation's failure carries the scenario's seed and the line that rebuilds it ({@link
 * ScenarioReporting}, applied by this annotation).
 *
 * <pre>{@code
 * @ParameterizedTest
 * @BreakingScenarios(profile = "jinan", code = "meeting.quorum.not-met")
 * void quorumIsReported(Scenario scenario) {
 *   assertThat(scenario).reportsExactlyItsExpectedCodes();
 * }
 * }</pre>
 *
 * <p>Give exactly one of {@link #profile()} and {@link #profileMethod()}. A code that is not a rule
 * code, has no breaking generator, or that the profile cannot break ({@link
 * Scenarios#whyNotBreakable}) fails the test with the reason. The count and seed are fixed unless
 * the properties of {@link ScenarioSources} override them.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(BreakingScenariosProvider.class)
@ExtendWith(ScenarioReporting.class)
public @interface BreakingScenarios {
  /**
   * The id of a built-in profile: {@code jinan}, {@code haidian}, {@code bishan} or {@code
   * jinan-owners-example}.
   *
   * @return the id, or empty when {@link #profileMethod()} names the profile
   */
  String profile() default "";

  /**
   * The name of a static method without parameters that returns the profile: a method of the test
   * class (or a class enclosing it), or {@code com.example.CityProfiles#weekly} for one of another
   * class.
   *
   * @return the method's name, or empty when {@link #profile()} names the profile
   */
  String profileMethod() default "";

  /**
   * The code of the rule to break, such as {@code meeting.quorum.not-met}.
   *
   * @return the code's text
   */
  String code();

  /**
   * How many scenarios, at least 1; the property {@value ScenarioSources#COUNT_PROPERTY} overrides
   * it.
   *
   * @return the count
   */
  int count() default ScenarioSources.DEFAULT_COUNT;

  /**
   * The first seed; the property {@value ScenarioSources#SEED_PROPERTY} overrides it.
   *
   * @return the seed
   */
  long seed() default ScenarioSources.DEFAULT_SEED;

  /**
   * The size of each scenario (about how many parties), at least 0.
   *
   * @return the size
   */
  int size() default ScenarioGen.DEFAULT_SIZE;
}
