package org.shangliang.deliberation.validation;

import java.util.List;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.Path;

/**
 * One broken rule: its code, severity, where in the record, the arguments its message needs, and the
 * rule's source (its public article and docs/domain.md section). A violation holds no text: render
 * it with {@link Messages#render(Violation, java.util.Locale)}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Violation {
  Violation() {}

  /**
   * The rule's code.
   *
   * @return the code
   */
  public abstract RuleCode code();

  /**
   * The severity, after the profile's overrides.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Where in the record.
   *
   * @return the path
   */
  public abstract Path path();

  /**
   * The message arguments, {@code {0}}, {@code {1}}, … in the rule's messages; immutable values such
   * as ids, enums, dates and numbers. Never personal data.
   *
   * @return the arguments
   */
  public abstract List<Object> args();

  /**
   * Where the rule comes from, e.g. {@code Jinan 2018 (人民网, 2018-09-13), 议题选择;
   * docs/domain.md#admission-of-a-topic}.
   *
   * @return the source
   */
  public abstract String source();

  @Value.Check
  void check() {
    Checks.notBlank("violation.source", source());
  }

  @Override
  public String toString() {
    return severity() + " " + code() + " at " + (path().isRoot() ? "<root>" : path()) + " " + args();
  }

  /** A builder of violations; every field but {@code args} is required. */
  public static final class Builder extends ImmutableViolation.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
