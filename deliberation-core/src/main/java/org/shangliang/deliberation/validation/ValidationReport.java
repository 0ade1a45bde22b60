package org.shangliang.deliberation.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a validator found in a record: every violation, in the order the rules ran (the profile's rule
 * order, then by position in the record), so reports are deterministic.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValidationReport {
  private static final ValidationReport EMPTY = new Builder().build();

  ValidationReport() {}

  /**
   * All violations.
   *
   * @return the violations, in a defined order
   */
  public abstract List<Violation> violations();

  /**
   * A report with no violation.
   *
   * @return the empty report
   */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /**
   * A report of violations.
   *
   * @param violations the violations, in order
   * @return the report
   */
  public static ValidationReport of(List<Violation> violations) {
    return violations.isEmpty() ? EMPTY : new Builder().addAllViolations(violations).build();
  }

  /**
   * Whether the record complies: it has no violation of severity {@link Severity#ERROR}. Warnings and
   * remarks do not make a record non-compliant.
   *
   * @return {@code true} if there is no error
   */
  public boolean isCompliant() {
    for (Violation violation : violations()) {
      if (violation.severity() == Severity.ERROR) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the report has no violation at all, of any severity.
   *
   * @return {@code true} if it is empty
   */
  public boolean isClean() {
    return violations().isEmpty();
  }

  /**
   * The violations of a severity, in report order.
   *
   * @param severity the severity
   * @return the violations
   */
  public List<Violation> violations(Severity severity) {
    List<Violation> found = new ArrayList<>();
    for (Violation violation : violations()) {
      if (violation.severity() == severity) {
        found.add(violation);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * The violations of a rule, in report order.
   *
   * @param code the rule's code
   * @return the violations
   */
  public List<Violation> violationsOf(RuleCode code) {
    List<Violation> found = new ArrayList<>();
    for (Violation violation : violations()) {
      if (violation.code().equals(code)) {
        found.add(violation);
      }
    }
    return Collections.unmodifiableList(found);
  }

  @Override
  public String toString() {
    return "ValidationReport" + violations();
  }

  /** A builder of reports. */
  public static final class Builder extends ImmutableValidationReport.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
