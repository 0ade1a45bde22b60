package org.shangliang.deliberation.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.DeliberationEvent;
import org.shangliang.deliberation.process.DeliberationHistory;
import org.shangliang.deliberation.process.EventRejectedException;
import org.shangliang.deliberation.process.EventType;
import org.shangliang.deliberation.process.Phase;
import org.shangliang.deliberation.profile.Profile;

/**
 * Generators of deliberation event sequences ({@link DeliberationEvent}s, folded by {@link
 * DeliberationHistory}): {@link #valid(Profile)} sequences that fold without a rejection, and
 * {@link #invalid(Profile)} sequences whose fold rejects exactly one known event first.
 *
 * <pre>{@code
 * Gen<List<DeliberationEvent>> valid = Histories.valid(Profiles.jinan());
 * for (long seed = 0; seed < 1000; seed++) {
 *   DeliberationHistory history = DeliberationHistory.of(valid.sample(seed, 20)); // never throws
 * }
 * InvalidHistory invalid = Histories.invalid(Profiles.jinan()).sample(7L, 20);
 * assertThatThrownBy(() -> DeliberationHistory.of(invalid.events()))
 *     .isInstanceOf(EventRejectedException.class)
 *     .hasMessageStartingWith("events[" + invalid.rejectedIndex() + "]");
 * }</pre>
 *
 * <p>Half of the valid sequences are the events of a valid record of the profile ({@link
 * Scenarios#valid(Profile, Shape)} with {@link Shape#withEvents()}): raised, admitted or refused,
 * meetings, decision, classification, duties, progress, escalation, completion, revisits and
 * appraisals as the record holds them. The other half are random walks through the fold's phases,
 * which also go where records seldom go: reopenings, many meetings, long carrying-out, events at the
 * same instant; they start at a working hour in the profile's zone and have at most {@code size}
 * events (possibly none). Each invalid sequence is a valid one cut at a random index where one event
 * that does not fit is inserted or replaces the event there: of a type the phase does not allow, of
 * an allowed type but earlier than the event before it, or an immediate or committed outcome
 * classified without a decision; its {@link InvalidHistory} names the index, the kind of misfit and
 * the fold's own explanation.
 *
 * <p>Like every {@link Gen}, pure functions of the random source and the size; immutable and
 * thread-safe.
 */
public final class Histories {
  private static final Instant MIN_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59Z");
  private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
  private static final int DAYS = 3653;
  private static final Duration LONGEST_GAP = Duration.ofDays(20);
  private static final List<PartyId> ACTORS =
      List.of(
          PartyId.of("convener"),
          PartyId.of("party-1"),
          PartyId.of("party-2"),
          PartyId.of("party-3"),
          PartyId.of("supervisor-1"));

  private Histories() {}

  /**
   * Event sequences that fold without a rejection: events of the profile's valid records, or random
   * walks through the fold's phases.
   *
   * @param profile the profile whose valid records give half of the sequences, and whose zone the
   *     walks start in
   * @return the generator of unmodifiable event lists; a walk has at most {@code size} events
   */
  public static Gen<List<DeliberationEvent>> valid(Profile profile) {
    Objects.requireNonNull(profile, "profile");
    ScenarioGen records = Scenarios.valid(profile, Shape.any().withEvents());
    Gen<List<DeliberationEvent>> fromRecords = records.map(s -> s.record().events());
    Gen<List<DeliberationEvent>> walks = (random, size) -> walk(profile, random, size);
    return Gen.weighted(1, fromRecords, 1, walks);
  }

  /**
   * Event sequences whose fold rejects exactly one known event first: a valid sequence of {@link
   * #valid(Profile)} with one event that does not fit inserted at, or put in place of the event at,
   * a random index.
   *
   * @param profile the profile whose valid sequences are broken
   * @return the generator
   */
  public static Gen<InvalidHistory> invalid(Profile profile) {
    Gen<List<DeliberationEvent>> valid = valid(profile);
    return (random, size) -> breakOne(valid.generate(random, size), random);
  }

  // ---------------------------------------------------------------- valid walks

  private static List<DeliberationEvent> walk(Profile profile, RandomGenerator random, int size) {
    LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
    LocalTime time = LocalTime.of(random.nextInt(8, 20), random.nextInt(4) * 15);
    Instant at = day.atTime(time).atZone(profile.zone()).toInstant();
    int length = random.nextInt(size + 1);
    List<DeliberationEvent> events = new ArrayList<>(length);
    DeliberationHistory history = DeliberationHistory.empty();
    for (int i = 0; i < length; i++) {
      List<EventType> allowed = List.copyOf(history.allowed());
      if (allowed.isEmpty()) {
        break; // refused: nothing more happens
      }
      EventType type = allowed.get(random.nextInt(allowed.size()));
      if (type == EventType.REFUSED && random.nextInt(4) != 0) {
        type = EventType.ADMITTED; // most topics are admitted, so walks go further
      }
      at = later(at, random);
      DeliberationEvent event = event(type, fittingKind(history, random), at, random);
      history = history.apply(event);
      events.add(event);
    }
    return List.copyOf(events);
  }

  /** The instant itself (one time in five) or up to twenty days after it. */
  private static Instant later(Instant at, RandomGenerator random) {
    if (random.nextInt(5) == 0) {
      return at;
    }
    long seconds = random.nextLong(1, LONGEST_GAP.toSeconds() + 1);
    return at.isAfter(MAX_INSTANT.minusSeconds(seconds)) ? MAX_INSTANT : at.plusSeconds(seconds);
  }

  /** An outcome kind that can be classified in the history's phase. */
  private static OutcomeKind fittingKind(DeliberationHistory history, RandomGenerator random) {
    if (history.state().phase() == Phase.DELIBERATING) {
      return random.nextBoolean() ? OutcomeKind.SHELVED : OutcomeKind.RECOMMENDATION;
    }
    OutcomeKind[] kinds = OutcomeKind.values();
    return kinds[random.nextInt(kinds.length)];
  }

  private static DeliberationEvent event(
      EventType type, OutcomeKind kind, Instant at, RandomGenerator random) {
    PartyId actor = ACTORS.get(random.nextInt(ACTORS.size()));
    return type == EventType.OUTCOME_CLASSIFIED
        ? DeliberationEvent.classified(kind, at, actor)
        : DeliberationEvent.of(type, at, actor);
  }

  // ---------------------------------------------------------------- one misfit

  private static InvalidHistory breakOne(List<DeliberationEvent> valid, RandomGenerator random) {
    int index = random.nextInt(valid.size() + 1);
    List<DeliberationEvent> prefix = valid.subList(0, index);
    DeliberationHistory before = DeliberationHistory.of(prefix);
    List<InvalidHistory.Misfit> possible = new ArrayList<>();
    possible.add(InvalidHistory.Misfit.WRONG_PHASE);
    Instant last = before.state().lastEventAt().orElse(null);
    if (last != null && last.isAfter(MIN_INSTANT) && !before.allowed().isEmpty()) {
      possible.add(InvalidHistory.Misfit.EARLIER_THAN_LAST);
    }
    if (before.state().phase() == Phase.DELIBERATING) {
      possible.add(InvalidHistory.Misfit.OUTCOME_WITHOUT_DECISION);
    }
    InvalidHistory.Misfit misfit = possible.get(random.nextInt(possible.size()));
    Instant notEarlier = last != null ? later(last, random) : start(valid, random);
    DeliberationEvent event;
    switch (misfit) {
      case EARLIER_THAN_LAST:
        event =
            event(
                pick(before.allowed(), random),
                fittingKind(before, random),
                earlier(last, random),
                random);
        break;
      case OUTCOME_WITHOUT_DECISION:
        event =
            event(
                EventType.OUTCOME_CLASSIFIED,
                random.nextBoolean() ? OutcomeKind.IMMEDIATE : OutcomeKind.COMMITTED,
                notEarlier,
                random);
        break;
      case WRONG_PHASE:
      default:
        Set<EventType> misfits = EnumSet.allOf(EventType.class);
        misfits.removeAll(before.allowed());
        OutcomeKind[] kinds = OutcomeKind.values();
        event =
            event(pick(misfits, random), kinds[random.nextInt(kinds.length)], notEarlier, random);
        break;
    }
    List<DeliberationEvent> events = new ArrayList<>(valid.size() + 1);
    events.addAll(prefix);
    events.add(event);
    boolean replace = index < valid.size() && random.nextBoolean();
    events.addAll(valid.subList(replace ? index + 1 : index, valid.size()));
    String reason;
    try {
      before.apply(event);
      throw new IllegalStateException("a misfit " + misfit + " was accepted: " + event);
    } catch (EventRejectedException rejected) {
      reason = rejected.getMessage();
    }
    return new InvalidHistory(events, index, misfit, reason);
  }

  /** When a sequence with no event before the misfit starts: its first event's instant, or any. */
  private static Instant start(List<DeliberationEvent> valid, RandomGenerator random) {
    if (!valid.isEmpty()) {
      return valid.get(0).at();
    }
    return FIRST_DAY.plusDays(random.nextInt(DAYS)).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
  }

  /** One second to twenty days before the instant, never before the year 1. */
  private static Instant earlier(Instant at, RandomGenerator random) {
    long seconds = random.nextLong(1, LONGEST_GAP.toSeconds() + 1);
    Instant earlier = at.minusSeconds(seconds);
    return earlier.isBefore(MIN_INSTANT) ? MIN_INSTANT : earlier;
  }

  private static EventType pick(Set<EventType> types, RandomGenerator random) {
    List<EventType> list = List.copyOf(types);
    return list.get(random.nextInt(list.size()));
  }
}
