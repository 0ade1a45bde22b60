package org.shangliang.deliberation.validation;

import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.internal.Checks;

/**
 * The stable code of a rule, e.g. {@code topic.settled-elsewhere.admitted}: lower-case dotted
 * segments of letters, digits and hyphens, at least two segments. Codes are API: a built-in code is
 * never renamed or reused. {@link #parse(String)} and {@link #toString()} round-trip.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class RuleCode implements Comparable<RuleCode> {
  private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

  RuleCode() {}

  /**
   * The code text.
   *
   * @return the text
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Creates a code.
   *
   * @param value the code text, e.g. {@code meeting.stage.order}
   * @return the code
   * @throws InvalidModelException if the text is not lower-case dotted segments
   */
  public static RuleCode of(String value) {
    return ImmutableRuleCode.of(value);
  }

  /**
   * Parses the form written by {@link #toString()}.
   *
   * @param text the code text
   * @return the code
   * @throws InvalidModelException as for {@link #of(String)}
   */
  public static RuleCode parse(String text) {
    return of(text);
  }

  @Value.Check
  void check() {
    if (value().length() > 128 || !FORM.matcher(value()).matches()) {
      throw new InvalidModelException(
          Path.of("value"),
          "must be lower-case dotted segments such as topic.category.unknown, at most 128"
              + " characters, was "
              + Checks.quote(value()));
    }
  }

  @Override
  public int compareTo(RuleCode other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
