package org.shangliang.deliberation.outcome;

import java.time.Instant;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.party.PartyId;

/**
 * A revisit (回访) of a finished item, with the residents' feedback.
 *
 * <p>Source: DOMAIN.md, Jinan "after the result", seeds/003; Beijing 回访考评, seeds/001.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Revisit {
  Revisit() {}

  /** @return when; in the years 1 to 9999 (UTC) */
  @Value.Parameter
  public abstract Instant at();

  /** @return who revisited */
  @Value.Parameter
  public abstract PartyId by();

  /** @return the feedback, not blank (no personal data) */
  @Value.Parameter
  public abstract String feedback();

  /**
   * Creates a revisit.
   *
   * @param at when
   * @param by who revisited
   * @param feedback the feedback, not blank
   * @return the revisit
   */
  public static Revisit of(Instant at, PartyId by, String feedback) {
    return ImmutableRevisit.of(at, by, feedback);
  }

  @Value.Check
  void check() {
    Checks.instant("at", at());
    Checks.notBlank("feedback", feedback());
  }
}
