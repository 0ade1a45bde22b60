package org.shangliang.deliberation.decision;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;

/**
 * An eligible voter as snapshotted when the vote closed: the party, its kind and its weight (e.g.
 * floor area in m²; 1 when the vote is by headcount only). The snapshot lets a decision be re-checked
 * later from the record alone.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Voter {
  Voter() {}

  /**
   * The voter.
   *
   * @return the party's id
   */
  @Value.Parameter
  public abstract PartyId party();

  /**
   * The voter's kind, for votes restricted to one kind.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract PartyKind kind();

  /**
   * The voter's weight.
   *
   * @return the weight: zero or more, at most 15 digits before the decimal point and 6 after
   */
  @Value.Parameter
  public abstract BigDecimal weight();

  /**
   * Creates a voter.
   *
   * @param party the party
   * @param kind the party's kind
   * @param weight the weight: zero or more, at most 15 digits before the point and 6 after
   * @return the voter
   * @throws org.shangliang.deliberation.InvalidModelException if the weight is negative or has more
   *     digits
   */
  public static Voter of(PartyId party, PartyKind kind, BigDecimal weight) {
    return ImmutableVoter.of(party, kind, weight);
  }

  /**
   * Creates a voter of weight 1.
   *
   * @param party the party
   * @param kind the party's kind
   * @return the voter
   */
  public static Voter of(PartyId party, PartyKind kind) {
    return of(party, kind, BigDecimal.ONE);
  }

  @Value.Check
  void check() {
    Checks.decimal("weight", weight());
    Checks.notNegative("weight", weight());
  }
}
