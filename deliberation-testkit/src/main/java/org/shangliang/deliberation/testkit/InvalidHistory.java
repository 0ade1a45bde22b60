package org.shangliang.deliberation.testkit;

import java.util.List;
import java.util.Objects;
import org.shangliang.deliberation.process.DeliberationEvent;

/**
 * A sequence of deliberation events whose fold ({@link
 * org.shangliang.deliberation.process.DeliberationHistory#of(List)}) rejects one event: the events
 * before {@link #rejectedIndex()} fit, the event at it does not, for the reason {@link #misfit()}
 * names. Events after it may be anything: the fold never reaches them. Made by {@link
 * Histories#invalid(org.shangliang.deliberation.profile.Profile)}.
 *
 * <p>Immutable and thread-safe. Equal when their events, index, misfit and reason are equal.
 *
 * @param events the events, in order; unmodifiable
 * @param rejectedIndex the index of the first event the fold rejects, from 0 to {@code
 *     events.size() - 1}
 * @param misfit why that event does not fit
 * @param reason the fold's own explanation: the message of the {@link
 *     org.shangliang.deliberation.process.EventRejectedException} that applying the event to the
 *     history of the events before it throws; it names the event, the state and what would fit
 */
public record InvalidHistory(
    List<DeliberationEvent> events, int rejectedIndex, Misfit misfit, String reason) {

  /** Why an event does not fit the history before it. */
  public enum Misfit {
    /** The event's type is not allowed in the phase the earlier events lead to. */
    WRONG_PHASE,
    /**
     * The event's type is allowed there, but it happened earlier than the event before it (events are
     * never sorted: their order is the order things happened).
     */
    EARLIER_THAN_LAST,
    /**
     * An immediate or committed outcome is classified straight after meetings, without a decision
     * (only a shelved matter or a recommendation may be classified without one).
     */
    OUTCOME_WITHOUT_DECISION
  }

  /**
   * Checks the parts and copies the events.
   *
   * @param events the events, in order
   * @param rejectedIndex the index of the first event the fold rejects
   * @param misfit why that event does not fit
   * @param reason the fold's explanation
   * @throws IllegalArgumentException if the index is not that of an event, or the reason is blank
   */
  public InvalidHistory {
    events = List.copyOf(Objects.requireNonNull(events, "events"));
    Objects.requireNonNull(misfit, "misfit");
    Objects.requireNonNull(reason, "reason");
    if (rejectedIndex < 0 || rejectedIndex >= events.size()) {
      throw new IllegalArgumentException(
          "rejectedIndex: must be the index of one of the " + events.size() + " events, was "
              + rejectedIndex);
    }
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason: must not be blank");
    }
  }

  /**
   * The events before the rejected one: a history that folds.
   *
   * @return the events from 0 to {@link #rejectedIndex()}, excluded; unmodifiable
   */
  public List<DeliberationEvent> fitting() {
    return events.subList(0, rejectedIndex);
  }

  /**
   * The first event the fold rejects.
   *
   * @return the event at {@link #rejectedIndex()}
   */
  public DeliberationEvent rejected() {
    return events.get(rejectedIndex);
  }

  /**
   * The history in one line: how many events, which is rejected and why.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "InvalidHistory[" + events.size() + " events, events[" + rejectedIndex + "] rejected ("
        + misfit + "): " + reason + "]";
  }
}
