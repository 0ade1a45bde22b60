package org.shangliang.deliberation.process;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shangliang.deliberation.outcome.OutcomeKind;

/**
 * The history of a deliberation: its events in order, and its state as their fold. Applying an event
 * that does not fit the state — in the wrong phase, or earlier than the last event — throws an {@link
 * EventRejectedException} that names the state and the event.
 *
 * <p>The phases follow the deliberation's life: raised → admitted (or refused) → parties identified →
 * meetings held → decision → outcome classified (结果分流) → carrying out (duties, progress, escalation)
 * → completed → revisited → appraised (an appraisal may also follow completion directly); a shelved or
 * finished deliberation may be reopened, which takes it back to {@link Phase#PARTIES_IDENTIFIED}
 * (parties kept, outcome kind cleared, meetings counted on), ready for a new meeting. An outcome is
 * classified after a decision, or straight
 * after meetings when no decision was reached (搁置件, or a 建议件 beyond the tier's powers). Duties are
 * assigned to immediate and committed outcomes, progress is published for committed ones, and
 * recommendations are escalated; a shelved outcome is completed only by being reopened.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13), 五步 and 结果分流分类办理; docs/domain.md "Event history".
 *
 * <p>Immutable and thread-safe.
 */
public final class DeliberationHistory {
  private static final DeliberationHistory EMPTY =
      new DeliberationHistory(List.of(), DeliberationState.initial());

  private final List<DeliberationEvent> events;
  private final DeliberationState state;

  private DeliberationHistory(List<DeliberationEvent> events, DeliberationState state) {
    this.events = events;
    this.state = state;
  }

  /**
   * The history before any event.
   *
   * @return the empty history
   */
  public static DeliberationHistory empty() {
    return EMPTY;
  }

  /**
   * Folds events from the start.
   *
   * @param events the events, in order
   * @return the history
   * @throws EventRejectedException at the first event that does not fit, naming its index
   */
  public static DeliberationHistory of(List<DeliberationEvent> events) {
    DeliberationHistory history = EMPTY;
    for (int i = 0; i < events.size(); i++) {
      try {
        history = history.apply(events.get(i));
      } catch (EventRejectedException e) {
        throw new EventRejectedException("events[" + i + "]: " + e.getMessage());
      }
    }
    return history;
  }

  /** @return the events, in order */
  public List<DeliberationEvent> events() {
    return events;
  }

  /** @return the state: the fold of the events */
  public DeliberationState state() {
    return state;
  }

  /**
   * The event types that fit the current state (at an instant not before the last event).
   *
   * @return the types, in declaration order
   */
  public Set<EventType> allowed() {
    Set<EventType> allowed = EnumSet.noneOf(EventType.class);
    for (EventType type : EventType.values()) {
      if (fits(type, state)) {
        allowed.add(type);
      }
    }
    return Collections.unmodifiableSet(allowed);
  }

  /**
   * Whether an event fits the current state.
   *
   * @param event the event
   * @return {@code true} if {@link #apply} would accept it
   */
  public boolean accepts(DeliberationEvent event) {
    return reason(event) == null;
  }

  /**
   * This history with one more event.
   *
   * @param event the event
   * @return the longer history
   * @throws EventRejectedException if the event does not fit the state
   */
  public DeliberationHistory apply(DeliberationEvent event) {
    String reason = reason(event);
    if (reason != null) {
      throw new EventRejectedException(
          "event " + event + " does not fit state " + state.phase()
              + state.outcomeKind().map(k -> " (" + k + ")").orElse("") + ": " + reason);
    }
    List<DeliberationEvent> longer = new ArrayList<>(events.size() + 1);
    longer.addAll(events);
    longer.add(event);
    return new DeliberationHistory(Collections.unmodifiableList(longer), next(state, event));
  }

  private String reason(DeliberationEvent event) {
    if (state.lastEventAt().isPresent() && event.at().isBefore(state.lastEventAt().get())) {
      return "it is earlier than the last event at " + state.lastEventAt().get();
    }
    if (!fits(event.type(), state)) {
      return "allowed here: " + allowed();
    }
    if (event.type() == EventType.OUTCOME_CLASSIFIED
        && state.phase() == Phase.DELIBERATING
        && (event.outcomeKind().get() == OutcomeKind.IMMEDIATE
            || event.outcomeKind().get() == OutcomeKind.COMMITTED)) {
      return "an immediate or committed outcome needs a decision first";
    }
    return null;
  }

  private static boolean fits(EventType type, DeliberationState state) {
    Phase phase = state.phase();
    Optional<OutcomeKind> kind = state.outcomeKind();
    switch (type) {
      case TOPIC_RAISED:
        return phase == Phase.NEW;
      case ADMITTED:
      case REFUSED:
        return phase == Phase.RAISED;
      case PARTIES_IDENTIFIED:
        return phase == Phase.ADMITTED;
      case MEETING_HELD:
        return phase == Phase.PARTIES_IDENTIFIED || phase == Phase.DELIBERATING;
      case DECISION_MADE:
        return phase == Phase.DELIBERATING;
      case OUTCOME_CLASSIFIED:
        return phase == Phase.DECIDED || phase == Phase.DELIBERATING;
      case DUTY_ASSIGNED:
        return (phase == Phase.CLASSIFIED || phase == Phase.CARRYING_OUT)
            && (kind.get() == OutcomeKind.IMMEDIATE || kind.get() == OutcomeKind.COMMITTED);
      case PROGRESS_PUBLISHED:
        return phase == Phase.CARRYING_OUT && kind.get() == OutcomeKind.COMMITTED;
      case ESCALATED:
        return (phase == Phase.CLASSIFIED || phase == Phase.CARRYING_OUT)
            && kind.get() == OutcomeKind.RECOMMENDATION;
      case COMPLETED:
        return phase == Phase.CARRYING_OUT;
      case REVISITED:
        return phase == Phase.COMPLETED || phase == Phase.REVISITED;
      case APPRAISED:
        return phase == Phase.COMPLETED || phase == Phase.REVISITED || phase == Phase.APPRAISED;
      case REOPENED:
        return phase == Phase.COMPLETED
            || phase == Phase.REVISITED
            || phase == Phase.APPRAISED
            || phase == Phase.CLASSIFIED && kind.get() == OutcomeKind.SHELVED;
      default:
        return false;
    }
  }

  private static DeliberationState next(DeliberationState state, DeliberationEvent event) {
    DeliberationState.Builder next = new DeliberationState.Builder().lastEventAt(event.at());
    Optional<OutcomeKind> kind = state.outcomeKind();
    int meetings = state.meetingsHeld();
    Phase phase;
    switch (event.type()) {
      case TOPIC_RAISED:
        phase = Phase.RAISED;
        break;
      case ADMITTED:
        phase = Phase.ADMITTED;
        break;
      case REFUSED:
        phase = Phase.REFUSED;
        break;
      case PARTIES_IDENTIFIED:
        phase = Phase.PARTIES_IDENTIFIED;
        break;
      case MEETING_HELD:
        phase = Phase.DELIBERATING;
        meetings++;
        break;
      case DECISION_MADE:
        phase = Phase.DECIDED;
        break;
      case OUTCOME_CLASSIFIED:
        phase = Phase.CLASSIFIED;
        kind = event.outcomeKind();
        break;
      case DUTY_ASSIGNED:
      case PROGRESS_PUBLISHED:
      case ESCALATED:
        phase = Phase.CARRYING_OUT;
        break;
      case COMPLETED:
        phase = Phase.COMPLETED;
        break;
      case REVISITED:
        phase = Phase.REVISITED;
        break;
      case APPRAISED:
        phase = Phase.APPRAISED;
        break;
      case REOPENED:
      default:
        phase = Phase.PARTIES_IDENTIFIED;
        kind = Optional.empty();
        break;
    }
    return next.phase(phase).outcomeKind(kind).meetingsHeld(meetings).build();
  }

  @Override
  public String toString() {
    return "DeliberationHistory{" + events.size() + " events, " + state.phase() + "}";
  }
}
