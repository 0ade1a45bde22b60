package org.shangliang.deliberation.testkit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.shangliang.deliberation.decision.Ballot;
import org.shangliang.deliberation.decision.DecisionRule;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.meeting.ShowOfHands;
import org.shangliang.deliberation.meeting.Vote;

/**
 * A mutable copy of a vote ({@link Vote}): every field of the value as a public field, to change
 * and build again. The core's builders are strict (a field is set once) and have no copy methods,
 * so a mutation or a minimizer rebuilds a value through its draft: {@code VoteDraft.edit(value, d
 * -> ...)}, or {@code VoteDraft.of(value)}, change, {@link #build()}.
 *
 * <p>Optional fields are {@link Optional}s; list fields mutable {@link ArrayList}s in the value's
 * order.
 *
 * <p>A draft of a value, unchanged, builds a value equal to it.
 *
 * <p>Not thread-safe: a draft is scratch space for one thread; the values it builds are immutable.
 */
public final class VoteDraft {
  /** The value's {@link Vote#rule()}. */
  public DecisionRule rule;

  /** The value's {@link Vote#eligible()}, a mutable list. */
  public List<Voter> eligible;

  /** The value's {@link Vote#ballots()}, a mutable list. */
  public List<Ballot> ballots;

  /** The value's {@link Vote#showOfHands()} (empty if absent). */
  public Optional<ShowOfHands> showOfHands;

  /** The value's {@link Vote#closedAt()}. */
  public Instant closedAt;

  private VoteDraft(Vote value) {
    this.rule = value.rule();
    this.eligible = new ArrayList<>(value.eligible());
    this.ballots = new ArrayList<>(value.ballots());
    this.showOfHands = value.showOfHands();
    this.closedAt = value.closedAt();
  }

  /**
   * A draft holding every field of a value.
   *
   * @param value the value to copy
   * @return a new draft; {@link #build()} on it unchanged gives a value equal to {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static VoteDraft of(Vote value) {
    return new VoteDraft(Objects.requireNonNull(value, "value"));
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
  public static Vote edit(Vote value, Consumer<? super VoteDraft> change) {
    VoteDraft draft = of(value);
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
  public Vote build() {
    return new Vote.Builder()
        .rule(rule)
        .addAllEligible(eligible)
        .addAllBallots(ballots)
        .showOfHands(showOfHands)
        .closedAt(closedAt)
        .build();
  }
}
