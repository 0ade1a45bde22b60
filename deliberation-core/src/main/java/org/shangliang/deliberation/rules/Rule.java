package org.shangliang.deliberation.rules;

import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;

/**
 * A procedure rule: it looks at a record in a {@link RuleContext} and reports each place the record
 * breaks it with {@link RuleContext#report}. A rule never throws for a broken rule, never reads the
 * clock (use {@link RuleContext#now()}) and never logs personal data.
 *
 * <p>Implementations must be immutable and thread-safe: a validator runs the same rule instance for
 * many records, possibly at once.
 */
public interface Rule {
  /**
   * The rule's stable code, e.g. {@code topic.settled-elsewhere.admitted}.
   *
   * @return the code
   */
  RuleCode code();

  /**
   * The severity of the rule's violations unless the profile changes it.
   *
   * @return the default severity
   */
  Severity defaultSeverity();

  /**
   * Where the rule comes from: for a built-in rule, its public source article and the section of
   * docs/domain.md; for a user's rule, the user's own reference.
   *
   * @return the source, not blank
   */
  String source();

  /**
   * Checks the record in the context and reports every violation.
   *
   * @param context the record, profile, jurisdiction, calendar and instant; and the place to report
   */
  void check(RuleContext context);
}
