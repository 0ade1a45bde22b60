package org.shangliang.deliberation.testkit.internal.breaking;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
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
import org.shangliang.deliberation.testkit.Shape;
import org.shangliang.deliberation.testkit.Shape.Feature;
import org.shangliang.deliberation.testkit.internal.MeetingDraft;
import org.shangliang.deliberation.testkit.internal.MeetingResultDraft;
import org.shangliang.deliberation.testkit.internal.PublicityDraft;
import org.shangliang.deliberation.testkit.internal.RaisedProblemDraft;
import org.shangliang.deliberation.testkit.internal.RecordDraft;
import org.shangliang.deliberation.testkit.internal.ShowOfHandsDraft;
import org.shangliang.deliberation.testkit.internal.SpeakingTurnDraft;
import org.shangliang.deliberation.testkit.internal.TopicDraft;
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

  /** Names a party not on the list: a meeting's recorder, a declared conflict or a hands counter. */
  private static Breaker partyNotListed() {
    RuleCode code = RuleCodes.MEETING_PARTY_NOT_LISTED;
    return Breaker.of(
        code,
        p -> Shape.any().with(Feature.MEETING),
        (valid, random) -> {
          Deliberation record = valid.record();
          if (record.meetings().isEmpty()) {
            return Optional.empty();
          }
          int i = random.nextInt(record.meetings().size());
          Meeting m = record.meetings().get(i);
          PartyId stranger = unlisted(record, random);
          List<Integer> ways = new ArrayList<>(List.of(0, 1));
          if (m.vote().isPresent() && m.vote().get().showOfHands().isPresent()) {
            ways.add(2);
          }
          int way = pick(random, ways);
          Meeting broken =
              MeetingDraft.edit(
                  m,
                  d -> {
                    if (way == 0) {
                      d.recorder = stranger;
                    } else if (way == 1) {
                      d.conflicts.add(
                          random.nextInt(d.conflicts.size() + 1),
                          ConflictOfInterest.of(stranger, CONFLICT));
                    } else {
                      d.vote =
                          Optional.of(
                              VoteDraft.edit(
                                  d.vote.get(),
                                  v ->
                                      v.showOfHands =
                                          Optional.of(
                                              ShowOfHandsDraft.edit(
                                                  v.showOfHands.get(), h -> h.counter = stranger))));
                    }
                  });
          return Optional.of(valid.withRecord(withMeeting(record, i, broken), Set.of(code)));
        });
  }

  /**
   * Moves a meeting to another unit of the jurisdiction; the chair then belongs to another unit
   * ({@code meeting.chair.not-convener} where the unit's level has a tier) and a regular meeting may
   * fall off that tier's regular dates ({@code timing.meeting-not-regular-date}).
   */
  private static Breaker unitNotDeliberatingUnit() {
    RuleCode code = RuleCodes.MEETING_UNIT_NOT_DELIBERATING_UNIT;
    return Breaker.of(
        code,
        p -> Shape.any().with(Feature.MEETING),
        (valid, random) -> {
          Deliberation record = valid.record();
          List<AdministrativeUnit> others = new ArrayList<>();
          for (AdministrativeUnit unit : valid.jurisdiction().units()) {
            if (!unit.id().equals(record.deliberatingUnit())) {
              others.add(unit);
            }
          }
          if (record.meetings().isEmpty() || others.isEmpty()) {
            return Optional.empty();
          }
          int i = random.nextInt(record.meetings().size());
          Meeting m = record.meetings().get(i);
          AdministrativeUnit unit = pick(random, others);
          Set<RuleCode> codes = new LinkedHashSet<>(List.of(code));
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
          Meeting broken = MeetingDraft.edit(m, d -> d.unit = unit.id());
          return Optional.of(valid.withRecord(withMeeting(record, i, broken), codes));
        });
  }

  /** Gives a meeting a chair of another kind than the tier's convener, or of another unit. */
  private static Breaker chairNotConvener() {
    RuleCode code = RuleCodes.MEETING_CHAIR_NOT_CONVENER;
    return Breaker.of(
        code,
        p -> Shape.any().with(Feature.MEETING),
        (valid, random) -> {
          Deliberation record = valid.record();
          for (int i : shuffled(random, meetingsWhere(record, m -> true))) {
            Meeting m = record.meetings().get(i);
            Optional<AdministrativeUnit> unit = valid.jurisdiction().unit(m.unit());
            if (unit.isEmpty()) {
              continue;
            }
            Optional<TierRule> tier = valid.profile().tier(unit.get().level());
            if (tier.isEmpty()) {
              continue;
            }
            List<PartyId> chairs = new ArrayList<>();
            for (Party party : record.parties().parties()) {
              if (!party.id().equals(m.chair())
                  && (party.kind() != tier.get().convenerKind() || !party.unit().equals(m.unit()))) {
                chairs.add(party.id());
              }
            }
            if (chairs.isEmpty()) {
              continue;
            }
            PartyId chair = pick(random, chairs);
            Meeting broken = MeetingDraft.edit(m, d -> d.chair = chair);
            return Optional.of(valid.withRecord(withMeeting(record, i, broken), Set.of(code)));
          }
          return Optional.empty();
        });
  }

  // ---------------------------------------------------------------- stages

  private static Optional<String> noStages(Profile profile) {
    return profile.meetingStages().isEmpty()
        ? Optional.of("profile " + profile.id() + " sets no meeting stages")
        : Optional.empty();
  }

  /** Drops one stage record from a meeting. */
  private static Breaker stageMissing() {
    RuleCode code = RuleCodes.MEETING_STAGE_MISSING;
    return Breaker.of(
            code,
            p -> Shape.any().with(Feature.MEETING),
            (valid, random) -> {
              Deliberation record = valid.record();
              List<Integer> staged = meetingsWhere(record, m -> !m.stages().isEmpty());
              if (staged.isEmpty()) {
                return Optional.empty();
              }
              int i = pick(random, staged);
              Meeting m = record.meetings().get(i);
              int j = random.nextInt(m.stages().size());
              Meeting broken = MeetingDraft.edit(m, d -> d.stages.remove(j));
              return Optional.of(valid.withRecord(withMeeting(record, i, broken), Set.of(code)));
            })
        .unsupportedWhen(MeetingBreakers::noStages);
  }

  /**
   * Swaps the stages of two of a meeting's stage records, their instants kept, so that a later stage
   * comes first; if the discussion then starts after the vote closed, {@code
   * meeting.result.before-discussion} too.
   */
  private static Breaker stageOrder() {
    RuleCode code = RuleCodes.MEETING_STAGE_ORDER;
    return Breaker.of(
            code,
            p -> Shape.any().with(Feature.MEETING),
            (valid, random) -> {
              Deliberation record = valid.record();
              List<Integer> staged = meetingsWhere(record, m -> m.stages().size() >= 2);
              if (staged.isEmpty()) {
                return Optional.empty();
              }
              int i = pick(random, staged);
              Meeting m = record.meetings().get(i);
              int j = random.nextInt(m.stages().size() - 1);
              int k = j + 1 + random.nextInt(m.stages().size() - j - 1);
              StageRecord first = m.stages().get(j);
              StageRecord second = m.stages().get(k);
              Meeting broken =
                  MeetingDraft.edit(
                      m,
                      d -> {
                        d.stages.set(
                            j, StageRecord.of(second.stage(), first.startedAt(), second.summary()));
                        d.stages.set(
                            k, StageRecord.of(first.stage(), second.startedAt(), first.summary()));
                      });
              Set<RuleCode> codes = new LinkedHashSet<>(List.of(code));
              if (resultBeforeDiscussion(valid.profile(), broken)) {
                codes.add(RuleCodes.MEETING_RESULT_BEFORE_DISCUSSION);
              }
              return Optional.of(valid.withRecord(withMeeting(record, i, broken), codes));
            })
        .unsupportedWhen(MeetingBreakers::noStages);
  }

  /**
   * Moves one stage record before the meeting's start or after its end; a discussion moved after the
   * end also starts after the vote closed ({@code meeting.result.before-discussion}).
   */
  private static Breaker stageTime() {
    RuleCode code = RuleCodes.MEETING_STAGE_TIME;
    return Breaker.of(
            code,
            p -> Shape.any().with(Feature.MEETING),
            (valid, random) -> {
              Deliberation record = valid.record();
              List<Integer> staged = meetingsWhere(record, m -> !m.stages().isEmpty());
              if (staged.isEmpty()) {
                return Optional.empty();
              }
              int i = pick(random, staged);
              Meeting m = record.meetings().get(i);
              int j = random.nextInt(m.stages().size());
              Duration off = between(random, Duration.ofMinutes(1), Duration.ofHours(3));
              Instant at =
                  random.nextBoolean() ? m.startedAt().minus(off) : m.endedAt().plus(off);
              StageRecord stage = m.stages().get(j);
              Meeting broken =
                  MeetingDraft.edit(
                      m, d -> d.stages.set(j, StageRecord.of(stage.stage(), at, stage.summary())));
              Set<RuleCode> codes = new LinkedHashSet<>(List.of(code));
              if (resultBeforeDiscussion(valid.profile(), broken)) {
                codes.add(RuleCodes.MEETING_RESULT_BEFORE_DISCUSSION);
              }
              return Optional.of(valid.withRecord(withMeeting(record, i, broken), codes));
            })
        .unsupportedWhen(MeetingBreakers::noStages);
  }

  /** Whether a meeting's vote closes before its discussion starts, in a profile with one. */
  private static boolean resultBeforeDiscussion(Profile profile, Meeting m) {
    Optional<StageRecord> discussion = m.stage(MeetingStage.DISCUSSION);
    return profile.meetingStages().contains(MeetingStage.DISCUSSION)
        && m.vote().isPresent()
        && discussion.isPresent()
        && m.vote().get().closedAt().isBefore(discussion.get().startedAt());
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
        (valid, random) -> {
          Deliberation record = valid.record();
          Quorum quorum = valid.profile().quorums().get(record.topic().matterSize());
          if (quorum == null) {
            return Optional.empty();
          }
          for (int i : shuffled(random, meetingsWhere(record, m -> true))) {
            Meeting m = record.meetings().get(i);
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
              continue;
            }
            int more = random.nextInt(3);
            for (PartyId party : removable) {
              if (more > 0 && dropped.add(party)) {
                more--;
              }
            }
            Meeting broken =
                MeetingDraft.edit(m, d -> d.attendance.removeIf(s -> dropped.contains(s.party())));
            return Optional.of(valid.withRecord(withMeeting(record, i, broken), Set.of(code)));
          }
          return Optional.empty();
        });
  }

  // ---------------------------------------------------------------- speaking

  /** Gives a speaking turn to a listed party that did not sign in. */
  private static Breaker speakerNotSignedIn() {
    RuleCode code = RuleCodes.MEETING_SPEAKER_NOT_SIGNED_IN;
    return Breaker.of(
        code,
        p -> Shape.any().withSpeakingTurns(),
        (valid, random) -> {
          Deliberation record = valid.record();
          for (int i : shuffled(random, meetingsWhere(record, m -> !m.speakingTurns().isEmpty()))) {
            Meeting m = record.meetings().get(i);
            List<PartyId> absent = new ArrayList<>();
            for (Party party : record.parties().parties()) {
              if (!m.present().contains(party.id())) {
                absent.add(party.id());
              }
            }
            if (absent.isEmpty()) {
              continue;
            }
            PartyId speaker = pick(random, absent);
            int k = random.nextInt(m.speakingTurns().size());
            Meeting broken =
                MeetingDraft.edit(
                    m,
                    d ->
                        d.speakingTurns.set(
                            k,
                            SpeakingTurnDraft.edit(d.speakingTurns.get(k), t -> t.party = speaker)));
            return Optional.of(valid.withRecord(withMeeting(record, i, broken), Set.of(code)));
          }
          return Optional.empty();
        });
  }

  /** Lengthens one speaking turn past the profile's limit (by up to the limit again). */
  private static Breaker speakingTimeExceeded() {
    RuleCode code = RuleCodes.MEETING_SPEAKING_TIME_EXCEEDED;
    return Breaker.of(
            code,
            p -> Shape.any().withSpeakingTurns(),
            (valid, random) -> {
              Deliberation record = valid.record();
              List<Integer> speaking = meetingsWhere(record, m -> !m.speakingTurns().isEmpty());
              if (speaking.isEmpty()) {
                return Optional.empty();
              }
              Duration limit = valid.profile().speakingTimeLimit().get();
              int i = pick(random, speaking);
              Meeting m = record.meetings().get(i);
              int k = random.nextInt(m.speakingTurns().size());
              Duration length = limit.plus(between(random, Duration.ofSeconds(1), limit));
              Meeting broken =
                  MeetingDraft.edit(
                      m,
                      d ->
                          d.speakingTurns.set(
                              k,
                              SpeakingTurnDraft.edit(
                                  d.speakingTurns.get(k), t -> t.duration = length)));
              return Optional.of(valid.withRecord(withMeeting(record, i, broken), Set.of(code)));
            })
        .unsupportedWhen(
            p ->
                p.speakingTimeLimit().isEmpty()
                    ? Optional.of("profile " + p.id() + " sets no speaking-time limit")
                    : Optional.empty());
  }

  // ---------------------------------------------------------------- ballots

  /** Adds a ballot from an eligible voter who did not sign in (the tally ignores it). */
  private static Breaker ballotNotSignedIn() {
    RuleCode code = RuleCodes.MEETING_BALLOT_NOT_SIGNED_IN;
    return Breaker.of(
        code,
        p -> Shape.any().withVote(Shape.VoteForm.BALLOTS),
        (valid, random) -> {
          Deliberation record = valid.record();
          for (int i : shuffled(random, meetingsWhere(record, MeetingBreakers::byBallots))) {
            Meeting m = record.meetings().get(i);
            Vote vote = m.vote().get();
            List<PartyId> absent = new ArrayList<>();
            for (Voter voter : vote.eligible()) {
              if (!m.present().contains(voter.party()) && vote.firstBallot(voter.party()) < 0) {
                absent.add(voter.party());
              }
            }
            if (absent.isEmpty()) {
              continue;
            }
            Ballot ballot = Ballot.of(pick(random, absent), pick(random, List.of(Choice.values())));
            Meeting broken = withBallot(m, random.nextInt(vote.ballots().size() + 1), ballot);
            return Optional.of(valid.withRecord(withMeeting(record, i, broken), Set.of(code)));
          }
          return Optional.empty();
        });
  }

  /** Adds a second ballot of a party that voted, after its first (the tally counts the first). */
  private static Breaker ballotDuplicate() {
    RuleCode code = RuleCodes.MEETING_BALLOT_DUPLICATE;
    return Breaker.of(
        code,
        p -> Shape.any().withVote(Shape.VoteForm.BALLOTS),
        (valid, random) -> {
          Deliberation record = valid.record();
          List<Integer> voted =
              meetingsWhere(record, m -> byBallots(m) && !m.vote().get().ballots().isEmpty());
          if (voted.isEmpty()) {
            return Optional.empty();
          }
          int i = pick(random, voted);
          Meeting m = record.meetings().get(i);
          List<Ballot> ballots = m.vote().get().ballots();
          int k = random.nextInt(ballots.size());
          Ballot again = Ballot.of(ballots.get(k).party(), pick(random, List.of(Choice.values())));
          int at = k + 1 + random.nextInt(ballots.size() - k);
          Meeting broken = withBallot(m, at, again);
          return Optional.of(valid.withRecord(withMeeting(record, i, broken), Set.of(code)));
        });
  }

  /** Declares a conflict of interest for a party that cast a ballot. */
  private static Breaker ballotConflictOfInterest() {
    RuleCode code = RuleCodes.MEETING_BALLOT_CONFLICT_OF_INTEREST;
    return Breaker.of(
        code,
        p -> Shape.any().withVote(Shape.VoteForm.BALLOTS),
        (valid, random) -> {
          Deliberation record = valid.record();
          for (int i : shuffled(random, meetingsWhere(record, MeetingBreakers::byBallots))) {
            Meeting m = record.meetings().get(i);
            List<PartyId> voters = new ArrayList<>();
            for (Ballot ballot : m.vote().get().ballots()) {
              if (!m.conflicted().contains(ballot.party())) {
                voters.add(ballot.party());
              }
            }
            if (voters.isEmpty()) {
              continue;
            }
            PartyId party = pick(random, voters);
            Meeting broken =
                MeetingDraft.edit(
                    m,
                    d ->
                        d.conflicts.add(
                            random.nextInt(d.conflicts.size() + 1),
                            ConflictOfInterest.of(party, CONFLICT)));
            return Optional.of(valid.withRecord(withMeeting(record, i, broken), Set.of(code)));
          }
          return Optional.empty();
        });
  }

  /** Adds a ballot from a signed-in party that is not an eligible voter (the tally ignores it). */
  private static Breaker ballotNotEligible() {
    RuleCode code = RuleCodes.MEETING_BALLOT_NOT_ELIGIBLE;
    return Breaker.of(
        code,
        p -> Shape.any().withVote(Shape.VoteForm.BALLOTS),
        (valid, random) -> {
          Deliberation record = valid.record();
          for (int i : shuffled(random, meetingsWhere(record, MeetingBreakers::byBallots))) {
            Meeting m = record.meetings().get(i);
            Vote vote = m.vote().get();
            List<PartyId> outsiders = new ArrayList<>();
            for (PartyId party : m.present()) {
              if (!vote.isEligible(party) && vote.firstBallot(party) < 0) {
                outsiders.add(party);
              }
            }
            if (outsiders.isEmpty()) {
              continue;
            }
            Ballot ballot =
                Ballot.of(pick(random, outsiders), pick(random, List.of(Choice.values())));
            Meeting broken = withBallot(m, random.nextInt(vote.ballots().size() + 1), ballot);
            return Optional.of(valid.withRecord(withMeeting(record, i, broken), Set.of(code)));
          }
          return Optional.empty();
        });
  }

  private static boolean byBallots(Meeting m) {
    return m.vote().isPresent() && m.vote().get().showOfHands().isEmpty();
  }

  private static Meeting withBallot(Meeting m, int index, Ballot ballot) {
    return MeetingDraft.edit(
        m,
        d ->
            d.vote =
                Optional.of(VoteDraft.edit(d.vote.get(), v -> v.ballots.add(index, ballot))));
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
        (valid, random) -> {
          Deliberation record = valid.record();
          Optional<DecisionRule> expected = valid.profile().decisionRule(record.topic());
          if (expected.isEmpty()) {
            return Optional.empty();
          }
          for (int i : shuffled(random, meetingsWhere(record, m -> m.vote().isPresent()))) {
            Meeting m = record.meetings().get(i);
            Vote vote = m.vote().get();
            Optional<Outcome> recorded = m.result().flatMap(MeetingResult::outcome);
            List<Vote> candidates = new ArrayList<>();
            for (DecisionRule rule : otherRules()) {
              if (rule.equals(expected.get())
                  || (vote.showOfHands().isPresent() && rule.measuresWeight())) {
                continue;
              }
              Vote other = VoteDraft.edit(vote, v -> v.rule = rule);
              if (recorded.isEmpty() || other.decide(m.present()).outcome() == recorded.get()) {
                candidates.add(other);
              }
            }
            if (candidates.isEmpty()) {
              continue;
            }
            Vote other = pick(random, candidates);
            Meeting broken = MeetingDraft.edit(m, d -> d.vote = Optional.of(other));
            return Optional.of(valid.withRecord(withMeeting(record, i, broken), Set.of(code)));
          }
          return Optional.empty();
        });
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
        (valid, random) -> {
          Deliberation record = valid.record();
          List<Integer> decided =
              meetingsWhere(
                  record,
                  m -> m.vote().isPresent() && m.result().flatMap(MeetingResult::outcome).isPresent());
          if (decided.isEmpty()) {
            return Optional.empty();
          }
          int i = pick(random, decided);
          Meeting m = record.meetings().get(i);
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
          Meeting broken =
              MeetingDraft.edit(
                  m,
                  d ->
                      d.result =
                          Optional.of(MeetingResultDraft.edit(d.result.get(), r -> r.outcome = other)));
          return Optional.of(valid.withRecord(withMeeting(record, i, broken), Set.of(code)));
        });
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
        (valid, random) -> {
          Deliberation record = valid.record();
          List<Integer> hands =
              meetingsWhere(
                  record, m -> m.vote().isPresent() && m.vote().get().showOfHands().isPresent());
          for (int i : shuffled(random, hands)) {
            Meeting m = record.meetings().get(i);
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
                continue;
              }
              Party party = pick(random, absent);
              added =
                  Optional.of(
                      Voter.of(party.id(), party.kind(), party.weight().orElse(BigDecimal.ONE)));
              target = present + 1;
            }
            int[] more = new int[3];
            for (long extra = target - raised; extra > 0; extra--) {
              more[random.nextInt(3)]++;
            }
            Optional<Voter> voter = added;
            Vote broken =
                VoteDraft.edit(
                    vote,
                    v -> {
                      voter.ifPresent(x -> v.eligible.add(random.nextInt(v.eligible.size() + 1), x));
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
            Meeting meeting = MeetingDraft.edit(m, d -> d.vote = Optional.of(broken));
            return Optional.of(valid.withRecord(withMeeting(record, i, meeting), Set.of(code)));
          }
          return Optional.empty();
        });
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
        (valid, random) -> {
          Deliberation record = valid.record();
          for (int i : shuffled(random, meetingsWhere(record, m -> m.vote().isPresent()))) {
            Meeting m = record.meetings().get(i);
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
              continue;
            }
            int choice = random.nextInt(changed.size());
            int k = at.get(choice);
            Voter voter = changed.get(choice);
            Vote broken = VoteDraft.edit(vote, v -> v.eligible.set(k, voter));
            Meeting meeting = MeetingDraft.edit(m, d -> d.vote = Optional.of(broken));
            return Optional.of(valid.withRecord(withMeeting(record, i, meeting), Set.of(code)));
          }
          return Optional.empty();
        });
  }

  /** Closes a meeting's vote after the meeting started but before its discussion. */
  private static Breaker resultBeforeDiscussion() {
    RuleCode code = RuleCodes.MEETING_RESULT_BEFORE_DISCUSSION;
    return Breaker.of(
            code,
            p -> Shape.any().with(Feature.MEETING).with(Feature.VOTE),
            (valid, random) -> {
              Deliberation record = valid.record();
              for (int i : shuffled(random, meetingsWhere(record, m -> m.vote().isPresent()))) {
                Meeting m = record.meetings().get(i);
                Optional<StageRecord> discussion = m.stage(MeetingStage.DISCUSSION);
                if (discussion.isEmpty()) {
                  continue;
                }
                Duration room =
                    Duration.between(m.startedAt(), discussion.get().startedAt())
                        .minusSeconds(1);
                if (room.isNegative()) {
                  continue;
                }
                Instant closed = m.startedAt().plus(between(random, Duration.ZERO, room));
                Vote broken = VoteDraft.edit(m.vote().get(), v -> v.closedAt = closed);
                Meeting meeting = MeetingDraft.edit(m, d -> d.vote = Optional.of(broken));
                return Optional.of(valid.withRecord(withMeeting(record, i, meeting), Set.of(code)));
              }
              return Optional.empty();
            })
        .unsupportedWhen(
            p ->
                p.meetingStages().contains(MeetingStage.DISCUSSION)
                    ? Optional.empty()
                    : Optional.of("profile " + p.id() + " sets no discussion stage"));
  }

  // ---------------------------------------------------------------- publicity

  /** Drops the publicity of a meeting that formed a result. */
  private static Breaker publicityMissing() {
    RuleCode code = RuleCodes.MEETING_PUBLICITY_MISSING;
    return Breaker.of(
        code,
        p -> Shape.any().withPublicity(),
        (valid, random) -> {
          Deliberation record = valid.record();
          List<Integer> published =
              meetingsWhere(record, m -> m.result().isPresent() && m.publicity().isPresent());
          if (published.isEmpty()) {
            return Optional.empty();
          }
          int i = pick(random, published);
          Meeting broken =
              MeetingDraft.edit(record.meetings().get(i), d -> d.publicity = Optional.empty());
          return Optional.of(valid.withRecord(withMeeting(record, i, broken), Set.of(code)));
        });
  }

  /** Takes a meeting's publicity down before the profile's minimum. */
  private static Breaker publicityTooShort() {
    RuleCode code = RuleCodes.MEETING_PUBLICITY_TOO_SHORT;
    return Breaker.of(
            code,
            p -> Shape.any().withPublicity(),
            (valid, random) -> {
              Deliberation record = valid.record();
              List<Integer> published = meetingsWhere(record, m -> m.publicity().isPresent());
              Duration minimum = valid.profile().minimumPublicity().get();
              if (published.isEmpty() || minimum.compareTo(Duration.ofSeconds(1)) < 0) {
                return Optional.empty();
              }
              int i = pick(random, published);
              Meeting m = record.meetings().get(i);
              Duration length = between(random, Duration.ZERO, minimum.minusSeconds(1));
              Meeting broken =
                  MeetingDraft.edit(
                      m,
                      d ->
                          d.publicity =
                              Optional.of(
                                  PublicityDraft.edit(
                                      d.publicity.get(), x -> x.until = x.from.plus(length))));
              return Optional.of(valid.withRecord(withMeeting(record, i, broken), Set.of(code)));
            })
        .unsupportedWhen(
            p ->
                p.minimumPublicity().isEmpty()
                    ? Optional.of("profile " + p.id() + " sets no minimum publicity")
                    : Optional.empty());
  }

  // ---------------------------------------------------------------- kinds and time limits

  /** Holds a major matter's meeting as a small meeting or an online micro-deliberation. */
  private static Breaker majorNeedsFullMeeting() {
    RuleCode code = RuleCodes.MEETING_KIND_MAJOR_NEEDS_FULL;
    return Breaker.of(
        code,
        p -> Shape.any().withMatterSize(MatterSize.MAJOR).with(Feature.MEETING),
        (valid, random) -> {
          Deliberation record = valid.record();
          if (record.topic().matterSize() != MatterSize.MAJOR || record.meetings().isEmpty()) {
            return Optional.empty();
          }
          int i = random.nextInt(record.meetings().size());
          MeetingKind kind = pick(random, List.of(MeetingKind.SMALL, MeetingKind.ONLINE_MICRO));
          Meeting broken = MeetingDraft.edit(record.meetings().get(i), d -> d.kind = kind);
          return Optional.of(valid.withRecord(withMeeting(record, i, broken), Set.of(code)));
        });
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
        (valid, random) -> {
          Deliberation record = valid.record();
          MatterSize size = record.topic().matterSize();
          boolean wide =
              size == MatterSize.MINOR
                  && record.topic().affectedUnits().size() > valid.profile().onlineMaxAffectedUnits();
          if (!(size == MatterSize.URGENT || wide)) {
            return Optional.empty();
          }
          List<Integer> offline = meetingsWhere(record, m -> m.kind() != MeetingKind.ONLINE_MICRO);
          if (offline.isEmpty()) {
            return Optional.empty();
          }
          int i = pick(random, offline);
          Meeting broken =
              MeetingDraft.edit(record.meetings().get(i), d -> d.kind = MeetingKind.ONLINE_MICRO);
          return Optional.of(valid.withRecord(withMeeting(record, i, broken), Set.of(code)));
        });
  }

  /**
   * Dates an urgent topic's raising earlier, so that its earliest meeting starts after the profile's
   * urgent window (by a second to two days).
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
              Instant first = record.meetings().get(0).startedAt();
              for (Meeting m : record.meetings()) {
                if (m.startedAt().isBefore(first)) {
                  first = m.startedAt();
                }
              }
              Duration window = valid.profile().urgentWindow().get();
              Instant raised =
                  first
                      .minus(window)
                      .minus(between(random, Duration.ofSeconds(1), Duration.ofDays(2)));
              Deliberation broken =
                  RecordDraft.edit(
                      record, d -> d.topic = TopicDraft.edit(d.topic, t -> t.raisedAt = raised));
              return Optional.of(valid.withRecord(broken, Set.of(code)));
            })
        .unsupportedWhen(
            p ->
                p.urgentWindow().isEmpty()
                    ? Optional.of("profile " + p.id() + " sets no urgent window")
                    : Optional.empty());
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
            (valid, random) -> {
              Deliberation record = valid.record();
              List<Integer> raising = meetingsWhere(record, m -> !m.problems().isEmpty());
              if (raising.isEmpty()) {
                return Optional.empty();
              }
              Duration window = valid.profile().problemSolutionWindow().get();
              int i = pick(random, raising);
              Meeting m = record.meetings().get(i);
              int k = random.nextInt(m.problems().size());
              Duration late = between(random, Duration.ofSeconds(1), Duration.ofDays(3));
              Meeting broken =
                  MeetingDraft.edit(
                      m,
                      d ->
                          d.problems.set(
                              k,
                              RaisedProblemDraft.edit(
                                  d.problems.get(k),
                                  x -> {
                                    x.solvedOnTheSpot = false;
                                    x.solutionProposedAt =
                                        Optional.of(x.raisedAt.plus(window).plus(late));
                                  })));
              return Optional.of(valid.withRecord(withMeeting(record, i, broken), Set.of(code)));
            })
        .unsupportedWhen(
            p ->
                p.problemSolutionWindow().isEmpty()
                    ? Optional.of("profile " + p.id() + " sets no problem-solution window")
                    : Optional.empty());
  }

  // ---------------------------------------------------------------- helpers

  private static <T> T pick(RandomGenerator random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A duration from {@code min} to {@code max}, to the second. */
  private static Duration between(RandomGenerator random, Duration min, Duration max) {
    long span = max.minus(min).getSeconds();
    return span <= 0 ? min : min.plusSeconds(random.nextLong(span + 1));
  }

  /** The indices of the record's meetings that pass a test, in order. */
  private static List<Integer> meetingsWhere(Deliberation record, Predicate<Meeting> test) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < record.meetings().size(); i++) {
      if (test.test(record.meetings().get(i))) {
        found.add(i);
      }
    }
    return found;
  }

  /** The values in an order drawn from {@code random}. */
  private static <T> List<T> shuffled(RandomGenerator random, List<T> values) {
    List<T> copy = new ArrayList<>(values);
    for (int i = copy.size() - 1; i > 0; i--) {
      Collections.swap(copy, i, random.nextInt(i + 1));
    }
    return copy;
  }

  /** The record with one meeting replaced. */
  private static Deliberation withMeeting(Deliberation record, int index, Meeting meeting) {
    return RecordDraft.edit(record, d -> d.meetings.set(index, meeting));
  }

  /** An id that names no party of the record. */
  private static PartyId unlisted(Deliberation record, RandomGenerator random) {
    PartyId id;
    do {
      id = PartyId.of("not-listed-" + (1 + random.nextInt(999)));
    } while (record.parties().has(id));
    return id;
  }
}
