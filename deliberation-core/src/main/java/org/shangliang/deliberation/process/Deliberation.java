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
 * <p>Its lists (meetings, steps, supervision, escalations, revisits, appraisals, reopenings, risk
 * assessments, the party organisation's acts, and each escalation's follow-ups) may arrive in any
 * order, e.g. the order a database returns them: they are judged, not refused. The record keeps the
 * order it was given, and the validator's rules read the
 * lists in time order where order matters (a stable sort by instant, see {@code
 * org.shangliang.deliberation.rules.TimeOrder}), so a violation's path names an element's position as
 * given. Events are the exception: their order is their meaning ({@link #events()}).
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
   * The meetings held, in the order given (the record keeps it; rules read the meetings in time order
   * of their start).
   *
   * @return the meetings
   */
  public abstract List<Meeting> meetings();

  /**
   * The steps of the profile's plan the deliberation went through, in the order given (rules read them
   * in time order of their entry).
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
   * The supervision of the carrying-out, in the order given (rules read it in time order).
   *
   * @return the supervision records
   */
  public abstract List<Supervision> supervision();

  /**
   * The escalations to higher tiers, in the order given (rules read them in time order).
   *
   * @return the escalations
   */
  public abstract List<Escalation> escalations();

  /**
   * The revisits (回访) of finished items, in the order given (rules read them in time order).
   *
   * @return the revisits
   */
  public abstract List<Revisit> revisits();

  /**
   * The appraisals (评议), in the order given (rules read them in time order).
   *
   * @return the appraisals
   */
  public abstract List<Appraisal> appraisals();

  /**
   * The reopenings of the deliberation, in the order given (rules read them in time order).
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
   * The risk assessments (重大决策风险评估) of the matter, in the order given (rules read them in time
   * order of {@link RiskAssessment#assessedAt()}). More than one where the matter was reassessed, e.g.
   * after a reopening; empty where none was made. A profile that requires one for the matter ({@link
   * org.shangliang.deliberation.profile.Profile#requiresRiskAssessment}) wants at least one not after
   * the decision. An assessment changes no phase of the deliberation's life, so, like supervision,
   * it has no event of its own in {@link #events()}.
   *
   * <p>Source: Reform 2025 (中国党政干部论坛, 2025-05-21), 重大决策风险评估机制; docs/domain.md "Risk
   * assessment before a major decision".
   *
   * @return the assessments
   */
  public abstract List<RiskAssessment> riskAssessments();

  /**
   * The deliberation's events, in order: every change of it (raised, admitted, meetings held,
   * outcome classified, duties assigned, …). Its state is their fold ({@link #history()}); the rule
   * {@code history.event-rejected} reports the first event that does not fit, and {@code
   * history.record-mismatch} events that disagree with the record's facts. Empty if the caller keeps
   * no history. Unlike the other lists, events are never read in another order than the one given: an
   * event log is ordered by definition (see {@link DeliberationHistory}).
   *
   * @return the events
   */
  public abstract List<DeliberationEvent> events();

  /**
   * The party organisation's own acts (把关定向): its review of the topic, its setting of the form and
   * procedure, its naming of the organiser, in the order given (rules read them in time order).
   * Empty unless recorded; the profile says which acts it requires ({@link
   * org.shangliang.deliberation.profile.Profile#requiredPartyActs()}).
   *
   * <p>Source: Jinan 2018 (人民网, 2018-09-13), 在议题选择上，强化把关定向 and 在议事流程上，强化组织引领;
   * docs/domain.md "Procedure and chair".
   *
   * @return the acts
   */
  public abstract List<PartyOrganisationAct> partyActs();

  /**
   * The history of the deliberation's events, folded up to the first event that does not fit the
   * state the earlier ones lead to ({@link DeliberationHistory#ofFitting(List)}). Never throws: a
   * record may hold events that do not fit, and the validator reports the first of them ({@code
   * history.event-rejected}). Where {@code history().size()} is less than {@code events().size()},
   * the event at that index is the first misfit; {@link DeliberationHistory#of(List)} folds strictly
   * instead, throwing at a misfit.
   *
   * <p>Computed once per record (a pure function of this immutable value): every rule and every
   * validation of the same record shares it.
   *
   * @return the history, whose {@link DeliberationHistory#state()} is the state the fitting events
   *     reach
   */
  @Value.Lazy
  public DeliberationHistory history() {
    return DeliberationHistory.ofFitting(events());
  }

  @Value.Check
  void check() {
    plannedMeetingDate()
        .ifPresent(d -> org.shangliang.deliberation.internal.Checks.date("plannedMeetingDate", d));
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
