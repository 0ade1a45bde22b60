package org.shangliang.deliberation.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shangliang.deliberation.decision.Ballot;
import org.shangliang.deliberation.decision.Base;
import org.shangliang.deliberation.decision.Choice;
import org.shangliang.deliberation.decision.DecisionRule;
import org.shangliang.deliberation.decision.Fraction;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.meeting.ConflictOfInterest;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.meeting.MeetingResult;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.meeting.Publicity;
import org.shangliang.deliberation.meeting.RaisedProblem;
import org.shangliang.deliberation.meeting.ShowOfHands;
import org.shangliang.deliberation.meeting.SignIn;
import org.shangliang.deliberation.meeting.SpeakingTurn;
import org.shangliang.deliberation.meeting.StageRecord;
import org.shangliang.deliberation.meeting.Vote;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.ValidationReport;

/**
 * The compliant {@link LiftCase} with one compliant full Jinan meeting and the five steps (五步) around
 * it. The meeting is the community council of {@link LiftCase#COMMUNITY_1} on its regular date,
 * 2026-12-11, 09:00–11:00 in Asia/Shanghai (01:00–03:00 UTC): chaired by the community party
 * organisation, recorded by the residents' committee, six parties invited and five signed in (the
 * property company is absent), the seven stages (七定) in order, three short speaking turns, a
 * two-thirds-of-present vote that passes 3 to 1, the result publicised for seven days. The record is
 * judged at {@link #now}, after the evaluation step. Fields are mutable: change one fact, then call
 * {@link #validate()}.
 */
class MeetingCase extends LiftCase {
  static final PartyId PO = PartyId.of("po-1");
  static final PartyId RC = PartyId.of("rc-1");
  static final PartyId REP = PartyId.of("rep-1");
  static final PartyId OC = PartyId.of("oc-1");
  static final PartyId PC = PartyId.of("pc-1");
  static final PartyId OWNER = PartyId.of("owner-301");
  static final PartyId DI = PartyId.of("di-1");
  static final PartyId FIN = PartyId.of("fin-1");
  static final PartyId AUDIT = PartyId.of("audit-1");

  static final LocalDate DATE = LocalDate.of(2026, 12, 11);
  static final Instant STARTED = at("01:00");
  static final Instant ENDED = at("03:00");
  static final Instant DISCUSSION = at("01:25");
  static final Instant VOTE_CLOSED = at("02:40");
  /** After the evaluation step: the instant the record is judged at unless a test sets another. */
  static final Instant AFTER_ALL = Instant.parse("2027-03-20T00:00:00Z");

  /** Jinan's rule for a major matter: at least 2/3 of the eligible voters present vote yes. */
  static final DecisionRule JINAN_MAJOR_RULE =
      MajorityRule.supermajority(Fraction.of(2, 3), false, Base.PRESENT);

  static final String FIVE_STEP_IDENTIFY = "identify-parties";
  static final String FIVE_STEP_SET_TOPIC = "set-topic";
  static final String FIVE_STEP_DELIBERATE = "deliberate";
  static final String FIVE_STEP_CARRY_OUT = "carry-out";
  static final String FIVE_STEP_EVALUATE = "evaluate";

  Instant now = AFTER_ALL;

  /** Whether the record holds the meeting; {@link LiftCase#meetings} are held after it. */
  boolean held = true;

  MeetingKind kind = MeetingKind.REGULAR;
  UnitId unit = COMMUNITY_1;
  LocalDate scheduledDate = DATE;
  Instant startedAt = STARTED;
  Instant endedAt = ENDED;
  PartyId chair = PO;
  PartyId recorder = RC;
  List<PartyId> invited = new ArrayList<>(List.of(PO, RC, REP, OC, PC, OWNER));
  List<SignIn> attendance =
      new ArrayList<>(
          List.of(
              SignIn.of(PO, at("00:45")),
              SignIn.of(RC, at("00:48")),
              SignIn.withEvidence(REP, at("00:52"), "签到表 2026-12-11 第1页"),
              SignIn.of(OC, at("00:55")),
              SignIn.of(OWNER, at("00:58"))));
  List<StageRecord> stages = new ArrayList<>(defaultStages());
  List<SpeakingTurn> speakingTurns =
      new ArrayList<>(
          List.of(
              SpeakingTurn.of(PO, Duration.ofMinutes(4)),
              SpeakingTurn.of(OWNER, Duration.ofMinutes(3)),
              SpeakingTurn.of(OC, Duration.ofMinutes(5))));
  List<ConflictOfInterest> conflicts = new ArrayList<>();

  /** Whether a vote was held; its parts follow. */
  boolean voted = true;

  DecisionRule voteRule = JINAN_MAJOR_RULE;
  List<Voter> eligible =
      new ArrayList<>(
          List.of(
              Voter.of(RC, PartyKind.RESIDENTS_COMMITTEE),
              Voter.of(REP, PartyKind.RESIDENT_REPRESENTATIVE),
              Voter.of(OC, PartyKind.OWNERS_COMMITTEE),
              Voter.of(OWNER, PartyKind.STAKEHOLDER, new java.math.BigDecimal("89.5")),
              Voter.of(PC, PartyKind.PROPERTY_COMPANY)));
  List<Ballot> ballots =
      new ArrayList<>(
          List.of(
              Ballot.of(RC, Choice.YES),
              Ballot.of(REP, Choice.YES),
              Ballot.of(OC, Choice.YES),
              Ballot.of(OWNER, Choice.NO)));
  Optional<ShowOfHands> showOfHands = Optional.empty();
  Instant voteClosedAt = VOTE_CLOSED;

  Optional<MeetingResult> result =
      Optional.of(MeetingResult.of("同意3号楼加装电梯，由物业公司配合施工", Outcome.PASSED));
  Optional<Publicity> publicity =
      Optional.of(Publicity.of("社区公示栏", ENDED, ENDED.plus(Duration.ofDays(7))));
  List<RaisedProblem> problems = new ArrayList<>();

  MeetingCase() {
    steps.addAll(defaultSteps());
  }

  /** An instant on the meeting's day, {@code hh:mm} in UTC (Beijing is 8 hours ahead). */
  static Instant at(String hhmm) {
    return Instant.parse("2026-12-11T" + hhmm + ":00Z");
  }

  static List<StageRecord> defaultStages() {
    return List.of(
        StageRecord.of(MeetingStage.SIGN_IN, at("01:00"), "应到6方，实到5方"),
        StageRecord.of(MeetingStage.EXPLAIN_TOPIC, at("01:10"), "说明3号楼加装电梯议题"),
        StageRecord.of(MeetingStage.INTRODUCE_PARTIES, at("01:15"), "介绍参会各方"),
        StageRecord.of(MeetingStage.READ_RULES, at("01:20"), "宣读议事规则，每人发言不超过5分钟"),
        StageRecord.of(MeetingStage.DISCUSSION, DISCUSSION, "各方充分讨论"),
        StageRecord.of(MeetingStage.FORM_RESULT, at("02:30"), "表决通过"),
        StageRecord.of(MeetingStage.PUBLICISE_RESULT, at("02:50"), "结果在社区公示栏公示7天"));
  }

  /** The five steps: identify parties, set the topic, deliberate (containing the meeting), carry out, evaluate. */
  static List<StepEvent> defaultSteps() {
    return List.of(
        StepEvent.completed(
            FIVE_STEP_IDENTIFY,
            Instant.parse("2026-10-21T01:00:00Z"),
            Instant.parse("2026-10-28T01:00:00Z"),
            PO),
        StepEvent.completed(
            FIVE_STEP_SET_TOPIC,
            Instant.parse("2026-10-28T01:00:00Z"),
            Instant.parse("2026-11-02T02:00:00Z"),
            PO),
        StepEvent.completed(
            FIVE_STEP_DELIBERATE, Instant.parse("2026-11-02T02:00:00Z"), at("04:00"), PO),
        StepEvent.completed(
            FIVE_STEP_CARRY_OUT,
            Instant.parse("2026-12-14T01:00:00Z"),
            Instant.parse("2027-02-26T01:00:00Z"),
            PC),
        StepEvent.completed(
            FIVE_STEP_EVALUATE,
            Instant.parse("2027-03-01T01:00:00Z"),
            Instant.parse("2027-03-12T01:00:00Z"),
            RC));
  }

  /** The vote as the fields describe it, or empty if none was held. */
  Optional<Vote> vote() {
    if (!voted) {
      return Optional.empty();
    }
    return Optional.of(
        new Vote.Builder()
            .rule(voteRule)
            .addAllEligible(eligible)
            .addAllBallots(ballots)
            .showOfHands(showOfHands)
            .closedAt(voteClosedAt)
            .build());
  }

  /** The meeting as the fields describe it. */
  Meeting meeting() {
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
        .vote(vote())
        .result(result)
        .publicity(publicity)
        .addAllProblems(problems)
        .build();
  }

  @Override
  List<Meeting> meetings() {
    List<Meeting> all = new ArrayList<>();
    if (held) {
      all.add(meeting());
    }
    all.addAll(meetings);
    return all;
  }

  @Override
  ValidationReport validate() {
    return validator().validate(build(), now);
  }

  /** Replaces the record of a stage, keeping its place and summary. */
  MeetingCase restage(MeetingStage stage, Instant startedAt) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).stage() == stage) {
        stages.set(i, StageRecord.of(stage, startedAt, stages.get(i).summary()));
      }
    }
    return this;
  }

  /** Replaces the event of a step, keeping its place. */
  MeetingCase restep(String step, StepEvent event) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).step().equals(step)) {
        steps.set(i, event);
      }
    }
    return this;
  }

  /**
   * No meeting held yet: the record stops in the deliberate step, which is under way (so no step
   * rule asks for a meeting or a decision).
   */
  MeetingCase withoutMeeting() {
    held = false;
    steps.subList(3, steps.size()).clear();
    steps.set(
        2, StepEvent.underWay(FIVE_STEP_DELIBERATE, Instant.parse("2026-11-02T02:00:00Z"), PO));
    return this;
  }

  /**
   * Moves the meeting by a duration: its date, start and end, sign-ins, stages, vote, publicity and
   * problems. A test builds a later meeting with it, e.g. {@code new
   * MeetingCase().shiftMeeting(Duration.ofDays(31)).meeting()}.
   */
  MeetingCase shiftMeeting(Duration by) {
    startedAt = startedAt.plus(by);
    endedAt = endedAt.plus(by);
    scheduledDate = startedAt.atZone(profile.zone()).toLocalDate();
    attendance.replaceAll(
        s -> s.evidence().isPresent()
            ? SignIn.withEvidence(s.party(), s.at().plus(by), s.evidence().get())
            : SignIn.of(s.party(), s.at().plus(by)));
    stages.replaceAll(r -> StageRecord.of(r.stage(), r.startedAt().plus(by), r.summary()));
    voteClosedAt = voteClosedAt.plus(by);
    publicity =
        publicity.map(p -> Publicity.of(p.channel(), p.from().plus(by), p.until().plus(by)));
    problems.replaceAll(
        p -> new RaisedProblem.Builder()
            .description(p.description())
            .raisedAt(p.raisedAt().plus(by))
            .solvedOnTheSpot(p.solvedOnTheSpot())
            .solutionProposedAt(p.solutionProposedAt().map(i -> i.plus(by)))
            .build());
    return this;
  }

  /**
   * The record stops after the deliberate step (completed, containing the meeting): nothing carried
   * out or evaluated yet, so the step rules need no passed decision.
   */
  MeetingCase beforeCarryingOut() {
    steps.subList(3, steps.size()).clear();
    return this;
  }

  /** The same matter as a minor one, voted by Jinan's rule for minor matters. */
  MeetingCase minor() {
    size = MatterSize.MINOR;
    voteRule = MajorityRule.simple(Base.DECISIVE);
    return this;
  }

  /**
   * The same matter as an urgent one raised at the given instant, admitted an hour later, voted by
   * Jinan's rule for urgent matters (the steps before the meeting keep their dates: no rule ties
   * them to the topic).
   */
  MeetingCase urgent(Instant raised) {
    size = MatterSize.URGENT;
    raisedAt = raised;
    admission = Optional.of(Admission.admitted(raised.plus(Duration.ofHours(1))));
    voteRule = MajorityRule.simple(Base.DECISIVE);
    return this;
  }
}
