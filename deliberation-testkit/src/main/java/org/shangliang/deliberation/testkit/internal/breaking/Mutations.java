package org.shangliang.deliberation.testkit.internal.breaking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.testkit.ScenarioParts;
import org.shangliang.deliberation.testkit.internal.Draw;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.RuleCode;

/**
 * What the breakers share besides record edits ({@link Edits}): the broken parts they return,
 * candidates tried in random order, names that are nowhere in the scenario, instants moved past a
 * bound, and the reasons a profile cannot break a rule. Draws on plain values are {@link Draw}'s.
 * Stateless and thread-safe.
 */
final class Mutations {
  private Mutations() {}

  // ---------------------------------------------------------------- results

  /**
   * The broken parts: the valid ones with a new record, expecting the given codes.
   *
   * @param valid the valid parts
   * @param record the broken record
   * @param codes the codes it is expected to report, the breaker's own among them
   * @return the broken parts
   */
  static Optional<ScenarioParts> broken(
      ScenarioParts valid, Deliberation record, RuleCode... codes) {
    return broken(valid, record, List.of(codes));
  }

  /**
   * The broken parts: the valid ones with a new record, expecting the given codes.
   *
   * @param valid the valid parts
   * @param record the broken record
   * @param codes the codes it is expected to report, the breaker's own among them
   * @return the broken parts
   */
  static Optional<ScenarioParts> broken(
      ScenarioParts valid, Deliberation record, Collection<RuleCode> codes) {
    return Optional.of(valid.withRecord(record, new LinkedHashSet<>(codes)));
  }

  /**
   * The broken parts: the valid ones with a new jurisdiction and record, expecting the given codes.
   *
   * @param valid the valid parts
   * @param jurisdiction the new jurisdiction
   * @param record the broken record
   * @param codes the codes it is expected to report, the breaker's own among them
   * @return the broken parts
   */
  static Optional<ScenarioParts> broken(
      ScenarioParts valid,
      Jurisdiction jurisdiction,
      Deliberation record,
      Collection<RuleCode> codes) {
    return Optional.of(
        valid.with(jurisdiction, valid.calendar(), record, valid.at(), new LinkedHashSet<>(codes)));
  }

  /**
   * The codes a broken record is expected to report, in a set to add the codes that follow from the
   * mutation to.
   *
   * @param codes the first codes, the breaker's own among them
   * @return a mutable set of them, in their order
   */
  static Set<RuleCode> expecting(RuleCode... codes) {
    return new LinkedHashSet<>(List.of(codes));
  }

  /**
   * Why a profile lacking what a breaker needs cannot break its rule.
   *
   * @param lacks whether a profile lacks it
   * @param lacking what such a profile does, after "profile &lt;id&gt; " (for instance "sets no
   *     urgent window")
   * @return the reason for a profile, empty if it does not lack it
   */
  static Function<Profile, Optional<String>> lacking(Predicate<Profile> lacks, String lacking) {
    return p -> lacks.test(p) ? Optional.of("profile " + p.id() + " " + lacking) : Optional.empty();
  }

  // ---------------------------------------------------------------- candidates

  /**
   * The indices of the values that pass a test, in order.
   *
   * @param <T> the type of the values
   * @param values the values
   * @param test the test
   * @return the indices
   */
  static <T> List<Integer> indicesWhere(List<T> values, Predicate<? super T> test) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      if (test.test(values.get(i))) {
        found.add(i);
      }
    }
    return found;
  }

  /**
   * The values in an order drawn from {@code random}.
   *
   * @param <T> the type of the values
   * @param random the random source
   * @param values the values
   * @return a shuffled copy
   */
  static <T> List<T> shuffled(RandomGenerator random, List<T> values) {
    List<T> copy = new ArrayList<>(values);
    for (int i = copy.size() - 1; i > 0; i--) {
      Collections.swap(copy, i, random.nextInt(i + 1));
    }
    return copy;
  }

  /**
   * Tries an attempt on the candidates in an order drawn from {@code random} until one succeeds.
   *
   * @param <T> the type of the candidates
   * @param <R> the type of a result
   * @param random the random source
   * @param candidates the candidates
   * @param attempt an attempt on one candidate: a result, or empty if it offers nothing
   * @return the first result, or empty if no candidate offers one
   */
  static <T, R> Optional<R> firstInRandomOrder(
      RandomGenerator random, List<T> candidates, Function<? super T, Optional<R>> attempt) {
    for (T candidate : shuffled(random, candidates)) {
      Optional<R> result = attempt.apply(candidate);
      if (result.isPresent()) {
        return result;
      }
    }
    return Optional.empty();
  }

  /** A mutation of one meeting of a valid scenario. */
  @FunctionalInterface
  interface MeetingMutation {
    /**
     * Breaks a rule in one meeting.
     *
     * @param valid the valid parts
     * @param random the random source
     * @param index the meeting's index in the record
     * @param meeting the meeting
     * @return the broken parts, or empty if this meeting offers nothing to break
     */
    Optional<ScenarioParts> apply(
        ScenarioParts valid, RandomGenerator random, int index, Meeting meeting);
  }

  /**
   * The mutation that tries a meeting mutation on the record's meetings that pass a test, in an
   * order drawn from the random source, until one breaks.
   *
   * @param test which meetings to try
   * @param mutation the mutation of one meeting
   * @return the mutation, which returns the first broken parts, or empty if no meeting offers any
   */
  static Breaker.Mutation inSomeMeeting(Predicate<? super Meeting> test, MeetingMutation mutation) {
    return (valid, random) -> {
      List<Meeting> meetings = valid.record().meetings();
      return firstInRandomOrder(
          random,
          indicesWhere(meetings, test),
          i -> mutation.apply(valid, random, i, meetings.get(i)));
    };
  }

  // ---------------------------------------------------------------- names nowhere in the scenario

  /**
   * A name of the stem that is not taken: the stem, a dash and a number from 1 to 99999.
   *
   * @param random the random source
   * @param stem the stem
   * @param taken whether a name is taken
   * @return the name
   */
  static String freshName(RandomGenerator random, String stem, Predicate<String> taken) {
    while (true) {
      String name = stem + "-" + (1 + random.nextInt(99_999));
      if (!taken.test(name)) {
        return name;
      }
    }
  }

  /**
   * A party id that is not on the record's party list.
   *
   * @param random the random source
   * @param record the record
   * @param role what the party stands for in the breaker (its id's stem)
   * @return the id
   */
  static PartyId unlistedParty(RandomGenerator random, Deliberation record, String role) {
    return unlistedParty(random, record, role, List.of());
  }

  /**
   * A party id on neither the record's party list nor among the ids to avoid.
   *
   * @param random the random source
   * @param record the record
   * @param role what the party stands for in the breaker (its id's stem)
   * @param avoid the ids to avoid besides the listed ones
   * @return the id
   */
  static PartyId unlistedParty(
      RandomGenerator random, Deliberation record, String role, Collection<PartyId> avoid) {
    return PartyId.of(
        freshName(
            random,
            role + "-unlisted",
            name -> record.parties().has(PartyId.of(name)) || avoid.contains(PartyId.of(name))));
  }

  /**
   * A unit id the jurisdiction does not hold.
   *
   * @param random the random source
   * @param jurisdiction the jurisdiction
   * @return the id
   */
  static UnitId unknownUnit(RandomGenerator random, Jurisdiction jurisdiction) {
    return UnitId.of(freshName(random, "unknown-unit", name -> jurisdiction.has(UnitId.of(name))));
  }

  // ---------------------------------------------------------------- units and tiers

  /**
   * The units of the jurisdiction but one.
   *
   * @param jurisdiction the jurisdiction
   * @param but the unit left out
   * @return the other units, in the jurisdiction's order
   */
  static List<AdministrativeUnit> unitsBut(Jurisdiction jurisdiction, UnitId but) {
    List<AdministrativeUnit> others = new ArrayList<>();
    for (AdministrativeUnit unit : jurisdiction.units()) {
      if (!unit.id().equals(but)) {
        others.add(unit);
      }
    }
    return others;
  }

  /**
   * The profile's tier rule for the level of a unit of the scenario's jurisdiction.
   *
   * @param parts the scenario's parts
   * @param unit the unit
   * @return the tier rule, or empty if the jurisdiction lacks the unit or the profile its level
   */
  static Optional<TierRule> tierOf(ScenarioParts parts, UnitId unit) {
    return parts.jurisdiction().unit(unit).flatMap(u -> parts.profile().tier(u.level()));
  }

  // ---------------------------------------------------------------- instants

  /**
   * An instant later than another by a second to {@code max}: past a deadline or window that ends
   * at it.
   *
   * @param random the random source
   * @param instant the instant
   * @param max the greatest shift, at least a second
   * @return the later instant
   */
  static Instant later(RandomGenerator random, Instant instant, Duration max) {
    return later(random, instant, Duration.ofSeconds(1), max);
  }

  /**
   * An instant earlier than another by a second to {@code max}.
   *
   * @param random the random source
   * @param instant the instant
   * @param max the greatest shift, at least a second
   * @return the earlier instant
   */
  static Instant earlier(RandomGenerator random, Instant instant, Duration max) {
    return earlier(random, instant, Duration.ofSeconds(1), max);
  }

  /**
   * An instant later than another by {@code min} to {@code max}.
   *
   * @param random the random source
   * @param instant the instant
   * @param min the least shift
   * @param max the greatest shift
   * @return the later instant
   */
  static Instant later(RandomGenerator random, Instant instant, Duration min, Duration max) {
    return instant.plus(Draw.between(random, min, max));
  }

  /**
   * An instant earlier than another by {@code min} to {@code max}.
   *
   * @param random the random source
   * @param instant the instant
   * @param min the least shift
   * @param max the greatest shift
   * @return the earlier instant
   */
  static Instant earlier(RandomGenerator random, Instant instant, Duration min, Duration max) {
    return instant.minus(Draw.between(random, min, max));
  }

  /**
   * An instant from {@code from} (included) to {@code to} (excluded).
   *
   * @param random the random source
   * @param from the earliest
   * @param to a later instant
   * @return the instant
   */
  static Instant before(RandomGenerator random, Instant from, Instant to) {
    return Draw.within(random, from, to.minusNanos(1));
  }

  /**
   * An instant strictly between two, if there is one.
   *
   * @param random the random source
   * @param from the lower bound, excluded
   * @param to the upper bound, excluded
   * @return the instant, or empty if the two are less than two nanoseconds apart
   */
  static Optional<Instant> strictlyBetween(RandomGenerator random, Instant from, Instant to) {
    if (!to.isAfter(from.plusNanos(1))) {
      return Optional.empty();
    }
    return Optional.of(Draw.within(random, from.plusNanos(1), to.minusNanos(1)));
  }
}
