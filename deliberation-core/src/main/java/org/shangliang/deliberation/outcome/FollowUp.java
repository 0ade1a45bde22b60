package org.shangliang.deliberation.outcome;

import java.time.Instant;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;

/**
 * A follow-up of an escalated matter by its follower: when, and what was learned.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class FollowUp {
  FollowUp() {}

  /** @return when; in the years 1 to 9999 (UTC) */
  @Value.Parameter
  public abstract Instant at();

  /** @return what was learned, not blank */
  @Value.Parameter
  public abstract String note();

  /**
   * Creates a follow-up.
   *
   * @param at when
   * @param note what was learned, not blank
   * @return the follow-up
   */
  public static FollowUp of(Instant at, String note) {
    return ImmutableFollowUp.of(at, note);
  }

  @Value.Check
  void check() {
    Checks.instant("at", at());
    Checks.notBlank("note", note());
  }
}
