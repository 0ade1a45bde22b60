package org.shangliang.deliberation.decision;

import org.immutables.value.Value;

/**
 * A participation threshold (the vote's quorum): ballots cast, by headcount or weight, reach a
 * fraction of the eligible. Below it the decision is {@link Outcome#NO_QUORUM}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Participation {
  Participation() {}

  /** @return the fraction of the eligible that must take part */
  @Value.Parameter
  public abstract Fraction fraction();

  /** @return {@code true} for "more than", {@code false} for "at least" */
  @Value.Parameter
  public abstract boolean strict();

  /** @return headcount or weight */
  @Value.Parameter
  public abstract Measure measure();

  /**
   * Creates a participation threshold.
   *
   * @param fraction the fraction of the eligible
   * @param strict {@code true} for "more than", {@code false} for "at least"
   * @param measure headcount or weight
   * @return the threshold
   */
  public static Participation of(Fraction fraction, boolean strict, Measure measure) {
    return ImmutableParticipation.of(fraction, strict, measure);
  }

  /**
   * Compares a tally with this threshold. Participation by weight is not met on a tally without
   * weights (a show of hands): the check is then not {@link Check#measured()}.
   *
   * @param tally the tally
   * @return the comparison
   */
  public Check check(Tally tally) {
    boolean measured = measure() == Measure.HEADCOUNT || tally.weighed();
    return new Check.Builder()
        .kind(CheckKind.PARTICIPATION)
        .measure(measure())
        .base(Base.ELIGIBLE)
        .achieved(tally.cast(measure()))
        .whole(tally.eligible(measure()))
        .fraction(fraction())
        .strict(strict())
        .measured(measured)
        .met(measured && fraction().isMetBy(tally.cast(measure()), tally.eligible(measure()), strict()))
        .build();
  }
}
