package org.shangliang.deliberation.testkit.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.meeting.MeetingResult;

/**
 * A mutable copy of a meeting's result ({@link MeetingResult}): every field of the value as a
 * public field, to change and build again. The core's builders are strict (a field is set once) and
 * have no copy methods, so a mutation or a minimizer rebuilds a value through its draft: {@code
 * MeetingResultDraft.edit(value, d -> ...)}, or {@code MeetingResultDraft.of(value)}, change,
 * {@link #build()}.
 *
 * <p>Optional fields are {@link Optional}s.
 *
 * <p>A draft of a value, unchanged, builds a value equal to it.
 *
 * <p>Not thread-safe: a draft is scratch space for one thread; the values it builds are immutable.
 */
public final class MeetingResultDraft {
  /** The value's {@link MeetingResult#text()}. */
  public String text;

  /** The value's {@link MeetingResult#outcome()} (empty if absent). */
  public Optional<Outcome> outcome;

  private MeetingResultDraft(MeetingResult value) {
    this.text = value.text();
    this.outcome = value.outcome();
  }

  /**
   * A draft holding every field of a value.
   *
   * @param value the value to copy
   * @return a new draft; {@link #build()} on it unchanged gives a value equal to {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static MeetingResultDraft of(MeetingResult value) {
    return new MeetingResultDraft(Objects.requireNonNull(value, "value"));
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
  public static MeetingResult edit(
      MeetingResult value, Consumer<? super MeetingResultDraft> change) {
    MeetingResultDraft draft = of(value);
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
  public MeetingResult build() {
    return outcome.isPresent() ? MeetingResult.of(text, outcome.get()) : MeetingResult.of(text);
  }
}
