package org.shangliang.deliberation.testkit.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.shangliang.deliberation.outcome.Duty;
import org.shangliang.deliberation.party.PartyId;

/**
 * A mutable copy of a duty (an item of the carrying-out) ({@link Duty}): every field of the value
 * as a public field, to change and build again. The core's builders are strict (a field is set
 * once) and have no copy methods, so a mutation or a minimizer rebuilds a value through its draft:
 * {@code DutyDraft.edit(value, d -> ...)}, or {@code DutyDraft.of(value)}, change, {@link
 * #build()}.
 *
 * <p>Optional fields are {@link Optional}s.
 *
 * <p>A draft of a value, unchanged, builds a value equal to it.
 *
 * <p>Not thread-safe: a draft is scratch space for one thread; the values it builds are immutable.
 */
public final class DutyDraft {
  /** The value's {@link Duty#id()}. */
  public String id;

  /** The value's {@link Duty#description()}. */
  public String description;

  /** The value's {@link Duty#responsible()} (empty if absent). */
  public Optional<PartyId> responsible;

  /** The value's {@link Duty#measures()} (empty if absent). */
  public Optional<String> measures;

  /** The value's {@link Duty#deadline()} (empty if absent). */
  public Optional<Instant> deadline;

  /** The value's {@link Duty#completedAt()} (empty if absent). */
  public Optional<Instant> completedAt;

  /** The value's {@link Duty#completionRecord()} (empty if absent). */
  public Optional<String> completionRecord;

  /** The value's {@link Duty#kind()} (empty if absent). */
  public Optional<String> kind;

  private DutyDraft(Duty value) {
    this.id = value.id();
    this.description = value.description();
    this.responsible = value.responsible();
    this.measures = value.measures();
    this.deadline = value.deadline();
    this.completedAt = value.completedAt();
    this.completionRecord = value.completionRecord();
    this.kind = value.kind();
  }

  /**
   * A draft holding every field of a value.
   *
   * @param value the value to copy
   * @return a new draft; {@link #build()} on it unchanged gives a value equal to {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static DutyDraft of(Duty value) {
    return new DutyDraft(Objects.requireNonNull(value, "value"));
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
  public static Duty edit(Duty value, Consumer<? super DutyDraft> change) {
    DutyDraft draft = of(value);
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
  public Duty build() {
    return new Duty.Builder()
        .id(id)
        .description(description)
        .responsible(responsible)
        .measures(measures)
        .deadline(deadline)
        .completedAt(completedAt)
        .completionRecord(completionRecord)
        .kind(kind)
        .build();
  }
}
