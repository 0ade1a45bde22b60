package org.shangliang.deliberation.decision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;

/**
 * Consensus (协商一致): at least one YES and fewer NO votes than block; abstentions allowed. With
 * {@code blockingNoCount} 1 (the default) a single NO blocks; a profile may require more objections
 * to block. An optional participation threshold gives {@link Outcome#NO_QUORUM} below it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Consensus implements DecisionRule {
  Consensus() {}

  /**
   * How many NO votes block the consensus.
   *
   * @return at least 1; 1 unless set
   */
  @Value.Default
  public int blockingNoCount() {
    return 1;
  }

  /** @return the participation threshold, if any */
  public abstract Optional<Participation> participation();

  /**
   * A consensus that one NO blocks, with no participation threshold.
   *
   * @return the rule
   */
  public static Consensus strict() {
    return new Builder().build();
  }

  /**
   * Whether the participation threshold, if any, is on weight; the yes and blocking counts are
   * always by headcount.
   *
   * @return {@code true} if the participation threshold measures {@link Measure#WEIGHT}
   */
  @Override
  public boolean measuresWeight() {
    return participation().isPresent() && participation().get().measure() == Measure.WEIGHT;
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
    Check yes =
        new Check.Builder()
            .kind(CheckKind.MINIMUM_YES)
            .measure(Measure.HEADCOUNT)
            .achieved(BigDecimal.valueOf(tally.yesCount()))
            .whole(BigDecimal.ONE)
            .strict(false)
            .met(tally.yesCount() >= 1)
            .build();
    Check noBlock =
        new Check.Builder()
            .kind(CheckKind.NO_BLOCK)
            .measure(Measure.HEADCOUNT)
            .achieved(BigDecimal.valueOf(tally.noCount()))
            .whole(BigDecimal.valueOf(blockingNoCount()))
            .strict(true)
            .met(tally.noCount() < blockingNoCount())
            .build();
    checks.add(yes);
    checks.add(noBlock);
    return Decision.of(yes.met() && noBlock.met() ? Outcome.PASSED : Outcome.FAILED, tally, checks);
  }

  @Value.Check
  void check() {
    if (blockingNoCount() < 1) {
      throw new InvalidModelException(
          Path.of("blockingNoCount"), "must be at least 1, was " + blockingNoCount());
    }
  }

  /** A builder of consensus rules. */
  public static final class Builder extends ImmutableConsensus.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
