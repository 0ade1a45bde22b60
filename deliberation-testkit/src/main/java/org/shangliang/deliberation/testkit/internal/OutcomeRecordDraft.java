package org.shangliang.deliberation.testkit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.shangliang.deliberation.meeting.Publicity;
import org.shangliang.deliberation.outcome.Duty;
import org.shangliang.deliberation.outcome.OutcomeFacts;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;

/**
 * A mutable copy of an outcome record ({@link OutcomeRecord}): every field of the value as a public
 * field, to change and build again. The core's builders are strict (a field is set once) and have
 * no copy methods, so a mutation or a minimizer rebuilds a value through its draft: {@code
 * OutcomeRecordDraft.edit(value, d -> ...)}, or {@code OutcomeRecordDraft.of(value)}, change,
 * {@link #build()}.
 *
 * <p>Optional fields are {@link Optional}s; list fields mutable {@link ArrayList}s in the value's
 * order.
 *
 * <p>A draft of a value, unchanged, builds a value equal to it.
 *
 * <p>Not thread-safe: a draft is scratch space for one thread; the values it builds are immutable.
 */
public final class OutcomeRecordDraft {
  /** The value's {@link OutcomeRecord#kind()}. */
  public OutcomeKind kind;

  /** The value's {@link OutcomeRecord#facts()}. */
  public OutcomeFacts facts;

  /** The value's {@link OutcomeRecord#classifiedAt()}. */
  public Instant classifiedAt;

  /** The value's {@link OutcomeRecord#duties()}, a mutable list. */
  public List<Duty> duties;

  /** The value's {@link OutcomeRecord#progressReports()}, a mutable list. */
  public List<Publicity> progressReports;

  /** The value's {@link OutcomeRecord#residentsNotice()} (empty if absent). */
  public Optional<Publicity> residentsNotice;

  /** The value's {@link OutcomeRecord#takeUpAgainOn()} (empty if absent). */
  public Optional<LocalDate> takeUpAgainOn;

  /** The value's {@link OutcomeRecord#proposedSolution()} (empty if absent). */
  public Optional<String> proposedSolution;

  /** The value's {@link OutcomeRecord#solvedAt()} (empty if absent). */
  public Optional<Instant> solvedAt;

  private OutcomeRecordDraft(OutcomeRecord value) {
    this.kind = value.kind();
    this.facts = value.facts();
    this.classifiedAt = value.classifiedAt();
    this.duties = new ArrayList<>(value.duties());
    this.progressReports = new ArrayList<>(value.progressReports());
    this.residentsNotice = value.residentsNotice();
    this.takeUpAgainOn = value.takeUpAgainOn();
    this.proposedSolution = value.proposedSolution();
    this.solvedAt = value.solvedAt();
  }

  /**
   * A draft holding every field of a value.
   *
   * @param value the value to copy
   * @return a new draft; {@link #build()} on it unchanged gives a value equal to {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static OutcomeRecordDraft of(OutcomeRecord value) {
    return new OutcomeRecordDraft(Objects.requireNonNull(value, "value"));
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
  public static OutcomeRecord edit(
      OutcomeRecord value, Consumer<? super OutcomeRecordDraft> change) {
    OutcomeRecordDraft draft = of(value);
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
  public OutcomeRecord build() {
    return new OutcomeRecord.Builder()
        .kind(kind)
        .facts(facts)
        .classifiedAt(classifiedAt)
        .addAllDuties(duties)
        .addAllProgressReports(progressReports)
        .residentsNotice(residentsNotice)
        .takeUpAgainOn(takeUpAgainOn)
        .proposedSolution(proposedSolution)
        .solvedAt(solvedAt)
        .build();
  }
}
