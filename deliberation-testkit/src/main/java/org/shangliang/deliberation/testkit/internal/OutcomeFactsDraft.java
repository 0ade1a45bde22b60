package org.shangliang.deliberation.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.shangliang.deliberation.outcome.Disagreement;
import org.shangliang.deliberation.outcome.OutcomeFacts;

/**
 * A mutable copy of the facts an outcome is classified by ({@link OutcomeFacts}): every field of
 * the value as a public field, to change and build again. The core's builders are strict (a field
 * is set once) and have no copy methods, so a mutation or a minimizer rebuilds a value through its
 * draft: {@code OutcomeFactsDraft.edit(value, d -> ...)}, or {@code OutcomeFactsDraft.of(value)},
 * change, {@link #build()}.
 *
 * <p>List fields mutable {@link ArrayList}s in the value's order.
 *
 * <p>A draft of a value, unchanged, builds a value equal to it.
 *
 * <p>Not thread-safe: a draft is scratch space for one thread; the values it builds are immutable.
 */
public final class OutcomeFactsDraft {
  /** The value's {@link OutcomeFacts#agreementReached()}. */
  public boolean agreementReached;

  /** The value's {@link OutcomeFacts#withinPowers()}. */
  public boolean withinPowers;

  /** The value's {@link OutcomeFacts#blockingFactors()}, a mutable list. */
  public List<String> blockingFactors;

  /** The value's {@link OutcomeFacts#roundsHeld()}. */
  public int roundsHeld;

  /** The value's {@link OutcomeFacts#disagreement()}. */
  public Disagreement disagreement;

  /** The value's {@link OutcomeFacts#wideScopeOrComplexCauses()}. */
  public boolean wideScopeOrComplexCauses;

  private OutcomeFactsDraft(OutcomeFacts value) {
    this.agreementReached = value.agreementReached();
    this.withinPowers = value.withinPowers();
    this.blockingFactors = new ArrayList<>(value.blockingFactors());
    this.roundsHeld = value.roundsHeld();
    this.disagreement = value.disagreement();
    this.wideScopeOrComplexCauses = value.wideScopeOrComplexCauses();
  }

  /**
   * A draft holding every field of a value.
   *
   * @param value the value to copy
   * @return a new draft; {@link #build()} on it unchanged gives a value equal to {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static OutcomeFactsDraft of(OutcomeFacts value) {
    return new OutcomeFactsDraft(Objects.requireNonNull(value, "value"));
  }

  /**
   * A copy of a value with a change made to its draft.
   *
   * @param value the value to copy
   * @param change what to change on the draft
   * @return the value the changed draft builds
   * @throws org.shangliang.deliberation.InvalidModelException if the changed fields do not make a
   *     well-formed value
   * @throws NullPointerException if an argument is null
   */
  public static OutcomeFacts edit(OutcomeFacts value, Consumer<? super OutcomeFactsDraft> change) {
    OutcomeFactsDraft draft = of(value);
    Objects.requireNonNull(change, "change").accept(draft);
    return draft.build();
  }

  /**
   * Builds the value the fields describe.
   *
   * @return the value
   * @throws org.shangliang.deliberation.InvalidModelException if the fields do not make a
   *     well-formed value (a field null, a required part missing, a check of the value failing)
   */
  public OutcomeFacts build() {
    return new OutcomeFacts.Builder()
        .agreementReached(agreementReached)
        .withinPowers(withinPowers)
        .addAllBlockingFactors(blockingFactors)
        .roundsHeld(roundsHeld)
        .disagreement(disagreement)
        .wideScopeOrComplexCauses(wideScopeOrComplexCauses)
        .build();
  }
}
