package org.shangliang.deliberation.testkit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.shangliang.deliberation.decision.Ballot;
import org.shangliang.deliberation.decision.Choice;
import org.shangliang.deliberation.decision.DecisionRule;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.decision.RestrictedVote;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.meeting.ShowOfHands;
import org.shangliang.deliberation.meeting.Vote;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.testkit.Generators;
import org.shangliang.deliberation.testkit.Shape;

/**
 * Votes whose decision reaches a wanted outcome: random ballots (or hands) first, then the extreme
 * that reaches it if any does (everyone present votes yes, or no, or nobody votes). Only voters
 * present and without a declared conflict vote; each votes once.
 */
final class Votes {
  /** What the decision of a vote must be. */
  enum Target {
    /** The motion passes. */
    PASS,
    /** The motion does not pass (fails, or lacks participation). */
    NOT_PASS,
    /** Any outcome. */
    ANY
  }

  private Votes() {}

  /**
   * A vote reaching the target, or empty if none of the tries does.
   *
   * @param present every party signed in (the decision's present set)
   * @param conflicted the parties that declared a conflict of interest (they do not vote)
   */
  static Optional<Vote> reaching(
      RandomGenerator random,
      DecisionRule rule,
      List<Voter> eligible,
      Set<PartyId> present,
      Set<PartyId> conflicted,
      Shape.VoteForm form,
      Target target,
      Instant closedAt,
      PartyId counter) {
    List<PartyId> voting = new ArrayList<>();
    for (Voter voter : eligible) {
      if (present.contains(voter.party()) && !conflicted.contains(voter.party()) && counts(rule, voter)) {
        voting.add(voter.party());
      }
    }
    int yes = target == Target.PASS ? 80 : target == Target.NOT_PASS ? 25 : 30 + random.nextInt(60);
    int turnout = 70 + random.nextInt(31);
    List<Vote> tries = new ArrayList<>(4);
    tries.add(vote(random, rule, eligible, form, voting, turnout, yes, closedAt, counter));
    tries.add(vote(random, rule, eligible, form, voting, 100, target == Target.NOT_PASS ? 0 : 100, closedAt, counter));
    if (target != Target.PASS) {
      tries.add(vote(random, rule, eligible, form, voting, 0, 0, closedAt, counter));
    }
    for (Vote vote : tries) {
      boolean passed = vote.decide(present).outcome() == Outcome.PASSED;
      if (target == Target.ANY || passed == (target == Target.PASS)) {
        return Optional.of(vote);
      }
    }
    return Optional.empty();
  }

  /** Whether the rule counts a voter (a restricted vote counts its kind only). */
  static boolean counts(DecisionRule rule, Voter voter) {
    return !(rule instanceof RestrictedVote) || ((RestrictedVote) rule).kind() == voter.kind();
  }

  private static Vote vote(
      RandomGenerator random,
      DecisionRule rule,
      List<Voter> eligible,
      Shape.VoteForm form,
      List<PartyId> voting,
      int turnout,
      int yes,
      Instant closedAt,
      PartyId counter) {
    List<Ballot> ballots = Generators.ballots(voting, turnout, yes).generate(random, voting.size());
    Vote.Builder vote = new Vote.Builder().rule(rule).addAllEligible(eligible).closedAt(closedAt);
    if (form == Shape.VoteForm.SHOW_OF_HANDS) {
      int[] hands = new int[3];
      for (Ballot ballot : ballots) {
        hands[ballot.choice().ordinal()]++;
      }
      vote.showOfHands(
          ShowOfHands.of(
              hands[Choice.YES.ordinal()],
              hands[Choice.NO.ordinal()],
              hands[Choice.ABSTAIN.ordinal()],
              counter));
    } else {
      vote.addAllBallots(ballots);
    }
    return vote.build();
  }
}
