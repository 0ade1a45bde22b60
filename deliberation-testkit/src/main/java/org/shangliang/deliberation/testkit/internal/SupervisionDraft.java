package org.shangliang.deliberation.testkit.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.shangliang.deliberation.outcome.Supervision;
import org.shangliang.deliberation.outcome.SupervisionPhase;
import org.shangliang.deliberation.party.PartyId;

/**
 * A mutable copy of a supervision record ({@link Supervision}): every field of the value as a
 * public field, to change and build again. The core's builders are strict (a field is set once) and
 * have no copy methods, so a mutation or a minimizer rebuilds a value through its draft: {@code
 * SupervisionDraft.edit(value, d -> ...)}, or {@code SupervisionDraft.of(value)}, change, {@link
 * #build()}.
 *
 * <p>A draft of a value, unchanged, builds a value equal to it.
 *
 * <p>Not thread-safe: a draft is scratch space for one thread; the values it builds are immutable.
 */
public final class SupervisionDraft {
  /** The value's {@link Supervision#phase()}. */
  public SupervisionPhase phase;

  /** The value's {@link Supervision#supervisor()}. */
  public PartyId supervisor;

  /** The value's {@link Supervision#at()}. */
  public Instant at;

  /** The value's {@link Supervision#note()}. */
  public String note;

  private SupervisionDraft(Supervision value) {
    this.phase = value.phase();
    this.supervisor = value.supervisor();
    this.at = value.at();
    this.note = value.note();
  }

  /**
   * A draft holding every field of a value.
   *
   * @param value the value to copy
   * @return a new draft; {@link #build()} on it unchanged gives a value equal to {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static SupervisionDraft of(Supervision value) {
    return new SupervisionDraft(Objects.requireNonNull(value, "value"));
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
  public static Supervision edit(Supervision value, Consumer<? super SupervisionDraft> change) {
    SupervisionDraft draft = of(value);
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
  public Supervision build() {
    return Supervision.of(phase, supervisor, at, note);
  }
}
