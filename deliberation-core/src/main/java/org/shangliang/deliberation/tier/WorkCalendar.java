package org.shangliang.deliberation.tier;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which days are working days. The caller supplies it: the library has no holiday data built in,
 * because China's holidays and make-up working days (调休) change every year. {@link #weekendsOnly()} is
 * the trivial calendar (Saturday and Sunday off, nothing else), which is wrong for China in most years;
 * {@link #of(Set, Set)} adds holidays and make-up working days as data.
 *
 * <p>Implementations must be immutable and thread-safe, answer for every date without throwing, and
 * have a working day in every 366 consecutive days; a {@link HolidayCalendar} is refused when it is
 * built if it has not. (Where another implementation has none, a {@link Cadence} leaves a regular
 * date that must move where it is.)
 */
@FunctionalInterface
public interface WorkCalendar {
  /**
   * Whether a date is a working day.
   *
   * @param date the date
   * @return {@code true} if people work on that date
   */
  boolean isWorkingDay(LocalDate date);

  /**
   * The trivial calendar: Monday to Friday are working days, Saturday and Sunday are not.
   *
   * @return the calendar
   */
  static WorkCalendar weekendsOnly() {
    return HolidayCalendar.of(Set.of(), Set.of());
  }

  /**
   * A calendar of weekends plus public holidays, minus make-up working days (调休).
   *
   * @param holidays days off that would otherwise be working days (or are weekends in a holiday)
   * @param makeUpWorkingDays weekend days that are working days
   * @return the calendar
   * @throws org.shangliang.deliberation.InvalidModelException as for {@link HolidayCalendar#of(Set,
   *     Set)}
   */
  static HolidayCalendar of(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {
    return HolidayCalendar.of(holidays, makeUpWorkingDays);
  }
}
