package org.shangliang.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.decision.Consensus;
import org.shangliang.deliberation.decision.DecisionRule;
import org.shangliang.deliberation.decision.DoubleThreshold;
import org.shangliang.deliberation.decision.Fraction;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.decision.RestrictedVote;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.meeting.SpeakingTurn;
import org.shangliang.deliberation.meeting.Vote;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationEvent;
import org.shangliang.deliberation.process.DeliberationHistory;
import org.shangliang.deliberation.process.EventType;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.SourceKind;

/**
 * The generator behind {@link NeverThrowsPropertyTest}: the same seed and index rebuild the same
 * case, and {@value #CASES} cases cover every outcome kind, meeting kind and kind of decision rule,
 * every profile, and every documented bound.
 */
class RecordGeneratorTest {
  private static final long SEED = NeverThrowsPropertyTest.SEED;
  private static final int CASES = 2_000;

  @Test
  void theSameSeedAndIndexRebuildTheSameCase() {
    int differentUnderAnotherSeed = 0;
    for (int i = 0; i < 300; i++) {
      RecordGenerator.Generated first = RecordGenerator.generate(SEED, i);
      RecordGenerator.Generated again = RecordGenerator.generate(SEED, i);
      assertThat(again.drawn()).as("case %d", i).isEqualTo(first.drawn());
      assertThat(again.refused().map(Throwable::getMessage))
          .as("case %d", i)
          .isEqualTo(first.refused().map(Throwable::getMessage));
      if (first.built().isPresent()) {
        RecordGenerator.Case a = first.built().get();
        RecordGenerator.Case b = again.built().get();
        assertThat(b.record()).as("case %d", i).isEqualTo(a.record());
        assertThat(b.profile()).as("case %d", i).isEqualTo(a.profile());
        assertThat(b.jurisdiction()).as("case %d", i).isEqualTo(a.jurisdiction());
        assertThat(b.nows()).as("case %d", i).isEqualTo(a.nows());
        assertThat(b.dates()).as("case %d", i).isEqualTo(a.dates());
        assertThat(b.cadences()).as("case %d", i).isEqualTo(a.cadences());
        assertThat(b.facts()).as("case %d", i).isEqualTo(a.facts());
        assertThat(b.rules()).as("case %d", i).isEqualTo(a.rules());
        for (LocalDate date : a.dates()) {
          assertThat(b.calendar().isWorkingDay(date))
              .as("case %d, %s", i, date)
              .isEqualTo(a.calendar().isWorkingDay(date));
        }
        RecordGenerator.Generated other = RecordGenerator.generate(SEED + 1_000_003L, i);
        if (other.built().isEmpty() || !other.built().get().record().equals(a.record())) {
          differentUnderAnotherSeed++;
        }
      } else {
        differentUnderAnotherSeed++;
      }
    }
    assertThat(differentUnderAnotherSeed).as("cases that another seed changes").isEqualTo(300);
  }

  @Test
  void casesCoverEveryOutcomeMeetingAndDecisionRuleKindEveryProfileAndEveryBound() {
    Set<OutcomeKind> outcomes = EnumSet.noneOf(OutcomeKind.class);
    Set<MeetingKind> meetings = EnumSet.noneOf(MeetingKind.class);
    Set<MeetingStage> stages = EnumSet.noneOf(MeetingStage.class);
    Set<PartyKind> partyKinds = EnumSet.noneOf(PartyKind.class);
    Set<MatterSize> sizes = EnumSet.noneOf(MatterSize.class);
    Set<SourceKind> sources = EnumSet.noneOf(SourceKind.class);
    Set<EventType> events = EnumSet.noneOf(EventType.class);
    Set<String> rules = new TreeSet<>();
    Set<String> profiles = new TreeSet<>();
    Set<String> seen = new TreeSet<>();
    Set<RecordGenerator.Bound> drawn = EnumSet.noneOf(RecordGenerator.Bound.class);
    int refused = 0;
    int fitting = 0;
    int misfitting = 0;
    for (int i = 0; i < CASES; i++) {
      RecordGenerator.Generated generated = RecordGenerator.generate(SEED, i);
      drawn.addAll(generated.drawn());
      if (generated.built().isEmpty()) {
        refused++;
        continue;
      }
      RecordGenerator.Case c = generated.built().get();
      Deliberation record = c.record();
      profiles.add(c.profile().id());
      sizes.add(record.topic().matterSize());
      sources.add(record.topic().source().kind());
      record.outcome().ifPresent(o -> outcomes.add(o.kind()));
      for (Party party : record.parties().parties()) {
        partyKinds.add(party.kind());
        party.weight().ifPresent(w -> seen.add(decimal(w)));
        seen.add(identifier(party.id().value()));
      }
      record.topic().publicFunds().ifPresent(f -> seen.add(decimal(f.amount())));
      seen.add(instant(record.topic().raisedAt()));
      record.plannedMeetingDate().ifPresent(d -> seen.add(date(d)));
      for (Meeting meeting : record.meetings()) {
        meetings.add(meeting.kind());
        meeting.stages().forEach(s -> stages.add(s.stage()));
        seen.add(instant(meeting.startedAt()));
        seen.add(instant(meeting.endedAt()));
        seen.add(date(meeting.scheduledDate()));
        for (SpeakingTurn turn : meeting.speakingTurns()) {
          if (turn.duration().equals(RecordGenerator.MAX_DURATION)) {
            seen.add("speaking turn of 100 years");
          }
        }
        if (meeting.vote().isPresent()) {
          Vote vote = meeting.vote().get();
          rules.add(kind(vote.rule()));
          rules.add(vote.showOfHands().isPresent() ? "show of hands" : "ballots");
          for (Voter voter : vote.eligible()) {
            seen.add(decimal(voter.weight()));
          }
        }
      }
      if (record.meetings().isEmpty()) {
        seen.add("no meeting");
      }
      if (record.parties().parties().size() >= 40) {
        seen.add("40 parties or more");
      }
      for (DeliberationEvent event : record.events()) {
        events.add(event.type());
      }
      if (!record.events().isEmpty()) {
        if (fits(record.events())) {
          fitting++;
        } else {
          misfitting++;
        }
      }
    }
    assertThat(outcomes).containsExactlyInAnyOrder(OutcomeKind.values());
    assertThat(meetings).containsExactlyInAnyOrder(MeetingKind.values());
    assertThat(stages).containsExactlyInAnyOrder(MeetingStage.values());
    assertThat(partyKinds).containsExactlyInAnyOrder(PartyKind.values());
    assertThat(sizes).containsExactlyInAnyOrder(MatterSize.values());
    assertThat(sources).containsExactlyInAnyOrder(SourceKind.values());
    assertThat(events).containsExactlyInAnyOrder(EventType.values());
    assertThat(rules)
        .contains(
            "consensus",
            "simple majority",
            "supermajority",
            "double threshold",
            "restricted vote",
            "show of hands",
            "ballots");
    assertThat(profiles)
        .contains(
            "jinan", "haidian", "bishan", "jinan-variant", "haidian-variant", "bishan-variant");
    assertThat(drawn).containsExactlyInAnyOrder(RecordGenerator.Bound.values());
    assertThat(seen)
        .contains(
            "instant 0001-01-01T00:00:00Z",
            "instant 9999-12-31T23:59:59Z",
            "date 0001-01-01",
            "date 9999-12-31",
            "decimal 999999999999999.999999",
            "decimal 1E+14",
            "decimal 0.000001",
            "decimal 0",
            "identifier of 128 code points",
            "speaking turn of 100 years",
            "no meeting",
            "40 parties or more");
    assertThat(fitting).as("records whose events fit").isGreaterThan(CASES / 10);
    assertThat(misfitting).as("records whose events do not fit").isGreaterThan(CASES / 10);
    assertThat(refused).as("cases a builder refused").isBetween(1, CASES / 5);
  }

  private static String kind(DecisionRule rule) {
    if (rule instanceof Consensus) {
      return "consensus";
    }
    if (rule instanceof MajorityRule) {
      MajorityRule majority = (MajorityRule) rule;
      return majority.approval().fraction().equals(Fraction.half()) && majority.approval().strict()
          ? "simple majority"
          : "supermajority";
    }
    if (rule instanceof DoubleThreshold) {
      return "double threshold";
    }
    return rule instanceof RestrictedVote ? "restricted vote" : rule.getClass().getName();
  }

  private static boolean fits(List<DeliberationEvent> events) {
    DeliberationHistory history = DeliberationHistory.empty();
    for (DeliberationEvent event : events) {
      if (!history.accepts(event)) {
        return false;
      }
      history = history.apply(event);
    }
    return true;
  }

  private static String instant(Instant instant) {
    return instant.equals(RecordGenerator.MIN_INSTANT)
            || instant.equals(RecordGenerator.MAX_INSTANT)
        ? "instant " + instant
        : "instant";
  }

  private static String date(LocalDate date) {
    return date.equals(RecordGenerator.MIN_DATE) || date.equals(RecordGenerator.MAX_DATE)
        ? "date " + date
        : "date";
  }

  private static String decimal(BigDecimal value) {
    for (BigDecimal bound :
        List.of(
            RecordGenerator.MAX_DECIMAL,
            RecordGenerator.ROUND_DECIMAL,
            RecordGenerator.TINY_DECIMAL)) {
      if (value.equals(bound)) {
        return "decimal " + bound;
      }
    }
    return value.signum() == 0 ? "decimal 0" : "decimal";
  }

  private static String identifier(String id) {
    return id.codePointCount(0, id.length()) == RecordGenerator.MAX_ID_CODE_POINTS
        ? "identifier of 128 code points"
        : "identifier";
  }
}
