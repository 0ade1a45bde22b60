package org.shangliang.deliberation.rules;

import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;

/**
 * A procedure rule: it looks at a record in a {@link RuleContext} and reports each place the record
 * breaks it with {@link RuleContext#report}. A rule never throws for a broken rule, never reads the
 * clock (use {@link RuleContext#now()}) and never logs personal data.
 *
 * <p>A record's lists may arrive in any order: a rule that depends on order reads a list in time order
 * through the context ({@link RuleContext#stepsInTimeOrder()} …) and reports the element's position as
 * given.
 *
 * <p>Should a rule throw anyway (a {@link RuntimeException}), the validator does not lose the report:
 * it drops what the rule reported in that call, reports one {@link RuleCodes#RULE_FAILED rule.failed}
 * violation (an error naming the rule's code and the exception's class, never its message), logs a
 * warning and runs the next rule. So an exception's message must not be the way a rule reports
 * anything.
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
   * @throws RuntimeException only by mistake: the validator reports it as {@code rule.failed} instead
   *     of the rule's violations, and runs the other rules
   */
  void check(RuleContext context);
}
