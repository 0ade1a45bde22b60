package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.rules.ReportAssert.assertClean;
import static org.shangliang.deliberation.rules.ReportAssert.assertOnly;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.FollowUp;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.outcome.Revisit;
import org.shangliang.deliberation.outcome.Supervision;
import org.shangliang.deliberation.outcome.SupervisionPhase;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationEvent;
import org.shangliang.deliberation.process.EventType;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/**
 * Examples of lists that arrive out of time order (e.g. in database order): each builds, keeps the
 * order it was given, and is judged in time order, with violation paths naming the elements' positions
 * as given. Events are the exception: a log keeps its order, and an event out of time order is
 * reported.
 */
class ListsInAnyOrderTest {
  private static Instant at(String text) {
    return Instant.parse(text);
  }

  private static StepEvent stepNamed(List<StepEvent> steps, String step) {
    for (StepEvent event : steps) {
      if (event.step().equals(step)) {
        return event;
      }
    }
    throw new AssertionError(step);
  }

  // meetings

  @Test
  void findsTheMeetingInsideTheDeliberateStepWhenALaterMeetingIsGivenFirst() {
    OutcomeCase c = new OutcomeCase();
    Meeting later = new MeetingCase().shiftMeeting(Duration.ofDays(14)).meeting();
    OutcomeCase ordered = new OutcomeCase();
    ordered.meetings.add(later);
    c.held = false;
    c.meetings.add(later);
    c.meetings.add(new OutcomeCase().meeting());

    Deliberation record = c.build();

    assertThat(record.meetings()).extracting(Meeting::startedAt)
        .containsExactly(later.startedAt(), MeetingCase.STARTED);
    ValidationReport report = c.validate();
    assertThat(report.violationsOf(RuleCodes.STEP_DELIBERATE_NO_MEETING)).isEmpty();
    assertThat(report.violations()).extracting(Violation::code)
        .containsExactlyInAnyOrderElementsOf(
            ordered.validate().violations().stream().map(Violation::code).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void judgesAnUrgentMattersEarliestMeetingWhenALaterLateOneIsGivenFirst() {
    // raised 2 h before the first meeting (in time); a meeting 5 days later is outside the window
    MeetingCase c = new MeetingCase().urgent(MeetingCase.STARTED.minus(Duration.ofHours(2)));
    Meeting first = c.meeting();
    Meeting later =
        new MeetingCase().urgent(c.raisedAt).shiftMeeting(Duration.ofDays(5)).meeting();
    c.held = false;
    c.meetings.add(later);
    c.meetings.add(first);

    ValidationReport report = c.validate();

    assertThat(report.violationsOf(RuleCodes.MEETING_URGENT_LATE)).isEmpty();
  }

  @Test
  void reportsAnUrgentMattersLateEarliestMeetingWhereItWasGiven() {
    // raised 49 h before the first meeting: it is late, and it is the second element as given
    MeetingCase c = new MeetingCase().urgent(MeetingCase.STARTED.minus(Duration.ofHours(49)));
    Meeting first = c.meeting();
    Meeting later =
        new MeetingCase().urgent(c.raisedAt).shiftMeeting(Duration.ofDays(5)).meeting();
    c.held = false;
    c.meetings.add(later);
    c.meetings.add(first);

    ValidationReport report = c.validate();

    assertThat(report.violationsOf(RuleCodes.MEETING_URGENT_LATE))
        .extracting(v -> v.path().toString())
        .containsExactly("meetings[1].startedAt");
  }

  @Test
  void reportsADeliberateStepWithoutAMeetingWhateverOrderTheMeetingsArriveIn() {
    OutcomeCase c = new OutcomeCase();
    c.held = false;
    c.meetings.add(new MeetingCase().shiftMeeting(Duration.ofDays(14)).meeting());
    c.meetings.add(new MeetingCase().shiftMeeting(Duration.ofDays(7)).meeting());
    Collections.reverse(c.steps);

    ValidationReport report = c.validate();

    // the deliberate step ends on the day of the (absent) first meeting: both meetings are later
    List<Violation> found = report.violationsOf(RuleCodes.STEP_DELIBERATE_NO_MEETING);
    assertThat(found).extracting(v -> v.path().toString()).containsExactly("steps[2]");
  }

  // steps

  @Test
  void judgesTheFiveStepsInTimeOrderWhenTheyArriveReversed() {
    OutcomeCase c = new OutcomeCase();
    Collections.reverse(c.steps);

    Deliberation record = c.build();

    assertThat(record.steps()).extracting(StepEvent::step)
        .containsExactly(
            MeetingCase.FIVE_STEP_EVALUATE,
            MeetingCase.FIVE_STEP_CARRY_OUT,
            MeetingCase.FIVE_STEP_DELIBERATE,
            MeetingCase.FIVE_STEP_SET_TOPIC,
            MeetingCase.FIVE_STEP_IDENTIFY);
    assertClean(c.validate());
  }

  @Test
  void comparesEachStepWithTheFurthestStepReachedInTimeOrder() {
    OutcomeCase c = new OutcomeCase();
    List<StepEvent> five = MeetingCase.defaultSteps();
    // in time: identify, set the topic, deliberate, evaluate, then carry out: evaluate skips a step,
    // and carrying out comes after the furthest step (evaluate) was reached
    StepEvent evaluate =
        StepEvent.completed(
            MeetingCase.FIVE_STEP_EVALUATE, at("2026-12-14T01:00:00Z"), at("2026-12-20T01:00:00Z"), MeetingCase.RC);
    StepEvent carryOut =
        StepEvent.completed(
            MeetingCase.FIVE_STEP_CARRY_OUT, at("2026-12-21T01:00:00Z"), OutcomeCase.COMPLETED, MeetingCase.PC);
    c.steps.clear();
    c.steps.add(carryOut);
    c.steps.add(stepNamed(five, MeetingCase.FIVE_STEP_IDENTIFY));
    c.steps.add(evaluate);
    c.steps.add(stepNamed(five, MeetingCase.FIVE_STEP_SET_TOPIC));
    c.steps.add(stepNamed(five, MeetingCase.FIVE_STEP_DELIBERATE));

    List<Violation> found = assertOnly(c.validate(), RuleCodes.STEP_ORDER, "steps[0].step", "steps[2].step");

    assertThat(found.get(0).args()).containsExactly(
        c.profile.stepPlan().get().step(MeetingCase.FIVE_STEP_CARRY_OUT).get().name(), "—");
    assertThat(found.get(1).args()).containsExactly(
        c.profile.stepPlan().get().step(MeetingCase.FIVE_STEP_EVALUATE).get().name(),
        c.profile.stepPlan().get().step(MeetingCase.FIVE_STEP_CARRY_OUT).get().name());
  }

  @Test
  void reportsAStepStartedBeforeItsPredecessorInTimeOrderCompletedAtItsGivenPosition() {
    OutcomeCase c = new OutcomeCase();
    c.restep(
        MeetingCase.FIVE_STEP_CARRY_OUT,
        StepEvent.completed(
            MeetingCase.FIVE_STEP_CARRY_OUT, MeetingCase.ENDED, OutcomeCase.COMPLETED, MeetingCase.PC));
    Collections.swap(c.steps, 0, 3); // carry-out first, identify fourth

    List<Violation> found =
        assertOnly(c.validate(), RuleCodes.STEP_STARTED_EARLY, "steps[0].enteredAt");

    assertThat(found.get(0).args())
        .containsExactly(MeetingCase.FIVE_STEP_CARRY_OUT, MeetingCase.FIVE_STEP_DELIBERATE, MeetingCase.at("04:00"));
  }

  // supervision

  @Test
  void reportsASupervisorNotAllowedAtItsPositionInSupervisionGivenOutOfOrder() {
    OutcomeCase c = new OutcomeCase();
    Collections.reverse(c.supervision);
    c.supervision.add(
        0, Supervision.of(SupervisionPhase.DURING, MeetingCase.OC, OutcomeCase.DURING_AT.plusSeconds(60), "业委会查看"));

    Deliberation record = c.build();

    assertThat(record.supervision().get(0).supervisor()).isEqualTo(MeetingCase.OC);
    assertThat(record.supervision().get(1).phase()).isEqualTo(SupervisionPhase.AFTER);
    assertOnly(c.validate(), RuleCodes.SUPERVISION_SUPERVISOR_NOT_ALLOWED, "supervision[0].supervisor");
  }

  // revisits

  @Test
  void findsTheRevisitInTimeWhenALateOneIsGivenFirst() {
    OutcomeCase c = new OutcomeCase();
    c.revisits.add(0, Revisit.of(OutcomeCase.REVISIT_DUE.plusSeconds(86_400), MeetingCase.RC, "再次回访"));

    assertThat(c.build().revisits().get(1).at()).isEqualTo(OutcomeCase.REVISITED);
    assertClean(c.validate());

    c.revisits.remove(1);
    assertOnly(c.validate(), RuleCodes.REVISIT_MISSING, "revisits");
  }

  // appraisals and reopenings

  @Test
  void reopensAfterEveryPoorAppraisalWhateverOrderBothArriveIn() {
    OutcomeCase c = new OutcomeCase().haidian();
    c.appraisals.add(0, Appraisal.of(at("2027-03-10T02:00:00Z"), MeetingCase.OWNER, 1));
    c.appraisals.add(Appraisal.of(at("2027-03-08T02:00:00Z"), MeetingCase.REP, 2));
    c.reopenings.add(Reopening.of(at("2027-03-11T02:00:00Z"), "再次重议"));
    c.reopenings.add(Reopening.of(at("2027-03-09T02:00:00Z"), "评议不满意"));

    assertThat(c.build().reopenings()).extracting(Reopening::at)
        .containsExactly(at("2027-03-11T02:00:00Z"), at("2027-03-09T02:00:00Z"));
    assertClean(c.validate());

    c.reopenings.remove(0);
    List<Violation> found = assertOnly(c.validate(), RuleCodes.APPRAISAL_POOR_NOT_REOPENED, "appraisals[0]");
    assertThat(found.get(0).args()).containsExactly(1, at("2027-03-10T02:00:00Z"));
  }

  // escalations and follow-ups

  @Test
  void judgesFollowUpsInTimeOrderWhenTheLaterIsGivenFirst() {
    OutcomeCase c = new OutcomeCase().recommendation();
    OutcomeCase.EscalationDraft e = OutcomeCase.escalation();
    Collections.reverse(e.followUps); // 12-28, then 12-18: each within 15 days of the one before in time
    c.escalations.set(0, e.build());

    assertThat(c.build().escalations().get(0).followUps()).extracting(FollowUp::at)
        .containsExactly(at("2026-12-28T02:00:00Z"), at("2026-12-18T02:00:00Z"));
    assertClean(c.validate());

    e.followUps.set(1, FollowUp.of(at("2026-12-27T02:00:00Z"), "街道已受理")); // first follow-up late
    c.escalations.set(0, e.build());
    List<Violation> found =
        assertOnly(c.validate(), RuleCodes.ESCALATION_FOLLOW_UP_LATE, "escalations[0].followUps");
    assertThat(found.get(0).args()).containsExactly(OutcomeCase.ESCALATED.plus(Duration.ofDays(15)), Duration.ofDays(15));
  }

  @Test
  void reportsAnEscalationToTheWrongLevelAtItsPositionAsGiven() {
    OutcomeCase c = new OutcomeCase().recommendation();
    OutcomeCase.EscalationDraft wrong = OutcomeCase.escalation().to(LiftCase.DISTRICT);
    wrong.escalatedAt = OutcomeCase.ESCALATED.plusSeconds(3600);
    c.escalations.add(wrong.build()); // the later escalation, given last
    Collections.reverse(c.escalations); // …and now first

    assertThat(c.build().escalations().get(0).toUnit()).isEqualTo(LiftCase.DISTRICT);
    assertOnly(c.validate(), RuleCodes.ESCALATION_WRONG_LEVEL, "escalations[0].toUnit");
  }

  // events

  @Test
  void keepsEventsStrictlyInTheOrderGivenAndReportsOneOutOfTimeOrder() {
    OutcomeCase c = new OutcomeCase();
    Instant t = at("2026-10-20T01:00:00Z");
    c.events.add(DeliberationEvent.of(EventType.TOPIC_RAISED, t.plusSeconds(60), MeetingCase.PO));
    c.events.add(DeliberationEvent.of(EventType.ADMITTED, t, MeetingCase.PO));

    assertThat(c.build().events()).extracting(DeliberationEvent::type)
        .containsExactly(EventType.TOPIC_RAISED, EventType.ADMITTED);
    assertOnly(c.validate(), RuleCodes.HISTORY_EVENT_REJECTED, "events[1]");
  }

  @Test
  void buildsARecordWithEveryListOutOfTimeOrder() {
    OutcomeCase c = new OutcomeCase();
    c.meetings.add(new MeetingCase().shiftMeeting(Duration.ofDays(7)).meeting());
    List<Meeting> meetings = new ArrayList<>(c.meetings());
    Collections.reverse(meetings);
    Collections.reverse(c.steps);
    Collections.reverse(c.supervision);
    Collections.reverse(c.appraisals);
    c.revisits.add(Revisit.of(OutcomeCase.REVISITED.minusSeconds(3600), MeetingCase.RC, "先回访"));
    c.reopenings.add(Reopening.of(at("2027-03-19T02:00:00Z"), "后重议"));
    c.reopenings.add(Reopening.of(at("2027-03-18T02:00:00Z"), "先重议"));

    Deliberation record = c.build();

    assertThat(record.steps().get(0).step()).isEqualTo(MeetingCase.FIVE_STEP_EVALUATE);
    assertThat(record.supervision().get(0).phase()).isEqualTo(SupervisionPhase.AFTER);
    assertThat(record.appraisals().get(0).score()).isEqualTo(5);
    assertThat(record.revisits().get(1).at()).isBefore(record.revisits().get(0).at());
    assertThat(record.reopenings().get(1).at()).isBefore(record.reopenings().get(0).at());
    assertThat(new MeetingCase().meetings()).hasSize(1);
    assertThat(meetings.get(0).startedAt()).isAfter(meetings.get(1).startedAt());
  }
}
