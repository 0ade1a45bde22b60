package org.shangliang.deliberation.meeting;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.decision.Ballot;
import org.shangliang.deliberation.decision.Decision;
import org.shangliang.deliberation.decision.DecisionRule;
import org.shangliang.deliberation.decision.RestrictedVote;
import org.shangliang.deliberation.decision.Tally;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.party.PartyId;

/**
 * A vote at a meeting: the rule it is decided by, the eligible voters snapshotted when it closed, and
 * either the ballots or the totals of a show of hands. Holding the rule and the snapshot, the record
 * alone is enough to re-check the decision later.
 *
 * <p>A show of hands counts heads and records no weights, so a vote whose rule {@linkplain
 * DecisionRule#measuresWeight() measures weight} (floor area: owners 10, 10, 10 and 300 m² voting 3 to
 * 1 pass by heads and fail by area) cannot be a show of hands: such a record could never show the
 * decision it claims, and is refused when built. A meeting that decided a weighted matter by show of
 * hands is recorded with the headcount rule it actually applied; the validator then reports that the
 * rule is not the profile's ({@code meeting.vote.rule-mismatch}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Vote {
  Vote() {}

  /** @return the decision rule */
  public abstract DecisionRule rule();

  /** @return the eligible voters when the vote closed, parties unique */
  public abstract List<Voter> eligible();

  /** @return the ballots in the order cast; empty for a show of hands */
  public abstract List<Ballot> ballots();

  /** @return the totals of a show of hands; empty for a ballot vote */
  public abstract Optional<ShowOfHands> showOfHands();

  /** @return when the vote closed; in the years 1 to 9999 (UTC) */
  public abstract Instant closedAt();

  /**
   * Whether a party is in the eligible snapshot; constant time, the snapshot being indexed once per
   * vote.
   *
   * @param party the party
   * @return {@code true} if it is an eligible voter
   */
  public boolean isEligible(PartyId party) {
    return eligibleByParty().containsKey(party);
  }

  /**
   * The eligible voter of a party; constant time, the snapshot being indexed once per vote.
   *
   * @param party the party
   * @return the voter, or empty if the party is not in the eligible snapshot
   */
  public Optional<Voter> voter(PartyId party) {
    return Optional.ofNullable(eligibleByParty().get(party));
  }

  /**
   * Where a party's first ballot is; constant time, the ballots being indexed once per vote.
   *
   * @param party the party
   * @return the index of its first ballot in {@link #ballots()}, or -1 if it cast none
   */
  public int firstBallot(PartyId party) {
    Integer index = firstBallots().get(party);
    return index == null ? -1 : index;
  }

  /** The eligible voters by party, built once per vote. */
  @Value.Lazy
  Map<PartyId, Voter> eligibleByParty() {
    Map<PartyId, Voter> index = new HashMap<>(Math.max(16, eligible().size() * 4 / 3 + 1));
    for (Voter voter : eligible()) {
      index.putIfAbsent(voter.party(), voter);
    }
    return Collections.unmodifiableMap(index);
  }

  /** The index of each party's first ballot, built once per vote. */
  @Value.Lazy
  Map<PartyId, Integer> firstBallots() {
    List<Ballot> ballots = ballots();
    Map<PartyId, Integer> index = new HashMap<>(Math.max(16, ballots.size() * 4 / 3 + 1));
    for (int i = 0; i < ballots.size(); i++) {
      index.putIfAbsent(ballots.get(i).party(), i);
    }
    return Collections.unmodifiableMap(index);
  }

  /**
   * Decides the vote.
   *
   * @param present the parties signed in at the meeting
   * @return the decision with its proof
   * @throws InvalidModelException if a show of hands counts more hands than eligible voters present
   *     (the rule {@code meeting.vote.show-of-hands-exceeds-present} reports such a record, and the
   *     validator does not decide it)
   */
  public Decision decide(Set<PartyId> present) {
    if (showOfHands().isPresent()) {
      ShowOfHands hands = showOfHands().get();
      return rule()
          .decide(
              Tally.ofShowOfHands(
                  hands.yes(), hands.no(), hands.abstain(), votersPresent(present), voters()));
    }
    return rule().decide(ballots(), present, eligible());
  }

  /**
   * How many eligible voters the rule counts: all of them, or for a {@link RestrictedVote} those of
   * its kind.
   *
   * @return the number of voters
   */
  public int voters() {
    int count = 0;
    for (Voter voter : eligible()) {
      if (counts(voter)) {
        count++;
      }
    }
    return count;
  }

  /**
   * How many of the voters the rule counts signed in.
   *
   * @param present the parties signed in
   * @return the number of voters present
   */
  public int votersPresent(Set<PartyId> present) {
    int count = 0;
    for (Voter voter : eligible()) {
      if (counts(voter) && present.contains(voter.party())) {
        count++;
      }
    }
    return count;
  }

  private boolean counts(Voter voter) {
    return !(rule() instanceof RestrictedVote) || ((RestrictedVote) rule()).kind() == voter.kind();
  }

  @Value.Check
  void check() {
    Checks.instant("closedAt", closedAt());
    if (showOfHands().isPresent() && rule().measuresWeight()) {
      throw new InvalidModelException(
          Path.of("showOfHands"),
          "a show of hands counts heads only, but the vote's rule measures weight: record the"
              + " ballots, each voter with its weight");
    }
    if (showOfHands().isPresent()) {
      ShowOfHands hands = showOfHands().get();
      long raised = (long) hands.yes() + hands.no() + hands.abstain();
      if (raised > voters()) {
        throw new InvalidModelException(
            Path.of("showOfHands"),
            "more hands (" + raised + ") than eligible voters (" + voters() + ")");
      }
    }
    Checks.unique("eligible", "party", eligible(), Voter::party);
    if (showOfHands().isPresent() && !ballots().isEmpty()) {
      throw new InvalidModelException(
          Path.of("ballots"),
          "a show of hands has no ballots, was " + ballots().size() + " ballot(s)");
    }
  }

  /** A builder of votes; {@code rule} and {@code closedAt} are required. */
  public static final class Builder extends ImmutableVote.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
