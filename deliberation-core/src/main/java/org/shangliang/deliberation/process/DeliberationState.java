package org.shangliang.deliberation.process;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.outcome.OutcomeKind;

/**
 * The state of a deliberation as the fold of its events: the phase, the outcome kind once classified,
 * how many meetings were held, and when the last event happened.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DeliberationState {
  private static final DeliberationState INITIAL = new Builder().phase(Phase.NEW).meetingsHeld(0).build();

  DeliberationState() {}

  /** @return the phase */
  public abstract Phase phase();

  /** @return the outcome kind, once classified */
  public abstract Optional<OutcomeKind> outcomeKind();

  /** @return meetings held so far */
  public abstract int meetingsHeld();

  /**
   * @return when the last event happened; empty for a new deliberation; in the years 1 to 9999
   *     (UTC)
   */
  public abstract Optional<Instant> lastEventAt();

  @Value.Check
  void check() {
    lastEventAt().ifPresent(at -> Checks.instant("lastEventAt", at));
    if (meetingsHeld() < 0) {
      throw new org.shangliang.deliberation.InvalidModelException(
          org.shangliang.deliberation.Path.of("meetingsHeld"),
          "must not be negative, was " + meetingsHeld());
    }
  }

  /**
   * The state before any event.
   *
   * @return the initial state
   */
  public static DeliberationState initial() {
    return INITIAL;
  }

  /** A builder of states. */
  public static final class Builder extends ImmutableDeliberationState.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
