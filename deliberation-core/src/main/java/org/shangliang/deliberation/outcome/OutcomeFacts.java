package org.shangliang.deliberation.outcome;

import java.util.List;
import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.internal.Checks;

/**
 * The recorded facts an outcome is classified from: whether agreement was reached, whether the matter
 * is within the deliberating tier's powers, the objective factors (if any) that keep it from being done
 * now, how many rounds of deliberation were held, how deep the disagreement is, and whether the
 * matter's scope is wide or its causes complex.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13), 结果分流分类办理; docs/domain.md "Outcome kinds".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OutcomeFacts {
  OutcomeFacts() {}

  /** @return whether the parties reached agreement */
  public abstract boolean agreementReached();

  /** @return whether the matter is within the deliberating tier's powers */
  public abstract boolean withinPowers();

  /** @return the named objective factors that prevent doing it now; empty if it can be done now */
  public abstract List<String> blockingFactors();

  /** @return rounds of deliberation held, at least 1 */
  public abstract int roundsHeld();

  /** @return how deep the disagreement is */
  public abstract Disagreement disagreement();

  /** @return whether the scope is wide or the causes complex (涉及面广、成因复杂) */
  public abstract boolean wideScopeOrComplexCauses();

  /**
   * Whether the agreed matter can be done now.
   *
   * @return {@code true} if no blocking factor is named
   */
  public boolean canBeDoneNow() {
    return blockingFactors().isEmpty();
  }

  @Value.Check
  void check() {
    if (roundsHeld() < 1) {
      throw new InvalidModelException(
          Path.of("roundsHeld"), "must be at least 1, was " + roundsHeld());
    }
    for (int i = 0; i < blockingFactors().size(); i++) {
      Checks.notBlank("blockingFactors[" + i + "]", blockingFactors().get(i));
    }
  }

  /**
   * A builder of facts; every field but {@code blockingFactors} is required.
   */
  public static final class Builder extends ImmutableOutcomeFacts.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
