package org.shangliang.deliberation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.party.PartyId;

/** Folding a record's events never throws: it stops before the first event that does not fit. */
class FittingHistoryTest {
  private static final PartyId PO = PartyId.of("po");
  private static final Instant T = Instant.parse("2026-10-20T01:00:00Z");

  @Test
  void foldsEveryEventWhenAllFit() {
    List<DeliberationEvent> events =
        List.of(
            DeliberationEvent.of(EventType.TOPIC_RAISED, T, PO),
            DeliberationEvent.of(EventType.ADMITTED, T.plusSeconds(60), PO));
    assertThat(DeliberationHistory.ofFitting(events).size()).isEqualTo(2);
    assertThat(DeliberationHistory.ofFitting(events).state())
        .isEqualTo(DeliberationHistory.of(events).state());
  }

  @Test
  void stopsBeforeTheFirstMisfitWhereTheStrictFoldThrows() {
    List<DeliberationEvent> events =
        List.of(
            DeliberationEvent.of(EventType.TOPIC_RAISED, T, PO),
            DeliberationEvent.of(EventType.MEETING_HELD, T.plusSeconds(60), PO),
            DeliberationEvent.of(EventType.ADMITTED, T.plusSeconds(120), PO));
    DeliberationHistory fitting = DeliberationHistory.ofFitting(events);
    assertThat(fitting.size()).isEqualTo(1);
    assertThat(fitting.state().phase()).isEqualTo(Phase.RAISED);
    assertThatThrownBy(() -> DeliberationHistory.of(events))
        .isInstanceOf(EventRejectedException.class)
        .hasMessageStartingWith("events[1]");
  }

  @Test
  void foldsNothingWhenTheFirstEventDoesNotFit() {
    List<DeliberationEvent> events = List.of(DeliberationEvent.of(EventType.MEETING_HELD, T, PO));
    assertThat(DeliberationHistory.ofFitting(events).size()).isZero();
  }
}
