package org.shangliang.deliberation.decision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;

/**
 * A vote restricted to one party kind, decided by another rule among those voters only: e.g. the
 * people's-congress deputies' vote on livelihood micro-projects (民生微实事人大代表票决制, Shenzhen
 * Futian). Source: Reform 2025 (中国党政干部论坛, 2025-05-21); docs/domain.md "Other local variants".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class RestrictedVote implements DecisionRule {
  RestrictedVote() {}

  /** @return the kind whose members vote */
  @Value.Parameter
  public abstract PartyKind kind();

  /** @return the rule the vote is decided by among them */
  @Value.Parameter
  public abstract DecisionRule rule();

  /**
   * Creates a restricted vote.
   *
   * @param kind the kind whose members vote
   * @param rule the rule among them; not itself restricted
   * @return the rule
   * @throws InvalidModelException if the inner rule is itself a restricted vote
   */
  public static RestrictedVote of(PartyKind kind, DecisionRule rule) {
    return ImmutableRestrictedVote.of(kind, rule);
  }

  /**
   * Whether the rule among the voters of {@link #kind()} measures weight.
   *
   * @return as the inner rule's {@link DecisionRule#measuresWeight()}
   */
  @Override
  public boolean measuresWeight() {
    return rule().measuresWeight();
  }

  /** Decides on a tally that already counts only voters of {@link #kind()}. */
  @Override
  public Decision decide(Tally tally) {
    return rule().decide(tally);
  }

  /**
   * Decides among the eligible voters of {@link #kind()}: ballots and presence of other parties are
   * left out.
   */
  @Override
  public Decision decide(Collection<Ballot> ballots, Set<PartyId> present, List<Voter> eligible) {
    List<Voter> voters = new ArrayList<>();
    Set<PartyId> ids = new HashSet<>();
    for (Voter voter : eligible) {
      if (voter.kind() == kind()) {
        voters.add(voter);
        ids.add(voter.party());
      }
    }
    List<Ballot> theirBallots = new ArrayList<>();
    for (Ballot ballot : ballots) {
      if (ids.contains(ballot.party())) {
        theirBallots.add(ballot);
      }
    }
    return rule().decide(Tally.of(theirBallots, present, voters));
  }

  @Value.Check
  void check() {
    if (rule() instanceof RestrictedVote) {
      throw new InvalidModelException(
          Path.of("rule"), "must not itself be a restricted vote, was " + rule());
    }
  }
}
