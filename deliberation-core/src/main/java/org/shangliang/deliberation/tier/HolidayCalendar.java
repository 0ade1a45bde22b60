package org.shangliang.deliberation.tier;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.internal.Checks;

/**
 * A {@link WorkCalendar} given as data: Saturday and Sunday are days off, each holiday is a day off,
 * each make-up working day (调休) is a working day. Dates are kept in ascending order.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class HolidayCalendar implements WorkCalendar {
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
   * @throws InvalidModelException if a date is in both sets, or a set or a date is {@code null}
   */
  public static HolidayCalendar of(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {
    return ImmutableHolidayCalendar.of(
        new TreeSet<>(Checks.copyOfNonNull("calendar.holidays", holidays)),
        new TreeSet<>(Checks.copyOfNonNull("calendar.makeUpWorkingDays", makeUpWorkingDays)));
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
    for (LocalDate date : holidays()) {
      if (makeUpWorkingDays().contains(date)) {
        throw new InvalidModelException(
            "calendar.makeUpWorkingDays: a date cannot be a holiday and a working day, was " + date);
      }
    }
  }
}
