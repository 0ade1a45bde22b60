package org.shangliang.deliberation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shangliang.deliberation.process.EventType.ADMITTED;
import static org.shangliang.deliberation.process.EventType.APPRAISED;
import static org.shangliang.deliberation.process.EventType.COMPLETED;
import static org.shangliang.deliberation.process.EventType.DECISION_MADE;
import static org.shangliang.deliberation.process.EventType.DUTY_ASSIGNED;
import static org.shangliang.deliberation.process.EventType.ESCALATED;
import static org.shangliang.deliberation.process.EventType.MEETING_HELD;
import static org.shangliang.deliberation.process.EventType.OUTCOME_CLASSIFIED;
import static org.shangliang.deliberation.process.EventType.PARTIES_IDENTIFIED;
import static org.shangliang.deliberation.process.EventType.PROGRESS_PUBLISHED;
import static org.shangliang.deliberation.process.EventType.REFUSED;
import static org.shangliang.deliberation.process.EventType.REOPENED;
import static org.shangliang.deliberation.process.EventType.REVISITED;
import static org.shangliang.deliberation.process.EventType.TOPIC_RAISED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.party.PartyId;

/**
 * The life of a deliberation as a fold of its events (DOMAIN.md, Jinan "五步", "four outcome kinds"
 * and "after the result", seeds/003).
 */
class DeliberationHistoryTest {
  private static final PartyId BRANCH = PartyId.of("dianliu-1.party-branch");
  private static final Instant T0 = Instant.parse("2026-11-11T01:00:00Z");

  /** Events one hour apart, in the order given. */
  private static final class Clock {
    private int hours;

    DeliberationEvent next(EventType type) {
      return DeliberationEvent.of(type, T0.plusSeconds(3600L * hours++), BRANCH);
    }

    DeliberationEvent classified(OutcomeKind kind) {
      return DeliberationEvent.classified(kind, T0.plusSeconds(3600L * hours++), BRANCH);
    }
  }

  private static DeliberationHistory fold(Clock clock, EventType... types) {
    DeliberationHistory history = DeliberationHistory.empty();
    for (EventType type : types) {
      history = history.apply(clock.next(type));
    }
    return history;
  }

  /** Raised, admitted, parties identified, one meeting, a decision, classified as {@code kind}. */
  private static DeliberationHistory decidedAndClassified(Clock clock, OutcomeKind kind) {
    return fold(clock, TOPIC_RAISED, ADMITTED, PARTIES_IDENTIFIED, MEETING_HELD, DECISION_MADE)
        .apply(clock.classified(kind));
  }

  private static DeliberationEvent anyEventOf(EventType type, Instant at) {
    return type == OUTCOME_CLASSIFIED
        ? DeliberationEvent.classified(OutcomeKind.SHELVED, at, BRANCH)
        : DeliberationEvent.of(type, at, BRANCH);
  }

  private static void assertRejectsEveryTypeBut(DeliberationHistory history, Set<EventType> allowed) {
    Instant at = history.state().lastEventAt().orElse(T0).plusSeconds(60);
    for (EventType type : EventType.values()) {
      if (allowed.contains(type)) {
        continue;
      }
      DeliberationEvent event = anyEventOf(type, at);
      assertThat(history.accepts(event)).as("accepts %s", event).isFalse();
      assertThatThrownBy(() -> history.apply(event))
          .as("apply %s", event)
          .isInstanceOf(EventRejectedException.class)
          .hasMessageContaining(type.name())
          .hasMessageContaining(history.state().phase().name());
    }
  }

  @Test
  void aFullJinanImmediateHistoryFoldsToAppraised() {
    Clock clock = new Clock();
    List<DeliberationEvent> events =
        List.of(
            clock.next(TOPIC_RAISED),
            clock.next(ADMITTED),
            clock.next(PARTIES_IDENTIFIED),
            clock.next(MEETING_HELD),
            clock.next(DECISION_MADE),
            clock.classified(OutcomeKind.IMMEDIATE),
            clock.next(DUTY_ASSIGNED),
            clock.next(COMPLETED),
            clock.next(REVISITED),
            clock.next(APPRAISED));
    List<Phase> expectedPhases =
        List.of(
            Phase.RAISED,
            Phase.ADMITTED,
            Phase.PARTIES_IDENTIFIED,
            Phase.DELIBERATING,
            Phase.DECIDED,
            Phase.CLASSIFIED,
            Phase.CARRYING_OUT,
            Phase.COMPLETED,
            Phase.REVISITED,
            Phase.APPRAISED);

    DeliberationHistory history = DeliberationHistory.empty();
    List<Phase> phases = new ArrayList<>();
    for (DeliberationEvent event : events) {
      history = history.apply(event);
      phases.add(history.state().phase());
    }

    assertThat(phases).containsExactlyElementsOf(expectedPhases);
    DeliberationState state = history.state();
    assertThat(state.phase()).isEqualTo(Phase.APPRAISED);
    assertThat(state.outcomeKind()).contains(OutcomeKind.IMMEDIATE);
    assertThat(state.meetingsHeld()).isEqualTo(1);
    assertThat(state.lastEventAt()).contains(events.get(9).at());
    assertThat(history.events()).containsExactlyElementsOf(events);
    assertThat(DeliberationHistory.of(events).state()).isEqualTo(state);
    assertThat(DeliberationHistory.of(events).events()).isEqualTo(events);
  }

  @Test
  void theEmptyHistoryIsNewAndAllowsOnlyRaisingATopic() {
    DeliberationHistory empty = DeliberationHistory.empty();
    assertThat(empty.state()).isEqualTo(DeliberationState.initial());
    assertThat(empty.state().phase()).isEqualTo(Phase.NEW);
    assertThat(empty.state().outcomeKind()).isEmpty();
    assertThat(empty.state().meetingsHeld()).isZero();
    assertThat(empty.state().lastEventAt()).isEmpty();
    assertThat(empty.events()).isEmpty();
    assertThat(empty.allowed()).containsExactly(TOPIC_RAISED);
    assertThat(DeliberationHistory.of(List.of()).state()).isEqualTo(DeliberationState.initial());
  }

  @Test
  void applyingLeavesTheOriginalHistoryUnchanged() {
    Clock clock = new Clock();
    DeliberationHistory raised = fold(clock, TOPIC_RAISED);
    DeliberationHistory admitted = raised.apply(clock.next(ADMITTED));

    assertThat(raised.state().phase()).isEqualTo(Phase.RAISED);
    assertThat(raised.events()).hasSize(1);
    assertThat(admitted.events()).hasSize(2);
    assertThatThrownBy(() -> admitted.events().add(clock.next(PARTIES_IDENTIFIED)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> admitted.allowed().add(REFUSED))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aRefusedTopicIsTerminal() {
    Clock clock = new Clock();
    DeliberationHistory refused = fold(clock, TOPIC_RAISED, REFUSED);

    assertThat(refused.state().phase()).isEqualTo(Phase.REFUSED);
    assertThat(refused.allowed()).isEmpty();
    assertRejectsEveryTypeBut(refused, Set.of());
  }

  @Test
  void aRaisedTopicIsEitherAdmittedOrRefused() {
    DeliberationHistory raised = fold(new Clock(), TOPIC_RAISED);
    assertThat(raised.allowed()).containsExactly(ADMITTED, REFUSED);
    assertRejectsEveryTypeBut(raised, EnumSet.of(ADMITTED, REFUSED));
  }

  @Test
  void aCommittedOutcomeGetsADutyAndThenPublishesProgressUntilCompleted() {
    Clock clock = new Clock();
    DeliberationHistory committed = decidedAndClassified(clock, OutcomeKind.COMMITTED);
    assertThat(committed.allowed()).containsExactly(DUTY_ASSIGNED);

    DeliberationHistory carryingOut = committed.apply(clock.next(DUTY_ASSIGNED));
    assertThat(carryingOut.state().phase()).isEqualTo(Phase.CARRYING_OUT);
    assertThat(carryingOut.allowed()).containsExactly(DUTY_ASSIGNED, PROGRESS_PUBLISHED, COMPLETED);

    DeliberationHistory published =
        carryingOut.apply(clock.next(PROGRESS_PUBLISHED)).apply(clock.next(PROGRESS_PUBLISHED));
    assertThat(published.state().phase()).isEqualTo(Phase.CARRYING_OUT);
    assertThat(published.state().outcomeKind()).contains(OutcomeKind.COMMITTED);
    assertThat(published.apply(clock.next(COMPLETED)).state().phase()).isEqualTo(Phase.COMPLETED);
    assertRejectsEveryTypeBut(published, EnumSet.of(DUTY_ASSIGNED, PROGRESS_PUBLISHED, COMPLETED));
  }

  @Test
  void anImmediateOutcomeNeitherPublishesProgressNorIsEscalated() {
    Clock clock = new Clock();
    DeliberationHistory immediate = decidedAndClassified(clock, OutcomeKind.IMMEDIATE);
    assertThat(immediate.allowed()).containsExactly(DUTY_ASSIGNED);

    DeliberationHistory carryingOut = immediate.apply(clock.next(DUTY_ASSIGNED));
    assertThat(carryingOut.allowed()).containsExactly(DUTY_ASSIGNED, COMPLETED);
    assertRejectsEveryTypeBut(carryingOut, EnumSet.of(DUTY_ASSIGNED, COMPLETED));
  }

  @Test
  void aRecommendationIsEscalatedButGetsNoDuty() {
    Clock clock = new Clock();
    DeliberationHistory recommendation = decidedAndClassified(clock, OutcomeKind.RECOMMENDATION);
    assertThat(recommendation.allowed()).containsExactly(ESCALATED);
    assertThatThrownBy(() -> recommendation.apply(clock.next(DUTY_ASSIGNED)))
        .isInstanceOf(EventRejectedException.class)
        .hasMessageContaining("DUTY_ASSIGNED")
        .hasMessageContaining("CLASSIFIED (RECOMMENDATION)")
        .hasMessageContaining("allowed here: [ESCALATED]");

    DeliberationHistory escalated = recommendation.apply(clock.next(ESCALATED));
    assertThat(escalated.state().phase()).isEqualTo(Phase.CARRYING_OUT);
    assertThat(escalated.allowed()).containsExactly(ESCALATED, COMPLETED);
    assertRejectsEveryTypeBut(escalated, EnumSet.of(ESCALATED, COMPLETED));
    // residents are told when the higher tier has solved it
    assertThat(escalated.apply(clock.next(COMPLETED)).state().phase()).isEqualTo(Phase.COMPLETED);
  }

  @Test
  void aShelvedOutcomeCanOnlyBeReopened() {
    Clock clock = new Clock();
    DeliberationHistory shelved = decidedAndClassified(clock, OutcomeKind.SHELVED);

    assertThat(shelved.allowed()).containsExactly(REOPENED);
    assertRejectsEveryTypeBut(shelved, EnumSet.of(REOPENED));
  }

  @Test
  void reopeningGoesBackToPartiesIdentifiedAndClearsTheKindButKeepsTheMeetingCount() {
    Clock clock = new Clock();
    DeliberationHistory shelved =
        fold(clock, TOPIC_RAISED, ADMITTED, PARTIES_IDENTIFIED, MEETING_HELD, MEETING_HELD)
            .apply(clock.classified(OutcomeKind.SHELVED));
    assertThat(shelved.state().outcomeKind()).contains(OutcomeKind.SHELVED);

    DeliberationHistory reopened = shelved.apply(clock.next(REOPENED));

    assertThat(reopened.state().phase()).isEqualTo(Phase.PARTIES_IDENTIFIED);
    assertThat(reopened.state().outcomeKind()).isEmpty();
    assertThat(reopened.state().meetingsHeld()).isEqualTo(2);
    assertThat(reopened.allowed()).containsExactly(MEETING_HELD);

    DeliberationHistory againDecided =
        reopened.apply(clock.next(MEETING_HELD)).apply(clock.next(DECISION_MADE));
    assertThat(againDecided.state().meetingsHeld()).isEqualTo(3);
    assertThat(againDecided.apply(clock.classified(OutcomeKind.IMMEDIATE)).state().outcomeKind())
        .contains(OutcomeKind.IMMEDIATE);
  }

  @Test
  void aFinishedDeliberationMayBeReopenedAfterCompletionRevisitOrAppraisal() {
    Clock clock = new Clock();
    DeliberationHistory completed =
        decidedAndClassified(clock, OutcomeKind.IMMEDIATE)
            .apply(clock.next(DUTY_ASSIGNED))
            .apply(clock.next(COMPLETED));
    DeliberationHistory revisited = completed.apply(clock.next(REVISITED));
    DeliberationHistory appraised = revisited.apply(clock.next(APPRAISED));

    assertThat(completed.allowed()).containsExactly(REVISITED, APPRAISED, REOPENED);
    assertThat(revisited.allowed()).containsExactly(REVISITED, APPRAISED, REOPENED);
    assertThat(appraised.allowed()).containsExactly(APPRAISED, REOPENED);
    for (DeliberationHistory finished : List.of(completed, revisited, appraised)) {
      DeliberationState state = finished.apply(clock.next(REOPENED)).state();
      assertThat(state.phase()).isEqualTo(Phase.PARTIES_IDENTIFIED);
      assertThat(state.outcomeKind()).isEmpty();
    }
  }

  @Test
  void anImmediateOrCommittedOutcomeStraightAfterAMeetingWithoutADecisionIsRejected() {
    Clock clock = new Clock();
    DeliberationHistory deliberating =
        fold(clock, TOPIC_RAISED, ADMITTED, PARTIES_IDENTIFIED, MEETING_HELD);
    assertThat(deliberating.allowed()).containsExactly(MEETING_HELD, DECISION_MADE, OUTCOME_CLASSIFIED);

    for (OutcomeKind kind : List.of(OutcomeKind.IMMEDIATE, OutcomeKind.COMMITTED)) {
      DeliberationEvent event = clock.classified(kind);
      assertThat(deliberating.accepts(event)).as("accepts %s", event).isFalse();
      assertThatThrownBy(() -> deliberating.apply(event))
          .isInstanceOf(EventRejectedException.class)
          .hasMessageContaining("OUTCOME_CLASSIFIED(" + kind + ")")
          .hasMessageContaining("state DELIBERATING")
          .hasMessageContaining("needs a decision first");
    }
    for (OutcomeKind kind : List.of(OutcomeKind.SHELVED, OutcomeKind.RECOMMENDATION)) {
      DeliberationEvent event = clock.classified(kind);
      assertThat(deliberating.accepts(event)).as("accepts %s", event).isTrue();
      DeliberationState state = deliberating.apply(event).state();
      assertThat(state.phase()).isEqualTo(Phase.CLASSIFIED);
      assertThat(state.outcomeKind()).contains(kind);
    }
  }

  @ParameterizedTest
  @EnumSource(OutcomeKind.class)
  void anyKindMayBeClassifiedAfterADecision(OutcomeKind kind) {
    Clock clock = new Clock();
    DeliberationHistory decided =
        fold(clock, TOPIC_RAISED, ADMITTED, PARTIES_IDENTIFIED, MEETING_HELD, DECISION_MADE);
    assertThat(decided.allowed()).containsExactly(OUTCOME_CLASSIFIED);
    assertThat(decided.apply(clock.classified(kind)).state().outcomeKind()).contains(kind);
  }

  @Test
  void anEventEarlierThanTheLastIsRejectedAndOneAtTheSameInstantIsAccepted() {
    Clock clock = new Clock();
    DeliberationHistory raised = fold(clock, TOPIC_RAISED);
    Instant last = raised.state().lastEventAt().orElseThrow();

    DeliberationEvent earlier = DeliberationEvent.of(ADMITTED, last.minusMillis(1), BRANCH);
    assertThat(raised.accepts(earlier)).isFalse();
    assertThatThrownBy(() -> raised.apply(earlier))
        .isInstanceOf(EventRejectedException.class)
        .hasMessageContaining("ADMITTED")
        .hasMessageContaining("state RAISED")
        .hasMessageContaining("earlier than the last event at " + last);

    DeliberationEvent simultaneous = DeliberationEvent.of(ADMITTED, last, BRANCH);
    assertThat(raised.accepts(simultaneous)).isTrue();
    assertThat(raised.apply(simultaneous).state().lastEventAt()).contains(last);
  }

  @Test
  void aRejectionNamesTheStateTheEventAndWhatWouldFit() {
    Clock clock = new Clock();
    DeliberationHistory admitted = fold(clock, TOPIC_RAISED, ADMITTED);
    DeliberationEvent duty = clock.next(DUTY_ASSIGNED);

    assertThatThrownBy(() -> admitted.apply(duty))
        .isInstanceOf(EventRejectedException.class)
        .hasMessage(
            "event " + duty + " does not fit state ADMITTED: allowed here: [PARTIES_IDENTIFIED]")
        .hasMessageContaining("DUTY_ASSIGNED")
        .hasMessageContaining(duty.at().toString())
        .hasMessageContaining(BRANCH.toString());

    DeliberationHistory shelved = decidedAndClassified(new Clock(), OutcomeKind.SHELVED);
    assertThatThrownBy(() -> shelved.apply(DeliberationEvent.of(ESCALATED, T0.plusSeconds(86_400), BRANCH)))
        .isInstanceOf(EventRejectedException.class)
        .hasMessageContaining("ESCALATED")
        .hasMessageContaining("state CLASSIFIED (SHELVED)")
        .hasMessageContaining("allowed here: [REOPENED]");
  }

  @Test
  void ofNamesTheIndexOfTheFirstEventThatDoesNotFit() {
    Clock clock = new Clock();
    List<DeliberationEvent> events =
        List.of(
            clock.next(TOPIC_RAISED),
            clock.next(ADMITTED),
            clock.next(PARTIES_IDENTIFIED),
            clock.next(DECISION_MADE),
            clock.next(DUTY_ASSIGNED));

    assertThatThrownBy(() -> DeliberationHistory.of(events))
        .isInstanceOf(EventRejectedException.class)
        .hasMessageStartingWith("events[3]: ")
        .hasMessageContaining("DECISION_MADE")
        .hasMessageContaining("state PARTIES_IDENTIFIED")
        .hasMessageNotContaining("events[4]");
  }

  @Test
  void ofNamesTheIndexOfAnEventOutOfTimeOrder() {
    List<DeliberationEvent> events =
        List.of(
            DeliberationEvent.of(TOPIC_RAISED, T0.plusSeconds(60), BRANCH),
            DeliberationEvent.of(ADMITTED, T0, BRANCH));

    assertThatThrownBy(() -> DeliberationHistory.of(events))
        .isInstanceOf(EventRejectedException.class)
        .hasMessageStartingWith("events[1]: ")
        .hasMessageContaining("earlier than the last event");
  }

  @Test
  void anOutcomeClassifiedEventNeedsItsKind() {
    assertThatThrownBy(() -> DeliberationEvent.of(OUTCOME_CLASSIFIED, T0, BRANCH))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("outcomeKind")
        .hasMessageContaining("OUTCOME_CLASSIFIED");
    assertThatThrownBy(
            () -> new DeliberationEvent.Builder().type(OUTCOME_CLASSIFIED).at(T0).actor(BRANCH).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("outcomeKind");
  }

  @ParameterizedTest
  @EnumSource(value = EventType.class, names = "OUTCOME_CLASSIFIED", mode = EnumSource.Mode.EXCLUDE)
  void noOtherEventCarriesAKind(EventType type) {
    assertThatThrownBy(
            () ->
                new DeliberationEvent.Builder()
                    .type(type)
                    .at(T0)
                    .actor(BRANCH)
                    .outcomeKind(OutcomeKind.IMMEDIATE)
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("outcomeKind")
        .hasMessageContaining(type.name())
        .hasMessageContaining("IMMEDIATE");
    assertThat(DeliberationEvent.of(type, T0, BRANCH).outcomeKind()).isEqualTo(Optional.empty());
  }

  @Test
  void aClassifiedEventCarriesItsKind() {
    DeliberationEvent event = DeliberationEvent.classified(OutcomeKind.COMMITTED, T0, BRANCH);
    assertThat(event.type()).isEqualTo(OUTCOME_CLASSIFIED);
    assertThat(event.outcomeKind()).contains(OutcomeKind.COMMITTED);
    assertThat(event.toString()).contains("OUTCOME_CLASSIFIED(COMMITTED)");
  }
}
