package org.shangliang.deliberation.rules.internal;

import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;

/** Base of rules that look at the recorded outcome only when there is one. */
abstract class OnOutcome extends BuiltInRule {
  OnOutcome(RuleCode code, Severity severity, String source) {
    super(code, severity, source);
  }

  @Override
  public final void check(RuleContext context) {
    if (context.deliberation().outcome().isPresent()) {
      check(context, context.deliberation().outcome().get());
    }
  }

  abstract void check(RuleContext context, OutcomeRecord outcome);

  /** The path of the recorded outcome. */
  static final Path OUTCOME = Path.of("outcome");
}
