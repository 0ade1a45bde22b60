package org.shangliang.deliberation.decision;

import org.immutables.value.Value;

/**
 * An approval threshold: yes votes (by headcount or weight) reach a fraction of a base, strictly or
 * not. Simple majority is {@code more than 1/2 of the decisive votes}; a two-thirds majority of those
 * present is {@code at least 2/3 of PRESENT}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Threshold {
  Threshold() {}

  /** @return the fraction required */
  @Value.Parameter
  public abstract Fraction fraction();

  /** @return {@code true} for "more than", {@code false} for "at least" */
  @Value.Parameter
  public abstract boolean strict();

  /** @return what the fraction is of */
  @Value.Parameter
  public abstract Base base();

  /** @return headcount or weight */
  @Value.Parameter
  public abstract Measure measure();

  /**
   * Creates a threshold.
   *
   * @param fraction the fraction
   * @param strict {@code true} for "more than", {@code false} for "at least"
   * @param base what the fraction is of
   * @param measure headcount or weight
   * @return the threshold
   */
  public static Threshold of(Fraction fraction, boolean strict, Base base, Measure measure) {
    return ImmutableThreshold.of(fraction, strict, base, measure);
  }

  /**
   * Compares a tally with this threshold. A threshold on weight is not met on a tally without
   * weights (a show of hands): the check is then not {@link Check#measured()}.
   *
   * @param tally the tally
   * @return the comparison
   */
  public Check check(Tally tally) {
    boolean measured = measure() == Measure.HEADCOUNT || tally.weighed();
    return new Check.Builder()
        .kind(CheckKind.APPROVAL)
        .measure(measure())
        .base(base())
        .achieved(tally.yes(measure()))
        .whole(tally.base(measure(), base()))
        .fraction(fraction())
        .strict(strict())
        .measured(measured)
        .met(
            measured
                && fraction().isMetBy(tally.yes(measure()), tally.base(measure(), base()), strict()))
        .build();
  }
}
