package org.shangliang.deliberation.process;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.party.PartyId;

/**
 * The record that a deliberation entered a step of its plan, and completed it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class StepEvent {
  StepEvent() {}

  /** @return the step's id in the profile's plan */
  public abstract String step();

  /** @return when the step was entered; in the years 1 to 9999 (UTC) */
  public abstract Instant enteredAt();

  /** @return when it was completed; empty while it is under way; in the years 1 to 9999 (UTC) */
  public abstract Optional<Instant> completedAt();

  /** @return who acted */
  public abstract PartyId actor();

  /**
   * A completed step.
   *
   * @param step the step's id
   * @param enteredAt when it was entered
   * @param completedAt when it was completed
   * @param actor who acted
   * @return the event
   */
  public static StepEvent completed(
      String step, Instant enteredAt, Instant completedAt, PartyId actor) {
    return new Builder().step(step).enteredAt(enteredAt).completedAt(completedAt).actor(actor).build();
  }

  /**
   * A step under way.
   *
   * @param step the step's id
   * @param enteredAt when it was entered
   * @param actor who acted
   * @return the event
   */
  public static StepEvent underWay(String step, Instant enteredAt, PartyId actor) {
    return new Builder().step(step).enteredAt(enteredAt).actor(actor).build();
  }

  @Value.Check
  void check() {
    Checks.identifier("step", step());
    Checks.instant("enteredAt", enteredAt());
    completedAt().ifPresent(at -> Checks.instant("completedAt", at));
    if (completedAt().isPresent() && completedAt().get().isBefore(enteredAt())) {
      throw new InvalidModelException(
          Path.of("completedAt"),
          "must not be before enteredAt " + enteredAt() + ", was " + completedAt().get());
    }
  }

  /** A builder of step events; {@code step}, {@code enteredAt} and {@code actor} are required. */
  public static final class Builder extends ImmutableStepEvent.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
