package org.shangliang.deliberation.outcome;

import java.time.Instant;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.party.PartyId;

/**
 * A revisit (回访) of a finished item, with the residents' feedback.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13); Beijing 2021 (光明日报, 2021-10-25) (回访考评); docs/domain.md
 * "Publicity, revisits and appraisal".
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
