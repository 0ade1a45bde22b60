package org.shangliang.deliberation.testkit.assertj;

import org.shangliang.deliberation.testkit.Scenario;
import org.shangliang.deliberation.validation.ValidationReport;

/**
 * The entry point of the AssertJ assertions on validation reports and scenarios. Import its {@code
 * assertThat} statically beside AssertJ's own: the two overload without ambiguity.
 *
 * <pre>{@code
 * import static org.assertj.core.api.Assertions.assertThat;
 * import static org.shangliang.deliberation.testkit.assertj.DeliberationAssertions.assertThat;
 *
 * assertThat(scenario).isClean();
 * assertThat(report).hasOnly("meeting.quorum.not-met").at("meetings[0].attendance");
 * }</pre>
 */
public final class DeliberationAssertions {
  private DeliberationAssertions() {}

  /**
   * Assertions on a report. Failure messages show instants in UTC unless a zone is given ({@link
   * ValidationReportAssert#withProfile}).
   *
   * @param actual the report
   * @return the assertion
   */
  public static ValidationReportAssert assertThat(ValidationReport actual) {
    return new ValidationReportAssert(actual, Rendering.plain());
  }

  /**
   * Assertions on a scenario: its record validated at its instant by its profile's validator.
   *
   * @param actual the scenario
   * @return the assertion
   */
  public static ScenarioAssert assertThat(Scenario actual) {
    return new ScenarioAssert(actual);
  }
}
