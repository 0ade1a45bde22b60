package org.shangliang.deliberation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shangliang.deliberation.testkit.assertj.DeliberationAssertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationEvent;
import org.shangliang.deliberation.process.DeliberationHistory;
import org.shangliang.deliberation.process.EventRejectedException;
import org.shangliang.deliberation.process.EventType;
import org.shangliang.deliberation.process.Phase;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.internal.RecordDraft;

class HistoriesTest {
  private static final long FIRST_SEED = 20_260_301L;
  private static final int SEEDS = 2_000;
  private static final int[] SIZES = {20, 5, 40, 0};

  static Stream<Profile> profiles() {
    return Stream.of(
        Profiles.jinan(),
        Profiles.haidian(),
        Profiles.bishan(),
        Profiles.jinanOwnersExample(),
        DerivedProfiles.custom());
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void validHistoriesFoldWithoutARejectionOverTwoThousandSeeds(Profile profile) {
    Gen<List<DeliberationEvent>> valid = Histories.valid(profile);
    Set<EventType> seen = EnumSet.noneOf(EventType.class);
    for (int i = 0; i < SEEDS; i++) {
      long seed = FIRST_SEED + i;
      List<DeliberationEvent> events = valid.sample(seed, SIZES[i % SIZES.length]);
      DeliberationHistory history = DeliberationHistory.ofFitting(events);
      assertThat(history.size()).as("seed %d: %s", seed, events).isEqualTo(events.size());
      events.forEach(e -> seen.add(e.type()));
    }
    assertThat(seen).as("event types the valid histories hold").containsAll(EnumSet.allOf(EventType.class));
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void invalidHistoriesAreRejectedFirstExactlyAtTheirDeclaredIndexOverTwoThousandSeeds(
      Profile profile) {
    Gen<InvalidHistory> invalid = Histories.invalid(profile);
    Set<InvalidHistory.Misfit> seen = EnumSet.noneOf(InvalidHistory.Misfit.class);
    for (int i = 0; i < SEEDS; i++) {
      long seed = FIRST_SEED + i;
      InvalidHistory h = invalid.sample(seed, SIZES[i % SIZES.length]);
      int k = h.rejectedIndex();
      DeliberationHistory fitting = DeliberationHistory.ofFitting(h.events());
      assertThat(fitting.size()).as("seed %d: %s", seed, h).isEqualTo(k);
      assertThatThrownBy(() -> DeliberationHistory.of(h.events()))
          .as("seed %d: %s", seed, h)
          .isInstanceOf(EventRejectedException.class)
          .hasMessage("events[" + k + "]: " + h.reason());
      assertMisfitIsAsDeclared(fitting, h);
      seen.add(h.misfit());
    }
    assertThat(seen).containsExactlyInAnyOrder(InvalidHistory.Misfit.values());
  }

  private static void assertMisfitIsAsDeclared(DeliberationHistory before, InvalidHistory h) {
    DeliberationEvent event = h.rejected();
    Instant last = before.state().lastEventAt().orElse(Instant.MIN);
    switch (h.misfit()) {
      case EARLIER_THAN_LAST:
        assertThat(event.at()).as("%s", h).isBefore(last);
        assertThat(before.allowed()).as("%s", h).contains(event.type());
        break;
      case OUTCOME_WITHOUT_DECISION:
        assertThat(event.at()).as("%s", h).isAfterOrEqualTo(last);
        assertThat(before.state().phase()).as("%s", h).isEqualTo(Phase.DELIBERATING);
        assertThat(event.outcomeKind()).as("%s", h)
            .hasValueSatisfying(kind -> assertThat(kind).isIn(OutcomeKind.IMMEDIATE, OutcomeKind.COMMITTED));
        break;
      case WRONG_PHASE:
      default:
        assertThat(event.at()).as("%s", h).isAfterOrEqualTo(last);
        assertThat(before.allowed()).as("%s", h).doesNotContain(event.type());
        break;
    }
  }

  @Test
  void walksGoWhereRecordsSeldomGo() {
    Gen<List<DeliberationEvent>> valid = Histories.valid(Profiles.jinan());
    boolean reopenedThenMet = false;
    boolean sameInstant = false;
    boolean empty = false;
    for (long seed = 0; seed < 500; seed++) {
      List<DeliberationEvent> events = valid.sample(seed, 30);
      empty |= events.isEmpty();
      for (int i = 1; i < events.size(); i++) {
        sameInstant |= events.get(i).at().equals(events.get(i - 1).at());
        reopenedThenMet |=
            events.get(i - 1).type() == EventType.REOPENED
                && events.get(i).type() == EventType.MEETING_HELD;
      }
    }
    assertThat(reopenedThenMet).as("a reopening followed by a new meeting").isTrue();
    assertThat(sameInstant).as("two events at the same instant").isTrue();
    assertThat(empty).as("a history with no event").isTrue();
  }

  @Test
  void theSameSeedAndSizeGiveEqualHistories() {
    Gen<InvalidHistory> invalid = Histories.invalid(Profiles.haidian());
    Gen<List<DeliberationEvent>> valid = Histories.valid(Profiles.haidian());
    for (long seed = 0; seed < 50; seed++) {
      assertThat(invalid.sample(seed, 12)).isEqualTo(invalid.sample(seed, 12));
      assertThat(valid.sample(seed, 12)).isEqualTo(valid.sample(seed, 12));
    }
  }

  @Test
  void theValidatorReportsAnInvalidHistoryAtItsRejectedIndex() {
    Gen<InvalidHistory> invalid = Histories.invalid(Profiles.jinan());
    Scenario valid = Scenarios.valid(Profiles.jinan()).generate(9L);
    for (long seed = 0; seed < 40; seed++) {
      InvalidHistory h = invalid.sample(seed, 20);
      Deliberation record = RecordDraft.edit(valid.record(), d -> d.events = h.events());
      assertThat(valid.validator().validate(record, valid.at()))
          .has("history.event-rejected")
          .at("events[" + h.rejectedIndex() + "]");
    }
  }

  @Test
  void anInvalidHistoryNamesItsFittingEventsAndItsRejectedOne() {
    InvalidHistory h = Histories.invalid(Profiles.bishan()).sample(3L, 20);
    assertThat(h.fitting()).isEqualTo(h.events().subList(0, h.rejectedIndex()));
    assertThat(h.rejected()).isEqualTo(h.events().get(h.rejectedIndex()));
    assertThat(h.toString())
        .contains("events[" + h.rejectedIndex() + "] rejected (" + h.misfit() + ")")
        .contains(h.reason());
  }

  @Test
  void anInvalidHistoryRefusesAnIndexOutsideItsEventsAndABlankReason() {
    List<DeliberationEvent> one =
        List.of(
            DeliberationEvent.of(
                EventType.ADMITTED, Instant.parse("2026-01-01T00:00:00Z"), PartyId.of("p1")));
    assertThat(new InvalidHistory(one, 0, InvalidHistory.Misfit.WRONG_PHASE, "why").events())
        .isEqualTo(one);
    assertThatThrownBy(() -> new InvalidHistory(one, 1, InvalidHistory.Misfit.WRONG_PHASE, "why"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rejectedIndex: must be the index of one of the 1 events, was 1");
    assertThatThrownBy(() -> new InvalidHistory(List.of(), 0, InvalidHistory.Misfit.WRONG_PHASE, "why"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new InvalidHistory(one, 0, InvalidHistory.Misfit.WRONG_PHASE, " "))
        .hasMessage("reason: must not be blank");
    List<DeliberationEvent> mutable = new ArrayList<>(one);
    InvalidHistory h = new InvalidHistory(mutable, 0, InvalidHistory.Misfit.WRONG_PHASE, "why");
    mutable.clear();
    assertThat(h.events()).hasSize(1);
  }
}
