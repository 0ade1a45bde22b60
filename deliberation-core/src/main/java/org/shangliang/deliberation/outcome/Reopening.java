package org.shangliang.deliberation.outcome;

import java.time.Instant;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;

/**
 * The reopening of a deliberation, e.g. after a poor appraisal (a profile setting).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Reopening {
  Reopening() {}

  /** @return when; in the years 1 to 9999 (UTC) */
  @Value.Parameter
  public abstract Instant at();

  /** @return why, not blank */
  @Value.Parameter
  public abstract String reason();

  /**
   * Creates a reopening.
   *
   * @param at when
   * @param reason why, not blank
   * @return the reopening
   */
  public static Reopening of(Instant at, String reason) {
    return ImmutableReopening.of(at, reason);
  }

  @Value.Check
  void check() {
    Checks.instant("at", at());
    Checks.notBlank("reason", reason());
  }
}
