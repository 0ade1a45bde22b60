package org.shangliang.deliberation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.party.PartyId;

/**
 * A longer history shares the shorter one it was made from instead of copying it: histories branched
 * from one history are independent, each lists its own events in order, and the shorter one is
 * unchanged.
 */
class DeliberationHistorySharingTest {
  private static final PartyId BRANCH = PartyId.of("dianliu-1.party-branch");
  private static final Instant T0 = Instant.parse("2026-11-11T01:00:00Z");

  private static DeliberationEvent event(EventType type, int hour) {
    return DeliberationEvent.of(type, T0.plusSeconds(3600L * hour), BRANCH);
  }

  private static final List<DeliberationEvent> TO_A_MEETING =
      List.of(
          event(EventType.TOPIC_RAISED, 0),
          event(EventType.ADMITTED, 1),
          event(EventType.PARTIES_IDENTIFIED, 2),
          event(EventType.MEETING_HELD, 3));

  @Test
  void branchesFromOneHistoryWithoutChangingIt() {
    DeliberationHistory base = DeliberationHistory.of(TO_A_MEETING);
    List<DeliberationEvent> before = base.events();

    DeliberationEvent decided = event(EventType.DECISION_MADE, 4);
    DeliberationEvent shelved = DeliberationEvent.classified(OutcomeKind.SHELVED, T0.plusSeconds(3600L * 5), BRANCH);
    DeliberationHistory withDecision = base.apply(decided);
    DeliberationHistory withShelving = base.apply(shelved);

    assertThat(base.size()).isEqualTo(4);
    assertThat(base.events()).isSameAs(before).containsExactlyElementsOf(TO_A_MEETING);
    assertThat(withDecision.size()).isEqualTo(5);
    assertThat(withDecision.events()).startsWith(TO_A_MEETING.toArray(new DeliberationEvent[0])).endsWith(decided);
    assertThat(withShelving.events()).hasSize(5).endsWith(shelved);
    assertThat(withDecision.state().phase()).isEqualTo(Phase.DECIDED);
    assertThat(withShelving.state().phase()).isEqualTo(Phase.CLASSIFIED);
    assertThat(base.state().phase()).isEqualTo(Phase.DELIBERATING);
  }

  @Test
  void listsItsEventsInOrderUnmodifiable() {
    DeliberationHistory history = DeliberationHistory.of(TO_A_MEETING);

    assertThat(history.events()).containsExactlyElementsOf(TO_A_MEETING);
    assertThat(DeliberationHistory.empty().events()).isEmpty();
    assertThat(DeliberationHistory.empty().size()).isZero();
    assertThatThrownBy(() -> history.events().add(event(EventType.DECISION_MADE, 9)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void foldsALongHistoryOfOneEventAfterAnother() {
    List<DeliberationEvent> events = new ArrayList<>(TO_A_MEETING);
    for (int hour = 4; hour < 20_004; hour++) {
      events.add(event(EventType.MEETING_HELD, hour));
    }

    DeliberationHistory history = DeliberationHistory.of(events);

    assertThat(history.size()).isEqualTo(events.size());
    assertThat(history.state().meetingsHeld()).isEqualTo(20_001);
    assertThat(history.events()).isEqualTo(events);
    assertThat(history.toString()).isEqualTo("DeliberationHistory{20004 events, DELIBERATING}");
  }
}
