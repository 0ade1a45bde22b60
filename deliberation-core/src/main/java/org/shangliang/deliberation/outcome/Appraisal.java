package org.shangliang.deliberation.outcome;

import java.time.Instant;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.party.PartyId;

/**
 * An appraisal (评议 / 评) of the carrying-out by a resident or party member, as a score on the
 * profile's scale.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13); Haidian 2025 (人民日报, 2025-09-10) ("how well: appraised
 * openly"); docs/domain.md "Publicity, revisits and appraisal".
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
