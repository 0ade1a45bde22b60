package org.shangliang.deliberation.decision;

import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;

/**
 * A double threshold (双过半 / 双三分之二…): a headcount majority rule and a weight majority rule must
 * both pass, as in owners' decisions on common parts, where both the number of owners and their floor
 * area count. The decision is {@link Outcome#NO_QUORUM} if either side lacks participation, {@link
 * Outcome#PASSED} if both pass, {@link Outcome#FAILED} otherwise: exactly the conjunction of the two.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class DoubleThreshold implements DecisionRule {
  DoubleThreshold() {}

  /** @return the rule on headcount */
  @Value.Parameter
  public abstract MajorityRule headcount();

  /** @return the rule on weight */
  @Value.Parameter
  public abstract MajorityRule weight();

  /**
   * Creates a double threshold.
   *
   * @param headcount a rule whose approval and participation measure {@link Measure#HEADCOUNT}
   * @param weight a rule whose approval and participation measure {@link Measure#WEIGHT}
   * @return the rule
   * @throws InvalidModelException if a side measures the other thing
   */
  public static DoubleThreshold of(MajorityRule headcount, MajorityRule weight) {
    return ImmutableDoubleThreshold.of(headcount, weight);
  }

  /**
   * Always {@code true}: the weight side measures weight.
   *
   * @return {@code true}
   */
  @Override
  public boolean measuresWeight() {
    return true;
  }

  @Override
  public Decision decide(Tally tally) {
    Decision heads = headcount().decide(tally);
    Decision weights = weight().decide(tally);
    List<Check> checks = new ArrayList<>(heads.checks());
    checks.addAll(weights.checks());
    Outcome outcome;
    if (heads.outcome() == Outcome.NO_QUORUM || weights.outcome() == Outcome.NO_QUORUM) {
      outcome = Outcome.NO_QUORUM;
    } else if (heads.passed() && weights.passed()) {
      outcome = Outcome.PASSED;
    } else {
      outcome = Outcome.FAILED;
    }
    return Decision.of(outcome, tally, checks);
  }

  @Value.Check
  void check() {
    requireMeasure("headcount", headcount(), Measure.HEADCOUNT);
    requireMeasure("weight", weight(), Measure.WEIGHT);
  }

  private static void requireMeasure(String field, MajorityRule rule, Measure measure) {
    if (rule.approval().measure() != measure) {
      throw new InvalidModelException(
          Path.of(field, "approval", "measure"),
          "must be " + measure + ", was " + rule.approval().measure());
    }
    if (rule.participation().isPresent() && rule.participation().get().measure() != measure) {
      throw new InvalidModelException(
          Path.of(field, "participation", "measure"),
          "must be " + measure + ", was " + rule.participation().get().measure());
    }
  }
}
