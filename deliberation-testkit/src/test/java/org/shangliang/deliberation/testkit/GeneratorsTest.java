package org.shangliang.deliberation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.decision.Ballot;
import org.shangliang.deliberation.decision.Base;
import org.shangliang.deliberation.decision.Choice;
import org.shangliang.deliberation.decision.Consensus;
import org.shangliang.deliberation.decision.DecisionRule;
import org.shangliang.deliberation.decision.DoubleThreshold;
import org.shangliang.deliberation.decision.Fraction;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.decision.Measure;
import org.shangliang.deliberation.decision.Participation;
import org.shangliang.deliberation.decision.Quorum;
import org.shangliang.deliberation.decision.RestrictedVote;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.meeting.Vote;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.party.PartyRole;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.tier.HolidayCalendar;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;

/**
 * Every public generator of {@link Generators}: its values are accepted by the model (the model
 * checks its invariants when a value is built, and each value is built again through the model's
 * public factories or used where the model uses it), the bounds its Javadoc sets hold at every size
 * tried, the same seed and size give an equal value, and over a fixed number of seeds the values
 * reach the whole documented range.
 */
class GeneratorsTest {
  private static final long FIRST_SEED = 31_000L;
  private static final int COUNT = 2_000;
  private static final int[] SIZES = {0, 1, 4, 5, 15, 20, 100, 1_000};
  private static final Set<Fraction> MAJORITY_FRACTIONS =
      Set.of(Fraction.half(), Fraction.of(3, 5), Fraction.of(2, 3), Fraction.of(3, 4));
  private static final Set<PartyKind> RESIDENT_KINDS =
      EnumSet.of(
          PartyKind.STAKEHOLDER,
          PartyKind.RESIDENT_REPRESENTATIVE,
          PartyKind.PARTY_MEMBER_REPRESENTATIVE,
          PartyKind.RESIDENT_UNIT,
          PartyKind.SOCIAL_ORGANISATION,
          PartyKind.EXPERT,
          PartyKind.GRID_WORKER);
  private static final BigDecimal LEAST_AREA = new BigDecimal("30.00");
  private static final BigDecimal MOST_AREA = new BigDecimal("200.00");

  private static <T> List<T> values(Gen<T> gen, int size) {
    return gen.samples(FIRST_SEED, COUNT, size).collect(Collectors.toList());
  }

  private static Quorum rebuilt(Quorum quorum) {
    return new Quorum.Builder()
        .minimumCount(quorum.minimumCount())
        .fraction(quorum.fraction())
        .strict(quorum.strict())
        .build();
  }

  private static Consensus rebuilt(Consensus rule) {
    return new Consensus.Builder()
        .blockingNoCount(rule.blockingNoCount())
        .participation(rule.participation())
        .build();
  }

  private static MajorityRule rebuilt(MajorityRule rule) {
    return new MajorityRule.Builder()
        .approval(rule.approval())
        .minimumYes(rule.minimumYes())
        .participation(rule.participation())
        .build();
  }

  private static <T> void assertReproducible(Gen<T> gen, int... sizes) {
    for (int size : sizes) {
      for (long seed = FIRST_SEED; seed < FIRST_SEED + 40; seed++) {
        assertThat(gen.sample(seed, size)).as("seed %s, size %s", seed, size).isEqualTo(gen.sample(seed, size));
      }
    }
  }

  private static <T> void assertSizePlaysNoPart(Gen<T> gen) {
    for (long seed = FIRST_SEED; seed < FIRST_SEED + 40; seed++) {
      assertThat(gen.sample(seed, 0)).as("seed %s", seed).isEqualTo(gen.sample(seed, 5_000));
    }
  }

  // ---------------------------------------------------------------- jurisdictions

  static Stream<Arguments> profiles() {
    return Stream.of(
        Arguments.of(Profiles.jinan()),
        Arguments.of(Profiles.haidian()),
        Arguments.of(Profiles.bishan()),
        Arguments.of(Profiles.jinanOwnersExample()),
        Arguments.of(DerivedProfiles.custom()));
  }

  private static Set<TierLevel> tierLevels(Profile profile) {
    Set<TierLevel> levels = EnumSet.noneOf(TierLevel.class);
    for (TierRule tier : profile.tiers()) {
      levels.add(tier.level());
    }
    return levels;
  }

  /** The most units the Javadoc of {@link Generators#jurisdictions(Profile)} allows at a size. */
  private static int mostUnits(int size) {
    return Math.min(120, 16 + size / 4);
  }

  /**
   * Asserts what {@link Generators#jurisdictions(java.util.Collection)} promises of one tree: the
   * model accepts it, it keeps within the size, one or two roots at the top level, a unit at every
   * tier level, every unit below the top with an ancestor at every higher tier level, and every
   * leaf of the first tree at the lowest tier level.
   */
  private static void assertTreeThrough(Set<TierLevel> levels, Jurisdiction tree, int size, String what) {
    TierLevel top = new TreeSet<>(levels).last();
    TierLevel bottom = new TreeSet<>(levels).first();
    List<AdministrativeUnit> units = tree.units();
    assertThat(Jurisdiction.of(units)).as(what).isEqualTo(tree);
    assertThat(units.size()).as("%s: units at size %s", what, size).isLessThanOrEqualTo(mostUnits(size));
    List<AdministrativeUnit> roots =
        units.stream().filter(u -> u.parent().isEmpty()).collect(Collectors.toList());
    assertThat(roots).as(what).hasSizeBetween(1, 2).allMatch(r -> r.level() == top);
    Set<TierLevel> present = EnumSet.noneOf(TierLevel.class);
    for (AdministrativeUnit unit : units) {
      present.add(unit.level());
      assertThat(unit.level()).as(what).isBetween(bottom, top);
      Set<TierLevel> above = EnumSet.noneOf(TierLevel.class);
      for (AdministrativeUnit ancestor : tree.pathToRoot(unit.id())) {
        above.add(ancestor.level());
      }
      for (TierLevel level : levels) {
        if (level.isHigherThan(unit.level())) {
          assertThat(above).as("%s: ancestors of %s", what, unit.id()).contains(level);
        }
      }
      boolean inFirstTree = tree.contains(roots.get(0).id(), unit.id());
      if (inFirstTree && tree.children(unit.id()).isEmpty()) {
        assertThat(unit.level()).as("%s: leaf %s", what, unit.id()).isEqualTo(bottom);
      }
    }
    assertThat(present).as(what).containsAll(levels);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void jurisdictionsRunThroughEveryTierLevelOfTheProfileWithinTheirSize(Profile profile) {
    Set<TierLevel> levels = tierLevels(profile);
    Gen<Jurisdiction> trees = Generators.jurisdictions(profile);
    int secondRoots = 0;
    int branched = 0;
    int insertedLevels = 0;
    int largest = 0;
    for (int size : new int[] {0, 20, 200, 5_000}) {
      for (long seed = FIRST_SEED; seed < FIRST_SEED + 300; seed++) {
        Jurisdiction tree = trees.sample(seed, size);
        assertTreeThrough(levels, tree, size, profile.id() + " seed " + seed);
        secondRoots += tree.units().stream().filter(u -> u.parent().isEmpty()).count() == 2 ? 1 : 0;
        branched += tree.units().stream().anyMatch(u -> tree.children(u.id()).size() >= 2) ? 1 : 0;
        insertedLevels += tree.units().stream().anyMatch(u -> !levels.contains(u.level())) ? 1 : 0;
        largest = Math.max(largest, tree.units().size());
      }
    }
    assertThat(secondRoots).as("trees with a second root").isBetween(1, 4 * 300 - 1);
    assertThat(branched).as("trees with a unit of several children").isPositive();
    assertThat(largest).as("the largest tree").isGreaterThan(mostUnits(0));
    boolean gaps = false;
    for (TierLevel level : TierLevel.values()) {
      gaps |= !levels.contains(level) && level.compareTo(new TreeSet<>(levels).first()) > 0
          && level.compareTo(new TreeSet<>(levels).last()) < 0;
    }
    if (gaps) {
      assertThat(insertedLevels).as("trees with a unit at a level without a tier").isPositive();
    }
    assertReproducible(trees, 0, 20, 5_000);
  }

  @Test
  void jurisdictionsRunThroughAnySetOfLevels() {
    TierLevel[] all = TierLevel.values();
    for (int mask = 1; mask < 1 << all.length; mask++) {
      Set<TierLevel> levels = EnumSet.noneOf(TierLevel.class);
      for (TierLevel level : all) {
        if ((mask & 1 << level.ordinal()) != 0) {
          levels.add(level);
        }
      }
      Gen<Jurisdiction> trees = Generators.jurisdictions(levels);
      for (long seed = FIRST_SEED; seed < FIRST_SEED + 30; seed++) {
        int size = (int) (seed % 7) * 150;
        assertTreeThrough(levels, trees.sample(seed, size), size, levels + " seed " + seed);
      }
    }
  }

  @Test
  void jurisdictionsNeedALevel() {
    Profile noTier =
        new Profile.Builder()
            .id("no-tier")
            .name(Profiles.bishan().name())
            .catalogue(Profiles.bishan().catalogue())
            .build();
    assertThatThrownBy(() -> Generators.jurisdictions(noTier))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-tier");
    assertThatThrownBy(() -> Generators.jurisdictions(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tierLevels");
  }

  // ---------------------------------------------------------------- work calendars

  /** The seven-day holiday blocks of a calendar: runs of seven holidays in a row. */
  private static List<LocalDate> holidayWeeks(HolidayCalendar calendar) {
    List<LocalDate> starts = new ArrayList<>();
    Set<LocalDate> holidays = calendar.holidays();
    for (LocalDate day : holidays) {
      if (!holidays.contains(day.minusDays(1))) {
        int run = 0;
        while (holidays.contains(day.plusDays(run))) {
          run++;
        }
        if (run == 7) {
          starts.add(day);
        }
      }
    }
    return starts;
  }

  @Test
  void workCalendarsHaveBothHolidayWeeksWithMakeUpDaysAndSingleHolidaysEveryYear() {
    Gen<HolidayCalendar> calendars = Generators.workCalendars(2020, 2024);
    Set<Integer> makeUpsPerWeek = new HashSet<>();
    Set<Integer> singlesPerYear = new HashSet<>();
    Set<java.time.Month> springMonths = EnumSet.noneOf(java.time.Month.class);
    for (HolidayCalendar calendar : values(calendars, 20).subList(0, 500)) {
      assertThat(HolidayCalendar.of(calendar.holidays(), calendar.makeUpWorkingDays())).isEqualTo(calendar);
      List<LocalDate> weeks = holidayWeeks(calendar);
      Set<LocalDate> inWeeks = new HashSet<>();
      for (LocalDate first : weeks) {
        for (int d = 0; d < 7; d++) {
          inWeeks.add(first.plusDays(d));
        }
      }
      for (int year = 2020; year <= 2024; year++) {
        int y = year;
        List<LocalDate> ofYear = weeks.stream().filter(w -> w.getYear() == y).collect(Collectors.toList());
        assertThat(ofYear).as("holiday weeks of %s in %s", year, calendar).hasSize(2);
        LocalDate spring = ofYear.get(0);
        assertThat(spring).as("spring holiday").isBetween(LocalDate.of(year, 1, 21), LocalDate.of(year, 2, 28));
        springMonths.add(spring.getMonth());
        assertThat(ofYear.get(1)).as("national-day week").isEqualTo(LocalDate.of(year, 10, 1));
        for (LocalDate first : ofYear) {
          long makeUps =
              calendar.makeUpWorkingDays().stream()
                  .filter(d -> !d.isBefore(first.minusDays(10)) && !d.isAfter(first.plusDays(16)))
                  .count();
          assertThat(makeUps).as("make-up days near the week from %s in %s", first, calendar).isBetween(1L, 2L);
          makeUpsPerWeek.add((int) makeUps);
        }
        List<LocalDate> singles =
            calendar.holidays().stream()
                .filter(d -> d.getYear() == y && !inWeeks.contains(d))
                .collect(Collectors.toList());
        assertThat(singles).as("single holidays of %s in %s", year, calendar).hasSizeBetween(2, 4);
        assertThat(singles).allMatch(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY);
        singlesPerYear.add(singles.size());
      }
      assertThat(calendar.makeUpWorkingDays())
          .allMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY);
      assertThat(calendar.makeUpWorkingDays()).hasSizeBetween(2 * 5, 4 * 5);
      for (LocalDate monday = LocalDate.of(2020, 1, 1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
          monday.getYear() <= 2024;
          monday = monday.plusWeeks(1)) {
        boolean holidayWeek = false;
        boolean working = false;
        for (int d = 0; d < 7; d++) {
          holidayWeek |= inWeeks.contains(monday.plusDays(d));
          working |= calendar.isWorkingDay(monday.plusDays(d));
        }
        if (!holidayWeek) {
          assertThat(working).as("a working day in the week of %s in %s", monday, calendar).isTrue();
        }
      }
    }
    assertThat(makeUpsPerWeek).containsExactlyInAnyOrder(1, 2);
    assertThat(singlesPerYear).contains(2, 4);
    assertThat(springMonths).contains(java.time.Month.JANUARY, java.time.Month.FEBRUARY);
    assertReproducible(calendars, 0);
    assertSizePlaysNoPart(calendars);
  }

  @Test
  void workCalendarsSpanTheFirstAndTheLastYearTheModelAllows() {
    for (long seed = FIRST_SEED; seed < FIRST_SEED + 100; seed++) {
      HolidayCalendar first = Generators.workCalendars(1, 2).sample(seed, 0);
      HolidayCalendar last = Generators.workCalendars(9_998, 9_999).sample(seed, 0);
      assertThat(holidayWeeks(first)).hasSize(4);
      assertThat(holidayWeeks(last)).hasSize(4).contains(LocalDate.of(9_999, 10, 1));
    }
  }

  @Test
  void workCalendarsRejectYearsOutOfRange() {
    assertThatThrownBy(() -> Generators.workCalendars(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Generators.workCalendars(1, 10_000)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Generators.workCalendars(2024, 2023))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2024")
        .hasMessageContaining("2023");
  }

  // ---------------------------------------------------------------- fractions and quorums

  @Test
  void fractionsHaveEveryDenominatorToSixAndNumeratorFromOne() {
    Set<String> seen = new HashSet<>();
    for (Fraction f : values(Generators.fractions(), 0)) {
      assertThat(Fraction.parse(f.toString())).isEqualTo(f);
      assertThat(f.denominator()).isBetween(1L, 6L);
      assertThat(f.numerator()).isBetween(1L, f.denominator());
      seen.add(f.numerator() + "/" + f.denominator());
    }
    assertThat(seen).hasSize(21);
    assertReproducible(Generators.fractions(), 0);
    assertSizePlaysNoPart(Generators.fractions());
  }

  @Test
  void majorityFractionsAreTheFourThresholdsOfMajorities() {
    assertThat(new HashSet<>(values(Generators.majorityFractions(), 0))).isEqualTo(MAJORITY_FRACTIONS);
    assertSizePlaysNoPart(Generators.majorityFractions());
  }

  @Test
  void anyFractionsReachZeroAndOneAndEveryDenominatorToTwelve() {
    Set<Long> denominators = new TreeSet<>();
    boolean zero = false;
    boolean one = false;
    for (Fraction f : values(Generators.anyFractions(), 0)) {
      assertThat(Fraction.parse(f.toString())).isEqualTo(f);
      assertThat(f.denominator()).isBetween(1L, 12L);
      assertThat(f.numerator()).isBetween(0L, f.denominator());
      denominators.add(f.denominator());
      zero |= f.numerator() == 0;
      one |= f.numerator() == f.denominator();
    }
    assertThat(denominators).hasSize(12);
    assertThat(zero).as("reaches 0").isTrue();
    assertThat(one).as("reaches 1").isTrue();
    assertReproducible(Generators.anyFractions(), 0);
    assertSizePlaysNoPart(Generators.anyFractions());
  }

  @Test
  void quorumsAreMetBySomeSignInsAndKeepTheirMinimumWithinTheSize() {
    for (int size : SIZES) {
      int most = Math.min(10, 1 + size / 4);
      Set<String> forms = new HashSet<>();
      int largest = 0;
      boolean strict = false;
      for (Quorum quorum : values(Generators.quorums(), size)) {
        assertThat(rebuilt(quorum)).isEqualTo(quorum);
        assertThat(quorum.minimumCount()).as("size %s", size).isBetween(0, most);
        int enough = Math.max(1, quorum.minimumCount());
        assertThat(quorum.isMetBy(enough, enough)).as("%s met by all of %s", quorum, enough).isTrue();
        quorum.fraction().ifPresent(f -> assertThat(MAJORITY_FRACTIONS).contains(f));
        if (quorum.strict()) {
          assertThat(quorum.fraction().get().numerator()).isLessThan(quorum.fraction().get().denominator());
          strict = true;
        }
        assertThat(quorum.fraction().isPresent() || quorum.minimumCount() > 0).isTrue();
        forms.add(quorum.fraction().isPresent() + "/" + (quorum.minimumCount() > 0));
        largest = Math.max(largest, quorum.minimumCount());
      }
      assertThat(forms).as("fraction, count, both").containsExactlyInAnyOrder("true/false", "false/true", "true/true");
      assertThat(largest).as("the largest minimum at size %s", size).isEqualTo(most);
      assertThat(strict).isTrue();
    }
    assertReproducible(Generators.quorums(), 0, 20, 1_000);
  }

  // ---------------------------------------------------------------- decision rules

  @Test
  void consensusRulesBlockOnOneToThreeNoVotesWithAHeadcountParticipationAtTimes() {
    Set<Integer> blocking = new TreeSet<>();
    Set<Boolean> participation = new HashSet<>();
    for (Consensus rule : values(Generators.consensusRules(), 20)) {
      assertThat(rebuilt(rule)).isEqualTo(rule);
      assertThat(rule.measuresWeight()).isFalse();
      blocking.add(rule.blockingNoCount());
      participation.add(rule.participation().isPresent());
      rule.participation().ifPresent(p -> assertThat(p.measure()).isEqualTo(Measure.HEADCOUNT));
    }
    assertThat(blocking).containsExactly(1, 2, 3);
    assertThat(participation).containsExactlyInAnyOrder(true, false);
    assertReproducible(Generators.consensusRules(), 0);
    assertSizePlaysNoPart(Generators.consensusRules());
  }

  /** Asserts a majority rule of {@link Generators#majorityRules()} on a measure, at a size. */
  private static void assertProfileMajority(MajorityRule rule, Measure measure, int size) {
    assertThat(rebuilt(rule)).isEqualTo(rule);
    assertThat(rule.approval().measure()).isEqualTo(measure);
    assertThat(MAJORITY_FRACTIONS).contains(rule.approval().fraction());
    if (rule.approval().fraction().equals(Fraction.half())) {
      assertThat(rule.approval().strict()).as("a simple majority is more than half").isTrue();
    }
    rule.participation().ifPresent(p -> assertThat(p.measure()).isEqualTo(measure));
    BigDecimal mostYes = BigDecimal.valueOf(measure == Measure.HEADCOUNT ? Math.min(3, size / 5) : 0);
    assertThat(rule.minimumYes()).as("size %s", size).isBetween(BigDecimal.ZERO, mostYes);
    assertThat(rule.minimumYes().stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
  }

  @Test
  void majorityRulesAreHeadcountMajoritiesOverEveryBaseWithTheirMinimumWithinTheSize() {
    for (int size : SIZES) {
      Set<Base> bases = EnumSet.noneOf(Base.class);
      Set<Fraction> fractions = new HashSet<>();
      Set<String> forms = new HashSet<>();
      BigDecimal mostYes = BigDecimal.ZERO;
      for (MajorityRule rule : values(Generators.majorityRules(), size)) {
        assertProfileMajority(rule, Measure.HEADCOUNT, size);
        bases.add(rule.approval().base());
        fractions.add(rule.approval().fraction());
        forms.add(rule.approval().strict() + "/" + rule.participation().isPresent());
        mostYes = mostYes.max(rule.minimumYes());
      }
      assertThat(bases).isEqualTo(EnumSet.allOf(Base.class));
      assertThat(fractions).isEqualTo(MAJORITY_FRACTIONS);
      assertThat(forms).hasSize(4);
      assertThat(mostYes).as("the largest minimum at size %s", size).isEqualByComparingTo(BigDecimal.valueOf(Math.min(3, size / 5)));
    }
    assertReproducible(Generators.majorityRules(), 0, 20);
  }

  @Test
  void doubleThresholdsPairAHeadcountAndAFloorAreaMajority() {
    for (int size : SIZES) {
      Set<String> participations = new HashSet<>();
      for (DoubleThreshold rule : values(Generators.doubleThresholds(), size)) {
        assertThat(DoubleThreshold.of(rule.headcount(), rule.weight())).isEqualTo(rule);
        assertThat(rule.measuresWeight()).isTrue();
        assertProfileMajority(rule.headcount(), Measure.HEADCOUNT, size);
        assertProfileMajority(rule.weight(), Measure.WEIGHT, size);
        participations.add(rule.headcount().participation().isPresent() + "/" + rule.weight().participation().isPresent());
      }
      assertThat(participations).hasSize(4);
    }
    assertReproducible(Generators.doubleThresholds(), 0, 20);
  }

  private static Shape.RuleKind kindOf(DecisionRule rule) {
    if (rule instanceof Consensus) {
      return Shape.RuleKind.CONSENSUS;
    }
    if (rule instanceof MajorityRule) {
      return Shape.RuleKind.MAJORITY;
    }
    if (rule instanceof DoubleThreshold) {
      return Shape.RuleKind.DOUBLE_THRESHOLD;
    }
    assertThat(rule).isInstanceOf(RestrictedVote.class);
    return Shape.RuleKind.RESTRICTED;
  }

  @Test
  void restrictedVotesAreRestrictedToEachGivenKindAndDecidedByEveryOtherKindOfRule() {
    List<PartyKind> kinds = List.of(PartyKind.PEOPLES_CONGRESS_DEPUTY, PartyKind.STAKEHOLDER);
    Set<PartyKind> restrictedTo = EnumSet.noneOf(PartyKind.class);
    Set<Shape.RuleKind> inner = EnumSet.noneOf(Shape.RuleKind.class);
    for (RestrictedVote rule : values(Generators.restrictedVotes(kinds), 20)) {
      assertThat(RestrictedVote.of(rule.kind(), rule.rule())).isEqualTo(rule);
      restrictedTo.add(rule.kind());
      inner.add(kindOf(rule.rule()));
    }
    assertThat(restrictedTo).containsExactlyInAnyOrderElementsOf(kinds);
    assertThat(inner).containsExactlyInAnyOrder(Shape.RuleKind.CONSENSUS, Shape.RuleKind.MAJORITY, Shape.RuleKind.DOUBLE_THRESHOLD);
    assertReproducible(Generators.restrictedVotes(kinds), 0, 20);
    assertThatThrownBy(() -> Generators.restrictedVotes(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @EnumSource(Shape.RuleKind.class)
  void decisionRulesOfAKindAreOfThatKindAndWeighFloorAreaOnlyWhereAllowed(Shape.RuleKind kind) {
    for (boolean weighed : new boolean[] {true, false}) {
      if (kind == Shape.RuleKind.DOUBLE_THRESHOLD && !weighed) {
        assertThatThrownBy(() -> Generators.decisionRules(kind, false))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("floor area");
        continue;
      }
      Gen<DecisionRule> rules = Generators.decisionRules(kind, weighed);
      boolean weighs = false;
      for (DecisionRule rule : values(rules, 20)) {
        assertThat(kindOf(rule)).isEqualTo(kind);
        weighs |= rule.measuresWeight();
        if (rule instanceof RestrictedVote) {
          assertThat(((RestrictedVote) rule).kind())
              .isIn(PartyKind.PEOPLES_CONGRESS_DEPUTY, PartyKind.RESIDENT_REPRESENTATIVE, PartyKind.STAKEHOLDER);
        }
      }
      boolean canWeigh = kind == Shape.RuleKind.DOUBLE_THRESHOLD || kind == Shape.RuleKind.RESTRICTED;
      assertThat(weighs).as("%s, weighed %s: some rule weighs floor area", kind, weighed).isEqualTo(weighed && canWeigh);
      assertReproducible(rules, 0, 20);
    }
  }

  @Test
  void decisionRulesReachEveryKindAndNoneWeighsFloorAreaWhereNotAllowed() {
    Set<Shape.RuleKind> weighed = EnumSet.noneOf(Shape.RuleKind.class);
    for (DecisionRule rule : values(Generators.decisionRules(true), 20)) {
      weighed.add(kindOf(rule));
    }
    assertThat(weighed).isEqualTo(EnumSet.allOf(Shape.RuleKind.class));
    Set<Shape.RuleKind> unweighed = EnumSet.noneOf(Shape.RuleKind.class);
    for (DecisionRule rule : values(Generators.decisionRules(false), 20)) {
      assertThat(rule.measuresWeight()).as("%s", rule).isFalse();
      unweighed.add(kindOf(rule));
    }
    assertThat(unweighed)
        .containsExactlyInAnyOrder(Shape.RuleKind.CONSENSUS, Shape.RuleKind.MAJORITY, Shape.RuleKind.RESTRICTED);
    assertReproducible(Generators.decisionRules(true), 0, 20);
  }

  @ParameterizedTest
  @EnumSource(Measure.class)
  void anyMajorityRulesReachEveryThresholdTheModelAcceptsOnTheirMeasures(Measure measure) {
    for (Measure turnout : Measure.values()) {
      Gen<MajorityRule> rules = Generators.anyMajorityRules(measure, turnout);
      Set<Base> bases = EnumSet.noneOf(Base.class);
      Set<String> seen = new HashSet<>();
      for (MajorityRule rule : values(rules, 0)) {
        assertThat(rebuilt(rule)).isEqualTo(rule);
        assertThat(rule.approval().measure()).isEqualTo(measure);
        rule.participation().ifPresent(p -> assertThat(p.measure()).isEqualTo(turnout));
        BigDecimal most = measure == Measure.HEADCOUNT ? BigDecimal.valueOf(5) : new BigDecimal("500.00");
        assertThat(rule.minimumYes()).isBetween(BigDecimal.ZERO, most);
        if (measure == Measure.HEADCOUNT) {
          assertThat(rule.minimumYes().stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
        } else {
          assertThat(rule.minimumYes().scale()).isBetween(0, 2);
        }
        Fraction f = rule.approval().fraction();
        bases.add(rule.approval().base());
        seen.add(f.numerator() == 0 ? "zero" : f.numerator() == f.denominator() ? "one" : "between");
        seen.add("strict " + rule.approval().strict());
        seen.add("participation " + rule.participation().isPresent());
        seen.add("minimum " + rule.minimumYes().signum());
        if (rule.minimumYes().stripTrailingZeros().scale() > 0) {
          seen.add("fractional minimum");
        }
      }
      assertThat(bases).isEqualTo(EnumSet.allOf(Base.class));
      assertThat(seen)
          .contains("zero", "one", "between", "strict true", "strict false", "participation true",
              "participation false", "minimum 0", "minimum 1");
      if (measure == Measure.WEIGHT) {
        assertThat(seen).contains("fractional minimum");
      }
      assertReproducible(rules, 0);
      assertSizePlaysNoPart(rules);
    }
  }

  @Test
  void anyMajorityRulesReachBothMeasures() {
    Set<String> seen = new HashSet<>();
    for (MajorityRule rule : values(Generators.anyMajorityRules(), 0)) {
      seen.add("approval " + rule.approval().measure());
      rule.participation().ifPresent(p -> seen.add("participation " + p.measure()));
    }
    assertThat(seen)
        .containsExactlyInAnyOrder("approval HEADCOUNT", "approval WEIGHT", "participation HEADCOUNT", "participation WEIGHT");
    assertReproducible(Generators.anyMajorityRules(), 0);
    assertSizePlaysNoPart(Generators.anyMajorityRules());
  }

  @Test
  void anyConsensusRulesBlockOnOneToFourNoVotesWithAnyParticipation() {
    Set<Integer> blocking = new TreeSet<>();
    Set<Optional<Measure>> participation = new HashSet<>();
    for (Consensus rule : values(Generators.anyConsensusRules(), 0)) {
      assertThat(rebuilt(rule)).isEqualTo(rule);
      blocking.add(rule.blockingNoCount());
      participation.add(rule.participation().map(Participation::measure));
    }
    assertThat(blocking).containsExactly(1, 2, 3, 4);
    assertThat(participation)
        .containsExactlyInAnyOrder(Optional.empty(), Optional.of(Measure.HEADCOUNT), Optional.of(Measure.WEIGHT));
    assertReproducible(Generators.anyConsensusRules(), 0);
    assertSizePlaysNoPart(Generators.anyConsensusRules());
  }

  @Test
  void anyDoubleThresholdsPairAnyHeadcountAndAnyFloorAreaMajority() {
    Set<String> ends = new HashSet<>();
    for (DoubleThreshold rule : values(Generators.anyDoubleThresholds(), 0)) {
      assertThat(DoubleThreshold.of(rule.headcount(), rule.weight())).isEqualTo(rule);
      assertThat(rule.headcount().approval().measure()).isEqualTo(Measure.HEADCOUNT);
      assertThat(rule.weight().approval().measure()).isEqualTo(Measure.WEIGHT);
      rule.headcount().participation().ifPresent(p -> assertThat(p.measure()).isEqualTo(Measure.HEADCOUNT));
      rule.weight().participation().ifPresent(p -> assertThat(p.measure()).isEqualTo(Measure.WEIGHT));
      Fraction h = rule.headcount().approval().fraction();
      Fraction w = rule.weight().approval().fraction();
      ends.add("headcount " + h.numerator() * 1.0 / h.denominator());
      ends.add("weight " + w.numerator() * 1.0 / w.denominator());
    }
    assertThat(ends).contains("headcount 0.0", "headcount 1.0", "weight 0.0", "weight 1.0");
    assertReproducible(Generators.anyDoubleThresholds(), 0);
    assertSizePlaysNoPart(Generators.anyDoubleThresholds());
  }

  @Test
  void anyRestrictedVotesAndAnyDecisionRulesReachEveryKind() {
    List<PartyKind> kinds = List.of(PartyKind.RESIDENT_REPRESENTATIVE, PartyKind.STAKEHOLDER, PartyKind.EXPERT);
    Set<PartyKind> restrictedTo = EnumSet.noneOf(PartyKind.class);
    Set<Shape.RuleKind> inner = EnumSet.noneOf(Shape.RuleKind.class);
    for (RestrictedVote rule : values(Generators.anyRestrictedVotes(kinds), 0)) {
      assertThat(RestrictedVote.of(rule.kind(), rule.rule())).isEqualTo(rule);
      restrictedTo.add(rule.kind());
      inner.add(kindOf(rule.rule()));
    }
    assertThat(restrictedTo).containsExactlyInAnyOrderElementsOf(kinds);
    assertThat(inner).containsExactlyInAnyOrder(Shape.RuleKind.CONSENSUS, Shape.RuleKind.MAJORITY, Shape.RuleKind.DOUBLE_THRESHOLD);
    Set<Shape.RuleKind> all = EnumSet.noneOf(Shape.RuleKind.class);
    for (DecisionRule rule : values(Generators.anyDecisionRules(kinds), 0)) {
      all.add(kindOf(rule));
    }
    assertThat(all).isEqualTo(EnumSet.allOf(Shape.RuleKind.class));
    assertReproducible(Generators.anyRestrictedVotes(kinds), 0);
    assertReproducible(Generators.anyDecisionRules(kinds), 0);
    assertSizePlaysNoPart(Generators.anyDecisionRules(kinds));
    assertThatThrownBy(() -> Generators.anyRestrictedVotes(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Generators.anyDecisionRules(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------- parties and votes

  @Test
  void floorAreasRunFromThirtyToTwoHundredSquareMetres() {
    BigDecimal least = MOST_AREA;
    BigDecimal most = LEAST_AREA;
    for (BigDecimal area : values(Generators.floorAreas(), 0)) {
      assertThat(area.scale()).isEqualTo(2);
      assertThat(area).isBetween(LEAST_AREA, MOST_AREA);
      least = least.min(area);
      most = most.max(area);
    }
    assertThat(least).isLessThan(new BigDecimal("31.00"));
    assertThat(most).isGreaterThan(new BigDecimal("199.00"));
    assertSizePlaysNoPart(Generators.floorAreas());
  }

  @Test
  void residentsAreAsManyAsTheSizeDeliberatorsOfTheGivenUnitsAndOwnersWeighTheirFloorArea() {
    List<UnitId> units = List.of(UnitId.of("courtyard-1"), UnitId.of("courtyard-2"), UnitId.of("grid-1"));
    Gen<List<Party>> residents = Generators.residents("owner", units);
    for (int size : new int[] {0, 1, 7, 30, 3_000}) {
      for (long seed = FIRST_SEED; seed < FIRST_SEED + (size > 100 ? 3 : 100); seed++) {
        List<Party> parties = residents.sample(seed, size);
        assertThat(parties).hasSize(size);
        assertThat(PartyList.of(parties).parties()).isEqualTo(parties);
        Set<PartyKind> kinds = EnumSet.noneOf(PartyKind.class);
        Set<UnitId> homes = new HashSet<>();
        for (int i = 0; i < size; i++) {
          Party party = parties.get(i);
          assertThat(party.id()).isEqualTo(PartyId.of("owner-" + (i + 1)));
          assertThat(party.roles()).containsExactly(PartyRole.DELIBERATOR);
          assertThat(RESIDENT_KINDS).contains(party.kind());
          assertThat(units).contains(party.unit());
          if (party.kind() == PartyKind.STAKEHOLDER) {
            assertThat(party.weight()).get().matches(w -> w.compareTo(LEAST_AREA) >= 0 && w.compareTo(MOST_AREA) <= 0);
          } else {
            assertThat(party.weight()).isEmpty();
          }
          kinds.add(party.kind());
          homes.add(party.unit());
        }
        if (size == 3_000) {
          assertThat(kinds).isEqualTo(RESIDENT_KINDS);
          assertThat(homes).containsExactlyInAnyOrderElementsOf(units);
        }
      }
    }
    assertReproducible(residents, 0, 30);
    assertThatThrownBy(() -> Generators.residents("owner", List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void partyListsHaveTheSizeAsked() {
    Gen<PartyList> lists = Generators.partyLists(List.of(UnitId.of("community-1")));
    for (int size : new int[] {0, 1, 7, 500, 5_000}) {
      for (long seed = FIRST_SEED; seed < FIRST_SEED + 3; seed++) {
        PartyList list = lists.sample(seed, size);
        assertThat(list.parties()).hasSize(size);
        if (size > 0) {
          assertThat(list.has(PartyId.of("p-1"))).isTrue();
          assertThat(list.has(PartyId.of("p-" + size))).isTrue();
        }
      }
    }
    assertReproducible(lists, 0, 7, 500);
  }

  @Test
  void votersAreThePartiesWithTheirKindsAndListedWeights() {
    List<Party> parties = Generators.residents("r", List.of(UnitId.of("grid-1"))).sample(FIRST_SEED, 200);
    List<Voter> voters = Generators.voters(parties);
    assertThat(voters).hasSize(parties.size());
    for (int i = 0; i < parties.size(); i++) {
      Party party = parties.get(i);
      assertThat(voters.get(i)).isEqualTo(Voter.of(party.id(), party.kind(), party.weight().orElse(BigDecimal.ONE)));
    }
    assertThat(voters).anyMatch(v -> v.weight().compareTo(BigDecimal.ONE) == 0)
        .anyMatch(v -> v.weight().compareTo(LEAST_AREA) >= 0);
  }

  private static List<PartyId> ids(int count) {
    List<PartyId> ids = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      ids.add(PartyId.of("v-" + i));
    }
    return ids;
  }

  @Test
  void ballotsAreCastAtMostOncePerVoterInTheVotersOrder() {
    List<PartyId> voters = ids(40);
    Set<Choice> choices = EnumSet.noneOf(Choice.class);
    for (List<Ballot> ballots : values(Generators.ballots(voters, 70, 50), 0).subList(0, 300)) {
      List<PartyId> cast = ballots.stream().map(Ballot::party).collect(Collectors.toList());
      assertThat(new LinkedHashSet<>(cast)).hasSameSizeAs(cast);
      List<PartyId> inOrder = new ArrayList<>(voters);
      inOrder.retainAll(cast);
      assertThat(cast).isEqualTo(inOrder);
      ballots.forEach(b -> choices.add(b.choice()));
    }
    assertThat(choices).isEqualTo(EnumSet.allOf(Choice.class));
    assertReproducible(Generators.ballots(voters, 70, 50), 0);
    assertSizePlaysNoPart(Generators.ballots(voters, 70, 50));
  }

  @Test
  void ballotsRespectTurnoutAndTheShareOfYes() {
    List<PartyId> voters = ids(5_000);
    for (long seed = FIRST_SEED; seed < FIRST_SEED + 5; seed++) {
      assertThat(Generators.ballots(voters, 0, 50).sample(seed, 0)).isEmpty();
      List<Ballot> everyone = Generators.ballots(voters, 100, 100).sample(seed, 0);
      assertThat(everyone).hasSize(5_000).allMatch(b -> b.choice() == Choice.YES);
      List<Ballot> against = Generators.ballots(voters, 100, 0).sample(seed, 0);
      assertThat(against).hasSize(5_000).noneMatch(b -> b.choice() == Choice.YES);
      Map<Choice, Integer> counts = new HashMap<>();
      against.forEach(b -> counts.merge(b.choice(), 1, Integer::sum));
      assertThat(counts.get(Choice.NO)).isBetween(3_500, 4_000); // three quarters of the others are NO
      List<Ballot> some = Generators.ballots(voters, 60, 70).sample(seed, 0);
      assertThat(some.size()).isBetween(2_850, 3_150);
      long yes = some.stream().filter(b -> b.choice() == Choice.YES).count();
      assertThat(yes * 100.0 / some.size()).isBetween(66.0, 74.0);
    }
  }

  @Test
  void ballotsRejectPercentagesOutsideZeroToHundred() {
    List<PartyId> voters = ids(3);
    assertThatThrownBy(() -> Generators.ballots(voters, -1, 50)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Generators.ballots(voters, 101, 50)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Generators.ballots(voters, 50, 101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("101");
  }

  // ---------------------------------------------------------------- composition

  @Test
  void thePiecesComposeIntoVotesTheModelDecides() {
    Gen<Vote> votes =
        Generators.jurisdictions(Profiles.jinanOwnersExample())
            .flatMap(
                tree -> {
                  List<UnitId> leaves = new ArrayList<>();
                  for (AdministrativeUnit unit : tree.units()) {
                    if (tree.children(unit.id()).isEmpty()) {
                      leaves.add(unit.id());
                    }
                  }
                  return Generators.partyLists(leaves);
                })
            .flatMap(
                list -> {
                  List<Voter> eligible = Generators.voters(list.parties());
                  List<PartyId> ids = eligible.stream().map(Voter::party).collect(Collectors.toList());
                  return Generators.decisionRules(true)
                      .flatMap(rule -> Generators.ballots(ids, 80, 60).map(ballots ->
                          new Vote.Builder()
                              .rule(rule)
                              .addAllEligible(eligible)
                              .addAllBallots(ballots)
                              .closedAt(Instant.parse("2025-03-01T10:00:00Z"))
                              .build()));
                });
    for (long seed = FIRST_SEED; seed < FIRST_SEED + 200; seed++) {
      Vote vote = votes.sample(seed, 50);
      Set<PartyId> present = vote.eligible().stream().map(Voter::party).collect(Collectors.toSet());
      assertThat(vote.eligible()).hasSize(50);
      int cast = vote.decide(present).tally().castCount();
      if (vote.rule() instanceof RestrictedVote) {
        assertThat(cast).isLessThanOrEqualTo(vote.ballots().size());
      } else {
        assertThat(cast).isEqualTo(vote.ballots().size());
      }
      assertThat(votes.sample(seed, 50)).isEqualTo(vote);
    }
  }
}
