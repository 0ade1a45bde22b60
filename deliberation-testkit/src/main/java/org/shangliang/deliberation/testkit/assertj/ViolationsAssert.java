package org.shangliang.deliberation.testkit.assertj;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/**
 * Assertions on the violations of some codes in a report, made by {@link
 * ValidationReportAssert#hasOnly(String...)} and {@link ValidationReportAssert#has(String)}: where
 * in the record they are. A path is written as {@link Violation#path()} renders it ({@link
 * Path#toString()}): field names joined by dots, list indexes in brackets, such as {@code
 * meetings[0].attendance} or {@code topic.affectedUnits[1]}; the empty string is the whole record.
 *
 * <pre>{@code
 * assertThat(report).hasOnly("meeting.quorum.not-met").at("meetings[0].attendance");
 * assertThat(report).has("history.event-rejected").at("events[3]").and().isCompliant();
 * }</pre>
 *
 * <p>Like every AssertJ assertion object, it is meant for one assertion statement in one thread.
 */
public final class ViolationsAssert extends AbstractAssert<ViolationsAssert, ValidationReport> {
  private final Set<RuleCode> codes;
  private final Rendering rendering;
  private final ValidationReportAssert report;

  ViolationsAssert(
      ValidationReport actual,
      Set<RuleCode> codes,
      Rendering rendering,
      ValidationReportAssert report) {
    super(actual, ViolationsAssert.class);
    this.codes = Set.copyOf(codes);
    this.rendering = rendering;
    this.report = report;
    if (report.info.description() != null) {
      as(report.info.description());
    }
  }

  /**
   * Verifies that some violation of these codes is at a path.
   *
   * @param path the path as {@link Path#toString()} writes it, such as {@code
   *     meetings[0].attendance}; the empty string for the whole record
   * @return this assertion, to check another path
   * @throws AssertionError if no violation of these codes is at the path
   * @throws IllegalArgumentException if the text is not a path
   */
  public ViolationsAssert at(String path) {
    return at(Codes.path(path));
  }

  /**
   * Verifies that some violation of these codes is at a path.
   *
   * @param path the path
   * @return this assertion, to check another path
   * @throws AssertionError if no violation of these codes is at the path
   */
  public ViolationsAssert at(Path path) {
    Objects.requireNonNull(path, "path");
    Set<String> paths = new LinkedHashSet<>();
    for (Violation violation : actual.violations()) {
      if (codes.contains(violation.code())) {
        if (violation.path().equals(path)) {
          return myself;
        }
        paths.add(Rendering.path(violation.path()));
      }
    }
    failWithMessage(
        "%s",
        rendering.failure(
            "Expecting a violation of " + Rendering.codes(codes) + " at "
                + Rendering.path(path) + ", but "
                + (paths.isEmpty() ? "there is none" : "they are at " + paths)
                + ".",
            actual));
    return myself;
  }

  /**
   * Back to the assertions on the whole report.
   *
   * @return the report's assertion
   */
  public ValidationReportAssert and() {
    return report;
  }
}
