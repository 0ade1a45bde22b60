package org.shangliang.deliberation.outcome;

import java.time.Instant;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.party.PartyId;

/**
 * An appraisal (评议 / 评) of the carrying-out by a resident or party member, as a score on the
 * profile's scale.
 *
 * <p>Source: DOMAIN.md, Jinan "after the result", seeds/003; Haidian "how well: appraised openly",
 * seeds/000.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Appraisal {
  Appraisal() {}

  /** @return when; in the years 1 to 9999 (UTC) */
  @Value.Parameter
  public abstract Instant at();

  /** @return who appraised */
  @Value.Parameter
  public abstract PartyId by();

  /** @return the score, on the profile's scale */
  @Value.Parameter
  public abstract int score();

  /**
   * Creates an appraisal.
   *
   * @param at when
   * @param by who appraised
   * @param score the score
   * @return the appraisal
   */
  public static Appraisal of(Instant at, PartyId by, int score) {
    return ImmutableAppraisal.of(at, by, score);
  }

  @Value.Check
  void check() {
    Checks.instant("at", at());
  }
}
