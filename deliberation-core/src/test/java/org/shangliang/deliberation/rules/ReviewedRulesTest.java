package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.rules.ReportAssert.assertClean;
import static org.shangliang.deliberation.rules.ReportAssert.assertSingle;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.AdmissionStatus;
import org.shangliang.deliberation.process.Approval;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.topic.TwoPartyDispute;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.Violation;

/**
 * Rules added after review: approval before admission, the voter snapshot against the party list,
 * regular meetings on the regular date, the higher tier's answer by the escalation's deadline, and the
 * step plan resuming after a reopening.
 */
class ReviewedRulesTest {
  private static final Instant DECIDED = Instant.parse("2026-11-02T02:00:00Z");
  private static final PartyId MEDIATOR = PartyId.of("med-1");

  private static LiftCase dispute(Instant approvedAt) {
    LiftCase c = new LiftCase();
    c.category = TopicCategory.DAILY_LIFE_AND_DISPUTES;
    c.entry = Optional.of(Profiles.NEIGHBOUR_DISPUTE);
    c.size = MatterSize.MINOR;
    c.funds = Optional.empty();
    c.parties.add(
        org.shangliang.deliberation.party.Party.of(MEDIATOR, PartyKind.MEDIATOR, LiftCase.COMMUNITY_1));
    c.dispute = Optional.of(TwoPartyDispute.mediatedBy(MEDIATOR));
    c.admission =
        Optional.of(
            new Admission.Builder()
                .status(AdmissionStatus.ADMITTED)
                .decidedAt(DECIDED)
                .approval(Approval.of(approvedAt, "社区党委会议纪要〔2026〕11号"))
                .build());
    return c;
  }

  @Test
  void acceptsDisputeApprovedBeforeItWasAdmitted() {
    assertClean(dispute(DECIDED.minusSeconds(3600)).validate());
    assertClean(dispute(DECIDED).validate());
  }

  @Test
  void rejectsDisputeAdmittedBeforeItWasApproved() {
    Instant approved = DECIDED.plusSeconds(86_400);
    Violation v =
        assertSingle(
            dispute(approved).validate(),
            RuleCodes.TOPIC_DISPUTE_APPROVAL_LATE,
            "admission.approval.approvedAt",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(approved, DECIDED);
  }

  @Test
  void acceptsVotersWhoseKindAndWeightAreThoseOfThePartyList() {
    assertClean(new MeetingCase().validate());
  }

  @Test
  void rejectsVoterRecordedUnderAnotherKind() {
    MeetingCase c = new MeetingCase();
    c.eligible.set(1, Voter.of(MeetingCase.REP, PartyKind.PEOPLES_CONGRESS_DEPUTY));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.MEETING_VOTE_VOTER_MISMATCH,
            "meetings[0].vote.eligible[1]",
            Severity.ERROR);
    assertThat(v.args())
        .containsExactly(
            MeetingCase.REP,
            PartyKind.PEOPLES_CONGRESS_DEPUTY,
            PartyKind.RESIDENT_REPRESENTATIVE,
            BigDecimal.ONE,
            "—");
  }

  @Test
  void rejectsVoterWithAnotherWeightThanTheListed() {
    MeetingCase c = new MeetingCase();
    c.eligible.set(3, Voter.of(MeetingCase.OWNER, PartyKind.STAKEHOLDER, new BigDecimal("120")));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.MEETING_VOTE_VOTER_MISMATCH,
            "meetings[0].vote.eligible[3]",
            Severity.ERROR);
    assertThat(v.args())
        .containsExactly(
            MeetingCase.OWNER,
            PartyKind.STAKEHOLDER,
            PartyKind.STAKEHOLDER,
            new BigDecimal("120"),
            new BigDecimal("89.5"));
  }

  @Test
  void acceptsTheSameWeightWrittenWithAnotherScale() {
    MeetingCase c = new MeetingCase();
    c.eligible.set(3, Voter.of(MeetingCase.OWNER, PartyKind.STAKEHOLDER, new BigDecimal("89.50")));
    assertClean(c.validate());
  }

  @Test
  void warnsOfARegularMeetingScheduledOffTheRegularDate() {
    MeetingCase c = new MeetingCase();
    c.scheduledDate = LocalDate.of(2026, 12, 14);
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.TIMING_MEETING_NOT_REGULAR_DATE,
            "meetings[0].scheduledDate",
            Severity.WARNING);
    assertThat(v.args())
        .containsExactly(
            LocalDate.of(2026, 12, 14),
            Profiles.jinan().tier(TierLevel.COMMUNITY).get().body(),
            LocalDate.of(2027, 1, 11));
    assertThat(c.validate().isCompliant()).isTrue();
  }

  @Test
  void acceptsOtherMeetingKindsAndUrgentMattersOffTheRegularDate() {
    MeetingCase urgent = new MeetingCase();
    urgent.scheduledDate = LocalDate.of(2026, 12, 14);
    urgent.kind = MeetingKind.URGENT;
    assertThat(urgent.validate().violationsOf(RuleCodes.TIMING_MEETING_NOT_REGULAR_DATE)).isEmpty();
  }

  @Test
  void acceptsAnEscalationAnsweredByItsDeadline() {
    assertClean(new OutcomeCase().recommendation().validate());
  }

  @Test
  void rejectsAnEscalationAnsweredAfterItsDeadline() {
    OutcomeCase c = new OutcomeCase().recommendation();
    OutcomeCase.EscalationDraft late = OutcomeCase.escalation();
    Instant deadline = late.deadline;
    late.followUps.add(
        org.shangliang.deliberation.outcome.FollowUp.of(
            Instant.parse("2027-01-10T02:00:00Z"), "街道协调会"));
    late.followUps.add(
        org.shangliang.deliberation.outcome.FollowUp.of(
            Instant.parse("2027-01-24T02:00:00Z"), "住建部门答复仍在研究"));
    late.resolvedAt = Optional.of(deadline.plusSeconds(86_400));
    c.escalations.set(0, late.build());
    c.solvedAt = late.resolvedAt;
    c.residentsNotice =
        Optional.of(
            org.shangliang.deliberation.meeting.Publicity.of(
                "社区公示栏", deadline.plusSeconds(90_000), deadline.plusSeconds(700_000)));
    c.now = deadline.plusSeconds(800_000);
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.ESCALATION_ANSWER_LATE, "escalations[0].deadline", Severity.ERROR);
    assertThat(v.args()).containsExactly(LiftCase.SUB_DISTRICT, deadline);
  }

  @Test
  void acceptsStepsResumingAtDeliberationAfterAReopening() {
    MeetingCase c = new MeetingCase();
    c.reopenings.add(Reopening.of(Instant.parse("2027-03-13T01:00:00Z"), "居民评议不满意"));
    c.steps.add(
        StepEvent.underWay(
            MeetingCase.FIVE_STEP_DELIBERATE, Instant.parse("2027-03-14T01:00:00Z"), MeetingCase.PO));
    assertClean(c.validate());
  }

  @Test
  void rejectsStepsResumingWithoutAReopening() {
    MeetingCase c = new MeetingCase();
    c.steps.add(
        StepEvent.underWay(
            MeetingCase.FIVE_STEP_DELIBERATE, Instant.parse("2027-03-14T01:00:00Z"), MeetingCase.PO));
    assertSingle(c.validate(), RuleCodes.STEP_ORDER, "steps[5].step", Severity.ERROR);
  }

  private static org.shangliang.deliberation.process.DeliberationEvent event(
      org.shangliang.deliberation.process.EventType type, String instant) {
    return org.shangliang.deliberation.process.DeliberationEvent.of(
        type, Instant.parse(instant), MeetingCase.PO);
  }

  @Test
  void acceptsEventsThatFold() {
    LiftCase c = new LiftCase();
    c.events.add(event(org.shangliang.deliberation.process.EventType.TOPIC_RAISED, "2026-10-20T01:00:00Z"));
    c.events.add(event(org.shangliang.deliberation.process.EventType.ADMITTED, "2026-11-02T02:00:00Z"));
    c.events.add(
        event(org.shangliang.deliberation.process.EventType.PARTIES_IDENTIFIED, "2026-11-03T02:00:00Z"));
    assertClean(c.validate());
    assertThat(c.build().history().state().phase())
        .isEqualTo(org.shangliang.deliberation.process.Phase.PARTIES_IDENTIFIED);
  }

  @Test
  void rejectsTheFirstEventThatDoesNotFitAndJudgesNoFurther() {
    LiftCase c = new LiftCase();
    c.events.add(event(org.shangliang.deliberation.process.EventType.TOPIC_RAISED, "2026-10-20T01:00:00Z"));
    c.events.add(
        event(org.shangliang.deliberation.process.EventType.MEETING_HELD, "2026-11-02T02:00:00Z"));
    c.events.add(event(org.shangliang.deliberation.process.EventType.APPRAISED, "2026-11-03T02:00:00Z"));
    Violation v =
        assertSingle(c.validate(), RuleCodes.HISTORY_EVENT_REJECTED, "events[1]", Severity.ERROR);
    assertThat(v.args())
        .containsExactly(
            org.shangliang.deliberation.process.EventType.MEETING_HELD,
            Instant.parse("2026-11-02T02:00:00Z"),
            org.shangliang.deliberation.process.Phase.RAISED,
            java.util.List.of(
                org.shangliang.deliberation.process.EventType.ADMITTED,
                org.shangliang.deliberation.process.EventType.REFUSED),
            Instant.parse("2026-10-20T01:00:00Z"));
    assertThat(c.build().history().size()).as("events folded before the misfit").isEqualTo(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> org.shangliang.deliberation.process.DeliberationHistory.of(c.build().events()))
        .isInstanceOf(org.shangliang.deliberation.process.EventRejectedException.class)
        .hasMessageStartingWith("events[1]: event MEETING_HELD");
  }

  @Test
  void rejectsAnEventEarlierThanTheLast() {
    LiftCase c = new LiftCase();
    c.events.add(event(org.shangliang.deliberation.process.EventType.TOPIC_RAISED, "2026-10-20T01:00:00Z"));
    c.events.add(event(org.shangliang.deliberation.process.EventType.ADMITTED, "2026-10-19T01:00:00Z"));
    assertSingle(c.validate(), RuleCodes.HISTORY_EVENT_REJECTED, "events[1]", Severity.ERROR);
  }

  @Test
  void rejectsEventsThatDisagreeWithTheRecord() {
    MeetingCase c = new MeetingCase();
    c.events.add(event(org.shangliang.deliberation.process.EventType.TOPIC_RAISED, "2026-10-20T01:00:00Z"));
    c.events.add(event(org.shangliang.deliberation.process.EventType.ADMITTED, "2026-11-02T02:00:00Z"));
    c.events.add(
        event(org.shangliang.deliberation.process.EventType.PARTIES_IDENTIFIED, "2026-11-03T02:00:00Z"));
    assertThat(c.validate().violationsOf(RuleCodes.HISTORY_RECORD_MISMATCH))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).hasToString("events");
              assertThat(v.args().get(1)).isEqualTo(0);
              assertThat(v.args().get(2)).isEqualTo(1);
            });
    c.events.add(event(org.shangliang.deliberation.process.EventType.MEETING_HELD, "2026-12-11T03:00:00Z"));
    assertThat(c.validate().violationsOf(RuleCodes.HISTORY_RECORD_MISMATCH)).isEmpty();
  }

  @Test
  void rejectsAnOutcomeKindTheEventsDoNotRecord() {
    OutcomeCase c = new OutcomeCase();
    c.events.add(event(org.shangliang.deliberation.process.EventType.TOPIC_RAISED, "2026-10-20T01:00:00Z"));
    c.events.add(event(org.shangliang.deliberation.process.EventType.ADMITTED, "2026-11-02T02:00:00Z"));
    c.events.add(
        event(org.shangliang.deliberation.process.EventType.PARTIES_IDENTIFIED, "2026-11-03T02:00:00Z"));
    c.events.add(event(org.shangliang.deliberation.process.EventType.MEETING_HELD, "2026-12-11T03:00:00Z"));
    c.events.add(
        org.shangliang.deliberation.process.DeliberationEvent.classified(
            org.shangliang.deliberation.outcome.OutcomeKind.SHELVED,
            Instant.parse("2026-12-11T04:00:00Z"),
            MeetingCase.PO));
    Violation v =
        assertSingle(c.validate(), RuleCodes.HISTORY_RECORD_MISMATCH, "events", Severity.ERROR);
    assertThat(v.args().subList(1, 3))
        .containsExactly(
            org.shangliang.deliberation.outcome.OutcomeKind.SHELVED,
            org.shangliang.deliberation.outcome.OutcomeKind.IMMEDIATE);
    c.events.set(
        4,
        org.shangliang.deliberation.process.DeliberationEvent.classified(
            org.shangliang.deliberation.outcome.OutcomeKind.IMMEDIATE,
            Instant.parse("2026-12-11T04:00:00Z"),
            MeetingCase.PO));
    assertThat(c.validate().violationsOf(RuleCodes.HISTORY_EVENT_REJECTED)).hasSize(1);
  }

  @Test
  void rejectsEventsThatDecideAdmissionOtherwiseThanTheRecord() {
    LiftCase c = new LiftCase();
    c.events.add(event(org.shangliang.deliberation.process.EventType.TOPIC_RAISED, "2026-10-20T01:00:00Z"));
    c.events.add(event(org.shangliang.deliberation.process.EventType.REFUSED, "2026-11-02T02:00:00Z"));
    Violation v =
        assertSingle(c.validate(), RuleCodes.HISTORY_RECORD_MISMATCH, "events", Severity.ERROR);
    assertThat(v.args().subList(1, 3))
        .containsExactly(AdmissionStatus.REFUSED, AdmissionStatus.ADMITTED);
  }
}
