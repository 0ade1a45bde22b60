package org.shangliang.deliberation.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.decision.Decision;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.unit.UnitId;

/**
 * The record of one meeting of a tier's body: where and when, who chaired and recorded, who was invited
 * and signed in, its stages (七定), speaking turns, declared conflicts, the vote, the result, its
 * publicity, and problems raised.
 *
 * <p>Well-formedness is checked when it is built (ended after it started; no stage twice). Whether it
 * followed the procedure is for the validator.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Meeting {
  Meeting() {}

  /** @return the unit whose body met */
  public abstract UnitId unit();

  /** @return the form of the meeting */
  public abstract MeetingKind kind();

  /** @return the date it was scheduled for; in the years 1 to 9999 */
  public abstract LocalDate scheduledDate();

  /** @return when it started; in the years 1 to 9999 (UTC) */
  public abstract Instant startedAt();

  /** @return when it ended, not before it started; in the years 1 to 9999 (UTC) */
  public abstract Instant endedAt();

  /** @return who chaired */
  public abstract PartyId chair();

  /** @return who kept the record */
  public abstract PartyId recorder();

  /** @return the parties invited, each once */
  public abstract List<PartyId> invited();

  /** @return the sign-ins, each party once */
  public abstract List<SignIn> attendance();

  /** @return the stage records, each stage at most once, in the order recorded */
  public abstract List<StageRecord> stages();

  /** @return the speaking turns in order */
  public abstract List<SpeakingTurn> speakingTurns();

  /** @return the declared conflicts of interest */
  public abstract List<ConflictOfInterest> conflicts();

  /** @return the vote, if one was held */
  public abstract Optional<Vote> vote();

  /** @return the result, if one was formed */
  public abstract Optional<MeetingResult> result();

  /** @return the publicity notice of the result, if posted */
  public abstract Optional<Publicity> publicity();

  /** @return problems residents raised at the meeting */
  public abstract List<RaisedProblem> problems();

  /**
   * The parties signed in, in attendance order, computed once per meeting.
   *
   * @return their ids, an unmodifiable set
   */
  @Value.Lazy
  public Set<PartyId> present() {
    Set<PartyId> present =
        new java.util.LinkedHashSet<>(Math.max(16, attendance().size() * 4 / 3 + 1));
    for (SignIn signIn : attendance()) {
      present.add(signIn.party());
    }
    return java.util.Collections.unmodifiableSet(present);
  }

  /**
   * The decision of the meeting's vote among the parties {@link #present()}: {@link
   * Vote#decide(Set)}, computed once per meeting (a pure function of this immutable value, so every
   * rule and every validation of the same record shares it).
   *
   * @return the decision with its proof; empty if no vote was held
   */
  @Value.Lazy
  public Optional<Decision> decision() {
    return vote().isPresent() ? Optional.of(vote().get().decide(present())) : Optional.empty();
  }

  /**
   * The parties that declared a conflict of interest, computed once per meeting.
   *
   * @return their ids, an unmodifiable set
   */
  @Value.Lazy
  public Set<PartyId> conflicted() {
    Set<PartyId> conflicted = new HashSet<>();
    for (ConflictOfInterest conflict : conflicts()) {
      conflicted.add(conflict.party());
    }
    return java.util.Collections.unmodifiableSet(conflicted);
  }

  /**
   * The record of a stage.
   *
   * @param stage the stage
   * @return its record, or empty if it was not recorded
   */
  public Optional<StageRecord> stage(MeetingStage stage) {
    for (StageRecord record : stages()) {
      if (record.stage() == stage) {
        return Optional.of(record);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    Checks.date("scheduledDate", scheduledDate());
    Checks.instant("startedAt", startedAt());
    Checks.instant("endedAt", endedAt());
    if (endedAt().isBefore(startedAt())) {
      throw new InvalidModelException(
          Path.of("endedAt"), "must not be before startedAt " + startedAt() + ", was " + endedAt());
    }
    Checks.unique("invited", "", invited(), p -> p);
    for (int i = 0; i < attendance().size(); i++) {
      if (attendance().get(i).at().isAfter(endedAt())) {
        throw new InvalidModelException(
            Path.of("attendance").index(i).child("at"),
            "must not be after endedAt " + endedAt() + ", was " + attendance().get(i).at());
      }
    }
    if (vote().isPresent()
        && (vote().get().closedAt().isBefore(startedAt())
            || vote().get().closedAt().isAfter(endedAt()))) {
      throw new InvalidModelException(
          Path.of("vote", "closedAt"),
          "must be within the meeting, " + startedAt() + " to " + endedAt() + ", was "
              + vote().get().closedAt());
    }
    Checks.unique("attendance", "party", attendance(), SignIn::party);
    Checks.unique("stages", "stage", stages(), StageRecord::stage);
  }

  /**
   * A builder of meetings; {@code unit}, {@code kind}, {@code scheduledDate}, {@code startedAt},
   * {@code endedAt}, {@code chair} and {@code recorder} are required.
   */
  public static final class Builder extends ImmutableMeeting.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
