package org.shangliang.deliberation.testkit.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.DeliberationEvent;
import org.shangliang.deliberation.process.EventType;

/**
 * A mutable copy of a deliberation event ({@link DeliberationEvent}): every field of the value as a
 * public field, to change and build again. The core's builders are strict (a field is set once) and
 * have no copy methods, so a mutation or a minimizer rebuilds a value through its draft: {@code
 * EventDraft.edit(value, d -> ...)}, or {@code EventDraft.of(value)}, change, {@link #build()}.
 *
 * <p>Optional fields are {@link Optional}s.
 *
 * <p>A draft of a value, unchanged, builds a value equal to it.
 *
 * <p>Not thread-safe: a draft is scratch space for one thread; the values it builds are immutable.
 */
public final class EventDraft {
  /** The value's {@link DeliberationEvent#type()}. */
  public EventType type;

  /** The value's {@link DeliberationEvent#at()}. */
  public Instant at;

  /** The value's {@link DeliberationEvent#actor()}. */
  public PartyId actor;

  /** The value's {@link DeliberationEvent#outcomeKind()} (empty if absent). */
  public Optional<OutcomeKind> outcomeKind;

  private EventDraft(DeliberationEvent value) {
    this.type = value.type();
    this.at = value.at();
    this.actor = value.actor();
    this.outcomeKind = value.outcomeKind();
  }

  /**
   * A draft holding every field of a value.
   *
   * @param value the value to copy
   * @return a new draft; {@link #build()} on it unchanged gives a value equal to {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static EventDraft of(DeliberationEvent value) {
    return new EventDraft(Objects.requireNonNull(value, "value"));
  }

  /**
   * A copy of a value with a change made to its draft.
   *
   * @param value the value to copy
   * @param change what to change on the draft
   * @return the value the changed draft builds
   * @throws org.shangliang.deliberation.InvalidModelException if the changed fields do not make a
   *     well-formed value
   * @throws NullPointerException if an argument is null
   */
  public static DeliberationEvent edit(
      DeliberationEvent value, Consumer<? super EventDraft> change) {
    EventDraft draft = of(value);
    Objects.requireNonNull(change, "change").accept(draft);
    return draft.build();
  }

  /**
   * Builds the value the fields describe.
   *
   * @return the value
   * @throws org.shangliang.deliberation.InvalidModelException if the fields do not make a
   *     well-formed value (a field null, a required part missing, a check of the value failing)
   */
  public DeliberationEvent build() {
    return new DeliberationEvent.Builder()
        .type(type)
        .at(at)
        .actor(actor)
        .outcomeKind(outcomeKind)
        .build();
  }
}
