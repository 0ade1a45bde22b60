package org.shangliang.deliberation.rules.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.validation.Severity;

/** Rules on revisiting finished items (revisit.*). */
final class RevisitRules {
  private RevisitRules() {}

  /** revisit.missing: a finished outcome is revisited within the profile's window. */
  static final class RevisitMissing extends OnOutcome {
    RevisitMissing() {
      super(RuleCodes.REVISIT_MISSING, Severity.ERROR, APPRAISAL);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      Optional<Duration> window = context.profile().revisitWindow();
      if (window.isEmpty()) {
        return;
      }
      Optional<Instant> due =
          Accountability.revisitDue(outcome, context.deliberation().revisits(), window.get());
      boolean late =
          due.isPresent()
              && (context.now().isAfter(due.get())
                  || Accountability.revisited(outcome, context.deliberation().revisits()));
      if (late) {
        context.report(Path.of("revisits"), outcome.completedAt().get(), due.get());
      }
    }
  }
}
