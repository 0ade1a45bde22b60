package org.shangliang.deliberation.testkit.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.shangliang.deliberation.meeting.RaisedProblem;

/**
 * A mutable copy of a problem raised at a meeting ({@link RaisedProblem}): every field of the value
 * as a public field, to change and build again. The core's builders are strict (a field is set
 * once) and have no copy methods, so a mutation or a minimizer rebuilds a value through its draft:
 * {@code RaisedProblemDraft.edit(value, d -> ...)}, or {@code RaisedProblemDraft.of(value)},
 * change, {@link #build()}.
 *
 * <p>Optional fields are {@link Optional}s.
 *
 * <p>A draft of a value, unchanged, builds a value equal to it.
 *
 * <p>Not thread-safe: a draft is scratch space for one thread; the values it builds are immutable.
 */
public final class RaisedProblemDraft {
  /** The value's {@link RaisedProblem#description()}. */
  public String description;

  /** The value's {@link RaisedProblem#raisedAt()}. */
  public Instant raisedAt;

  /** The value's {@link RaisedProblem#solvedOnTheSpot()}. */
  public boolean solvedOnTheSpot;

  /** The value's {@link RaisedProblem#solutionProposedAt()} (empty if absent). */
  public Optional<Instant> solutionProposedAt;

  private RaisedProblemDraft(RaisedProblem value) {
    this.description = value.description();
    this.raisedAt = value.raisedAt();
    this.solvedOnTheSpot = value.solvedOnTheSpot();
    this.solutionProposedAt = value.solutionProposedAt();
  }

  /**
   * A draft holding every field of a value.
   *
   * @param value the value to copy
   * @return a new draft; {@link #build()} on it unchanged gives a value equal to {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static RaisedProblemDraft of(RaisedProblem value) {
    return new RaisedProblemDraft(Objects.requireNonNull(value, "value"));
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
  public static RaisedProblem edit(
      RaisedProblem value, Consumer<? super RaisedProblemDraft> change) {
    RaisedProblemDraft draft = of(value);
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
  public RaisedProblem build() {
    return new RaisedProblem.Builder()
        .description(description)
        .raisedAt(raisedAt)
        .solvedOnTheSpot(solvedOnTheSpot)
        .solutionProposedAt(solutionProposedAt)
        .build();
  }
}
