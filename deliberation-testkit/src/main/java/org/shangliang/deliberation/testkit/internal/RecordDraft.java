package org.shangliang.deliberation.testkit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.Escalation;
import org.shangliang.deliberation.outcome.HotlineCase;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.outcome.Revisit;
import org.shangliang.deliberation.outcome.Supervision;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationEvent;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.process.PartyOrganisationAct;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.unit.UnitId;

/**
 * A mutable copy of a deliberation record ({@link Deliberation}): every field of the value as a
 * public field, to change and build again. The core's builders are strict (a field is set once) and
 * have no copy methods, so a mutation or a minimizer rebuilds a value through its draft: {@code
 * RecordDraft.edit(value, d -> ...)}, or {@code RecordDraft.of(value)}, change, {@link #build()}.
 *
 * <p>Optional fields are {@link Optional}s; list fields mutable {@link ArrayList}s in the value's
 * order.
 *
 * <p>A draft of a value, unchanged, builds a value equal to it.
 *
 * <p>Not thread-safe: a draft is scratch space for one thread; the values it builds are immutable.
 */
public final class RecordDraft {
  /** The value's {@link Deliberation#id()}. */
  public DeliberationId id;

  /** The value's {@link Deliberation#topic()}. */
  public Topic topic;

  /** The value's {@link Deliberation#parties()}. */
  public PartyList parties;

  /** The value's {@link Deliberation#deliberatingUnit()}. */
  public UnitId deliberatingUnit;

  /** The value's {@link Deliberation#admission()} (empty if absent). */
  public Optional<Admission> admission;

  /** The value's {@link Deliberation#plannedMeetingDate()} (empty if absent). */
  public Optional<LocalDate> plannedMeetingDate;

  /** The value's {@link Deliberation#meetings()}, a mutable list. */
  public List<Meeting> meetings;

  /** The value's {@link Deliberation#steps()}, a mutable list. */
  public List<StepEvent> steps;

  /** The value's {@link Deliberation#outcome()} (empty if absent). */
  public Optional<OutcomeRecord> outcome;

  /** The value's {@link Deliberation#supervision()}, a mutable list. */
  public List<Supervision> supervision;

  /** The value's {@link Deliberation#escalations()}, a mutable list. */
  public List<Escalation> escalations;

  /** The value's {@link Deliberation#revisits()}, a mutable list. */
  public List<Revisit> revisits;

  /** The value's {@link Deliberation#appraisals()}, a mutable list. */
  public List<Appraisal> appraisals;

  /** The value's {@link Deliberation#reopenings()}, a mutable list. */
  public List<Reopening> reopenings;

  /** The value's {@link Deliberation#hotlineCase()} (empty if absent). */
  public Optional<HotlineCase> hotlineCase;

  /** The value's {@link Deliberation#events()}, a mutable list. */
  public List<DeliberationEvent> events;

  /** The value's {@link Deliberation#riskAssessments()}, a mutable list. */
  public List<org.shangliang.deliberation.process.RiskAssessment> riskAssessments;
  /** The value's {@link Deliberation#partyActs()}, a mutable list. */
  public List<PartyOrganisationAct> partyActs;

  private RecordDraft(Deliberation value) {
    this.id = value.id();
    this.topic = value.topic();
    this.parties = value.parties();
    this.deliberatingUnit = value.deliberatingUnit();
    this.admission = value.admission();
    this.plannedMeetingDate = value.plannedMeetingDate();
    this.meetings = new ArrayList<>(value.meetings());
    this.steps = new ArrayList<>(value.steps());
    this.outcome = value.outcome();
    this.supervision = new ArrayList<>(value.supervision());
    this.escalations = new ArrayList<>(value.escalations());
    this.revisits = new ArrayList<>(value.revisits());
    this.appraisals = new ArrayList<>(value.appraisals());
    this.reopenings = new ArrayList<>(value.reopenings());
    this.hotlineCase = value.hotlineCase();
    this.events = new ArrayList<>(value.events());
    this.riskAssessments = new ArrayList<>(value.riskAssessments());
    this.partyActs = new ArrayList<>(value.partyActs());
  }

  /**
   * A draft holding every field of a value.
   *
   * @param value the value to copy
   * @return a new draft; {@link #build()} on it unchanged gives a value equal to {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static RecordDraft of(Deliberation value) {
    return new RecordDraft(Objects.requireNonNull(value, "value"));
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
  public static Deliberation edit(Deliberation value, Consumer<? super RecordDraft> change) {
    RecordDraft draft = of(value);
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
  public Deliberation build() {
    return new Deliberation.Builder()
        .id(id)
        .topic(topic)
        .parties(parties)
        .deliberatingUnit(deliberatingUnit)
        .admission(admission)
        .plannedMeetingDate(plannedMeetingDate)
        .addAllMeetings(meetings)
        .addAllSteps(steps)
        .outcome(outcome)
        .addAllSupervision(supervision)
        .addAllEscalations(escalations)
        .addAllRevisits(revisits)
        .addAllAppraisals(appraisals)
        .addAllReopenings(reopenings)
        .hotlineCase(hotlineCase)
        .addAllEvents(events)
        .addAllRiskAssessments(riskAssessments)
        .addAllPartyActs(partyActs)
        .build();
  }
}
