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
   * The message arguments, {@code {0}}, {@code {1}}, … in the rule's messages; never personal data.
   * They are immutable values: text, whole or exact numbers ({@code Integer}, {@code Long}, {@code
   * BigInteger}, {@code BigDecimal}…), enums, {@code java.time} values, ids ({@code PartyId}, {@code
   * UnitId}, {@code TopicId}, {@code DeliberationId}), {@link RuleCode}, {@link Path}, {@link
   * org.shangliang.deliberation.LocalizedText}, {@link org.shangliang.deliberation.decision.Fraction}
   * and {@link org.shangliang.deliberation.topic.PublicFunds}. A collection or an array given as an
   * argument is copied, when the violation is built, into an immutable list in its iteration order,
   * so a violation never shares a mutable object with the code that built it. Any other type is
   * refused when the violation is built, with an {@link
   * org.shangliang.deliberation.InvalidModelException} naming the argument ({@code args[1]}).
   *
   * @return the arguments, immutable
   */
  public abstract List<Object> args();

  /**
   * Where the rule comes from, e.g. {@code Jinan 2018 (人民网, 2018-09-13), 议题选择;
   * docs/domain.md#admission-of-a-topic}.
   *
   * @return the source
   */
  public abstract String source();

  /** Checks the source and copies mutable arguments (collections, arrays) into immutable lists. */
  @Value.Check
  Violation normalize() {
    Checks.notBlank("violation.source", source());
    List<Object> args = Arguments.copy(args());
    if (args == args()) {
      return this;
    }
    return new Builder()
        .code(code())
        .severity(severity())
        .path(path())
        .addAllArgs(args)
        .source(source())
        .build();
  }

  @Override
  public String toString() {
    return severity() + " " + code() + " at " + (path().isRoot() ? "<root>" : path()) + " " + args();
  }

  /**
   * A builder of violations; every field but {@code args} is required. Arguments are checked and
   * copied when the violation is built (see {@link Violation#args()}).
   */
  public static final class Builder extends ImmutableViolation.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
