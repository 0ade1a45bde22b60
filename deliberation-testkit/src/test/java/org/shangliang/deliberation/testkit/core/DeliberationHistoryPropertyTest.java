package org.shangliang.deliberation.testkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.DeliberationEvent;
import org.shangliang.deliberation.process.DeliberationHistory;
import org.shangliang.deliberation.process.DeliberationState;
import org.shangliang.deliberation.process.EventRejectedException;
import org.shangliang.deliberation.process.EventType;
import org.shangliang.deliberation.process.Phase;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.Gen;
import org.shangliang.deliberation.testkit.Histories;

/**
 * The testkit's valid histories ({@link Histories#valid}: the events of valid Jinan records, and
 * random walks through the fold's phases) checked against the invariants of the fold: valid histories are accepted, any prefix folds to a state the rest still applies to, and
 * every event the state does not allow (by type or by time) is rejected. History {@code i} is rebuilt
 * from seed {@code 20261121 + i}, which every assertion message names.
 */
class DeliberationHistoryPropertyTest {
  private static final long BASE_SEED = 20261121L;
  private static final int CASES = 300;
  private static final int MAX_LENGTH = 40;
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final PartyId[] ACTORS = {
    PartyId.of("dianliu-1.party-branch"),
    PartyId.of("dianliu-1.residents-committee"),
    PartyId.of("dianliu-1.owners-committee"),
    PartyId.of("lixia.street-working-committee")
  };

  private static final Gen<List<DeliberationEvent>> HISTORIES = Histories.valid(Profiles.jinan());

  private static List<DeliberationEvent> history(int i) {
    return HISTORIES.generate(new SplittableRandom(BASE_SEED + i), MAX_LENGTH);
  }

  /** Every event of a type at an instant: one per kind for a classification. */
  private static List<DeliberationEvent> eventsOf(EventType type, Instant at) {
    List<DeliberationEvent> events = new ArrayList<>();
    if (type == EventType.OUTCOME_CLASSIFIED) {
      for (OutcomeKind kind : OutcomeKind.values()) {
        events.add(DeliberationEvent.classified(kind, at, ACTORS[0]));
      }
    } else {
      events.add(DeliberationEvent.of(type, at, ACTORS[0]));
    }
    return events;
  }

  /** A cheap pre-check, so that AssertJ (and its descriptions) run only on a failure. */
  private static boolean isRejection(Throwable thrown, String... fragments) {
    if (!(thrown instanceof EventRejectedException)) {
      return false;
    }
    for (String fragment : fragments) {
      if (!thrown.getMessage().contains(fragment)) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Properties.

  @Test
  void theGeneratorIsReproducibleFromItsSeed() {
    for (int i = 0; i < 20; i++) {
      assertThat(history(i)).as("seed %d", BASE_SEED + i).isEqualTo(history(i));
    }
  }

  @Test
  void theGeneratedHistoriesReachEveryEventTypePhaseAndKind() {
    Set<EventType> types = EnumSet.noneOf(EventType.class);
    Set<Phase> phases = EnumSet.noneOf(Phase.class);
    Set<OutcomeKind> kinds = EnumSet.noneOf(OutcomeKind.class);
    int longest = 0;
    for (int i = 0; i < CASES; i++) {
      List<DeliberationEvent> events = history(i);
      longest = Math.max(longest, events.size());
      DeliberationHistory h = DeliberationHistory.empty();
      phases.add(h.state().phase());
      for (DeliberationEvent event : events) {
        types.add(event.type());
        event.outcomeKind().ifPresent(kinds::add);
        h = h.apply(event);
        phases.add(h.state().phase());
      }
    }
    assertThat(types).containsExactlyInAnyOrder(EventType.values());
    assertThat(phases).containsExactlyInAnyOrder(Phase.values());
    assertThat(kinds).containsExactlyInAnyOrder(OutcomeKind.values());
    assertThat(longest).isGreaterThan(MAX_LENGTH / 2);
  }

  @Test
  void noValidHistoryIsRejected() {
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      List<DeliberationEvent> events = history(i);
      assertThatCode(() -> DeliberationHistory.of(events))
          .as("seed %d: %s", seed, events)
          .doesNotThrowAnyException();
      DeliberationHistory history = DeliberationHistory.of(events);
      assertThat(history.events()).as("seed %d", seed).isEqualTo(events);
      assertThat(history.state().lastEventAt())
          .as("seed %d", seed)
          .isEqualTo(events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1).at()));
      long meetings = events.stream().filter(e -> e.type() == EventType.MEETING_HELD).count();
      assertThat(history.state().meetingsHeld()).as("seed %d", seed).isEqualTo((int) meetings);
    }
  }

  @Test
  void everyPrefixFoldsToAStateFromWhichTheRestStillApplies() {
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      List<DeliberationEvent> events = history(i);
      DeliberationState full = DeliberationHistory.of(events).state();
      for (int k = 0; k <= events.size(); k++) {
        DeliberationHistory prefix = DeliberationHistory.of(events.subList(0, k));
        DeliberationHistory rest = prefix;
        for (int j = k; j < events.size(); j++) {
          DeliberationEvent event = events.get(j);
          assertThat(rest.accepts(event))
              .as("seed %d: after prefix of %d, event %d %s from state %s", seed, k, j, event, rest.state())
              .isTrue();
          rest = rest.apply(event);
        }
        assertThat(rest.state()).as("seed %d: prefix of %d then the rest", seed, k).isEqualTo(full);
        assertThat(rest.events()).as("seed %d: prefix of %d then the rest", seed, k).isEqualTo(events);
      }
    }
  }

  @Test
  void fromEveryPrefixEveryEventNotAllowedOrEarlierThanTheLastIsRejected() {
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      List<DeliberationEvent> events = history(i);
      DeliberationHistory prefix = DeliberationHistory.empty();
      for (int k = 0; ; k++) {
        Set<EventType> allowed = prefix.allowed();
        Instant last = prefix.state().lastEventAt().orElse(START);
        for (EventType type : EventType.values()) {
          for (DeliberationEvent event : eventsOf(type, last)) {
            if (allowed.contains(type)) {
              continue;
            }
            DeliberationHistory state = prefix;
            Throwable thrown = catchThrowable(() -> state.apply(event));
            if (!isRejection(thrown, type.name(), prefix.state().phase().name()) || prefix.accepts(event)) {
              assertThat(thrown)
                  .as("seed %d: prefix of %d in state %s, %s not in allowed %s", seed, k, prefix.state(), event, allowed)
                  .isInstanceOf(EventRejectedException.class)
                  .hasMessageContaining(type.name())
                  .hasMessageContaining(prefix.state().phase().name());
              assertThat(prefix.accepts(event)).as("seed %d: prefix of %d accepts %s", seed, k, event).isFalse();
            }
          }
        }
        if (prefix.state().phase() == Phase.DELIBERATING) {
          // allowed as a type, but an immediate or committed outcome needs a decision first
          for (OutcomeKind kind : List.of(OutcomeKind.IMMEDIATE, OutcomeKind.COMMITTED)) {
            DeliberationEvent event = DeliberationEvent.classified(kind, last, ACTORS[0]);
            DeliberationHistory state = prefix;
            Throwable thrown = catchThrowable(() -> state.apply(event));
            assertThat(thrown)
                .as("seed %d: prefix of %d in state %s, %s without a decision", seed, k, prefix.state(), event)
                .isInstanceOf(EventRejectedException.class)
                .hasMessageContaining("needs a decision first");
          }
        }
        if (prefix.state().lastEventAt().isPresent()) {
          Instant earlier = last.minusNanos(1);
          for (EventType type : EventType.values()) {
            for (DeliberationEvent event : eventsOf(type, earlier)) {
              DeliberationHistory state = prefix;
              Throwable thrown = catchThrowable(() -> state.apply(event));
              if (!isRejection(thrown, type.name(), "earlier than the last event") || prefix.accepts(event)) {
                assertThat(thrown)
                    .as("seed %d: prefix of %d in state %s, %s earlier than the last at %s", seed, k, prefix.state(), event, last)
                    .isInstanceOf(EventRejectedException.class)
                    .hasMessageContaining(type.name())
                    .hasMessageContaining("earlier than the last event");
                assertThat(prefix.accepts(event)).as("seed %d: prefix of %d accepts %s", seed, k, event).isFalse();
              }
            }
          }
        }
        if (k == events.size()) {
          break;
        }
        prefix = prefix.apply(events.get(k));
      }
    }
  }

  @Test
  void fromEveryPrefixEveryAllowedTypeHasAnEventThatIsAccepted() {
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      List<DeliberationEvent> events = history(i);
      DeliberationHistory prefix = DeliberationHistory.empty();
      for (int k = 0; ; k++) {
        Instant last = prefix.state().lastEventAt().orElse(START);
        for (EventType type : prefix.allowed()) {
          DeliberationHistory state = prefix;
          assertThat(eventsOf(type, last))
              .as("seed %d: prefix of %d in state %s, type %s is allowed", seed, k, prefix.state(), type)
              .anySatisfy(event -> assertThat(state.accepts(event)).isTrue());
        }
        if (k == events.size()) {
          break;
        }
        prefix = prefix.apply(events.get(k));
      }
    }
  }
}
