package org.shangliang.deliberation.json.internal;

import static org.shangliang.deliberation.json.internal.DecisionCodecs.required;

import java.time.Duration;
import java.time.Instant;
import org.shangliang.deliberation.decision.Outcome;
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

/**
 * Meetings and their parts: sign-ins, stage records, speaking turns, declared conflicts, the vote
 * (its rule tagged, see {@link DecisionCodecs}), the result, its publicity and problems raised.
 * Lists a meeting may lack are left out when empty and read as empty when absent.
 */
public final class MeetingCodecs {
  /** The tokens of {@link MeetingKind}. */
  public static final Tokens<MeetingKind> KINDS = Tokens.of(MeetingKind.class);

  /** The tokens of {@link MeetingStage}. */
  public static final Tokens<MeetingStage> STAGES = Tokens.of(MeetingStage.class);

  private MeetingCodecs() {}

  /**
   * Reads a meeting: {@code {"unit", "kind", "scheduledDate", "startedAt", "endedAt", "chair",
   * "recorder", "invited"?, "attendance"?, "stages"?, "speakingTurns"?, "conflicts"?, "vote"?,
   * "result"?, "publicity"?, "problems"?}}.
   *
   * @param in the reader
   * @return the meeting
   */
  public static Meeting readMeeting(JsonIn in) {
    return readMeeting(in, RuleNames.NONE);
  }

  /**
   * Reads a meeting whose vote's rule may be the name of a rule of a profile ({@link RuleNames}).
   *
   * @param in the reader
   * @param names the names of the profile's rules, or {@link RuleNames#NONE}
   * @return the meeting
   */
  public static Meeting readMeeting(JsonIn in, RuleNames names) {
    JsonIn.Mark mark = in.beginObject();
    Meeting.Builder meeting = new Meeting.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "unit":
          meeting.unit(UnitCodecs.readUnitId(in));
          break;
        case "kind":
          meeting.kind(in.token(KINDS));
          break;
        case "scheduledDate":
          meeting.scheduledDate(in.date());
          break;
        case "startedAt":
          meeting.startedAt(in.instant());
          break;
        case "endedAt":
          meeting.endedAt(in.instant());
          break;
        case "chair":
          meeting.chair(readPartyId(in));
          break;
        case "recorder":
          meeting.recorder(readPartyId(in));
          break;
        case "invited":
          meeting.addAllInvited(in.list(MeetingCodecs::readPartyId));
          break;
        case "attendance":
          meeting.addAllAttendance(in.list(MeetingCodecs::readSignIn));
          break;
        case "stages":
          meeting.addAllStages(in.list(MeetingCodecs::readStageRecord));
          break;
        case "speakingTurns":
          meeting.addAllSpeakingTurns(in.list(MeetingCodecs::readSpeakingTurn));
          break;
        case "conflicts":
          meeting.addAllConflicts(in.list(MeetingCodecs::readConflictOfInterest));
          break;
        case "vote":
          meeting.vote(readVote(in, names));
          break;
        case "result":
          meeting.result(readMeetingResult(in));
          break;
        case "publicity":
          meeting.publicity(readPublicity(in));
          break;
        case "problems":
          meeting.addAllProblems(in.list(MeetingCodecs::readRaisedProblem));
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, meeting::build);
  }

  /**
   * Writes a meeting.
   *
   * @param out the writer
   * @param meeting the meeting
   */
  public static void writeMeeting(JsonOut out, Meeting meeting) {
    writeMeeting(out, meeting, RuleNames.NONE);
  }

  /**
   * Writes a meeting, its vote's rule as the name of the profile's rule for the record's topic if
   * it is that rule ({@link RuleNames#at}).
   *
   * @param out the writer
   * @param meeting the meeting
   * @param names the names of the profile's rules at the record's topic, or {@link RuleNames#NONE}
   */
  public static void writeMeeting(JsonOut out, Meeting meeting, RuleNames names) {
    out.beginObject();
    out.field("unit");
    UnitCodecs.writeUnitId(out, meeting.unit());
    out.token("kind", KINDS, meeting.kind());
    out.date("scheduledDate", meeting.scheduledDate());
    out.instant("startedAt", meeting.startedAt());
    out.instant("endedAt", meeting.endedAt());
    out.string("chair", meeting.chair().value());
    out.string("recorder", meeting.recorder().value());
    out.listUnlessEmpty("invited", meeting.invited(), MeetingCodecs::writePartyId);
    out.listUnlessEmpty("attendance", meeting.attendance(), MeetingCodecs::writeSignIn);
    out.listUnlessEmpty("stages", meeting.stages(), MeetingCodecs::writeStageRecord);
    out.listUnlessEmpty("speakingTurns", meeting.speakingTurns(), MeetingCodecs::writeSpeakingTurn);
    out.listUnlessEmpty("conflicts", meeting.conflicts(), MeetingCodecs::writeConflictOfInterest);
    if (meeting.vote().isPresent()) {
      out.field("vote");
      writeVote(out, meeting.vote().get(), names);
    }
    if (meeting.result().isPresent()) {
      out.field("result");
      writeMeetingResult(out, meeting.result().get());
    }
    if (meeting.publicity().isPresent()) {
      out.field("publicity");
      writePublicity(out, meeting.publicity().get());
    }
    out.listUnlessEmpty("problems", meeting.problems(), MeetingCodecs::writeRaisedProblem);
    out.endObject();
  }

  /**
   * Reads a sign-in: {@code {"party", "at", "evidence"?}}.
   *
   * @param in the reader
   * @return the sign-in
   */
  public static SignIn readSignIn(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    PartyId party = null;
    Instant at = null;
    String evidence = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "party":
          party = readPartyId(in);
          break;
        case "at":
          at = in.instant();
          break;
        case "evidence":
          evidence = in.string();
          break;
        default:
          throw in.unknown(field);
      }
    }
    PartyId p = party;
    Instant a = at;
    String e = evidence;
    return in.build(
        mark,
        () ->
            e == null
                ? SignIn.of(required("party", p), required("at", a))
                : SignIn.withEvidence(required("party", p), required("at", a), e));
  }

  /**
   * Writes a sign-in.
   *
   * @param out the writer
   * @param signIn the sign-in
   */
  public static void writeSignIn(JsonOut out, SignIn signIn) {
    out.beginObject();
    out.string("party", signIn.party().value());
    out.instant("at", signIn.at());
    out.string("evidence", signIn.evidence());
    out.endObject();
  }

  /**
   * Reads a stage record: {@code {"stage", "startedAt", "summary"}}, all required.
   *
   * @param in the reader
   * @return the record
   */
  public static StageRecord readStageRecord(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    MeetingStage stage = null;
    Instant startedAt = null;
    String summary = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "stage":
          stage = in.token(STAGES);
          break;
        case "startedAt":
          startedAt = in.instant();
          break;
        case "summary":
          summary = in.string();
          break;
        default:
          throw in.unknown(field);
      }
    }
    MeetingStage s = stage;
    Instant at = startedAt;
    String text = summary;
    return in.build(
        mark,
        () ->
            StageRecord.of(
                required("stage", s), required("startedAt", at), required("summary", text)));
  }

  /**
   * Writes a stage record.
   *
   * @param out the writer
   * @param record the record
   */
  public static void writeStageRecord(JsonOut out, StageRecord record) {
    out.beginObject();
    out.token("stage", STAGES, record.stage());
    out.instant("startedAt", record.startedAt());
    out.string("summary", record.summary());
    out.endObject();
  }

  /**
   * Reads a speaking turn: {@code {"party", "duration"}}, both required, the duration ISO-8601
   * ({@code PT3M}).
   *
   * @param in the reader
   * @return the turn
   */
  public static SpeakingTurn readSpeakingTurn(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    PartyId party = null;
    Duration duration = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "party":
          party = readPartyId(in);
          break;
        case "duration":
          duration = in.duration();
          break;
        default:
          throw in.unknown(field);
      }
    }
    PartyId p = party;
    Duration d = duration;
    return in.build(mark, () -> SpeakingTurn.of(required("party", p), required("duration", d)));
  }

  /**
   * Writes a speaking turn.
   *
   * @param out the writer
   * @param turn the turn
   */
  public static void writeSpeakingTurn(JsonOut out, SpeakingTurn turn) {
    out.beginObject();
    out.string("party", turn.party().value());
    out.duration("duration", turn.duration());
    out.endObject();
  }

  /**
   * Reads a declared conflict of interest: {@code {"party", "description"}}, both required.
   *
   * @param in the reader
   * @return the declaration
   */
  public static ConflictOfInterest readConflictOfInterest(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    PartyId party = null;
    String description = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "party":
          party = readPartyId(in);
          break;
        case "description":
          description = in.string();
          break;
        default:
          throw in.unknown(field);
      }
    }
    PartyId p = party;
    String d = description;
    return in.build(
        mark, () -> ConflictOfInterest.of(required("party", p), required("description", d)));
  }

  /**
   * Writes a declared conflict of interest.
   *
   * @param out the writer
   * @param conflict the declaration
   */
  public static void writeConflictOfInterest(JsonOut out, ConflictOfInterest conflict) {
    out.beginObject();
    out.string("party", conflict.party().value());
    out.string("description", conflict.description());
    out.endObject();
  }

  /**
   * Reads a vote: {@code {"rule", "eligible"?, "ballots"?, "showOfHands"?, "closedAt"}}, the rule
   * tagged; a rule's name ({@link RuleNames}) is refused, as the reader knows no profile.
   *
   * @param in the reader
   * @return the vote
   */
  public static Vote readVote(JsonIn in) {
    return readVote(in, RuleNames.NONE);
  }

  /**
   * Reads a vote whose rule is tagged or the name of a rule of a profile ({@link
   * RuleNames#readRule}).
   *
   * @param in the reader
   * @param names the names of the profile's rules, or {@link RuleNames#NONE} to refuse names
   * @return the vote
   */
  public static Vote readVote(JsonIn in, RuleNames names) {
    JsonIn.Mark mark = in.beginObject();
    Vote.Builder vote = new Vote.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "rule":
          vote.rule(names.readRule(in));
          break;
        case "eligible":
          vote.addAllEligible(in.list(DecisionCodecs::readVoter));
          break;
        case "ballots":
          vote.addAllBallots(in.list(DecisionCodecs::readBallot));
          break;
        case "showOfHands":
          vote.showOfHands(readShowOfHands(in));
          break;
        case "closedAt":
          vote.closedAt(in.instant());
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, vote::build);
  }

  /**
   * Writes a vote.
   *
   * @param out the writer
   * @param vote the vote
   */
  public static void writeVote(JsonOut out, Vote vote) {
    writeVote(out, vote, RuleNames.NONE);
  }

  /**
   * Writes a vote, its rule as a name of the profile's rule if it is the one the profile sets for
   * the record's topic ({@link RuleNames#writeRule}), else tagged.
   *
   * @param out the writer
   * @param vote the vote
   * @param names the names of the profile's rules at the record's topic, or {@link RuleNames#NONE}
   */
  public static void writeVote(JsonOut out, Vote vote, RuleNames names) {
    out.beginObject();
    out.field("rule");
    names.writeRule(out, vote.rule());
    out.listUnlessEmpty("eligible", vote.eligible(), DecisionCodecs::writeVoter);
    out.listUnlessEmpty("ballots", vote.ballots(), DecisionCodecs::writeBallot);
    if (vote.showOfHands().isPresent()) {
      out.field("showOfHands");
      writeShowOfHands(out, vote.showOfHands().get());
    }
    out.instant("closedAt", vote.closedAt());
    out.endObject();
  }

  /**
   * Reads the totals of a show of hands: {@code {"yes", "no", "abstain", "counter"}}, all required.
   *
   * @param in the reader
   * @return the totals
   */
  public static ShowOfHands readShowOfHands(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    ShowOfHands.Builder hands = new ShowOfHands.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "yes":
          hands.yes(in.integer());
          break;
        case "no":
          hands.no(in.integer());
          break;
        case "abstain":
          hands.abstain(in.integer());
          break;
        case "counter":
          hands.counter(readPartyId(in));
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, hands::build);
  }

  /**
   * Writes the totals of a show of hands.
   *
   * @param out the writer
   * @param hands the totals
   */
  public static void writeShowOfHands(JsonOut out, ShowOfHands hands) {
    out.beginObject();
    out.integer("yes", hands.yes());
    out.integer("no", hands.no());
    out.integer("abstain", hands.abstain());
    out.string("counter", hands.counter().value());
    out.endObject();
  }

  /**
   * Reads a meeting's result: {@code {"text", "outcome"?}}.
   *
   * @param in the reader
   * @return the result
   */
  public static MeetingResult readMeetingResult(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    String text = null;
    Outcome outcome = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "text":
          text = in.string();
          break;
        case "outcome":
          outcome = in.token(DecisionCodecs.OUTCOMES);
          break;
        default:
          throw in.unknown(field);
      }
    }
    String t = text;
    Outcome o = outcome;
    return in.build(
        mark,
        () ->
            o == null
                ? MeetingResult.of(required("text", t))
                : MeetingResult.of(required("text", t), o));
  }

  /**
   * Writes a meeting's result.
   *
   * @param out the writer
   * @param result the result
   */
  public static void writeMeetingResult(JsonOut out, MeetingResult result) {
    out.beginObject();
    out.string("text", result.text());
    if (result.outcome().isPresent()) {
      out.token("outcome", DecisionCodecs.OUTCOMES, result.outcome().get());
    }
    out.endObject();
  }

  /**
   * Reads a publicity notice: {@code {"channel", "from", "until"}}, all required.
   *
   * @param in the reader
   * @return the notice
   */
  public static Publicity readPublicity(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    String channel = null;
    Instant from = null;
    Instant until = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "channel":
          channel = in.string();
          break;
        case "from":
          from = in.instant();
          break;
        case "until":
          until = in.instant();
          break;
        default:
          throw in.unknown(field);
      }
    }
    String c = channel;
    Instant f = from;
    Instant u = until;
    return in.build(
        mark,
        () -> Publicity.of(required("channel", c), required("from", f), required("until", u)));
  }

  /**
   * Writes a publicity notice.
   *
   * @param out the writer
   * @param publicity the notice
   */
  public static void writePublicity(JsonOut out, Publicity publicity) {
    out.beginObject();
    out.string("channel", publicity.channel());
    out.instant("from", publicity.from());
    out.instant("until", publicity.until());
    out.endObject();
  }

  /**
   * Reads a problem raised at a meeting: {@code {"description", "raisedAt", "solvedOnTheSpot",
   * "solutionProposedAt"?}}.
   *
   * @param in the reader
   * @return the problem
   */
  public static RaisedProblem readRaisedProblem(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    RaisedProblem.Builder problem = new RaisedProblem.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "description":
          problem.description(in.string());
          break;
        case "raisedAt":
          problem.raisedAt(in.instant());
          break;
        case "solvedOnTheSpot":
          problem.solvedOnTheSpot(in.bool());
          break;
        case "solutionProposedAt":
          problem.solutionProposedAt(in.instant());
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, problem::build);
  }

  /**
   * Writes a problem raised at a meeting.
   *
   * @param out the writer
   * @param problem the problem
   */
  public static void writeRaisedProblem(JsonOut out, RaisedProblem problem) {
    out.beginObject();
    out.string("description", problem.description());
    out.instant("raisedAt", problem.raisedAt());
    out.bool("solvedOnTheSpot", problem.solvedOnTheSpot());
    if (problem.solutionProposedAt().isPresent()) {
      out.instant("solutionProposedAt", problem.solutionProposedAt().get());
    }
    out.endObject();
  }

  private static PartyId readPartyId(JsonIn in) {
    return in.string(PartyId::of);
  }

  private static void writePartyId(JsonOut out, PartyId id) {
    out.string(id.value());
  }
}
