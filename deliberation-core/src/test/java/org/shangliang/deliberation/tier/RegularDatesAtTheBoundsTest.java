package org.shangliang.deliberation.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cadence answers for every date without throwing: regular dates are sought for dates in the years 1
 * to 9999 (empty outside them), may fall early in the year 10000 for a date late in 9999, and a date
 * that must move but has no working day to move to stays where it is.
 */
class RegularDatesAtTheBoundsTest {
  private static final List<Cadence> CADENCES =
      List.of(
          Cadence.monthly(11, NonWorkingDayRule.NEXT_WORKING_DAY),
          Cadence.monthly(31, NonWorkingDayRule.PREVIOUS_WORKING_DAY),
          Cadence.monthly(1, NonWorkingDayRule.PREVIOUS_WORKING_DAY),
          Cadence.monthly(31, NonWorkingDayRule.KEEP),
          Cadence.weekly(DayOfWeek.SATURDAY, NonWorkingDayRule.NEXT_WORKING_DAY),
          Cadence.weekly(DayOfWeek.SUNDAY, NonWorkingDayRule.PREVIOUS_WORKING_DAY),
          Cadence.weekly(DayOfWeek.MONDAY, NonWorkingDayRule.KEEP));

  private static final List<WorkCalendar> CALENDARS =
      List.of(WorkCalendar.weekendsOnly(), date -> false, date -> true);

  @Test
  void givesNoRegularDateForADateOutsideTheYearsOneTo9999() {
    for (Cadence cadence : CADENCES) {
      for (LocalDate date :
          List.of(LocalDate.MAX, LocalDate.MIN, LocalDate.of(10_000, 1, 1), LocalDate.of(0, 12, 31))) {
        assertThat(cadence.nextOnOrAfter(date, WorkCalendar.weekendsOnly())).as(cadence + " " + date).isEmpty();
        assertThat(cadence.isRegularDate(date, WorkCalendar.weekendsOnly())).isFalse();
      }
    }
  }

  @Test
  void answersForEveryDateNearTheBoundsWithEveryCalendar() {
    for (Cadence cadence : CADENCES) {
      for (WorkCalendar calendar : CALENDARS) {
        for (LocalDate start : List.of(LocalDate.of(9998, 11, 1), LocalDate.of(1, 1, 1))) {
          for (LocalDate date = start; date.isBefore(start.plusDays(430)) && date.getYear() <= 9999;
              date = date.plusDays(1)) {
            LocalDate day = date;
            assertThatCode(() -> {
                  LocalDate next = cadence.nextOnOrAfter(day, calendar).orElseThrow();
                  assertThat(next).isAfterOrEqualTo(day).isBefore(day.plusDays(2 * 366 + 31));
                })
                .as(cadence + " " + day)
                .doesNotThrowAnyException();
          }
        }
      }
    }
  }

  @Test
  void theLastRegularDateMayFallInTheYear10000() {
    Cadence eleventh = Cadence.monthly(11, NonWorkingDayRule.KEEP);
    assertThat(eleventh.nextOnOrAfter(LocalDate.of(9999, 12, 12), WorkCalendar.weekendsOnly()))
        .contains(LocalDate.of(10_000, 1, 11));
    assertThat(eleventh.nextOnOrAfter(LocalDate.of(9999, 12, 11), WorkCalendar.weekendsOnly()))
        .contains(LocalDate.of(9999, 12, 11));
  }

  @Test
  void aDateWithNoWorkingDayToMoveToStaysWhereItIs() {
    WorkCalendar neverWorking = date -> false;
    assertThat(
            Cadence.weekly(DayOfWeek.WEDNESDAY, NonWorkingDayRule.NEXT_WORKING_DAY)
                .nextOnOrAfter(LocalDate.of(2026, 11, 21), neverWorking))
        .contains(LocalDate.of(2026, 11, 25));
    assertThat(
            Cadence.monthly(11, NonWorkingDayRule.PREVIOUS_WORKING_DAY)
                .isRegularDate(LocalDate.of(2026, 12, 11), neverWorking))
        .isTrue();
  }
}
