package org.shangliang.deliberation.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.shangliang.deliberation.validation.Messages;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/** Asserts that a scenario is compliant, printing its snippet and report when it is not. */
final class Compliance {
  private Compliance() {}

  static void assertCompliant(Scenario scenario) {
    ValidationReport report = scenario.validate();
    assertThat(report.violations()).as(() -> describe(scenario, report)).isEmpty();
  }

  static String describe(Scenario scenario, ValidationReport report) {
    StringBuilder text = new StringBuilder(scenario.snippet()).append(" is not compliant:");
    for (Violation v : report.violations()) {
      text.append("\n  ").append(v.code().value()).append(" @ ").append(v.path()).append(": ")
          .append(Messages.render(v, Locale.ENGLISH, scenario.profile().zone()));
    }
    return text.toString();
  }
}
