package org.shangliang.deliberation.decision;

import org.immutables.value.Value;
import org.shangliang.deliberation.party.PartyId;

/**
 * One party's ballot. The weight a ballot carries is the voter's weight in the eligible snapshot
 * ({@link Voter#weight()}); the rule {@code meeting.vote.voter-mismatch} checks that snapshot against
 * the party list.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Ballot {
  Ballot() {}

  /**
   * Who voted.
   *
   * @return the party's id
   */
  @Value.Parameter
  public abstract PartyId party();

  /**
   * The choice.
   *
   * @return yes, no or abstain
   */
  @Value.Parameter
  public abstract Choice choice();

  /**
   * Creates a ballot.
   *
   * @param party who voted
   * @param choice the choice
   * @return the ballot
   */
  public static Ballot of(PartyId party, Choice choice) {
    return ImmutableBallot.of(party, choice);
  }

  @Override
  public String toString() {
    return party() + ":" + choice();
  }
}
