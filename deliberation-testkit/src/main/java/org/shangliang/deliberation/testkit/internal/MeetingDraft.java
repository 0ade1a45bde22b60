package org.shangliang.deliberation.testkit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.shangliang.deliberation.meeting.ConflictOfInterest;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.meeting.MeetingResult;
import org.shangliang.deliberation.meeting.Publicity;
import org.shangliang.deliberation.meeting.RaisedProblem;
import org.shangliang.deliberation.meeting.SignIn;
import org.shangliang.deliberation.meeting.SpeakingTurn;
import org.shangliang.deliberation.meeting.StageRecord;
import org.shangliang.deliberation.meeting.Vote;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.unit.UnitId;

/**
 * A mutable copy of a meeting ({@link Meeting}): every field of the value as a public field, to
 * change and build again. The core's builders are strict (a field is set once) and have no copy
 * methods, so a mutation or a minimizer rebuilds a value through its draft: {@code
 * MeetingDraft.edit(value, d -> ...)}, or {@code MeetingDraft.of(value)}, change, {@link #build()}.
 *
 * <p>Optional fields are {@link Optional}s; list fields mutable {@link ArrayList}s in the value's
 * order.
 *
 * <p>A draft of a value, unchanged, builds a value equal to it.
 *
 * <p>Not thread-safe: a draft is scratch space for one thread; the values it builds are immutable.
 */
public final class MeetingDraft {
  /** The value's {@link Meeting#unit()}. */
  public UnitId unit;

  /** The value's {@link Meeting#kind()}. */
  public MeetingKind kind;

  /** The value's {@link Meeting#scheduledDate()}. */
  public LocalDate scheduledDate;

  /** The value's {@link Meeting#startedAt()}. */
  public Instant startedAt;

  /** The value's {@link Meeting#endedAt()}. */
  public Instant endedAt;

  /** The value's {@link Meeting#chair()}. */
  public PartyId chair;

  /** The value's {@link Meeting#recorder()}. */
  public PartyId recorder;

  /** The value's {@link Meeting#invited()}, a mutable list. */
  public List<PartyId> invited;

  /** The value's {@link Meeting#attendance()}, a mutable list. */
  public List<SignIn> attendance;

  /** The value's {@link Meeting#stages()}, a mutable list. */
  public List<StageRecord> stages;

  /** The value's {@link Meeting#speakingTurns()}, a mutable list. */
  public List<SpeakingTurn> speakingTurns;

  /** The value's {@link Meeting#conflicts()}, a mutable list. */
  public List<ConflictOfInterest> conflicts;

  /** The value's {@link Meeting#vote()} (empty if absent). */
  public Optional<Vote> vote;

  /** The value's {@link Meeting#result()} (empty if absent). */
  public Optional<MeetingResult> result;

  /** The value's {@link Meeting#publicity()} (empty if absent). */
  public Optional<Publicity> publicity;

  /** The value's {@link Meeting#problems()}, a mutable list. */
  public List<RaisedProblem> problems;

  private MeetingDraft(Meeting value) {
    this.unit = value.unit();
    this.kind = value.kind();
    this.scheduledDate = value.scheduledDate();
    this.startedAt = value.startedAt();
    this.endedAt = value.endedAt();
    this.chair = value.chair();
    this.recorder = value.recorder();
    this.invited = new ArrayList<>(value.invited());
    this.attendance = new ArrayList<>(value.attendance());
    this.stages = new ArrayList<>(value.stages());
    this.speakingTurns = new ArrayList<>(value.speakingTurns());
    this.conflicts = new ArrayList<>(value.conflicts());
    this.vote = value.vote();
    this.result = value.result();
    this.publicity = value.publicity();
    this.problems = new ArrayList<>(value.problems());
  }

  /**
   * A draft holding every field of a value.
   *
   * @param value the value to copy
   * @return a new draft; {@link #build()} on it unchanged gives a value equal to {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static MeetingDraft of(Meeting value) {
    return new MeetingDraft(Objects.requireNonNull(value, "value"));
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
  public static Meeting edit(Meeting value, Consumer<? super MeetingDraft> change) {
    MeetingDraft draft = of(value);
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
  public Meeting build() {
    return new Meeting.Builder()
        .unit(unit)
        .kind(kind)
        .scheduledDate(scheduledDate)
        .startedAt(startedAt)
        .endedAt(endedAt)
        .chair(chair)
        .recorder(recorder)
        .addAllInvited(invited)
        .addAllAttendance(attendance)
        .addAllStages(stages)
        .addAllSpeakingTurns(speakingTurns)
        .addAllConflicts(conflicts)
        .vote(vote)
        .result(result)
        .publicity(publicity)
        .addAllProblems(problems)
        .build();
  }
}
