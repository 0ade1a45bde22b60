package org.shangliang.deliberation.meeting;

import java.time.Instant;
import java.util.List;
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
   * Decides the vote.
   *
   * @param present the parties signed in at the meeting
   * @return the decision with its proof
   * @throws InvalidModelException if a show of hands counts more hands than eligible voters present
   *     (the rule {@code meeting.vote.show-of-hands-exceeds-present} reports such a record)
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
