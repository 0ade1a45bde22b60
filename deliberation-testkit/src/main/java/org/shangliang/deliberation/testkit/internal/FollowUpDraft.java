package org.shangliang.deliberation.testkit.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.shangliang.deliberation.outcome.FollowUp;

/**
 * A mutable copy of a follow-up of an escalation ({@link FollowUp}): every field of the value as a
 * public field, to change and build again. The core's builders are strict (a field is set once) and
 * have no copy methods, so a mutation or a minimizer rebuilds a value through its draft: {@code
 * FollowUpDraft.edit(value, d -> ...)}, or {@code FollowUpDraft.of(value)}, change, {@link
 * #build()}.
 *
 * <p>A draft of a value, unchanged, builds a value equal to it.
 *
 * <p>Not thread-safe: a draft is scratch space for one thread; the values it builds are immutable.
 */
public final class FollowUpDraft {
  /** The value's {@link FollowUp#at()}. */
  public Instant at;

  /** The value's {@link FollowUp#note()}. */
  public String note;

  private FollowUpDraft(FollowUp value) {
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
  public static FollowUpDraft of(FollowUp value) {
    return new FollowUpDraft(Objects.requireNonNull(value, "value"));
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
  public static FollowUp edit(FollowUp value, Consumer<? super FollowUpDraft> change) {
    FollowUpDraft draft = of(value);
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
  public FollowUp build() {
    return FollowUp.of(at, note);
  }
}
