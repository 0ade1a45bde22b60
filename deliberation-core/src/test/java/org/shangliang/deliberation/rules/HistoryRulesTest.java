package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.rules.ReportAssert.assertClean;
import static org.shangliang.deliberation.rules.ReportAssert.assertSingle;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.process.AdmissionStatus;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.Violation;

/** Rules of the history.* prefix: the record's event history folds, and agrees with the record. */
class HistoryRulesTest {
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
  void rejectsAFirstEventThatCannotStartAHistoryNamingNoEarlierEvent() {
    LiftCase c = new LiftCase();
    c.events.add(event(org.shangliang.deliberation.process.EventType.ADMITTED, "2026-11-02T02:00:00Z"));
    Violation v =
        assertSingle(c.validate(), RuleCodes.HISTORY_EVENT_REJECTED, "events[0]", Severity.ERROR);
    assertThat(v.args().get(0)).isEqualTo(org.shangliang.deliberation.process.EventType.ADMITTED);
    assertThat(v.args().get(4)).isEqualTo("—");
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
