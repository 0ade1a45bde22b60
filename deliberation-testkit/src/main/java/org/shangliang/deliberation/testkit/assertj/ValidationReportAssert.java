package org.shangliang.deliberation.testkit.assertj;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/**
 * Assertions on a {@link ValidationReport}, made by {@link
 * DeliberationAssertions#assertThat(ValidationReport)}. Every failure message lists the report's
 * violations with their severity, code and path, each rendered in English and in Chinese ({@link
 * org.shangliang.deliberation.validation.Messages#render}); instants are shown in UTC unless a zone
 * is given ({@link #withZone(ZoneId)}, {@link #withProfile(Profile)}), and for a report reached
 * through {@link ScenarioAssert#report()} in the profile's zone, with the scenario's seed and the
 * line that rebuilds it.
 *
 * <pre>{@code
 * assertThat(report).isClean();
 * assertThat(report).hasOnly("meeting.quorum.not-met").at("meetings[0].attendance");
 * assertThat(report).withProfile(Profiles.jinan()).has(RuleCodes.MEETING_QUORUM_NOT_MET)
 *     .and().doesNotHave("meeting.chair.not-convener");
 * }</pre>
 *
 * <p>Like every AssertJ assertion object, it is meant for one assertion statement in one thread:
 * {@code as(…)} and the {@code with…} methods change it and return it.
 */
public final class ValidationReportAssert
    extends AbstractAssert<ValidationReportAssert, ValidationReport> {
  private Rendering rendering;

  ValidationReportAssert(ValidationReport actual, Rendering rendering) {
    super(actual, ValidationReportAssert.class);
    this.rendering = rendering;
  }

  /**
   * Shows instants in failure messages in a time zone, e.g. {@code 2026-11-20 19:40 +08:00}.
   *
   * @param zone the zone, such as a profile's
   * @return this assertion
   */
  public ValidationReportAssert withZone(ZoneId zone) {
    rendering = rendering.withZone(Objects.requireNonNull(zone, "zone"));
    return myself;
  }

  /**
   * Shows instants in failure messages in a profile's zone.
   *
   * @param profile the profile whose rules made the report
   * @return this assertion
   */
  public ValidationReportAssert withProfile(Profile profile) {
    return withZone(Objects.requireNonNull(profile, "profile").zone());
  }

  /**
   * Names units in failure messages from a unit tree, next to their ids.
   *
   * @param jurisdiction the unit tree the record's units belong to
   * @return this assertion
   */
  public ValidationReportAssert withJurisdiction(Jurisdiction jurisdiction) {
    rendering = rendering.withJurisdiction(Objects.requireNonNull(jurisdiction, "jurisdiction"));
    return myself;
  }

  /**
   * Verifies that the report is compliant as {@link ValidationReport#isCompliant()} defines it: no
   * violation of severity {@link Severity#ERROR}; warnings and remarks are allowed. To allow none of
   * them either, use {@link #isClean()}.
   *
   * @return this assertion
   * @throws AssertionError if the report has an error
   */
  public ValidationReportAssert isCompliant() {
    isNotNull();
    if (!actual.isCompliant()) {
      List<Violation> errors = actual.violations(Severity.ERROR);
      fail(
          "Expecting the report to be compliant (no violation of severity ERROR), but it has "
              + count(errors.size(), "error") + " of the codes "
              + Rendering.codes(codesOf(errors)) + ".");
    }
    return myself;
  }

  /**
   * Verifies that the report has no violation at all, of any severity ({@link
   * ValidationReport#isClean()}): what a valid scenario's report is.
   *
   * @return this assertion
   * @throws AssertionError if the report has a violation
   */
  public ValidationReportAssert isClean() {
    isNotNull();
    if (!actual.isClean()) {
      fail(
          "Expecting the report to be clean (no violation of any severity), but it has "
              + count(actual.violations().size(), "violation") + " of the codes "
              + Rendering.codes(Rendering.codesOf(actual)) + ".");
    }
    return myself;
  }

  /**
   * Verifies that the report holds exactly these codes, each at least once, of any severity, and
   * no other code.
   *
   * @param codes the codes' text, such as {@code "meeting.quorum.not-met"}, at least one
   * @return assertions on the violations of these codes, such as {@link ViolationsAssert#at(String)}
   * @throws AssertionError if a code is missing or another code is reported
   * @throws IllegalArgumentException if no code is given or a text is not a rule code
   */
  public ViolationsAssert hasOnly(String... codes) {
    return hasOnly(Codes.codes("codes", codes));
  }

  /**
   * Verifies that the report holds exactly these codes, each at least once, of any severity, and
   * no other code.
   *
   * @param codes the codes, at least one
   * @return assertions on the violations of these codes, such as {@link ViolationsAssert#at(String)}
   * @throws AssertionError if a code is missing or another code is reported
   * @throws IllegalArgumentException if no code is given
   */
  public ViolationsAssert hasOnly(RuleCode... codes) {
    return hasOnly(Codes.codes("codes", codes));
  }

  private ViolationsAssert hasOnly(Set<RuleCode> codes) {
    isNotNull();
    exactly(codes, "only the codes " + Rendering.codes(codes) + " (each at least once)");
    return new ViolationsAssert(actual, codes, rendering, this);
  }

  /**
   * Verifies that the report holds exactly a set of codes, each at least once, of any severity,
   * and no other code; for an empty set, that the report is clean.
   *
   * @param codes the codes, for instance a scenario's {@link
   *     org.shangliang.deliberation.testkit.Scenario#expectedCodes()}
   * @return this assertion
   * @throws AssertionError if a code is missing or another code is reported
   */
  public ValidationReportAssert hasExactlyCodes(Set<RuleCode> codes) {
    Objects.requireNonNull(codes, "codes");
    isNotNull();
    for (RuleCode code : codes) {
      Objects.requireNonNull(code, "codes: null code");
    }
    exactly(codes, "exactly the codes " + Rendering.codes(codes));
    return myself;
  }

  /**
   * Verifies that the report holds a code at least once, of any severity, whatever else it holds.
   *
   * @param code the code's text, such as {@code "meeting.quorum.not-met"}
   * @return assertions on the violations of this code, such as {@link ViolationsAssert#at(String)}
   * @throws AssertionError if the code is not reported
   * @throws IllegalArgumentException if the text is not a rule code
   */
  public ViolationsAssert has(String code) {
    return has(Codes.code("code", code));
  }

  /**
   * Verifies that the report holds a code at least once, of any severity, whatever else it holds.
   *
   * @param code the code
   * @return assertions on the violations of this code, such as {@link ViolationsAssert#at(String)}
   * @throws AssertionError if the code is not reported
   */
  public ViolationsAssert has(RuleCode code) {
    Objects.requireNonNull(code, "code");
    isNotNull();
    if (actual.violationsOf(code).isEmpty()) {
      fail("Expecting the report to have the code " + code.value() + ", but it does not.");
    }
    return new ViolationsAssert(actual, Set.of(code), rendering, this);
  }

  /**
   * Verifies that the report holds no violation of a code.
   *
   * @param code the code's text, such as {@code "meeting.quorum.not-met"}
   * @return this assertion
   * @throws AssertionError if the code is reported
   * @throws IllegalArgumentException if the text is not a rule code
   */
  public ValidationReportAssert doesNotHave(String code) {
    return doesNotHave(Codes.code("code", code));
  }

  /**
   * Verifies that the report holds no violation of a code.
   *
   * @param code the code
   * @return this assertion
   * @throws AssertionError if the code is reported
   */
  public ValidationReportAssert doesNotHave(RuleCode code) {
    Objects.requireNonNull(code, "code");
    isNotNull();
    int found = actual.violationsOf(code).size();
    if (found > 0) {
      fail(
          "Expecting the report not to have the code " + code.value() + ", but it has "
              + count(found, "violation") + " of it.");
    }
    return myself;
  }

  private void exactly(Set<RuleCode> expected, String what) {
    Set<RuleCode> reported = Rendering.codesOf(actual);
    if (reported.equals(expected)) {
      return;
    }
    List<RuleCode> missing = new ArrayList<>(expected);
    missing.removeAll(reported);
    List<RuleCode> unexpected = new ArrayList<>(reported);
    unexpected.removeAll(expected);
    StringBuilder headline = new StringBuilder("Expecting the report to have ").append(what)
        .append(", but");
    if (!missing.isEmpty()) {
      headline.append(" it lacks ").append(Rendering.codes(missing));
    }
    if (!unexpected.isEmpty()) {
      headline.append(missing.isEmpty() ? "" : " and").append(" it also has ")
          .append(Rendering.codes(unexpected));
    }
    headline.append('.');
    throw failureWithActualExpected(
        Rendering.sorted(reported),
        Rendering.sorted(expected),
        "%s",
        rendering.failure(headline.toString(), actual));
  }

  private void fail(String headline) {
    failWithMessage("%s", rendering.failure(headline, actual));
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static List<RuleCode> codesOf(List<Violation> violations) {
    List<RuleCode> codes = new ArrayList<>();
    for (Violation violation : violations) {
      codes.add(violation.code());
    }
    return codes;
  }
}
