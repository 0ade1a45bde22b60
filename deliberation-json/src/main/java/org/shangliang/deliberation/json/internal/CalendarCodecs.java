package org.shangliang.deliberation.json.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.tier.HolidayCalendar;

/**
 * Work calendars given as data: holidays and make-up working days (调休). Dates are written in
 * ascending order, as the calendar keeps them, and read in any order; a date listed twice in one
 * list is refused.
 */
public final class CalendarCodecs {
  private CalendarCodecs() {}

  /**
   * Reads a work calendar: {@code {"holidays"?, "makeUpWorkingDays"?}}, each a list of ISO-8601
   * dates, empty when left out.
   *
   * @param in the reader
   * @return the calendar
   */
  public static HolidayCalendar readHolidayCalendar(JsonIn in) {
    return read(in, false);
  }

  /**
   * Writes a work calendar, leaving out an empty list.
   *
   * @param out the writer
   * @param calendar the calendar
   */
  public static void writeHolidayCalendar(JsonOut out, HolidayCalendar calendar) {
    out.beginObject();
    writeFields(out, calendar);
    out.endObject();
  }

  /**
   * The calendar document: {@code {"schemaVersion", "holidays"?, "makeUpWorkingDays"?}}.
   */
  public static final Codec<HolidayCalendar> CALENDAR =
      new Codec<>() {
        @Override
        public HolidayCalendar read(JsonIn in) {
          return CalendarCodecs.read(in, true);
        }

        @Override
        public void write(JsonOut out, HolidayCalendar calendar) {
          out.beginObject();
          Versions.write(out);
          writeFields(out, calendar);
          out.endObject();
        }
      };

  private static void writeFields(JsonOut out, HolidayCalendar calendar) {
    out.listUnlessEmpty("holidays", List.copyOf(calendar.holidays()), CalendarCodecs::writeDate);
    out.listUnlessEmpty(
        "makeUpWorkingDays", List.copyOf(calendar.makeUpWorkingDays()), CalendarCodecs::writeDate);
  }

  private static void writeDate(JsonOut out, LocalDate date) {
    out.string(date.toString());
  }

  private static HolidayCalendar read(JsonIn in, boolean document) {
    JsonIn.Mark mark = in.beginObject();
    boolean version = false;
    List<LocalDate> holidays = List.of();
    List<LocalDate> makeUpWorkingDays = List.of();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "schemaVersion":
          if (!document) {
            throw in.unknown(field);
          }
          Versions.read(in);
          version = true;
          break;
        case "holidays":
          holidays = in.list(JsonIn::date);
          break;
        case "makeUpWorkingDays":
          makeUpWorkingDays = in.list(JsonIn::date);
          break;
        default:
          throw in.unknown(field);
      }
    }
    if (document) {
      Versions.require(in, mark, version);
    }
    List<LocalDate> days = holidays;
    List<LocalDate> workingDays = makeUpWorkingDays;
    return in.build(
        mark,
        () -> {
          unique("holidays", days);
          unique("makeUpWorkingDays", workingDays);
          try {
            return HolidayCalendar.of(new TreeSet<>(days), new TreeSet<>(workingDays));
          } catch (InvalidModelException e) {
            throw asRead(e, days, workingDays);
          }
        });
  }

  private static void unique(String field, List<LocalDate> dates) {
    Map<LocalDate, Integer> first = new HashMap<>();
    for (int i = 0; i < dates.size(); i++) {
      Integer earlier = first.putIfAbsent(dates.get(i), i);
      if (earlier != null) {
        throw new InvalidModelException(
            Path.of(field).index(i),
            "must not list a date twice, was " + dates.get(i) + " (also at " + earlier + ")");
      }
    }
  }

  /**
   * The core's refusal with its path moved from the date's place in the ascending set to its place
   * in the list as read.
   */
  private static InvalidModelException asRead(
      InvalidModelException e, List<LocalDate> holidays, List<LocalDate> makeUpWorkingDays) {
    List<Object> segments = e.path().segments();
    if (segments.size() != 2 || !(segments.get(1) instanceof Integer)) {
      return e;
    }
    List<LocalDate> read;
    if ("holidays".equals(segments.get(0))) {
      read = holidays;
    } else if ("makeUpWorkingDays".equals(segments.get(0))) {
      read = makeUpWorkingDays;
    } else {
      return e;
    }
    int sorted = (Integer) segments.get(1);
    Set<LocalDate> ascending = new TreeSet<>(read);
    if (sorted >= ascending.size()) {
      return e;
    }
    LocalDate date = List.copyOf(ascending).get(sorted);
    InvalidModelException moved =
        new InvalidModelException(Path.of((String) segments.get(0)).index(read.indexOf(date)), e.fault());
    moved.initCause(e);
    return moved;
  }
}
