package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/** Assertions on reports used by the rule tests. */
final class ReportAssert {
  private ReportAssert() {}

  /** Asserts the report has no violation at all. */
  static void assertClean(ValidationReport report) {
    assertThat(report.violations()).as("violations").isEmpty();
    assertThat(report.isCompliant()).isTrue();
  }

  /**
   * Asserts the report has exactly the given violations of one code, at the given paths, and no
   * violation of any other code; returns them.
   */
  static List<Violation> assertOnly(ValidationReport report, RuleCode code, String... paths) {
    assertThat(report.violations().stream().map(v -> v.code()).distinct().collect(Collectors.toList()))
        .as("codes in %s", report)
        .containsExactly(code);
    assertThat(report.violations().stream().map(v -> v.path().toString()).collect(Collectors.toList()))
        .as("paths in %s", report)
        .containsExactly(paths);
    return report.violations();
  }

  /** Asserts the only violation has this code, path and severity; returns it. */
  static Violation assertSingle(ValidationReport report, RuleCode code, String path, Severity severity) {
    List<Violation> violations = assertOnly(report, code, path);
    assertThat(violations.get(0).severity()).isEqualTo(severity);
    return violations.get(0);
  }
}
