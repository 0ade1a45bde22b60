package org.shangliang.deliberation.testkit.internal.breaking;

import static org.shangliang.deliberation.testkit.internal.Draw.between;
import static org.shangliang.deliberation.testkit.internal.Draw.pick;
import static org.shangliang.deliberation.testkit.internal.breaking.Edits.update;
import static org.shangliang.deliberation.testkit.internal.breaking.Edits.withMeeting;
import static org.shangliang.deliberation.testkit.internal.breaking.Edits.withTopic;
import static org.shangliang.deliberation.testkit.internal.breaking.Edits.withVote;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.broken;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.earlier;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.expecting;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.inSomeMeeting;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.lacking;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.later;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.shuffled;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.tierOf;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.unitsBut;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.unlistedParty;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.shangliang.deliberation.decision.Ballot;
import org.shangliang.deliberation.decision.Base;
import org.shangliang.deliberation.decision.Choice;
import org.shangliang.deliberation.decision.Consensus;
import org.shangliang.deliberation.decision.DecisionRule;
import org.shangliang.deliberation.decision.Fraction;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.decision.Quorum;
import org.shangliang.deliberation.decision.RestrictedVote;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.meeting.ConflictOfInterest;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.meeting.MeetingResult;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.meeting.Publicity;
import org.shangliang.deliberation.meeting.ShowOfHands;
import org.shangliang.deliberation.meeting.SpeakingTurn;
import org.shangliang.deliberation.meeting.StageRecord;
import org.shangliang.deliberation.meeting.Vote;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.testkit.ScenarioParts;
import org.shangliang.deliberation.testkit.Shape;
import org.shangliang.deliberation.testkit.Shape.Feature;
import org.shangliang.deliberation.testkit.internal.Draw;
import org.shangliang.deliberation.testkit.internal.MeetingDraft;
import org.shangliang.deliberation.testkit.internal.MeetingResultDraft;
import org.shangliang.deliberation.testkit.internal.PublicityDraft;
import org.shangliang.deliberation.testkit.internal.RaisedProblemDraft;
import org.shangliang.deliberation.testkit.internal.ShowOfHandsDraft;
import org.shangliang.deliberation.testkit.internal.SpeakingTurnDraft;
import org.shangliang.deliberation.testkit.internal.VoteDraft;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.validation.RuleCode;

/** Breakers of the meeting rules. */
final class MeetingBreakers {
  private static final String CONFLICT = "与本议题有直接利害关系";

  private MeetingBreakers() {}

  /** One breaker per meeting rule, in the order of the rules table. */
  static List<Breaker> all() {
    return List.of(
        partyNotListed(),
        unitNotDeliberatingUnit(),
        stageMissing(),
        stageOrder(),
        stageTime(),
        quorumNotMet(),
        chairNotConvener(),
        speakerNotSignedIn(),
        speakingTimeExceeded(),
        ballotNotSignedIn(),
        ballotDuplicate(),
        ballotConflictOfInterest(),
        ballotNotEligible(),
        voteRuleMismatch(),
        voteOutcomeMismatch(),
        showOfHandsExceedsPresent(),
        voterMismatch(),
        resultBeforeDiscussion(),
        publicityMissing(),
        publicityTooShort(),
        majorNeedsFullMeeting(),
        onlineNotAllowed(),
        urgentLate(),
        problemSolutionLate());
  }

  // ---------------------------------------------------------------- parties, unit, chair

  /** Names an unlisted party: a meeting's recorder, a declared conflict or a hands counter. */
  private static Breaker partyNotListed() {
    RuleCode code = RuleCodes.MEETING_PARTY_NOT_LISTED;
    return Breaker.of(
        code,
        p -> Shape.any().with(Feature.MEETING),
        inSomeMeeting(
            m -> true,
            (valid, random, i, m) -> {
              Deliberation record = valid.record();
              PartyId stranger = unlistedParty(random, record, "party");
              List<Integer> ways = new ArrayList<>(List.of(0, 1));
              if (m.vote().isPresent() && m.vote().get().showOfHands().isPresent()) {
                ways.add(2);
              }
              Deliberation broken;
              switch (pick(random, ways)) {
                case 0:
                  broken = withMeeting(record, i, d -> d.recorder = stranger);
                  break;
                case 1:
                  broken = withConflict(record, i, stranger, random);
                  break;
                default:
                  broken =
                      withVote(
                          record,
                          i,
                          v ->
                              v.showOfHands =
                                  Optional.of(
                                      ShowOfHandsDraft.edit(
                                          v.showOfHands.get(), h -> h.counter = stranger)));
                  break;
              }
              return broken(valid, broken, code);
            }));
  }

  /**
   * Moves a meeting to another unit of the jurisdiction; the chair then belongs to another unit
   * ({@code meeting.chair.not-convener} where the unit's level has a tier) and a regular meeting
   * may fall off that tier's regular dates ({@code timing.meeting-not-regular-date}).
   */
  private static Breaker unitNotDeliberatingUnit() {
    RuleCode code = RuleCodes.MEETING_UNIT_NOT_DELIBERATING_UNIT;
    return Breaker.of(
        code,
        p -> Shape.any().with(Feature.MEETING),
        inSomeMeeting(
            m -> true,
            (valid, random, i, m) -> {
              Deliberation record = valid.record();
              List<AdministrativeUnit> others =
                  unitsBut(valid.jurisdiction(), record.deliberatingUnit());
              if (others.isEmpty()) {
                return Optional.empty();
              }
              AdministrativeUnit unit = pick(random, others);
              Set<RuleCode> codes = expecting(code);
              Optional<TierRule> tier = valid.profile().tier(unit.level());
              if (tier.isPresent()) {
                codes.add(RuleCodes.MEETING_CHAIR_NOT_CONVENER);
                if (m.kind() == MeetingKind.REGULAR
                    && record.topic().matterSize() != MatterSize.URGENT
                    && tier.get().cadence().isRegular()) {
                  LocalDate date = m.scheduledDate();
                  LocalDate next = tier.get().cadence().nextOnOrAfter(date, valid.calendar()).get();
                  if (!next.equals(date)) {
                    codes.add(RuleCodes.TIMING_MEETING_NOT_REGULAR_DATE);
                  }
                }
              }
              return broken(valid, withMeeting(record, i, d -> d.unit = unit.id()), codes);
            }));
  }

  /** Gives a meeting a chair of another kind than the tier's convener, or of another unit. */
  private static Breaker chairNotConvener() {
    RuleCode code = RuleCodes.MEETING_CHAIR_NOT_CONVENER;
    return Breaker.of(
        code,
        p -> Shape.any().with(Feature.MEETING),
        inSomeMeeting(
            m -> true,
            (valid, random, i, m) -> {
              Deliberation record = valid.record();
              Optional<TierRule> tier = tierOf(valid, m.unit());
              if (tier.isEmpty()) {
                return Optional.empty();
              }
              List<PartyId> chairs = new ArrayList<>();
              for (Party party : record.parties().parties()) {
                if (!party.id().equals(m.chair())
                    && (party.kind() != tier.get().convenerKind()
                        || !party.unit().equals(m.unit()))) {
                  chairs.add(party.id());
                }
              }
              if (chairs.isEmpty()) {
                return Optional.empty();
              }
              PartyId chair = pick(random, chairs);
              return broken(valid, withMeeting(record, i, d -> d.chair = chair), code);
            }));
  }

  // ---------------------------------------------------------------- stages

  /** Why a profile without meeting stages cannot break a stage rule. */
  private static final Function<Profile, Optional<String>> NO_STAGES =
      lacking(p -> p.meetingStages().isEmpty(), "sets no meeting stages");

  /** Drops one stage record from a meeting. */
  private static Breaker stageMissing() {
    RuleCode code = RuleCodes.MEETING_STAGE_MISSING;
    return Breaker.of(
            code,
            p -> Shape.any().with(Feature.MEETING),
            inSomeMeeting(
                m -> !m.stages().isEmpty(),
                (valid, random, i, m) -> {
                  int j = random.nextInt(m.stages().size());
                  return broken(
                      valid, withMeeting(valid.record(), i, d -> d.stages.remove(j)), code);
                }))
        .unsupportedWhen(NO_STAGES);
  }

  /**
   * Swaps the stages of two of a meeting's stage records, their instants kept, so that a later
   * stage comes first; if the discussion then starts after the vote closed, {@code
   * meeting.result.before-discussion} too.
   */
  private static Breaker stageOrder() {
    RuleCode code = RuleCodes.MEETING_STAGE_ORDER;
    return Breaker.of(
            code,
            p -> Shape.any().with(Feature.MEETING),
            inSomeMeeting(
                m -> m.stages().size() >= 2,
                (valid, random, i, m) -> {
                  int j = random.nextInt(m.stages().size() - 1);
                  int k = j + 1 + random.nextInt(m.stages().size() - j - 1);
                  StageRecord first = m.stages().get(j);
                  StageRecord second = m.stages().get(k);
                  Meeting broken =
                      MeetingDraft.edit(
                          m,
                          d -> {
                            d.stages.set(
                                j,
                                StageRecord.of(
                                    second.stage(), first.startedAt(), second.summary()));
                            d.stages.set(
                                k,
                                StageRecord.of(first.stage(), second.startedAt(), first.summary()));
                          });
                  return broken(
                      valid,
                      withMeeting(valid.record(), i, broken),
                      stageCodes(code, valid, broken));
                }))
        .unsupportedWhen(NO_STAGES);
  }

  /**
   * Moves one stage record before the meeting's start or after its end; a discussion moved after
   * the end also starts after the vote closed ({@code meeting.result.before-discussion}).
   */
  private static Breaker stageTime() {
    RuleCode code = RuleCodes.MEETING_STAGE_TIME;
    return Breaker.of(
            code,
            p -> Shape.any().with(Feature.MEETING),
            inSomeMeeting(
                m -> !m.stages().isEmpty(),
                (valid, random, i, m) -> {
                  int j = random.nextInt(m.stages().size());
                  Duration min = Duration.ofMinutes(1);
                  Duration max = Duration.ofHours(3);
                  Instant at =
                      random.nextBoolean()
                          ? earlier(random, m.startedAt(), min, max)
                          : later(random, m.endedAt(), min, max);
                  StageRecord stage = m.stages().get(j);
                  StageRecord moved = StageRecord.of(stage.stage(), at, stage.summary());
                  Meeting broken = MeetingDraft.edit(m, d -> d.stages.set(j, moved));
                  return broken(
                      valid,
                      withMeeting(valid.record(), i, broken),
                      stageCodes(code, valid, broken));
                }))
        .unsupportedWhen(NO_STAGES);
  }

  /**
   * The codes a meeting whose stages were changed reports: the breaker's own, and {@code
   * meeting.result.before-discussion} where its vote now closes before its discussion starts, in a
   * profile with a discussion stage.
   */
  private static Set<RuleCode> stageCodes(RuleCode own, ScenarioParts valid, Meeting m) {
    Set<RuleCode> codes = expecting(own);
    Optional<StageRecord> discussion = m.stage(MeetingStage.DISCUSSION);
    if (valid.profile().meetingStages().contains(MeetingStage.DISCUSSION)
        && m.vote().isPresent()
        && discussion.isPresent()
        && m.vote().get().closedAt().isBefore(discussion.get().startedAt())) {
      codes.add(RuleCodes.MEETING_RESULT_BEFORE_DISCUSSION);
    }
    return codes;
  }

  // ---------------------------------------------------------------- quorum

  /**
   * Drops the sign-ins of invited parties who neither vote nor speak until the meeting's quorum is
   * missed (sometimes a few more).
   */
  private static Breaker quorumNotMet() {
    RuleCode code = RuleCodes.MEETING_QUORUM_NOT_MET;
    return Breaker.of(
        code,
        p -> Shape.any().with(Feature.MEETING).withoutVote().without(Feature.SPEAKING_TURNS),
        inSomeMeeting(
            m -> true,
            (valid, random, i, m) -> {
              Deliberation record = valid.record();
              Quorum quorum = valid.profile().quorums().get(record.topic().matterSize());
              if (quorum == null) {
                return Optional.empty();
              }
              Set<PartyId> busy = new HashSet<>();
              for (SpeakingTurn turn : m.speakingTurns()) {
                busy.add(turn.party());
              }
              if (m.vote().isPresent()) {
                for (Voter voter : m.vote().get().eligible()) {
                  busy.add(voter.party());
                }
                for (Ballot ballot : m.vote().get().ballots()) {
                  busy.add(ballot.party());
                }
              }
              List<PartyId> removable = new ArrayList<>();
              int signedIn = 0;
              for (PartyId party : m.invited()) {
                if (m.present().contains(party)) {
                  signedIn++;
                  if (!busy.contains(party)) {
                    removable.add(party);
                  }
                }
              }
              removable = shuffled(random, removable);
              Set<PartyId> dropped = new HashSet<>();
              for (PartyId party : removable) {
                if (!quorum.isMetBy(signedIn - dropped.size(), m.invited().size())) {
                  break;
                }
                dropped.add(party);
              }
              if (quorum.isMetBy(signedIn - dropped.size(), m.invited().size())) {
                return Optional.empty();
              }
              int more = random.nextInt(3);
              for (PartyId party : removable) {
                if (more > 0 && dropped.add(party)) {
                  more--;
                }
              }
              Deliberation broken =
                  withMeeting(
                      record, i, d -> d.attendance.removeIf(s -> dropped.contains(s.party())));
              return broken(valid, broken, code);
            }));
  }

  // ---------------------------------------------------------------- speaking

  /** Gives a speaking turn to a listed party that did not sign in. */
  private static Breaker speakerNotSignedIn() {
    RuleCode code = RuleCodes.MEETING_SPEAKER_NOT_SIGNED_IN;
    return Breaker.of(
        code,
        p -> Shape.any().withSpeakingTurns(),
        inSomeMeeting(
            m -> !m.speakingTurns().isEmpty(),
            (valid, random, i, m) -> {
              Deliberation record = valid.record();
              List<PartyId> absent = new ArrayList<>();
              for (Party party : record.parties().parties()) {
                if (!m.present().contains(party.id())) {
                  absent.add(party.id());
                }
              }
              if (absent.isEmpty()) {
                return Optional.empty();
              }
              PartyId speaker = pick(random, absent);
              int k = random.nextInt(m.speakingTurns().size());
              return broken(valid, withSpeakingTurn(record, i, k, t -> t.party = speaker), code);
            }));
  }

  /** Lengthens one speaking turn past the profile's limit (by up to the limit again). */
  private static Breaker speakingTimeExceeded() {
    RuleCode code = RuleCodes.MEETING_SPEAKING_TIME_EXCEEDED;
    return Breaker.of(
            code,
            p -> Shape.any().withSpeakingTurns(),
            inSomeMeeting(
                m -> !m.speakingTurns().isEmpty(),
                (valid, random, i, m) -> {
                  Duration limit = valid.profile().speakingTimeLimit().get();
                  int k = random.nextInt(m.speakingTurns().size());
                  Duration length = limit.plus(between(random, Duration.ofSeconds(1), limit));
                  return broken(
                      valid,
                      withSpeakingTurn(valid.record(), i, k, t -> t.duration = length),
                      code);
                }))
        .unsupportedWhen(
            lacking(p -> p.speakingTimeLimit().isEmpty(), "sets no speaking-time limit"));
  }

  /** The record with one speaking turn of one meeting changed. */
  private static Deliberation withSpeakingTurn(
      Deliberation record, int meeting, int turn, Consumer<SpeakingTurnDraft> change) {
    return withMeeting(
        record,
        meeting,
        d -> update(d.speakingTurns, turn, t -> SpeakingTurnDraft.edit(t, change)));
  }

  // ---------------------------------------------------------------- ballots

  /** Adds a ballot from an eligible voter who did not sign in (the tally ignores it). */
  private static Breaker ballotNotSignedIn() {
    RuleCode code = RuleCodes.MEETING_BALLOT_NOT_SIGNED_IN;
    return Breaker.of(
        code,
        p -> Shape.any().withVote(Shape.VoteForm.BALLOTS),
        ballotFromOneOf(
            code,
            (m, vote) ->
                vote.eligible().stream()
                    .map(Voter::party)
                    .filter(p -> !m.present().contains(p) && vote.firstBallot(p) < 0)
                    .toList()));
  }

  /** Adds a second ballot of a party that voted, after its first (the tally counts the first). */
  private static Breaker ballotDuplicate() {
    RuleCode code = RuleCodes.MEETING_BALLOT_DUPLICATE;
    return Breaker.of(
        code,
        p -> Shape.any().withVote(Shape.VoteForm.BALLOTS),
        inSomeMeeting(
            m -> byBallots(m) && !m.vote().get().ballots().isEmpty(),
            (valid, random, i, m) -> {
              List<Ballot> ballots = m.vote().get().ballots();
              int k = random.nextInt(ballots.size());
              int at = k + 1 + random.nextInt(ballots.size() - k);
              return broken(
                  valid, withBallot(valid.record(), i, at, ballots.get(k).party(), random), code);
            }));
  }

  /** Declares a conflict of interest for a party that cast a ballot. */
  private static Breaker ballotConflictOfInterest() {
    RuleCode code = RuleCodes.MEETING_BALLOT_CONFLICT_OF_INTEREST;
    return Breaker.of(
        code,
        p -> Shape.any().withVote(Shape.VoteForm.BALLOTS),
        inSomeMeeting(
            MeetingBreakers::byBallots,
            (valid, random, i, m) -> {
              List<PartyId> voters = new ArrayList<>();
              for (Ballot ballot : m.vote().get().ballots()) {
                if (!m.conflicted().contains(ballot.party())) {
                  voters.add(ballot.party());
                }
              }
              if (voters.isEmpty()) {
                return Optional.empty();
              }
              return broken(
                  valid, withConflict(valid.record(), i, pick(random, voters), random), code);
            }));
  }

  /** Adds a ballot from a signed-in party that is not an eligible voter (the tally ignores it). */
  private static Breaker ballotNotEligible() {
    RuleCode code = RuleCodes.MEETING_BALLOT_NOT_ELIGIBLE;
    return Breaker.of(
        code,
        p -> Shape.any().withVote(Shape.VoteForm.BALLOTS),
        ballotFromOneOf(
            code,
            (m, vote) ->
                m.present().stream()
                    .filter(p -> !vote.isEligible(p) && vote.firstBallot(p) < 0)
                    .toList()));
  }

  /**
   * Adds, at a random place of the ballots of a meeting voting by ballots, a ballot from one of the
   * parties {@code who} names for it; meetings are tried in random order until one names a party.
   */
  private static Breaker.Mutation ballotFromOneOf(
      RuleCode code, BiFunction<Meeting, Vote, List<PartyId>> who) {
    return inSomeMeeting(
        MeetingBreakers::byBallots,
        (valid, random, i, m) -> {
          Vote vote = m.vote().get();
          List<PartyId> parties = who.apply(m, vote);
          if (parties.isEmpty()) {
            return Optional.empty();
          }
          PartyId party = pick(random, parties);
          int at = random.nextInt(vote.ballots().size() + 1);
          return broken(valid, withBallot(valid.record(), i, at, party, random), code);
        });
  }

  private static boolean byBallots(Meeting m) {
    return m.vote().isPresent() && m.vote().get().showOfHands().isEmpty();
  }

  /** The record with a ballot of a party, of any choice, added at a place of a meeting's vote. */
  private static Deliberation withBallot(
      Deliberation record, int meeting, int at, PartyId party, RandomGenerator random) {
    Ballot ballot = Ballot.of(party, pick(random, List.of(Choice.values())));
    return withVote(record, meeting, v -> v.ballots.add(at, ballot));
  }

  /** The record with a party's conflict of interest declared (at a random place) at a meeting. */
  private static Deliberation withConflict(
      Deliberation record, int meeting, PartyId party, RandomGenerator random) {
    ConflictOfInterest conflict = ConflictOfInterest.of(party, CONFLICT);
    int at = random.nextInt(record.meetings().get(meeting).conflicts().size() + 1);
    return withMeeting(record, meeting, d -> d.conflicts.add(at, conflict));
  }

  // ---------------------------------------------------------------- votes

  /**
   * Decides a vote by another rule than the profile's for the topic, one that computes the same
   * outcome from the same ballots or hands (so the recorded outcome still holds).
   */
  private static Breaker voteRuleMismatch() {
    RuleCode code = RuleCodes.MEETING_VOTE_RULE_MISMATCH;
    return Breaker.of(
        code,
        p -> Shape.any().with(Feature.MEETING).with(Feature.VOTE),
        inSomeMeeting(
            m -> m.vote().isPresent(),
            (valid, random, i, m) -> {
              Deliberation record = valid.record();
              Optional<DecisionRule> expected = valid.profile().decisionRule(record.topic());
              if (expected.isEmpty()) {
                return Optional.empty();
              }
              Vote vote = m.vote().get();
              Optional<Outcome> recorded = m.result().flatMap(MeetingResult::outcome);
              List<DecisionRule> candidates = new ArrayList<>();
              for (DecisionRule rule : otherRules()) {
                if (rule.equals(expected.get())
                    || (vote.showOfHands().isPresent() && rule.measuresWeight())) {
                  continue;
                }
                Vote other = VoteDraft.edit(vote, v -> v.rule = rule);
                if (recorded.isEmpty() || other.decide(m.present()).outcome() == recorded.get()) {
                  candidates.add(rule);
                }
              }
              if (candidates.isEmpty()) {
                return Optional.empty();
              }
              DecisionRule rule = pick(random, candidates);
              return broken(valid, withVote(record, i, v -> v.rule = rule), code);
            }));
  }

  /** Head-count rules a vote may be decided by instead of the profile's. */
  private static List<DecisionRule> otherRules() {
    List<DecisionRule> rules = new ArrayList<>();
    for (Base base : Base.values()) {
      rules.add(MajorityRule.simple(base));
    }
    rules.add(MajorityRule.supermajority(Fraction.of(2, 3), false, Base.PRESENT));
    rules.add(MajorityRule.supermajority(Fraction.of(3, 4), true, Base.CAST));
    rules.add(MajorityRule.supermajority(Fraction.of(2, 3), true, Base.ELIGIBLE));
    rules.add(Consensus.strict());
    return rules;
  }

  /**
   * Records another outcome for a vote than the one it computes: drops the outcome from the result,
   * or names another one (from a passed motion only where the record has no steps, so that no
   * carry-out step loses its decision).
   */
  private static Breaker voteOutcomeMismatch() {
    RuleCode code = RuleCodes.MEETING_VOTE_OUTCOME_MISMATCH;
    return Breaker.of(
        code,
        p -> Shape.any().with(Feature.MEETING).with(Feature.VOTE),
        inSomeMeeting(
            m -> m.vote().isPresent() && m.result().flatMap(MeetingResult::outcome).isPresent(),
            (valid, random, i, m) -> {
              Deliberation record = valid.record();
              Outcome recorded = m.result().get().outcome().get();
              List<Optional<Outcome>> others = new ArrayList<>();
              others.add(Optional.empty());
              if (recorded != Outcome.PASSED || record.steps().isEmpty()) {
                for (Outcome outcome : Outcome.values()) {
                  if (outcome != recorded) {
                    others.add(Optional.of(outcome));
                  }
                }
              }
              Optional<Outcome> other = pick(random, others);
              MeetingResult result =
                  MeetingResultDraft.edit(m.result().get(), r -> r.outcome = other);
              Deliberation broken = withMeeting(record, i, d -> d.result = Optional.of(result));
              return broken(valid, broken, code);
            }));
  }

  /**
   * Counts more hands than eligible voters signed in (within the eligible voters, adding one absent
   * listed party to them where every eligible voter signed in).
   */
  private static Breaker showOfHandsExceedsPresent() {
    RuleCode code = RuleCodes.MEETING_VOTE_SHOW_OF_HANDS_EXCEEDS_PRESENT;
    return Breaker.of(
        code,
        p -> Shape.any().withVote(Shape.VoteForm.SHOW_OF_HANDS),
        inSomeMeeting(
            m -> m.vote().isPresent() && m.vote().get().showOfHands().isPresent(),
            (valid, random, i, m) -> {
              Deliberation record = valid.record();
              Vote vote = m.vote().get();
              ShowOfHands counted = vote.showOfHands().get();
              long raised = (long) counted.yes() + counted.no() + counted.abstain();
              int present = vote.votersPresent(m.present());
              int voters = vote.voters();
              Optional<Voter> added = Optional.empty();
              long target;
              if (voters > present) {
                target = present + 1 + random.nextInt(voters - present);
              } else {
                List<Party> absent = new ArrayList<>();
                for (Party party : record.parties().parties()) {
                  boolean counts =
                      !(vote.rule() instanceof RestrictedVote)
                          || ((RestrictedVote) vote.rule()).kind() == party.kind();
                  if (counts && !vote.isEligible(party.id()) && !m.present().contains(party.id())) {
                    absent.add(party);
                  }
                }
                if (absent.isEmpty()) {
                  return Optional.empty();
                }
                Party party = pick(random, absent);
                BigDecimal weight = party.weight().orElse(BigDecimal.ONE);
                added = Optional.of(Voter.of(party.id(), party.kind(), weight));
                target = present + 1;
              }
              int[] more = new int[3];
              for (long extra = target - raised; extra > 0; extra--) {
                more[random.nextInt(3)]++;
              }
              Optional<Voter> voter = added;
              Deliberation broken =
                  withVote(
                      record,
                      i,
                      v -> {
                        voter.ifPresent(
                            x -> v.eligible.add(random.nextInt(v.eligible.size() + 1), x));
                        v.showOfHands =
                            Optional.of(
                                ShowOfHandsDraft.edit(
                                    counted,
                                    h -> {
                                      h.yes += more[0];
                                      h.no += more[1];
                                      h.abstain += more[2];
                                    }));
                      });
              return broken(valid, broken, code);
            }));
  }

  /**
   * Gives an eligible voter another kind than the list's (never changing whom a restricted vote
   * counts), or another weight than the list's where the rule weighs none.
   */
  private static Breaker voterMismatch() {
    RuleCode code = RuleCodes.MEETING_VOTE_VOTER_MISMATCH;
    return Breaker.of(
        code,
        p -> Shape.any().with(Feature.MEETING).with(Feature.VOTE),
        inSomeMeeting(
            m -> m.vote().isPresent(),
            (valid, random, i, m) -> {
              Deliberation record = valid.record();
              Vote vote = m.vote().get();
              Optional<PartyKind> restricted =
                  vote.rule() instanceof RestrictedVote
                      ? Optional.of(((RestrictedVote) vote.rule()).kind())
                      : Optional.empty();
              List<Voter> changed = new ArrayList<>();
              List<Integer> at = new ArrayList<>();
              for (int k = 0; k < vote.eligible().size(); k++) {
                Voter voter = vote.eligible().get(k);
                Optional<Party> party = record.parties().party(voter.party());
                if (party.isEmpty()) {
                  continue;
                }
                if (restricted.isEmpty() || restricted.get() != voter.kind()) {
                  List<PartyKind> kinds = new ArrayList<>();
                  for (PartyKind kind : PartyKind.values()) {
                    if (kind != voter.kind()
                        && kind != PartyKind.OTHER
                        && (restricted.isEmpty() || restricted.get() != kind)) {
                      kinds.add(kind);
                    }
                  }
                  changed.add(Voter.of(voter.party(), pick(random, kinds), voter.weight()));
                  at.add(k);
                }
                if (party.get().weight().isPresent() && !vote.rule().measuresWeight()) {
                  BigDecimal weight =
                      party.get().weight().get().add(BigDecimal.valueOf(1 + random.nextInt(50)));
                  changed.add(Voter.of(voter.party(), voter.kind(), weight));
                  at.add(k);
                }
              }
              if (changed.isEmpty()) {
                return Optional.empty();
              }
              int choice = random.nextInt(changed.size());
              int k = at.get(choice);
              Voter voter = changed.get(choice);
              return broken(valid, withVote(record, i, v -> v.eligible.set(k, voter)), code);
            }));
  }

  /** Closes a meeting's vote after the meeting started but before its discussion. */
  private static Breaker resultBeforeDiscussion() {
    RuleCode code = RuleCodes.MEETING_RESULT_BEFORE_DISCUSSION;
    return Breaker.of(
            code,
            p -> Shape.any().with(Feature.MEETING).with(Feature.VOTE),
            inSomeMeeting(
                m -> m.vote().isPresent() && m.stage(MeetingStage.DISCUSSION).isPresent(),
                (valid, random, i, m) -> {
                  Instant latest =
                      m.stage(MeetingStage.DISCUSSION).get().startedAt().minusSeconds(1);
                  if (latest.isBefore(m.startedAt())) {
                    return Optional.empty();
                  }
                  Instant closed = Draw.within(random, m.startedAt(), latest);
                  return broken(valid, withVote(valid.record(), i, v -> v.closedAt = closed), code);
                }))
        .unsupportedWhen(
            lacking(
                p -> !p.meetingStages().contains(MeetingStage.DISCUSSION),
                "sets no discussion stage"));
  }

  // ---------------------------------------------------------------- publicity

  /** Drops the publicity of a meeting that formed a result. */
  private static Breaker publicityMissing() {
    RuleCode code = RuleCodes.MEETING_PUBLICITY_MISSING;
    return Breaker.of(
        code,
        p -> Shape.any().withPublicity(),
        inSomeMeeting(
            m -> m.result().isPresent() && m.publicity().isPresent(),
            (valid, random, i, m) ->
                broken(
                    valid,
                    withMeeting(valid.record(), i, d -> d.publicity = Optional.empty()),
                    code)));
  }

  /** Takes a meeting's publicity down before the profile's minimum. */
  private static Breaker publicityTooShort() {
    RuleCode code = RuleCodes.MEETING_PUBLICITY_TOO_SHORT;
    return Breaker.of(
            code,
            p -> Shape.any().withPublicity(),
            inSomeMeeting(
                m -> m.publicity().isPresent(),
                (valid, random, i, m) -> {
                  Duration minimum = valid.profile().minimumPublicity().get();
                  if (minimum.compareTo(Duration.ofSeconds(1)) < 0) {
                    return Optional.empty();
                  }
                  Duration length = between(random, Duration.ZERO, minimum.minusSeconds(1));
                  Publicity shorter =
                      PublicityDraft.edit(m.publicity().get(), x -> x.until = x.from.plus(length));
                  Deliberation broken =
                      withMeeting(valid.record(), i, d -> d.publicity = Optional.of(shorter));
                  return broken(valid, broken, code);
                }))
        .unsupportedWhen(lacking(p -> p.minimumPublicity().isEmpty(), "sets no minimum publicity"));
  }

  // ---------------------------------------------------------------- kinds and time limits

  /** Holds a major matter's meeting as a small meeting or an online micro-deliberation. */
  private static Breaker majorNeedsFullMeeting() {
    RuleCode code = RuleCodes.MEETING_KIND_MAJOR_NEEDS_FULL;
    return Breaker.of(
        code,
        p -> Shape.any().withMatterSize(MatterSize.MAJOR).with(Feature.MEETING),
        inSomeMeeting(
            m -> true,
            (valid, random, i, m) -> {
              Deliberation record = valid.record();
              if (record.topic().matterSize() != MatterSize.MAJOR) {
                return Optional.empty();
              }
              MeetingKind kind = pick(random, List.of(MeetingKind.SMALL, MeetingKind.ONLINE_MICRO));
              return broken(valid, withMeeting(record, i, d -> d.kind = kind), code);
            }));
  }

  /**
   * Holds an urgent matter's meeting, or one of a minor matter affecting more units than the
   * profile allows online, as an online micro-deliberation.
   */
  private static Breaker onlineNotAllowed() {
    RuleCode code = RuleCodes.MEETING_KIND_ONLINE_NOT_ALLOWED;
    return Breaker.of(
        code,
        p -> Shape.any().with(Feature.MEETING),
        inSomeMeeting(
            m -> m.kind() != MeetingKind.ONLINE_MICRO,
            (valid, random, i, m) -> {
              Deliberation record = valid.record();
              MatterSize size = record.topic().matterSize();
              int affected = record.topic().affectedUnits().size();
              boolean wide =
                  size == MatterSize.MINOR && affected > valid.profile().onlineMaxAffectedUnits();
              if (!(size == MatterSize.URGENT || wide)) {
                return Optional.empty();
              }
              Deliberation broken = withMeeting(record, i, d -> d.kind = MeetingKind.ONLINE_MICRO);
              return broken(valid, broken, code);
            }));
  }

  /**
   * Dates an urgent topic's raising earlier, so that its earliest meeting starts after the
   * profile's urgent window (by a second to two days).
   */
  private static Breaker urgentLate() {
    RuleCode code = RuleCodes.MEETING_URGENT_LATE;
    return Breaker.of(
            code,
            p -> Shape.any().withMatterSize(MatterSize.URGENT).with(Feature.MEETING),
            (valid, random) -> {
              Deliberation record = valid.record();
              if (record.topic().matterSize() != MatterSize.URGENT || record.meetings().isEmpty()) {
                return Optional.empty();
              }
              Instant first =
                  record.meetings().stream()
                      .map(Meeting::startedAt)
                      .min(Comparator.naturalOrder())
                      .get();
              Duration window = valid.profile().urgentWindow().get();
              Instant raised = earlier(random, first.minus(window), Duration.ofDays(2));
              return broken(valid, withTopic(record, t -> t.raisedAt = raised), code);
            })
        .unsupportedWhen(lacking(p -> p.urgentWindow().isEmpty(), "sets no urgent window"));
  }

  /**
   * Gives a problem raised at a meeting (pending, or one that was solved on the spot) a proposed
   * solution after the profile's window (by a second to three days).
   */
  private static Breaker problemSolutionLate() {
    RuleCode code = RuleCodes.MEETING_PROBLEM_SOLUTION_LATE;
    return Breaker.of(
            code,
            p -> Shape.any().withRaisedProblems(),
            inSomeMeeting(
                m -> !m.problems().isEmpty(),
                (valid, random, i, m) -> {
                  Duration window = valid.profile().problemSolutionWindow().get();
                  int k = random.nextInt(m.problems().size());
                  Instant due = m.problems().get(k).raisedAt().plus(window);
                  Instant late = later(random, due, Duration.ofDays(3));
                  Deliberation broken =
                      withMeeting(
                          valid.record(),
                          i,
                          d ->
                              update(
                                  d.problems,
                                  k,
                                  problem ->
                                      RaisedProblemDraft.edit(
                                          problem,
                                          x -> {
                                            x.solvedOnTheSpot = false;
                                            x.solutionProposedAt = Optional.of(late);
                                          })));
                  return broken(valid, broken, code);
                }))
        .unsupportedWhen(
            lacking(p -> p.problemSolutionWindow().isEmpty(), "sets no problem-solution window"));
  }
}
