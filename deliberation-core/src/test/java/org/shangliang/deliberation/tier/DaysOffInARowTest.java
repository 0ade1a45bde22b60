package org.shangliang.deliberation.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;

/**
 * A holiday calendar has a working day in every 366 consecutive days (at most 365 days off in a row),
 * so that a regular date that falls on a day off can always move to a working day; a calendar
 * without one is refused when it is built.
 */
class DaysOffInARowTest {

  private static Set<LocalDate> every(LocalDate from, LocalDate to) {
    Set<LocalDate> days = new HashSet<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      days.add(d);
    }
    return days;
  }

  @Test
  void accepts365DaysOffInARow() {
    // 2026 has 365 days; 2025-12-31 (a Wednesday) and 2027-01-01 (a Friday) are working days
    HolidayCalendar calendar =
        HolidayCalendar.of(every(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), Set.of());
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 12, 31))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue();
    assertThat(
            Cadence.monthly(11, NonWorkingDayRule.NEXT_WORKING_DAY)
                .nextOnOrAfter(LocalDate.of(2026, 1, 1), calendar))
        .contains(LocalDate.of(2027, 1, 1));
  }

  @Test
  void refuses366DaysOffInARowNamingTheRun() {
    // 2026, then Friday 2027-01-01 as a holiday: the weekend that follows is off too
    Set<LocalDate> holidays = every(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
    assertThatThrownBy(() -> HolidayCalendar.of(holidays, Set.of()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("holidays: must leave a working day in every 366 days, was no working day"
            + " from 2026-01-01 to 2027-01-01");
    // a make-up working day on the Saturday still leaves 366 days off
    assertThatThrownBy(() -> HolidayCalendar.of(holidays, Set.of(LocalDate.of(2027, 1, 2))))
        .isInstanceOf(InvalidModelException.class);
  }

  @Test
  void countsWeekendsBetweenHolidaysAsDaysOff() {
    // weekdays only from 2026-01-05 (Monday) to 2027-01-08 (Friday): the weekends join them
    Set<LocalDate> weekdays = new HashSet<>();
    for (LocalDate d : every(LocalDate.of(2026, 1, 5), LocalDate.of(2027, 1, 8))) {
      if (d.getDayOfWeek().getValue() <= 5) {
        weekdays.add(d);
      }
    }
    assertThatThrownBy(() -> HolidayCalendar.of(weekdays, Set.of()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("holidays: must leave a working day in every 366 days");
    // a make-up working day on one weekend breaks the run
    Set<LocalDate> makeUp = Set.of(LocalDate.of(2026, 7, 4));
    assertThat(HolidayCalendar.of(weekdays, makeUp).isWorkingDay(LocalDate.of(2026, 7, 4))).isTrue();
  }
}
