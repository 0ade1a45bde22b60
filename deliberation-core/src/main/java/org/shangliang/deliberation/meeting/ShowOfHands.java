package org.shangliang.deliberation.meeting;

import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.party.PartyId;

/**
 * The totals of a vote by show of hands (举手表决) and who counted them. A show of hands counts heads
 * only: a {@link Vote} whose rule measures weight (floor area) cannot be a show of hands.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ShowOfHands {
  ShowOfHands() {}

  /** @return hands for, zero or more */
  public abstract int yes();

  /** @return hands against, zero or more */
  public abstract int no();

  /** @return hands abstaining, zero or more */
  public abstract int abstain();

  /** @return the party who counted */
  public abstract PartyId counter();

  /**
   * Creates the totals.
   *
   * @param yes hands for
   * @param no hands against
   * @param abstain hands abstaining
   * @param counter who counted
   * @return the totals
   * @throws InvalidModelException if a count is negative
   */
  public static ShowOfHands of(int yes, int no, int abstain, PartyId counter) {
    return new Builder().yes(yes).no(no).abstain(abstain).counter(counter).build();
  }

  @Value.Check
  void check() {
    if (yes() < 0 || no() < 0 || abstain() < 0) {
      throw new InvalidModelException(
          Path.of(yes() < 0 ? "yes" : no() < 0 ? "no" : "abstain"),
          "counts must not be negative, was yes " + yes() + ", no " + no() + ", abstain "
              + abstain());
    }
  }

  /** A builder of show-of-hands totals; every field is required. */
  public static final class Builder extends ImmutableShowOfHands.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
