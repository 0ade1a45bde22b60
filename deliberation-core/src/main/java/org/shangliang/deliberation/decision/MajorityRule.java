package org.shangliang.deliberation.decision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.shangliang.deliberation.internal.Checks;

/**
 * A majority: yes votes reach an approval {@link Threshold} (simple majority: more than 1/2;
 * supermajority: p/q, strict or not) over an explicit base, with an optional absolute minimum of yes
 * votes and an optional participation threshold.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MajorityRule implements DecisionRule {
  MajorityRule() {}

  /** @return the approval threshold */
  public abstract Threshold approval();

  /**
   * The absolute minimum of yes votes, by the approval's measure.
   *
   * @return zero or more, at most 15 digits before the decimal point and 6 after; 0 unless set
   */
  @Value.Default
  public BigDecimal minimumYes() {
    return BigDecimal.ZERO;
  }

  /** @return the participation threshold, if any */
  public abstract Optional<Participation> participation();

  /**
   * Simple majority by headcount: more than half of a base.
   *
   * @param base what the half is of
   * @return the rule
   */
  public static MajorityRule simple(Base base) {
    return new Builder().approval(Threshold.of(Fraction.half(), true, base, Measure.HEADCOUNT)).build();
  }

  /**
   * Supermajority by headcount.
   *
   * @param fraction the fraction, e.g. 2/3
   * @param strict {@code true} for "more than", {@code false} for "at least"
   * @param base what the fraction is of
   * @return the rule
   */
  public static MajorityRule supermajority(Fraction fraction, boolean strict, Base base) {
    return new Builder().approval(Threshold.of(fraction, strict, base, Measure.HEADCOUNT)).build();
  }

  /**
   * Whether the approval (and so the minimum of yes votes) or the participation threshold is on
   * weight.
   *
   * @return {@code true} if either measures {@link Measure#WEIGHT}
   */
  @Override
  public boolean measuresWeight() {
    return approval().measure() == Measure.WEIGHT
        || (participation().isPresent() && participation().get().measure() == Measure.WEIGHT);
  }

  @Override
  public Decision decide(Tally tally) {
    List<Check> checks = new ArrayList<>(3);
    if (participation().isPresent()) {
      Check participating = participation().get().check(tally);
      checks.add(participating);
      if (!participating.met()) {
        return Decision.of(Outcome.NO_QUORUM, tally, checks);
      }
    }
    Check approved = approval().check(tally);
    checks.add(approved);
    boolean passed = approved.met();
    if (minimumYes().signum() > 0) {
      BigDecimal yes = tally.yes(approval().measure());
      boolean measured = approval().measure() == Measure.HEADCOUNT || tally.weighed();
      Check minimum =
          new Check.Builder()
              .kind(CheckKind.MINIMUM_YES)
              .measure(approval().measure())
              .achieved(yes)
              .whole(minimumYes())
              .strict(false)
              .measured(measured)
              .met(measured && yes.compareTo(minimumYes()) >= 0)
              .build();
      checks.add(minimum);
      passed &= minimum.met();
    }
    return Decision.of(passed ? Outcome.PASSED : Outcome.FAILED, tally, checks);
  }

  /**
   * Whether another rule is the same majority: equal thresholds (fractions compared by value), the
   * same minimum of yes votes by value ({@code 1} and {@code 1.0} are the same minimum) and equal
   * participation thresholds.
   *
   * @param other the other object
   * @return {@code true} for the same rule
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof MajorityRule)) {
      return false;
    }
    MajorityRule that = (MajorityRule) other;
    return approval().equals(that.approval())
        && minimumYes().compareTo(that.minimumYes()) == 0
        && participation().equals(that.participation());
  }

  /**
   * A hash consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(approval(), minimumYes().stripTrailingZeros(), participation());
  }

  @Value.Check
  void check() {
    Checks.decimal("minimumYes", minimumYes());
    Checks.notNegative("minimumYes", minimumYes());
  }

  /** A builder of majority rules; the approval threshold is required. */
  public static final class Builder extends ImmutableMajorityRule.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
