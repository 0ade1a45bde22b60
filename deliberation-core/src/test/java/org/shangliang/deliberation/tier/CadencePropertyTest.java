package org.shangliang.deliberation.tier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated cadences, non-working-day rules and holiday calendars (holidays and make-up working days
 * over about two years), checked against a day-by-day search that decides regular dates from the
 * definitions alone. Each case is rebuilt from its seed, which every assertion message names.
 */
class CadencePropertyTest {
  private static final long BASE_SEED = 20261121L;
  private static final int CASES = 300;
  /** Dates checked after each case's start date. */
  private static final int DAYS_CHECKED = 45;
  /** Longest run of consecutive non-working days a generated calendar may have. */
  private static final int MAX_DAYS_OFF_IN_A_ROW = 20;

  private static final LocalDate WINDOW_START = LocalDate.of(2025, 1, 1);
  private static final LocalDate WINDOW_END = LocalDate.of(2026, 12, 31);

  static LongStream seeds() {
    return LongStream.range(0, CASES).map(i -> BASE_SEED + i);
  }

  /** One generated case: the cadence, the calendar's data, the calendar and the start date. */
  private static final class Case {
    final long seed;
    final Cadence cadence;
    final TreeSet<LocalDate> holidays;
    final TreeSet<LocalDate> makeUpDays;
    final HolidayCalendar calendar;
    final LocalDate start;

    Case(long seed, Cadence cadence, TreeSet<LocalDate> holidays, TreeSet<LocalDate> makeUpDays,
        LocalDate start) {
      this.seed = seed;
      this.cadence = cadence;
      this.holidays = holidays;
      this.makeUpDays = makeUpDays;
      this.calendar = HolidayCalendar.of(holidays, makeUpDays);
      this.start = start;
    }

    /** Working day by definition: not a holiday; a make-up day; otherwise Monday to Friday. */
    boolean isWorkingDay(LocalDate date) {
      if (holidays.contains(date)) {
        return false;
      }
      if (makeUpDays.contains(date)) {
        return true;
      }
      return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The nominal dates (before moving) of the months or weeks around a date. */
    List<LocalDate> nominalDatesAround(LocalDate date) {
      List<LocalDate> nominal = new ArrayList<>();
      if (cadence.kind() == CadenceKind.MONTHLY) {
        YearMonth month = YearMonth.from(date);
        for (int m = -2; m <= 2; m++) {
          YearMonth ym = month.plusMonths(m);
          nominal.add(ym.atDay(Math.min(cadence.dayOfMonth(), ym.lengthOfMonth())));
        }
      } else {
        DayOfWeek weekday = cadence.dayOfWeek().orElseThrow();
        for (LocalDate d = date.minusDays(42); !d.isAfter(date.plusDays(42)); d = d.plusDays(1)) {
          if (d.getDayOfWeek() == weekday) {
            nominal.add(d);
          }
        }
      }
      return nominal;
    }

    LocalDate moved(LocalDate nominal) {
      LocalDate d = nominal;
      switch (cadence.onNonWorkingDay()) {
        case KEEP:
          return d;
        case NEXT_WORKING_DAY:
          while (!isWorkingDay(d)) {
            d = d.plusDays(1);
          }
          return d;
        case PREVIOUS_WORKING_DAY:
        default:
          while (!isWorkingDay(d)) {
            d = d.minusDays(1);
          }
          return d;
      }
    }

    boolean isRegularBruteForce(LocalDate date) {
      for (LocalDate nominal : nominalDatesAround(date)) {
        if (moved(nominal).equals(date)) {
          return true;
        }
      }
      return false;
    }

    LocalDate nextOnOrAfterBruteForce(LocalDate date) {
      LocalDate d = date;
      while (!isRegularBruteForce(d)) {
        d = d.plusDays(1);
        if (d.isAfter(date.plusDays(120))) {
          throw new AssertionError("seed " + seed + ": brute force found no regular date after " + date);
        }
      }
      return d;
    }

    @Override
    public String toString() {
      return "seed " + seed + ": " + cadence + ", start " + start + ", holidays " + holidays
          + ", make-up days " + makeUpDays;
    }
  }

  private static Case generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    NonWorkingDayRule rule = NonWorkingDayRule.values()[random.nextInt(3)];
    Cadence cadence;
    if (random.nextBoolean()) {
      // favour the days that fall off the end of short months
      int day = random.nextInt(4) == 0 ? 28 + random.nextInt(4) : 1 + random.nextInt(31);
      cadence = Cadence.monthly(day, rule);
    } else {
      cadence = Cadence.weekly(DayOfWeek.of(1 + random.nextInt(7)), rule);
    }
    LocalDate start = WINDOW_START.plusDays(60 + random.nextInt(500));
    while (true) {
      TreeSet<LocalDate> holidays = new TreeSet<>();
      TreeSet<LocalDate> makeUpDays = new TreeSet<>();
      int span = (int) (WINDOW_END.toEpochDay() - WINDOW_START.toEpochDay());
      int runs = random.nextInt(80);
      for (int r = 0; r < runs; r++) {
        LocalDate first = WINDOW_START.plusDays(random.nextInt(span));
        int length = 1 + random.nextInt(random.nextInt(4) == 0 ? 12 : 3);
        for (int k = 0; k < length; k++) {
          holidays.add(first.plusDays(k));
        }
      }
      // holidays right on some regular dates, so that moving matters
      int onNominal = random.nextInt(15);
      for (int r = 0; r < onNominal; r++) {
        LocalDate near = start.plusDays(random.nextInt(-60, 120));
        for (LocalDate nominal : new Case(seed, cadence, holidays, makeUpDays, start)
            .nominalDatesAround(near)) {
          if (random.nextBoolean()) {
            int before = random.nextInt(3);
            int after = random.nextInt(random.nextBoolean() ? 2 : 9);
            for (int k = -before; k <= after; k++) {
              holidays.add(nominal.plusDays(k));
            }
          }
          break;
        }
      }
      int makeUps = random.nextInt(30);
      for (int r = 0; r < makeUps; r++) {
        LocalDate day = WINDOW_START.plusDays(random.nextInt(span));
        // mostly weekend days; a weekday make-up day changes nothing but is allowed
        if (random.nextInt(5) != 0) {
          while (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
          }
        }
        if (!holidays.contains(day)) {
          makeUpDays.add(day);
        }
      }
      Case candidate = new Case(seed, cadence, holidays, makeUpDays, start);
      if (longestRunOfDaysOff(candidate) <= MAX_DAYS_OFF_IN_A_ROW) {
        return candidate;
      }
    }
  }

  private static int longestRunOfDaysOff(Case c) {
    int longest = 0;
    int run = 0;
    for (LocalDate d = WINDOW_START.minusDays(40); !d.isAfter(WINDOW_END.plusDays(40));
        d = d.plusDays(1)) {
      run = c.isWorkingDay(d) ? 0 : run + 1;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void holidayCalendarAgreesWithItsDefinition(long seed) {
    Case c = generate(seed);
    for (LocalDate d = WINDOW_START.minusDays(10); !d.isAfter(WINDOW_END.plusDays(10));
        d = d.plusDays(1)) {
      assertThat(c.calendar.isWorkingDay(d)).as("%s; isWorkingDay(%s)", c, d)
          .isEqualTo(c.isWorkingDay(d));
    }
    assertThat(c.calendar.holidays()).as("%s", c).containsExactlyElementsOf(c.holidays);
    assertThat(c.calendar.makeUpWorkingDays()).as("%s", c).containsExactlyElementsOf(c.makeUpDays);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void nextOnOrAfterIsTheEarliestRegularDateFoundDayByDay(long seed) {
    Case c = generate(seed);
    for (int i = 0; i < DAYS_CHECKED; i++) {
      LocalDate date = c.start.plusDays(i);
      assertThat(c.cadence.nextOnOrAfter(date, c.calendar))
          .as("%s; nextOnOrAfter(%s)", c, date)
          .contains(c.nextOnOrAfterBruteForce(date));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void isRegularDateAgreesWithTheDefinition(long seed) {
    Case c = generate(seed);
    for (int i = 0; i < DAYS_CHECKED; i++) {
      LocalDate date = c.start.plusDays(i);
      assertThat(c.cadence.isRegularDate(date, c.calendar))
          .as("%s; isRegularDate(%s)", c, date)
          .isEqualTo(c.isRegularBruteForce(date));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void onDemandHasNoRegularDateOnAnyCalendar(long seed) {
    Case c = generate(seed);
    Cadence onDemand = Cadence.onDemand();
    for (int i = 0; i < DAYS_CHECKED; i++) {
      LocalDate date = c.start.plusDays(i);
      assertThat(onDemand.nextOnOrAfter(date, c.calendar)).as("%s; %s", c, date).isEmpty();
      assertThat(onDemand.isRegularDate(date, c.calendar)).as("%s; %s", c, date).isFalse();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void keepNeverMovesADate(long seed) {
    Case c = generate(seed);
    Cadence keep = c.cadence.kind() == CadenceKind.MONTHLY
        ? Cadence.monthly(c.cadence.dayOfMonth(), NonWorkingDayRule.KEEP)
        : Cadence.weekly(c.cadence.dayOfWeek().orElseThrow(), NonWorkingDayRule.KEEP);
    for (int i = 0; i < DAYS_CHECKED; i++) {
      LocalDate date = c.start.plusDays(i);
      Optional<LocalDate> next = keep.nextOnOrAfter(date, c.calendar);
      assertThat(next).as("%s; %s", c, date).isPresent();
      assertThat(c.nominalDatesAround(date)).as("%s; %s", c, date).contains(next.get());
    }
  }
}
