package org.shangliang.deliberation.decision;

import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * The outcome of a decision rule with the tally and every comparison that proves it, so the decision
 * can be shown and re-checked.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Decision {
  Decision() {}

  /** @return passed, failed or no quorum */
  public abstract Outcome outcome();

  /** @return the counts decided on */
  public abstract Tally tally();

  /** @return the comparisons, in the order the rule made them */
  public abstract List<Check> checks();

  /**
   * Whether the motion passed.
   *
   * @return {@code true} for {@link Outcome#PASSED}
   */
  public boolean passed() {
    return outcome() == Outcome.PASSED;
  }

  /**
   * The decision as text: the outcome, then each comparison on its own line.
   *
   * @param locale Chinese for language {@code zh}, English otherwise
   * @return the text
   */
  public String explain(Locale locale) {
    StringBuilder text = new StringBuilder(outcome().label(locale));
    for (Check check : checks()) {
      text.append("\n  ").append(check.explain(locale));
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return explain(Locale.ENGLISH);
  }

  static Decision of(Outcome outcome, Tally tally, List<Check> checks) {
    return new Builder().outcome(outcome).tally(tally).addAllChecks(checks).build();
  }

  /** A builder of decisions. */
  public static final class Builder extends ImmutableDecision.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
