package org.shangliang.deliberation.testkit.assertj;

import org.assertj.core.api.AbstractAssert;
import org.shangliang.deliberation.testkit.Scenario;
import org.shangliang.deliberation.validation.ValidationReport;

/**
 * Assertions on a {@link Scenario}, made by {@link DeliberationAssertions#assertThat(Scenario)}: the
 * scenario's record is validated once, at the scenario's instant, by its profile's validator, and
 * the assertions judge that report. Every failure message lists the report's violations rendered in
 * English and in Chinese (instants in the profile's zone, units named from the scenario's
 * jurisdiction), the scenario's seed and the one line that rebuilds it ({@link Scenario#snippet()}).
 *
 * <pre>{@code
 * assertThat(Scenarios.valid(Profiles.jinan()).generate(42L)).isClean();
 * assertThat(Scenarios.breaking(Profiles.jinan(), "meeting.quorum.not-met").generate(7L))
 *     .reportsExactlyItsExpectedCodes()
 *     .report().has("meeting.quorum.not-met").at("meetings[0].attendance");
 * }</pre>
 *
 * <p>Like every AssertJ assertion object, it is meant for one assertion statement in one thread.
 */
public final class ScenarioAssert extends AbstractAssert<ScenarioAssert, Scenario> {
  private ValidationReport report;

  ScenarioAssert(Scenario actual) {
    super(actual, ScenarioAssert.class);
  }

  /**
   * Verifies that the scenario's report is compliant as {@link ValidationReport#isCompliant()}
   * defines it: no violation of severity {@code ERROR}; warnings and remarks are allowed. To allow
   * none of them either (as a valid scenario promises), use {@link #isClean()}.
   *
   * @return this assertion
   * @throws AssertionError if the report has an error
   */
  public ScenarioAssert isCompliant() {
    report().isCompliant();
    return myself;
  }

  /**
   * Verifies that the scenario's report has no violation at all, of any severity: what {@link
   * org.shangliang.deliberation.testkit.Scenarios#valid} promises.
   *
   * @return this assertion
   * @throws AssertionError if the report has a violation
   */
  public ScenarioAssert isClean() {
    report().isClean();
    return myself;
  }

  /**
   * Verifies that the scenario's report holds exactly the codes it declares ({@link
   * Scenario#expectedCodes()}), each at least once, and no other; for a valid scenario, that its
   * report is clean.
   *
   * @return this assertion
   * @throws AssertionError if a declared code is missing or another code is reported
   */
  public ScenarioAssert reportsExactlyItsExpectedCodes() {
    ValidationReportAssert assertion = report();
    if (actual.expectedCodes().isEmpty()) {
      assertion.isClean();
    } else {
      assertion.hasExactlyCodes(actual.expectedCodes());
    }
    return myself;
  }

  /**
   * Assertions on the scenario's report, which render failures in the profile's zone with the
   * scenario's snippet.
   *
   * @return the report's assertion
   */
  public ValidationReportAssert report() {
    isNotNull();
    if (report == null) {
      report = actual.validate();
    }
    ValidationReportAssert assertion = new ValidationReportAssert(report, Rendering.of(actual));
    if (info.description() != null) {
      assertion.as(info.description());
    }
    return assertion;
  }
}
