package org.shangliang.deliberation.testkit.assertj;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.testkit.Scenario;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.validation.Messages;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/**
 * How a failure message shows a report: each violation's severity, code and path, then its message
 * in English and in Chinese (instants in the zone, units named from the jurisdiction where known),
 * and, for a scenario, its seed and the line that rebuilds it. Immutable.
 */
final class Rendering {
  private static final String INDENT = "  ";

  private final ZoneId zone;
  private final Optional<Jurisdiction> jurisdiction;
  private final Optional<Scenario> scenario;

  private Rendering(ZoneId zone, Optional<Jurisdiction> jurisdiction, Optional<Scenario> scenario) {
    this.zone = zone;
    this.jurisdiction = jurisdiction;
    this.scenario = scenario;
  }

  /** Instants in UTC, units by id, no scenario. */
  static Rendering plain() {
    return new Rendering(ZoneOffset.UTC, Optional.empty(), Optional.empty());
  }

  /** The scenario's profile zone and jurisdiction, and its snippet. */
  static Rendering of(Scenario scenario) {
    return new Rendering(
        scenario.profile().zone(), Optional.of(scenario.jurisdiction()), Optional.of(scenario));
  }

  Rendering withZone(ZoneId newZone) {
    return new Rendering(Objects.requireNonNull(newZone, "zone"), jurisdiction, scenario);
  }

  Rendering withJurisdiction(Jurisdiction newJurisdiction) {
    return new Rendering(
        zone, Optional.of(Objects.requireNonNull(newJurisdiction, "jurisdiction")), scenario);
  }

  /** The first line of a failure followed by the report's violations and the scenario, if any. */
  String failure(String headline, ValidationReport report) {
    StringBuilder text = new StringBuilder(headline);
    List<Violation> violations = report.violations();
    if (violations.isEmpty()) {
      text.append("\nActual violations: none.");
    } else {
      text.append("\nActual violations (").append(violations.size()).append("):");
      int n = 1;
      for (Violation violation : violations) {
        text.append('\n').append(INDENT).append(n++).append(". ")
            .append(violation.severity()).append(' ').append(violation.code().value())
            .append(" at ").append(path(violation.path()));
        text.append('\n').append(INDENT).append(INDENT).append("  en: ")
            .append(render(violation, Locale.ENGLISH));
        text.append('\n').append(INDENT).append(INDENT).append("  zh: ")
            .append(render(violation, Locale.SIMPLIFIED_CHINESE));
      }
    }
    scenario.ifPresent(
        s -> {
          text.append("\nScenario: seed ").append(s.seed()).append(", size ").append(s.size())
              .append(", expected codes ").append(codes(s.expectedCodes()));
          text.append("\nRebuild it with: ").append(s.snippet());
        });
    return text.toString();
  }

  private String render(Violation violation, Locale locale) {
    return jurisdiction.isPresent()
        ? Messages.render(violation, locale, zone, jurisdiction.get())
        : Messages.render(violation, locale, zone);
  }

  /** A path as the report shows it, the root as {@code <root>}. */
  static String path(Path path) {
    return path.isRoot() ? "<root>" : path.toString();
  }

  /** Codes sorted, as text: {@code [a.b, c.d]}. */
  static String codes(Collection<RuleCode> codes) {
    return sorted(codes).toString();
  }

  /** Codes sorted by their text. */
  static List<String> sorted(Collection<RuleCode> codes) {
    Set<String> text = new TreeSet<>();
    for (RuleCode code : codes) {
      text.add(code.value());
    }
    return List.copyOf(text);
  }

  /** The distinct codes of a report's violations. */
  static Set<RuleCode> codesOf(ValidationReport report) {
    return report.violations().stream().map(Violation::code).collect(Collectors.toSet());
  }
}
