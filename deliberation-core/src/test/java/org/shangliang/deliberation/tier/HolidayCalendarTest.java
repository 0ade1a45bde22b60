package org.shangliang.deliberation.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;

class HolidayCalendarTest {
  private static final LocalDate NATIONAL_DAY = LocalDate.of(2025, 10, 1);
  private static final LocalDate MAKE_UP_SUNDAY = LocalDate.of(2025, 9, 28);

  @Test
  void rejectsADateThatIsBothHolidayAndMakeUpWorkingDay() {
    assertThatThrownBy(() -> HolidayCalendar.of(
            Set.of(NATIONAL_DAY, LocalDate.of(2025, 10, 2)), Set.of(MAKE_UP_SUNDAY, NATIONAL_DAY)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("holidays[0]: a date cannot be a holiday and a make-up working day,"
            + " was 2025-10-01");
  }

  @Test
  void holidaysAreDaysOffAndMakeUpDaysAreWorkingDays() {
    HolidayCalendar calendar = HolidayCalendar.of(Set.of(NATIONAL_DAY), Set.of(MAKE_UP_SUNDAY));
    assertThat(calendar.isWorkingDay(NATIONAL_DAY)).isFalse(); // a Wednesday
    assertThat(calendar.isWorkingDay(MAKE_UP_SUNDAY)).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 30))).isTrue(); // a Tuesday
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 27))).isFalse(); // a Saturday
  }

  @Test
  void weekendsOnlyTakesSaturdayAndSundayOff() {
    WorkCalendar calendar = WorkCalendar.weekendsOnly();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 20))).isTrue(); // Friday
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 21))).isFalse(); // Saturday
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 22))).isFalse(); // Sunday
  }

  @Test
  void keepsDatesAscending() {
    HolidayCalendar calendar = WorkCalendar.of(
        Set.of(LocalDate.of(2025, 10, 3), NATIONAL_DAY, LocalDate.of(2025, 10, 2)),
        Set.of(LocalDate.of(2025, 10, 11), MAKE_UP_SUNDAY));
    assertThat(calendar.holidays())
        .containsExactly(NATIONAL_DAY, LocalDate.of(2025, 10, 2), LocalDate.of(2025, 10, 3));
    assertThat(calendar.makeUpWorkingDays())
        .containsExactly(MAKE_UP_SUNDAY, LocalDate.of(2025, 10, 11));
  }

  @Test
  void equalDataGivesEqualCalendars() {
    assertThat(HolidayCalendar.of(Set.of(NATIONAL_DAY), Set.of()))
        .isEqualTo(HolidayCalendar.of(Set.of(NATIONAL_DAY), Set.of()))
        .isNotEqualTo(HolidayCalendar.of(Set.of(), Set.of()));
  }

  @Test
  void rejectsNullSetsAndNullDatesWithInvalidModelException() {
    assertThatThrownBy(() -> HolidayCalendar.of(null, Set.of()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("holidays");
    Set<LocalDate> withNull = new java.util.HashSet<>();
    withNull.add(null);
    assertThatThrownBy(() -> HolidayCalendar.of(Set.of(), withNull))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("makeUpWorkingDays");
  }
}
