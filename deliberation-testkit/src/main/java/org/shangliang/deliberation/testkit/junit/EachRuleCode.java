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
 * Provides a {@code @ParameterizedTest} with one scenario per rule a profile can break: for each
 * code of {@link org.shangliang.deliberation.rules.RuleCodes#all()}, in that order, that has a
 * breaking generator and that the profile allows breaking ({@link Scenarios#canBreak}), the {@link
 * Scenario} of {@code Scenarios.breaking(profile, code)} at {@link #seed()}. Its display name is the
 * profile's id, the code and the seed ({@code haidian, meeting.quorum.not-met, seed 20260101}). A
 * failing invocation's failure carries the scenario's seed and the line that rebuilds it ({@link
 * ScenarioReporting}, applied by this annotation).
 *
 * <pre>{@code
 * @ParameterizedTest
 * @EachRuleCode(profileMethod = "cityProfile")
 * void everyRuleOurProfileRunsIsReported(Scenario scenario) {
 *   assertThat(scenario).reportsExactlyItsExpectedCodes();
 * }
 * }</pre>
 *
 * <p>Give exactly one of {@link #profile()} and {@link #profileMethod()}. A profile that allows
 * breaking no rule yields no scenario, which JUnit reports as an error unless the test says {@code
 * @ParameterizedTest(allowZeroInvocations = true)}. The seed is fixed unless the property {@value
 * ScenarioSources#SEED_PROPERTY} overrides it; the count property does not apply (one scenario per
 * code).
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(EachRuleCodeProvider.class)
@ExtendWith(ScenarioReporting.class)
public @interface EachRuleCode {
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
   * The seed of every code's scenario; the property {@value ScenarioSources#SEED_PROPERTY}
   * overrides it.
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
