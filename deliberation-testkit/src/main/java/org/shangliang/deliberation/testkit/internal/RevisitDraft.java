package org.shangliang.deliberation.testkit.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.shangliang.deliberation.outcome.Revisit;
import org.shangliang.deliberation.party.PartyId;

/**
 * A mutable copy of a revisit ({@link Revisit}): every field of the value as a public field, to
 * change and build again. The core's builders are strict (a field is set once) and have no copy
 * methods, so a mutation or a minimizer rebuilds a value through its draft: {@code
 * RevisitDraft.edit(value, d -> ...)}, or {@code RevisitDraft.of(value)}, change, {@link #build()}.
 *
 * <p>A draft of a value, unchanged, builds a value equal to it.
 *
 * <p>Not thread-safe: a draft is scratch space for one thread; the values it builds are immutable.
 */
public final class RevisitDraft {
  /** The value's {@link Revisit#at()}. */
  public Instant at;

  /** The value's {@link Revisit#by()}. */
  public PartyId by;

  /** The value's {@link Revisit#feedback()}. */
  public String feedback;

  private RevisitDraft(Revisit value) {
    this.at = value.at();
    this.by = value.by();
    this.feedback = value.feedback();
  }

  /**
   * A draft holding every field of a value.
   *
   * @param value the value to copy
   * @return a new draft; {@link #build()} on it unchanged gives a value equal to {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static RevisitDraft of(Revisit value) {
    return new RevisitDraft(Objects.requireNonNull(value, "value"));
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
  public static Revisit edit(Revisit value, Consumer<? super RevisitDraft> change) {
    RevisitDraft draft = of(value);
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
  public Revisit build() {
    return Revisit.of(at, by, feedback);
  }
}
