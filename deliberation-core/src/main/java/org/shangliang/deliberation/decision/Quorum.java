package org.shangliang.deliberation.decision;

import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;

/**
 * A meeting's quorum at sign-in: a minimum number of the invited signed in, and/or a fraction of the
 * invited. Both parts must hold when both are set. Only invited parties count: a party that signs in
 * uninvited (a stakeholder who turns up, say) may speak and vote, and counts among those present in a
 * vote ({@link Base#PRESENT}), but does not make the meeting quorate.
 *
 * <p>The source articles give no quorum: profiles set it per matter size (docs/domain.md "Meetings
 * and the seven stages", "Profiles and defaults").
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Quorum {
  Quorum() {}

  /**
   * The minimum number of invited parties signed in.
   *
   * @return zero or more; 0 unless set
   */
  @Value.Default
  public int minimumCount() {
    return 0;
  }

  /** @return the fraction of the invited that must sign in, if any */
  public abstract Optional<Fraction> fraction();

  /**
   * Whether the fraction is strict ("more than").
   *
   * @return {@code false} ("at least") unless set
   */
  @Value.Default
  public boolean strict() {
    return false;
  }

  /**
   * A quorum of a fraction of the invited, "at least".
   *
   * @param fraction the fraction
   * @return the quorum
   */
  public static Quorum ofInvited(Fraction fraction) {
    return new Builder().fraction(fraction).build();
  }

  /**
   * A quorum of a minimum count.
   *
   * @param minimumCount the minimum, zero or more
   * @return the quorum
   */
  public static Quorum ofCount(int minimumCount) {
    return new Builder().minimumCount(minimumCount).build();
  }

  /**
   * Whether a number signed in meets this quorum.
   *
   * @param signedIn invited parties signed in
   * @param invited parties invited
   * @return {@code true} if both the minimum and the fraction (when set) hold; a fraction is never met
   *     when no one was invited (as {@link Fraction#isMetBy(long, long, boolean)})
   */
  public boolean isMetBy(int signedIn, int invited) {
    if (signedIn < minimumCount()) {
      return false;
    }
    return fraction().isEmpty() || fraction().get().isMetBy(signedIn, invited, strict());
  }

  @Value.Check
  void check() {
    if (minimumCount() < 0) {
      throw new InvalidModelException(
          Path.of("minimumCount"), "must not be negative, was " + minimumCount());
    }
  }

  /** A builder of quorums. */
  public static final class Builder extends ImmutableQuorum.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
