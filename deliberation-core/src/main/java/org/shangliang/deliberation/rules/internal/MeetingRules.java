package org.shangliang.deliberation.rules.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shangliang.deliberation.decision.Ballot;
import org.shangliang.deliberation.decision.DecisionRule;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.decision.Quorum;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.meeting.ConflictOfInterest;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.meeting.Publicity;
import org.shangliang.deliberation.meeting.RaisedProblem;
import org.shangliang.deliberation.meeting.ShowOfHands;
import org.shangliang.deliberation.meeting.SignIn;
import org.shangliang.deliberation.meeting.SpeakingTurn;
import org.shangliang.deliberation.meeting.StageRecord;
import org.shangliang.deliberation.meeting.Vote;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.validation.Severity;

/**
 * Rules on meetings (meeting.*): the seven stages, sign-in and quorum, chair, speaking, votes, result,
 * publicity, meeting kinds and time limits. See docs/domain.md "Meetings and the seven stages",
 * "Procedure and chair", "Decisions and votes" and "Matter sizes and timing".
 */
final class MeetingRules {

  private MeetingRules() {}

  static Path meeting(int index) {
    return Path.of("meetings").index(index);
  }

  /** meeting.party.not-listed: every party a meeting names is on the party list. */
  static final class PartyNotListed extends BuiltInRule {
    PartyNotListed() {
      super(RuleCodes.MEETING_PARTY_NOT_LISTED, Severity.ERROR, PROCEDURE);
    }

    @Override
    public void check(RuleContext context) {
      PartyList parties = context.deliberation().parties();
      List<Meeting> meetings = context.deliberation().meetings();
      // Paths are built only for a party that is not listed: a valid record allocates nothing here.
      for (int i = 0; i < meetings.size(); i++) {
        Meeting m = meetings.get(i);
        if (!parties.has(m.chair())) {
          context.report(meeting(i).child("chair"), m.chair());
        }
        if (!parties.has(m.recorder())) {
          context.report(meeting(i).child("recorder"), m.recorder());
        }
        List<PartyId> invited = m.invited();
        for (int k = 0; k < invited.size(); k++) {
          if (!parties.has(invited.get(k))) {
            context.report(meeting(i).child("invited").index(k), invited.get(k));
          }
        }
        List<SignIn> attendance = m.attendance();
        for (int k = 0; k < attendance.size(); k++) {
          PartyId party = attendance.get(k).party();
          if (!parties.has(party)) {
            context.report(meeting(i).child("attendance").index(k).child("party"), party);
          }
        }
        List<SpeakingTurn> turns = m.speakingTurns();
        for (int k = 0; k < turns.size(); k++) {
          PartyId party = turns.get(k).party();
          if (!parties.has(party)) {
            context.report(meeting(i).child("speakingTurns").index(k).child("party"), party);
          }
        }
        List<ConflictOfInterest> conflicts = m.conflicts();
        for (int k = 0; k < conflicts.size(); k++) {
          PartyId party = conflicts.get(k).party();
          if (!parties.has(party)) {
            context.report(meeting(i).child("conflicts").index(k).child("party"), party);
          }
        }
        if (m.vote().isPresent()) {
          checkVote(context, parties, m.vote().get(), i);
        }
      }
    }

    private static void checkVote(RuleContext context, PartyList parties, Vote vote, int i) {
      List<Voter> eligible = vote.eligible();
      for (int k = 0; k < eligible.size(); k++) {
        PartyId party = eligible.get(k).party();
        if (!parties.has(party)) {
          context.report(
              meeting(i).child("vote").child("eligible").index(k).child("party"), party);
        }
      }
      List<Ballot> ballots = vote.ballots();
      for (int k = 0; k < ballots.size(); k++) {
        PartyId party = ballots.get(k).party();
        if (!parties.has(party)) {
          context.report(meeting(i).child("vote").child("ballots").index(k).child("party"), party);
        }
      }
      if (vote.showOfHands().isPresent()) {
        PartyId counter = vote.showOfHands().get().counter();
        if (!parties.has(counter)) {
          context.report(meeting(i).child("vote").child("showOfHands").child("counter"), counter);
        }
      }
    }
  }

  /** meeting.unit.not-deliberating-unit: a meeting is held by the deliberating unit's body. */
  static final class UnitNotDeliberatingUnit extends BuiltInRule {
    UnitNotDeliberatingUnit() {
      super(RuleCodes.MEETING_UNIT_NOT_DELIBERATING_UNIT, Severity.ERROR, PROCEDURE);
    }

    @Override
    public void check(RuleContext context) {
      Deliberation deliberation = context.deliberation();
      List<Meeting> meetings = deliberation.meetings();
      for (int i = 0; i < meetings.size(); i++) {
        Meeting m = meetings.get(i);
        if (context.jurisdiction().has(m.unit())
            && !m.unit().equals(deliberation.deliberatingUnit())) {
          context.report(meeting(i).child("unit"), m.unit(), deliberation.deliberatingUnit());
        }
      }
    }
  }

  /** meeting.stage.missing: each of the profile's stages is recorded. */
  static final class StageMissing extends BuiltInRule {
    StageMissing() {
      super(RuleCodes.MEETING_STAGE_MISSING, Severity.ERROR, SEVEN_STAGES);
    }

    @Override
    public void check(RuleContext context) {
      List<Meeting> meetings = context.deliberation().meetings();
      for (int i = 0; i < meetings.size(); i++) {
        for (MeetingStage stage : context.profile().meetingStages()) {
          if (meetings.get(i).stage(stage).isEmpty()) {
            context.report(meeting(i).child("stages"), stage);
          }
        }
      }
    }
  }

  /** meeting.stage.order: recorded stages follow the profile's order (sign-in first). */
  static final class StageOrder extends BuiltInRule {
    StageOrder() {
      super(RuleCodes.MEETING_STAGE_ORDER, Severity.ERROR, SEVEN_STAGES);
    }

    @Override
    public void check(RuleContext context) {
      List<MeetingStage> order = context.profile().meetingStages();
      List<Meeting> meetings = context.deliberation().meetings();
      for (int i = 0; i < meetings.size(); i++) {
        List<StageRecord> stages = meetings.get(i).stages();
        int highest = -1;
        MeetingStage highestStage = null;
        for (int j = 0; j < stages.size(); j++) {
          int position = order.indexOf(stages.get(j).stage());
          if (position < 0) {
            continue;
          }
          if (position < highest) {
            context.report(
                meeting(i).child("stages").index(j), stages.get(j).stage(), highestStage);
          } else {
            highest = position;
            highestStage = stages.get(j).stage();
          }
        }
      }
    }
  }

  /** meeting.stage.time: stage instants do not decrease and lie within the meeting. */
  static final class StageTime extends BuiltInRule {
    StageTime() {
      super(RuleCodes.MEETING_STAGE_TIME, Severity.ERROR, SEVEN_STAGES);
    }

    @Override
    public void check(RuleContext context) {
      if (context.profile().meetingStages().isEmpty()) {
        return; // the profile sets no stages
      }
      List<Meeting> meetings = context.deliberation().meetings();
      for (int i = 0; i < meetings.size(); i++) {
        Meeting m = meetings.get(i);
        Instant previous = m.startedAt();
        for (int j = 0; j < m.stages().size(); j++) {
          StageRecord stage = m.stages().get(j);
          Instant at = stage.startedAt();
          if (at.isBefore(previous) || at.isAfter(m.endedAt())) {
            context.report(
                meeting(i).child("stages").index(j).child("startedAt"),
                stage.stage(),
                at,
                previous,
                m.endedAt());
          } else {
            previous = at;
          }
        }
      }
    }
  }

  /** meeting.quorum.not-met: enough of the invited signed in, per the profile's quorum. */
  static final class QuorumNotMet extends BuiltInRule {
    QuorumNotMet() {
      super(RuleCodes.MEETING_QUORUM_NOT_MET, Severity.ERROR, QUORUM);
    }

    @Override
    public void check(RuleContext context) {
      Quorum quorum = context.profile().quorums().get(context.deliberation().topic().matterSize());
      if (quorum == null) {
        return;
      }
      List<Meeting> meetings = context.deliberation().meetings();
      for (int i = 0; i < meetings.size(); i++) {
        Meeting m = meetings.get(i);
        Set<PartyId> present = m.present();
        int signedIn = 0;
        for (PartyId invited : m.invited()) {
          if (present.contains(invited)) {
            signedIn++;
          }
        }
        if (!quorum.isMetBy(signedIn, m.invited().size())) {
          context.report(
              meeting(i).child("attendance"),
              signedIn,
              m.invited().size(),
              quorum.minimumCount(),
              quorum.fraction().isPresent() ? quorum.fraction().get().toString() : TierRules.NONE,
              quorum.strict() ? ">" : "≥");
        }
      }
    }
  }

  /**
   * meeting.chair.not-convener: the chair is of the tier's convener kind and belongs to the meeting's
   * unit (a community's party organisation; for a cross-community matter, the sub-district's).
   */
  static final class ChairNotConvener extends BuiltInRule {
    ChairNotConvener() {
      super(RuleCodes.MEETING_CHAIR_NOT_CONVENER, Severity.ERROR, PROCEDURE);
    }

    @Override
    public void check(RuleContext context) {
      List<Meeting> meetings = context.deliberation().meetings();
      for (int i = 0; i < meetings.size(); i++) {
        Meeting m = meetings.get(i);
        Optional<AdministrativeUnit> unit = context.jurisdiction().unit(m.unit());
        Optional<Party> chair = context.deliberation().parties().party(m.chair());
        if (unit.isEmpty() || chair.isEmpty()) {
          continue;
        }
        Optional<TierRule> tier = context.profile().tier(unit.get().level());
        if (tier.isEmpty()) {
          continue;
        }
        if (chair.get().kind() != tier.get().convenerKind() || !chair.get().unit().equals(m.unit())) {
          context.report(
              meeting(i).child("chair"),
              m.chair(),
              chair.get().kind(),
              tier.get().convenerKind(),
              m.unit());
        }
      }
    }
  }

  /** meeting.speaker.not-signed-in: only signed-in parties speak. */
  static final class SpeakerNotSignedIn extends BuiltInRule {
    SpeakerNotSignedIn() {
      super(RuleCodes.MEETING_SPEAKER_NOT_SIGNED_IN, Severity.ERROR, SEVEN_STAGES);
    }

    @Override
    public void check(RuleContext context) {
      List<Meeting> meetings = context.deliberation().meetings();
      for (int i = 0; i < meetings.size(); i++) {
        Meeting m = meetings.get(i);
        Set<PartyId> present = m.present();
        for (int k = 0; k < m.speakingTurns().size(); k++) {
          SpeakingTurn turn = m.speakingTurns().get(k);
          if (!present.contains(turn.party())) {
            context.report(meeting(i).child("speakingTurns").index(k), turn.party());
          }
        }
      }
    }
  }

  /** meeting.speaking-time.exceeded: turns stay within the profile's limit (a warning). */
  static final class SpeakingTimeExceeded extends BuiltInRule {
    SpeakingTimeExceeded() {
      super(RuleCodes.MEETING_SPEAKING_TIME_EXCEEDED, Severity.WARNING, PROCEDURE);
    }

    @Override
    public void check(RuleContext context) {
      Optional<Duration> limit = context.profile().speakingTimeLimit();
      if (limit.isEmpty()) {
        return;
      }
      List<Meeting> meetings = context.deliberation().meetings();
      for (int i = 0; i < meetings.size(); i++) {
        Meeting m = meetings.get(i);
        for (int k = 0; k < m.speakingTurns().size(); k++) {
          SpeakingTurn turn = m.speakingTurns().get(k);
          if (turn.duration().compareTo(limit.get()) > 0) {
            context.report(
                meeting(i).child("speakingTurns").index(k).child("duration"),
                turn.party(),
                turn.duration(),
                limit.get());
          }
        }
      }
    }
  }

  /** Base of the ballot rules: visits each ballot of each meeting's vote. */
  abstract static class BallotRule extends BuiltInRule {
    BallotRule(org.shangliang.deliberation.validation.RuleCode code) {
      super(code, Severity.ERROR, VOTING);
    }

    @Override
    public final void check(RuleContext context) {
      List<Meeting> meetings = context.deliberation().meetings();
      for (int i = 0; i < meetings.size(); i++) {
        Meeting m = meetings.get(i);
        if (m.vote().isEmpty()) {
          continue;
        }
        Vote vote = m.vote().get();
        List<Ballot> ballots = vote.ballots();
        for (int k = 0; k < ballots.size(); k++) {
          if (breaks(m, vote, ballots, k)) {
            context.report(
                meeting(i).child("vote").child("ballots").index(k), ballots.get(k).party());
          }
        }
      }
    }

    /**
     * Whether a ballot breaks the rule.
     *
     * @param meeting the meeting
     * @param vote its vote
     * @param ballots the vote's ballots
     * @param index the ballot's index
     * @return {@code true} if the ballot is reported
     */
    abstract boolean breaks(Meeting meeting, Vote vote, List<Ballot> ballots, int index);
  }

  /** meeting.ballot.not-signed-in: only signed-in parties vote. */
  static final class BallotNotSignedIn extends BallotRule {
    BallotNotSignedIn() {
      super(RuleCodes.MEETING_BALLOT_NOT_SIGNED_IN);
    }

    @Override
    boolean breaks(Meeting meeting, Vote vote, List<Ballot> ballots, int index) {
      return !meeting.present().contains(ballots.get(index).party());
    }
  }

  /** meeting.ballot.duplicate: one ballot per party. */
  static final class BallotDuplicate extends BallotRule {
    BallotDuplicate() {
      super(RuleCodes.MEETING_BALLOT_DUPLICATE);
    }

    @Override
    boolean breaks(Meeting meeting, Vote vote, List<Ballot> ballots, int index) {
      return vote.firstBallot(ballots.get(index).party()) < index;
    }
  }

  /** meeting.ballot.conflict-of-interest: a party that declared a conflict does not vote. */
  static final class BallotConflictOfInterest extends BallotRule {
    BallotConflictOfInterest() {
      super(RuleCodes.MEETING_BALLOT_CONFLICT_OF_INTEREST);
    }

    @Override
    boolean breaks(Meeting meeting, Vote vote, List<Ballot> ballots, int index) {
      return meeting.conflicted().contains(ballots.get(index).party());
    }
  }

  /** meeting.ballot.not-eligible: only parties in the eligible snapshot vote. */
  static final class BallotNotEligible extends BallotRule {
    BallotNotEligible() {
      super(RuleCodes.MEETING_BALLOT_NOT_ELIGIBLE);
    }

    @Override
    boolean breaks(Meeting meeting, Vote vote, List<Ballot> ballots, int index) {
      return !vote.isEligible(ballots.get(index).party());
    }
  }

  /**
   * meeting.vote.rule-mismatch: a vote is decided by the profile's rule for the topic (its catalogue
   * entry's, else its size's).
   */
  static final class VoteRuleMismatch extends BuiltInRule {
    VoteRuleMismatch() {
      super(RuleCodes.MEETING_VOTE_RULE_MISMATCH, Severity.ERROR, VOTING);
    }

    @Override
    public void check(RuleContext context) {
      Topic topic = context.deliberation().topic();
      Optional<DecisionRule> expected = context.profile().decisionRule(topic);
      if (expected.isEmpty()) {
        return;
      }
      List<Meeting> meetings = context.deliberation().meetings();
      for (int i = 0; i < meetings.size(); i++) {
        Optional<Vote> vote = meetings.get(i).vote();
        if (vote.isPresent() && !vote.get().rule().equals(expected.get())) {
          context.report(
              meeting(i).child("vote").child("rule"),
              topic.catalogueEntry().isPresent()
                      && context.profile().entryDecisionRules().containsKey(topic.catalogueEntry().get())
                  ? topic.catalogueEntry().get()
                  : topic.matterSize(),
              context.profile().id());
        }
      }
    }
  }

  /** meeting.vote.outcome-mismatch: the recorded outcome is the one the vote's record computes. */
  static final class VoteOutcomeMismatch extends BuiltInRule {
    VoteOutcomeMismatch() {
      super(RuleCodes.MEETING_VOTE_OUTCOME_MISMATCH, Severity.ERROR, VOTING);
    }

    @Override
    public void check(RuleContext context) {
      List<Meeting> meetings = context.deliberation().meetings();
      for (int i = 0; i < meetings.size(); i++) {
        Meeting m = meetings.get(i);
        if (m.result().isEmpty()) {
          continue;
        }
        if (m.result().get().outcome().isEmpty()) {
          // a vote was held but the result does not say how it ended
          if (m.vote().isPresent() && !exceedsPresent(m)) {
            context.report(
                meeting(i).child("result").child("outcome"),
                TierRules.NONE,
                m.decision().get().outcome());
          }
          continue;
        }
        Outcome recorded = m.result().get().outcome().get();
        if (m.vote().isEmpty()) {
          context.report(meeting(i).child("result").child("outcome"), recorded, TierRules.NONE);
          continue;
        }
        if (exceedsPresent(m)) {
          continue; // reported by meeting.vote.show-of-hands-exceeds-present
        }
        Outcome computed = m.decision().get().outcome();
        if (computed != recorded) {
          context.report(meeting(i).child("result").child("outcome"), recorded, computed);
        }
      }
    }
  }

  /** Whether a meeting's show of hands counts more hands than voters present. */
  static boolean exceedsPresent(Meeting meeting) {
    if (meeting.vote().isEmpty() || meeting.vote().get().showOfHands().isEmpty()) {
      return false;
    }
    ShowOfHands hands = meeting.vote().get().showOfHands().get();
    long raised = (long) hands.yes() + hands.no() + hands.abstain();
    return raised > meeting.vote().get().votersPresent(meeting.present());
  }

  /** meeting.vote.show-of-hands-exceeds-present: no more hands are counted than voters present. */
  static final class ShowOfHandsExceedsPresent extends BuiltInRule {
    ShowOfHandsExceedsPresent() {
      super(RuleCodes.MEETING_VOTE_SHOW_OF_HANDS_EXCEEDS_PRESENT, Severity.ERROR, VOTING);
    }

    @Override
    public void check(RuleContext context) {
      List<Meeting> meetings = context.deliberation().meetings();
      for (int i = 0; i < meetings.size(); i++) {
        Meeting m = meetings.get(i);
        if (exceedsPresent(m)) {
          ShowOfHands hands = m.vote().get().showOfHands().get();
          context.report(
              meeting(i).child("vote").child("showOfHands"),
              (long) hands.yes() + hands.no() + hands.abstain(),
              m.vote().get().votersPresent(m.present()));
        }
      }
    }
  }

  /**
   * meeting.vote.voter-mismatch: each voter in a vote's snapshot has the kind the party list gives it
   * and, where the list gives a weight, that weight.
   */
  static final class VoterMismatch extends BuiltInRule {
    VoterMismatch() {
      super(RuleCodes.MEETING_VOTE_VOTER_MISMATCH, Severity.ERROR, VOTING);
    }

    @Override
    public void check(RuleContext context) {
      PartyList parties = context.deliberation().parties();
      List<Meeting> meetings = context.deliberation().meetings();
      for (int i = 0; i < meetings.size(); i++) {
        if (meetings.get(i).vote().isEmpty()) {
          continue;
        }
        List<Voter> voters = meetings.get(i).vote().get().eligible();
        for (int k = 0; k < voters.size(); k++) {
          Voter voter = voters.get(k);
          Optional<Party> party = parties.party(voter.party());
          if (party.isEmpty()) {
            continue; // meeting.party.not-listed
          }
          boolean kind = voter.kind() == party.get().kind();
          Optional<BigDecimal> listed = party.get().weight();
          boolean weight = listed.isEmpty() || listed.get().compareTo(voter.weight()) == 0;
          if (!kind || !weight) {
            context.report(
                meeting(i).child("vote").child("eligible").index(k),
                voter.party(),
                voter.kind(),
                party.get().kind(),
                voter.weight(),
                party.get().weight().isPresent() ? party.get().weight().get() : TierRules.NONE);
          }
        }
      }
    }
  }

  /**
   * meeting.result.before-discussion: a meeting's vote closes after its discussion started. (A
   * missing discussion stage is {@code meeting.stage.missing}; a form-result stage before it is {@code
   * meeting.stage.order} or {@code meeting.stage.time}.)
   */
  static final class ResultBeforeDiscussion extends BuiltInRule {
    ResultBeforeDiscussion() {
      super(RuleCodes.MEETING_RESULT_BEFORE_DISCUSSION, Severity.ERROR, SEVEN_STAGES);
    }

    @Override
    public void check(RuleContext context) {
      if (!context.profile().meetingStages().contains(MeetingStage.DISCUSSION)) {
        return; // the profile sets no discussion stage
      }
      List<Meeting> meetings = context.deliberation().meetings();
      for (int i = 0; i < meetings.size(); i++) {
        Meeting m = meetings.get(i);
        Optional<StageRecord> discussion = m.stage(MeetingStage.DISCUSSION);
        if (m.vote().isPresent()
            && discussion.isPresent()
            && m.vote().get().closedAt().isBefore(discussion.get().startedAt())) {
          context.report(
              meeting(i).child("vote").child("closedAt"),
              m.vote().get().closedAt(),
              discussion.get().startedAt());
        }
      }
    }
  }

  /** meeting.publicity.missing: a result formed is publicised. */
  static final class PublicityMissing extends BuiltInRule {
    PublicityMissing() {
      super(RuleCodes.MEETING_PUBLICITY_MISSING, Severity.ERROR, PUBLICITY);
    }

    @Override
    public void check(RuleContext context) {
      List<Meeting> meetings = context.deliberation().meetings();
      for (int i = 0; i < meetings.size(); i++) {
        Meeting m = meetings.get(i);
        if (m.result().isPresent() && m.publicity().isEmpty()) {
          context.report(meeting(i).child("publicity"), m.endedAt());
        }
      }
    }
  }

  /** meeting.publicity.too-short: the notice is up at least the profile's minimum. */
  static final class PublicityTooShort extends BuiltInRule {
    PublicityTooShort() {
      super(RuleCodes.MEETING_PUBLICITY_TOO_SHORT, Severity.ERROR, PUBLICITY);
    }

    @Override
    public void check(RuleContext context) {
      Optional<Duration> minimum = context.profile().minimumPublicity();
      if (minimum.isEmpty()) {
        return;
      }
      List<Meeting> meetings = context.deliberation().meetings();
      for (int i = 0; i < meetings.size(); i++) {
        Optional<Publicity> publicity = meetings.get(i).publicity();
        if (publicity.isPresent() && publicity.get().length().compareTo(minimum.get()) < 0) {
          context.report(
              meeting(i).child("publicity").child("until"),
              publicity.get().length(),
              minimum.get());
        }
      }
    }
  }

  /** meeting.kind.major-needs-full-meeting: a major matter is deliberated by the tier's full body. */
  static final class MajorNeedsFullMeeting extends BuiltInRule {
    MajorNeedsFullMeeting() {
      super(RuleCodes.MEETING_KIND_MAJOR_NEEDS_FULL, Severity.ERROR, THREE_MATTERS);
    }

    @Override
    public void check(RuleContext context) {
      if (context.deliberation().topic().matterSize() != MatterSize.MAJOR) {
        return;
      }
      List<Meeting> meetings = context.deliberation().meetings();
      for (int i = 0; i < meetings.size(); i++) {
        MeetingKind kind = meetings.get(i).kind();
        if (!kind.isFull()) {
          context.report(meeting(i).child("kind"), kind);
        }
      }
    }
  }

  /** meeting.kind.online-not-allowed: online micro-deliberation only for minor matters of small scope. */
  static final class OnlineNotAllowed extends BuiltInRule {
    OnlineNotAllowed() {
      super(RuleCodes.MEETING_KIND_ONLINE_NOT_ALLOWED, Severity.ERROR, THREE_MATTERS);
    }

    @Override
    public void check(RuleContext context) {
      Topic topic = context.deliberation().topic();
      int limit = context.profile().onlineMaxAffectedUnits();
      boolean allowed =
          topic.matterSize() == MatterSize.MAJOR // reported by the full-meeting rule instead
              || topic.matterSize() == MatterSize.MINOR && topic.affectedUnits().size() <= limit;
      if (allowed) {
        return;
      }
      List<Meeting> meetings = context.deliberation().meetings();
      for (int i = 0; i < meetings.size(); i++) {
        if (meetings.get(i).kind() == MeetingKind.ONLINE_MICRO) {
          context.report(
              meeting(i).child("kind"), topic.matterSize(), topic.affectedUnits().size(), limit);
        }
      }
    }
  }

  /**
   * meeting.urgent.late: an urgent matter's earliest meeting starts within the profile's window.
   */
  static final class UrgentLate extends BuiltInRule {
    UrgentLate() {
      super(RuleCodes.MEETING_URGENT_LATE, Severity.ERROR, THREE_MATTERS);
    }

    @Override
    public void check(RuleContext context) {
      Deliberation deliberation = context.deliberation();
      Optional<Instant> dueAt = Deadlines.urgentMeeting(deliberation.topic(), context.profile());
      if (dueAt.isEmpty()) {
        return;
      }
      Instant due = dueAt.get();
      if (deliberation.meetings().isEmpty()) {
        if (context.now().isAfter(due)) {
          context.report(Path.of("meetings"), deliberation.topic().raisedAt(), due);
        }
      } else {
        // meetings may arrive in any order: the earliest one counts
        int first = context.meetingsInTimeOrder().index(0);
        if (deliberation.meetings().get(first).startedAt().isAfter(due)) {
          context.report(meeting(first).child("startedAt"), deliberation.topic().raisedAt(), due);
        }
      }
    }
  }

  /**
   * meeting.problem.solution-late: a problem not solved on the spot gets a proposed solution within
   * the profile's window (Bishan: 24 hours).
   */
  static final class ProblemSolutionLate extends BuiltInRule {
    ProblemSolutionLate() {
      super(RuleCodes.MEETING_PROBLEM_SOLUTION_LATE, Severity.ERROR, BISHAN);
    }

    @Override
    public void check(RuleContext context) {
      List<Meeting> meetings = context.deliberation().meetings();
      for (int i = 0; i < meetings.size(); i++) {
        List<RaisedProblem> problems = meetings.get(i).problems();
        for (int k = 0; k < problems.size(); k++) {
          RaisedProblem problem = problems.get(k);
          Optional<Instant> dueAt = Deadlines.problemSolution(problem, context.profile());
          if (dueAt.isEmpty()) {
            continue;
          }
          Instant due = dueAt.get();
          Instant answered = problem.solutionProposedAt().orElse(context.now());
          if (answered.isAfter(due)) {
            context.report(meeting(i).child("problems").index(k), problem.raisedAt(), due);
          }
        }
      }
    }
  }
}
