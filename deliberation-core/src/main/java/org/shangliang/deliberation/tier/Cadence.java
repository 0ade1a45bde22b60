package org.shangliang.deliberation.tier;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.internal.Checks;

/**
 * When a tier's body meets regularly: monthly on a day, weekly on a weekday, or on demand; with what
 * happens when the regular date is not a working day.
 *
 * <p>A monthly day beyond a month's length falls on that month's last day (day 31 in April is April
 * 30th).
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13) (community: the 11th of every month); docs/domain.md
 * "Tiers and regular meetings".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Cadence {
  /** How far the search for a working day goes before the date stays where it is, in days. */
  static final int MAX_SEARCH_DAYS = 366;

  Cadence() {}

  /**
   * The rhythm.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract CadenceKind kind();

  /**
   * For {@link CadenceKind#MONTHLY}, the day of the month, 1 to 31; 0 otherwise.
   *
   * @return the day of month
   */
  @Value.Parameter
  public abstract int dayOfMonth();

  /**
   * For {@link CadenceKind#WEEKLY}, the weekday.
   *
   * @return the weekday; empty for other kinds
   */
  @Value.Parameter
  public abstract Optional<DayOfWeek> dayOfWeek();

  /**
   * What happens when the regular date is not a working day; {@link NonWorkingDayRule#KEEP} for on
   * demand.
   *
   * @return the rule
   */
  @Value.Parameter
  public abstract NonWorkingDayRule onNonWorkingDay();

  /**
   * Monthly on a day.
   *
   * @param dayOfMonth 1 to 31
   * @param onNonWorkingDay what happens when that day is not a working day
   * @return the cadence
   * @throws InvalidModelException if the day is out of range
   */
  public static Cadence monthly(int dayOfMonth, NonWorkingDayRule onNonWorkingDay) {
    return ImmutableCadence.of(CadenceKind.MONTHLY, dayOfMonth, Optional.empty(), onNonWorkingDay);
  }

  /**
   * Weekly on a weekday.
   *
   * @param dayOfWeek the weekday
   * @param onNonWorkingDay what happens when that day is not a working day
   * @return the cadence
   * @throws InvalidModelException if an argument is {@code null}
   */
  public static Cadence weekly(DayOfWeek dayOfWeek, NonWorkingDayRule onNonWorkingDay) {
    return ImmutableCadence.of(
        CadenceKind.WEEKLY,
        0,
        Optional.of(Checks.notNull("dayOfWeek", dayOfWeek)),
        onNonWorkingDay);
  }

  /**
   * Whenever residents ask: no regular date.
   *
   * @return the cadence
   */
  public static Cadence onDemand() {
    return ImmutableCadence.of(CadenceKind.ON_DEMAND, 0, Optional.empty(), NonWorkingDayRule.KEEP);
  }

  /**
   * Whether the cadence has regular dates (it is not on demand).
   *
   * @return {@code true} for monthly and weekly
   */
  public boolean isRegular() {
    return kind() != CadenceKind.ON_DEMAND;
  }

  /**
   * The earliest regular date on or after a date, after moving dates that are not working days as
   * {@link #onNonWorkingDay()} says.
   *
   * <p>Never throws. Regular dates are sought for dates in the years 1 to 9999, the years a
   * record's dates lie in: for a date outside them the answer is empty; for a date late in 9999 it
   * may be the first regular date of the year 10000. A nominal date that must move but has no
   * working day within {@value #MAX_SEARCH_DAYS} days in that direction stays where it is: a {@link
   * HolidayCalendar} cannot be built so (it has a working day in every 366 days), and another
   * {@link WorkCalendar} is not meant to be.
   *
   * @param date the first date that qualifies
   * @param calendar the working days
   * @return the date; empty for {@link CadenceKind#ON_DEMAND} and for a date outside the years 1 to
   *     9999
   */
  public Optional<LocalDate> nextOnOrAfter(LocalDate date, WorkCalendar calendar) {
    if (!isRegular() || date.isBefore(Checks.MIN_DATE) || date.isAfter(Checks.MAX_DATE)) {
      return Optional.empty();
    }
    LocalDate nominal = nominalOnOrAfter(date);
    switch (onNonWorkingDay()) {
      case KEEP:
        return Optional.of(nominal);
      case PREVIOUS_WORKING_DAY:
        // moved dates never pass their nominal date, and moving keeps order: the first nominal date
        // whose moved date is not before `date` gives the earliest one
        while (true) {
          LocalDate moved = previousWorkingDay(nominal, calendar);
          if (!moved.isBefore(date)) {
            return Optional.of(moved);
          }
          nominal = nextNominal(nominal);
        }
      case NEXT_WORKING_DAY:
      default:
        // earlier nominal dates may move forward onto or past `date`: take the earliest that does
        LocalDate earlier = previousNominal(nominal);
        while (!nextWorkingDay(earlier, calendar).isBefore(date)) {
          nominal = earlier;
          earlier = previousNominal(earlier);
        }
        return Optional.of(nextWorkingDay(nominal, calendar));
    }
  }

  /**
   * Whether a date is one of the cadence's regular dates (after moving).
   *
   * @param date the date
   * @param calendar the working days
   * @return {@code true} if the body meets regularly on that date; {@code false} for on demand and
   *     for a date outside the years 1 to 9999; never throws
   */
  public boolean isRegularDate(LocalDate date, WorkCalendar calendar) {
    return nextOnOrAfter(date, calendar).map(date::equals).orElse(false);
  }

  private LocalDate nominalIn(LocalDate anyDayOfMonth) {
    int day = Math.min(dayOfMonth(), anyDayOfMonth.lengthOfMonth());
    return anyDayOfMonth.withDayOfMonth(day);
  }

  private LocalDate nominalOnOrAfter(LocalDate date) {
    if (kind() == CadenceKind.WEEKLY) {
      return date.with(TemporalAdjusters.nextOrSame(dayOfWeek().get()));
    }
    LocalDate inMonth = nominalIn(date);
    return inMonth.isBefore(date) ? nominalIn(date.plusMonths(1).withDayOfMonth(1)) : inMonth;
  }

  private LocalDate nextNominal(LocalDate nominal) {
    if (kind() == CadenceKind.WEEKLY) {
      return nominal.plusWeeks(1);
    }
    return nominalIn(nominal.withDayOfMonth(1).plusMonths(1));
  }

  private LocalDate previousNominal(LocalDate nominal) {
    if (kind() == CadenceKind.WEEKLY) {
      return nominal.minusWeeks(1);
    }
    return nominalIn(nominal.withDayOfMonth(1).minusMonths(1));
  }

  private static LocalDate nextWorkingDay(LocalDate date, WorkCalendar calendar) {
    LocalDate day = date;
    for (int i = 0; i <= MAX_SEARCH_DAYS; i++) {
      if (calendar.isWorkingDay(day)) {
        return day;
      }
      day = day.plusDays(1);
    }
    return date;
  }

  private static LocalDate previousWorkingDay(LocalDate date, WorkCalendar calendar) {
    LocalDate day = date;
    for (int i = 0; i <= MAX_SEARCH_DAYS; i++) {
      if (calendar.isWorkingDay(day)) {
        return day;
      }
      day = day.minusDays(1);
    }
    return date;
  }

  @Value.Check
  void check() {
    switch (kind()) {
      case MONTHLY:
        if (dayOfMonth() < 1 || dayOfMonth() > 31) {
          throw new InvalidModelException(
              Path.of("dayOfMonth"), "must be 1 to 31, was " + dayOfMonth());
        }
        if (dayOfWeek().isPresent()) {
          throw new InvalidModelException(
              Path.of("dayOfWeek"), "only for WEEKLY, was " + dayOfWeek().get());
        }
        break;
      case WEEKLY:
        if (dayOfWeek().isEmpty()) {
          throw new InvalidModelException(Path.of("dayOfWeek"), "required for WEEKLY, was empty");
        }
        if (dayOfMonth() != 0) {
          throw new InvalidModelException(
              Path.of("dayOfMonth"), "only for MONTHLY, was " + dayOfMonth());
        }
        break;
      case ON_DEMAND:
      default:
        if (dayOfMonth() != 0) {
          throw new InvalidModelException(
              Path.of("dayOfMonth"), "an on-demand cadence has no day, was " + dayOfMonth());
        }
        if (dayOfWeek().isPresent()) {
          throw new InvalidModelException(
              Path.of("dayOfWeek"), "an on-demand cadence has no day, was " + dayOfWeek().get());
        }
        if (onNonWorkingDay() != NonWorkingDayRule.KEEP) {
          throw new InvalidModelException(
              Path.of("onNonWorkingDay"), "must be KEEP for ON_DEMAND, was " + onNonWorkingDay());
        }
    }
  }
}
