package org.shangliang.deliberation.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shangliang.deliberation.InvalidModelException;

class CadenceTest {
  /** Jinan's community tier: the 11th of every month ("111" 议一议). */
  private static final Cadence JINAN = Cadence.monthly(11, NonWorkingDayRule.NEXT_WORKING_DAY);

  @ParameterizedTest
  @ValueSource(ints = {0, 32, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void rejectsADayOfMonthOutside1To31(int day) {
    assertThatThrownBy(() -> Cadence.monthly(day, NonWorkingDayRule.KEEP))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("dayOfMonth: must be 1 to 31, was " + day);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 15, 28, 31})
  void acceptsADayOfMonthFrom1To31(int day) {
    assertThat(Cadence.monthly(day, NonWorkingDayRule.KEEP).dayOfMonth()).isEqualTo(day);
  }

  @Test
  void rejectsWeeklyWithoutWeekday() {
    // the public factory cannot leave the weekday out; the check guards the value type itself
    assertThatThrownBy(() -> ImmutableCadence.of(
            CadenceKind.WEEKLY, 0, Optional.empty(), NonWorkingDayRule.KEEP))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("dayOfWeek: required for WEEKLY, was empty");
  }

  @Test
  void rejectsWeeklyWithANullWeekday() {
    assertThatThrownBy(() -> Cadence.weekly(null, NonWorkingDayRule.KEEP))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("dayOfWeek");
  }

  @Test
  void rejectsANullRule() {
    assertThatThrownBy(() -> Cadence.monthly(11, null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("onNonWorkingDay: must not be null");
  }

  @Test
  void jinanMeetingOnASaturdayEleventhMovesToMondayThe13th() {
    LocalDate saturday = LocalDate.of(2026, 4, 11);
    assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    WorkCalendar calendar = WorkCalendar.weekendsOnly();
    assertThat(JINAN.nextOnOrAfter(LocalDate.of(2026, 4, 1), calendar))
        .contains(LocalDate.of(2026, 4, 13));
    assertThat(JINAN.nextOnOrAfter(saturday, calendar)).contains(LocalDate.of(2026, 4, 13));
    assertThat(JINAN.isRegularDate(saturday, calendar)).isFalse();
    assertThat(JINAN.isRegularDate(LocalDate.of(2026, 4, 13), calendar)).isTrue();
  }

  @Test
  void jinanMeetingOnAHolidayEleventhMovesToTheNextWorkingDay() {
    // Monday 2026-05-11 made a holiday: the meeting moves to Tuesday the 12th
    HolidayCalendar calendar = HolidayCalendar.of(Set.of(LocalDate.of(2026, 5, 11)), Set.of());
    assertThat(JINAN.nextOnOrAfter(LocalDate.of(2026, 5, 1), calendar))
        .contains(LocalDate.of(2026, 5, 12));
    assertThat(JINAN.nextOnOrAfter(LocalDate.of(2026, 5, 1), WorkCalendar.weekendsOnly()))
        .contains(LocalDate.of(2026, 5, 11));
  }

  @Test
  void jinanMeetingOnAMakeUpWorkingSaturdayStays() {
    // 2025-10-11 was a Saturday worked in exchange for the National Day holiday (调休)
    HolidayCalendar calendar = HolidayCalendar.of(Set.of(), Set.of(LocalDate.of(2025, 10, 11)));
    assertThat(JINAN.nextOnOrAfter(LocalDate.of(2025, 10, 9), calendar))
        .contains(LocalDate.of(2025, 10, 11));
  }

  @Test
  void previousWorkingDayMovesASaturdayMeetingToFriday() {
    Cadence cadence = Cadence.monthly(11, NonWorkingDayRule.PREVIOUS_WORKING_DAY);
    assertThat(cadence.nextOnOrAfter(LocalDate.of(2026, 4, 1), WorkCalendar.weekendsOnly()))
        .contains(LocalDate.of(2026, 4, 10));
    // once the moved date has passed, the next month's date follows
    assertThat(cadence.nextOnOrAfter(LocalDate.of(2026, 4, 11), WorkCalendar.weekendsOnly()))
        .contains(LocalDate.of(2026, 5, 11));
  }

  @Test
  void aDateMovedForwardPastTheStartIsStillFound() {
    // the 30th of April is a holiday until May 5th: April's meeting moves to May 6th, which is
    // the earliest regular date on or after May 1st
    Cadence cadence = Cadence.monthly(30, NonWorkingDayRule.NEXT_WORKING_DAY);
    HolidayCalendar calendar = HolidayCalendar.of(
        Set.of(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 4),
            LocalDate.of(2026, 5, 5)),
        Set.of());
    assertThat(cadence.nextOnOrAfter(LocalDate.of(2026, 5, 1), calendar))
        .contains(LocalDate.of(2026, 5, 6));
  }

  @Test
  void dayBeyondTheMonthFallsOnItsLastDay() {
    Cadence cadence = Cadence.monthly(31, NonWorkingDayRule.KEEP);
    WorkCalendar calendar = WorkCalendar.weekendsOnly();
    assertThat(cadence.nextOnOrAfter(LocalDate.of(2026, 4, 1), calendar))
        .contains(LocalDate.of(2026, 4, 30));
    assertThat(cadence.nextOnOrAfter(LocalDate.of(2026, 2, 1), calendar))
        .contains(LocalDate.of(2026, 2, 28));
    assertThat(cadence.nextOnOrAfter(LocalDate.of(2028, 2, 1), calendar))
        .contains(LocalDate.of(2028, 2, 29));
  }

  @Test
  void weeklyMeetsOnItsWeekday() {
    Cadence cadence = Cadence.weekly(DayOfWeek.WEDNESDAY, NonWorkingDayRule.NEXT_WORKING_DAY);
    assertThat(cadence.isRegular()).isTrue();
    assertThat(cadence.nextOnOrAfter(LocalDate.of(2026, 11, 21), WorkCalendar.weekendsOnly()))
        .contains(LocalDate.of(2026, 11, 25));
  }

  @Test
  void onDemandHasNoRegularDate() {
    Cadence cadence = Cadence.onDemand();
    assertThat(cadence.isRegular()).isFalse();
    assertThat(cadence.onNonWorkingDay()).isEqualTo(NonWorkingDayRule.KEEP);
    assertThat(cadence.nextOnOrAfter(LocalDate.of(2026, 11, 21), WorkCalendar.weekendsOnly()))
        .isEmpty();
    assertThat(cadence.isRegularDate(LocalDate.of(2026, 11, 21), WorkCalendar.weekendsOnly()))
        .isFalse();
  }

  @Test
  void keepsTheNominalDateWhenTheCalendarHasNoWorkingDayToMoveTo() {
    WorkCalendar neverWorking = date -> false;
    assertThat(JINAN.nextOnOrAfter(LocalDate.of(2026, 4, 1), neverWorking))
        .contains(LocalDate.of(2026, 4, 11));
    Cadence previous = Cadence.monthly(11, NonWorkingDayRule.PREVIOUS_WORKING_DAY);
    assertThat(previous.nextOnOrAfter(LocalDate.of(2026, 4, 1), neverWorking))
        .contains(LocalDate.of(2026, 4, 11));
  }
}
