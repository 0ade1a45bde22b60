package org.shangliang.deliberation.testkit.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.StepEvent;

/**
 * A mutable copy of a step event ({@link StepEvent}): every field of the value as a public field,
 * to change and build again. The core's builders are strict (a field is set once) and have no copy
 * methods, so a mutation or a minimizer rebuilds a value through its draft: {@code
 * StepEventDraft.edit(value, d -> ...)}, or {@code StepEventDraft.of(value)}, change, {@link
 * #build()}.
 *
 * <p>Optional fields are {@link Optional}s.
 *
 * <p>A draft of a value, unchanged, builds a value equal to it.
 *
 * <p>Not thread-safe: a draft is scratch space for one thread; the values it builds are immutable.
 */
public final class StepEventDraft {
  /** The value's {@link StepEvent#step()}. */
  public String step;

  /** The value's {@link StepEvent#enteredAt()}. */
  public Instant enteredAt;

  /** The value's {@link StepEvent#completedAt()} (empty if absent). */
  public Optional<Instant> completedAt;

  /** The value's {@link StepEvent#actor()}. */
  public PartyId actor;

  private StepEventDraft(StepEvent value) {
    this.step = value.step();
    this.enteredAt = value.enteredAt();
    this.completedAt = value.completedAt();
    this.actor = value.actor();
  }

  /**
   * A draft holding every field of a value.
   *
   * @param value the value to copy
   * @return a new draft; {@link #build()} on it unchanged gives a value equal to {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static StepEventDraft of(StepEvent value) {
    return new StepEventDraft(Objects.requireNonNull(value, "value"));
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
  public static StepEvent edit(StepEvent value, Consumer<? super StepEventDraft> change) {
    StepEventDraft draft = of(value);
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
  public StepEvent build() {
    return new StepEvent.Builder()
        .step(step)
        .enteredAt(enteredAt)
        .completedAt(completedAt)
        .actor(actor)
        .build();
  }
}
