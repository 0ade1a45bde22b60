package org.shangliang.deliberation.decision;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.shangliang.deliberation.party.PartyId;

/**
 * How a motion is decided: {@link Consensus}, {@link MajorityRule} (simple or super), {@link
 * DoubleThreshold} (headcount and weight at once) or {@link RestrictedVote} (one party kind votes).
 * A rule is a value: a profile holds it as data, and a vote record holds a snapshot of it.
 *
 * <p>Every rule is monotone: turning a NO into a YES never turns {@link Outcome#PASSED} into {@link
 * Outcome#FAILED}. A rule that {@link #measuresWeight() measures weight} never passes on a tally
 * without weights (a show of hands, {@link Tally#weighed()}): its weight checks are not met.
 * Implementations are immutable and thread-safe.
 */
public interface DecisionRule {
  /**
   * Whether any threshold of the rule is on {@link Measure#WEIGHT} (floor area, say), so that the
   * rule can only be decided on ballots that carry each voter's weight, never on a show of hands.
   * The built-in rules answer from their thresholds; a rule of one's own that measures weight must
   * override this.
   *
   * @return {@code false} unless the rule measures weight
   */
  default boolean measuresWeight() {
    return false;
  }

  /**
   * Decides on a tally. A tally carries no party kinds: given one, a {@link RestrictedVote} takes it
   * to count only the voters of its kind (e.g. a show of hands among deputies).
   *
   * @param tally the counts
   * @return the decision with its proof
   */
  Decision decide(Tally tally);

  /**
   * Decides on ballots.
   *
   * @param ballots the ballots, in the order cast
   * @param present the parties signed in
   * @param eligible the eligible voters as snapshotted when the vote closed
   * @return the decision with its proof
   */
  default Decision decide(Collection<Ballot> ballots, Set<PartyId> present, List<Voter> eligible) {
    return decide(Tally.of(ballots, present, eligible));
  }
}
