package org.shangliang.deliberation.process;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.Escalation;
import org.shangliang.deliberation.outcome.HotlineCase;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.outcome.Revisit;
import org.shangliang.deliberation.outcome.Supervision;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.unit.UnitId;

/**
 * A deliberation (协商): one topic talked over by the parties on its list, at a deliberating unit. It is
 * the record a validator judges.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13), 三个一 and 三事五步七定; docs/domain.md (all sections).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Deliberation {
  Deliberation() {}

  /**
   * The deliberation's id.
   *
   * @return the id
   */
  public abstract DeliberationId id();

  /**
   * The topic deliberated.
   *
   * @return the topic
   */
  public abstract Topic topic();

  /**
   * The party list (协商主体清单).
   *
   * @return the parties
   */
  public abstract PartyList parties();

  /**
   * The unit whose body deliberates, e.g. the community for a matter of one of its buildings.
   *
   * @return the unit's id
   */
  public abstract UnitId deliberatingUnit();

  /**
   * The decision on admitting the topic.
   *
   * @return the admission, or empty while it is pending
   */
  public abstract Optional<Admission> admission();

  /**
   * The date the meeting is planned for, in the profile's time zone.
   *
   * @return the date, or empty if none is planned yet; in the years 1 to 9999
   */
  public abstract Optional<LocalDate> plannedMeetingDate();

  /**
   * The meetings held, in time order (checked when built).
   *
   * @return the meetings
   */
  public abstract List<Meeting> meetings();

  /**
   * The steps of the profile's plan the deliberation went through, in time order (checked when built).
   *
   * @return the step events
   */
  public abstract List<StepEvent> steps();

  /**
   * The outcome as recorded (结果分流).
   *
   * @return the outcome, or empty until it is classified
   */
  public abstract Optional<OutcomeRecord> outcome();

  /**
   * The supervision of the carrying-out, in time order (checked when built).
   *
   * @return the supervision records
   */
  public abstract List<Supervision> supervision();

  /**
   * The escalations to higher tiers, in time order (checked when built).
   *
   * @return the escalations
   */
  public abstract List<Escalation> escalations();

  /**
   * The revisits (回访) of finished items, in time order (checked when built).
   *
   * @return the revisits
   */
  public abstract List<Revisit> revisits();

  /**
   * The appraisals (评议), in time order (checked when built).
   *
   * @return the appraisals
   */
  public abstract List<Appraisal> appraisals();

  /**
   * The reopenings of the deliberation, in time order (checked when built).
   *
   * @return the reopenings
   */
  public abstract List<Reopening> reopenings();

  /**
   * The 12345 hotline case the topic came from, if it did.
   *
   * @return the case
   */
  public abstract Optional<HotlineCase> hotlineCase();

  /**
   * The deliberation's events, in order: every change of it (raised, admitted, meetings held,
   * outcome classified, duties assigned, …). Its state is their fold ({@link #history()}); the rule
   * {@code history.event-rejected} reports the first event that does not fit, and {@code
   * history.record-mismatch} events that disagree with the record's facts. Empty if the caller keeps
   * no history.
   *
   * @return the events
   */
  public abstract List<DeliberationEvent> events();

  /**
   * The history of the deliberation's events, folded.
   *
   * @return the history, whose {@link DeliberationHistory#state()} is the deliberation's state
   * @throws EventRejectedException if an event does not fit the state the earlier ones lead to, naming
   *     its index (the validator reports this as a violation instead)
   */
  public DeliberationHistory history() {
    return DeliberationHistory.of(events());
  }

  @Value.Check
  void check() {
    plannedMeetingDate()
        .ifPresent(d -> org.shangliang.deliberation.internal.Checks.date("plannedMeetingDate", d));
    inTimeOrder("meetings", "startedAt", meetings(), Meeting::startedAt);
    inTimeOrder("steps", "enteredAt", steps(), StepEvent::enteredAt);
    inTimeOrder("supervision", "at", supervision(), Supervision::at);
    inTimeOrder("revisits", "at", revisits(), Revisit::at);
    inTimeOrder("appraisals", "at", appraisals(), Appraisal::at);
    inTimeOrder("reopenings", "at", reopenings(), Reopening::at);
    inTimeOrder("escalations", "escalatedAt", escalations(), Escalation::escalatedAt);
  }

  private static <T> void inTimeOrder(
      String field, String instantName, List<T> values, java.util.function.Function<T, java.time.Instant> at) {
    for (int i = 1; i < values.size(); i++) {
      java.time.Instant previous = at.apply(values.get(i - 1));
      java.time.Instant current = at.apply(values.get(i));
      if (current.isBefore(previous)) {
        throw new org.shangliang.deliberation.InvalidModelException(
            field + "[" + i + "]." + instantName + ": must not be before " + field + "[" + (i - 1)
                + "] at " + previous + ", was " + current);
      }
    }
  }

  /**
   * A builder of deliberations; {@code id}, {@code topic}, {@code parties} and {@code
   * deliberatingUnit} are required.
   */
  public static final class Builder extends ImmutableDeliberation.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
