package org.shangliang.deliberation.process;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.party.PartyId;

/**
 * One change of a deliberation: what happened, when, and who acted. An {@link
 * EventType#OUTCOME_CLASSIFIED} event carries the outcome kind; no other event does.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DeliberationEvent {
  DeliberationEvent() {}

  /** @return what happened */
  public abstract EventType type();

  /** @return when; in the years 1 to 9999 (UTC) */
  public abstract Instant at();

  /** @return who acted */
  public abstract PartyId actor();

  /** @return for an outcome classification, the kind */
  public abstract Optional<OutcomeKind> outcomeKind();

  /**
   * An event without an outcome kind.
   *
   * @param type what happened, not {@link EventType#OUTCOME_CLASSIFIED}
   * @param at when
   * @param actor who acted
   * @return the event
   * @throws InvalidModelException for {@link EventType#OUTCOME_CLASSIFIED}, which needs its kind
   */
  public static DeliberationEvent of(EventType type, Instant at, PartyId actor) {
    return new Builder().type(type).at(at).actor(actor).build();
  }

  /**
   * An outcome classification.
   *
   * @param kind the kind
   * @param at when
   * @param actor who acted
   * @return the event
   */
  public static DeliberationEvent classified(OutcomeKind kind, Instant at, PartyId actor) {
    return new Builder().type(EventType.OUTCOME_CLASSIFIED).at(at).actor(actor).outcomeKind(kind).build();
  }

  @Value.Check
  void check() {
    Checks.instant("at", at());
    boolean classified = type() == EventType.OUTCOME_CLASSIFIED;
    if (classified && outcomeKind().isEmpty()) {
      throw new InvalidModelException(
          Path.of("outcomeKind"), "required for OUTCOME_CLASSIFIED, was empty");
    }
    if (!classified && outcomeKind().isPresent()) {
      throw new InvalidModelException(
          Path.of("outcomeKind"),
          "only for OUTCOME_CLASSIFIED, was " + outcomeKind().get() + " on " + type());
    }
  }

  @Override
  public String toString() {
    return type() + outcomeKind().map(k -> "(" + k + ")").orElse("") + " at " + at() + " by " + actor();
  }

  /** A builder of events; {@code type}, {@code at} and {@code actor} are required. */
  public static final class Builder extends ImmutableDeliberationEvent.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
