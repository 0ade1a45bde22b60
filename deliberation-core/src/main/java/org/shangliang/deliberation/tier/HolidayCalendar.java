package org.shangliang.deliberation.tier;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.internal.Checks;

/**
 * A {@link WorkCalendar} given as data: Saturday and Sunday are days off, each holiday is a day off,
 * each make-up working day (调休) is a working day. Dates are kept in ascending order and lie in the
 * years 1 to 9999; every 366 consecutive days hold a working day (at most {@value
 * #MAX_DAYS_OFF_IN_A_ROW} days off in a row), so a regular date that falls on a day off can always
 * move to a working day.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class HolidayCalendar implements WorkCalendar {
  /**
   * The most days off in a row a calendar may have: 365, so that every 366 consecutive days hold a
   * working day and a regular date can always move to one.
   */
  public static final int MAX_DAYS_OFF_IN_A_ROW = 365;

  HolidayCalendar() {}

  /**
   * The days off besides weekends (and weekend days that are part of a holiday).
   *
   * @return the holidays, ascending
   */
  @Value.Parameter
  public abstract Set<LocalDate> holidays();

  /**
   * Weekend days that are working days.
   *
   * @return the make-up working days, ascending
   */
  @Value.Parameter
  public abstract Set<LocalDate> makeUpWorkingDays();

  /**
   * Creates a calendar.
   *
   * @param holidays the holidays
   * @param makeUpWorkingDays the make-up working days
   * @return the calendar
   * @throws InvalidModelException if a date is in both sets or outside the years 1 to 9999, if more
   *     than {@value #MAX_DAYS_OFF_IN_A_ROW} days in a row are days off, or if a set or a date is
   *     {@code null}
   */
  public static HolidayCalendar of(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {
    return ImmutableHolidayCalendar.of(
        new TreeSet<>(Checks.copyOfNonNull("holidays", holidays)),
        new TreeSet<>(Checks.copyOfNonNull("makeUpWorkingDays", makeUpWorkingDays)));
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    if (holidays().contains(date)) {
      return false;
    }
    if (makeUpWorkingDays().contains(date)) {
      return true;
    }
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  @Value.Check
  void check() {
    int index = 0;
    for (LocalDate date : holidays()) {
      Checks.date("holidays[" + index + "]", date);
      if (makeUpWorkingDays().contains(date)) {
        throw new InvalidModelException(
            Path.of("holidays").index(index),
            "a date cannot be a holiday and a make-up working day, was " + date);
      }
      index++;
    }
    index = 0;
    for (LocalDate date : makeUpWorkingDays()) {
      Checks.date("makeUpWorkingDays[" + index + "]", date);
      index++;
    }
    checkDaysOffInARow();
  }

  /**
   * Refuses a calendar with more than {@value #MAX_DAYS_OFF_IN_A_ROW} days off in a row. A run of
   * three or more days off holds a weekday, which only a holiday makes a day off, and each weekend
   * day of such a run is within two days of one: so the runs are found among the holidays and the
   * weekend days near them, in one pass over the sorted holidays.
   */
  private void checkDaysOffInARow() {
    if (holidays().size() < MAX_DAYS_OFF_IN_A_ROW * 5 / 7) {
      return; // too few holidays for a run that long
    }
    java.util.NavigableSet<LocalDate> daysOff = new TreeSet<>(holidays());
    for (LocalDate holiday : holidays()) {
      for (int d = -2; d <= 2; d++) {
        LocalDate near = holiday.plusDays(d);
        if (!isWorkingDay(near)) {
          daysOff.add(near);
        }
      }
    }
    LocalDate runStart = null;
    LocalDate previous = null;
    for (LocalDate day : daysOff) {
      if (previous == null || !day.equals(previous.plusDays(1))) {
        runStart = day;
      }
      if (runStart.plusDays(MAX_DAYS_OFF_IN_A_ROW).equals(day)) {
        throw new InvalidModelException(
            Path.of("holidays"),
            "must leave a working day in every " + (MAX_DAYS_OFF_IN_A_ROW + 1)
                + " days, was no working day from " + runStart + " to " + day);
      }
      previous = day;
    }
  }
}
