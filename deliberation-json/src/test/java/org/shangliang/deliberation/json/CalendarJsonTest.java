package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shangliang.deliberation.json.internal.CalendarCodecs;
import org.shangliang.deliberation.testkit.Gen;
import org.shangliang.deliberation.testkit.Generators;
import org.shangliang.deliberation.tier.HolidayCalendar;

class CalendarJsonTest {
  private static final DeliberationJson JSON = DeliberationJson.create();

  @Test
  void generatedCalendarsReadBackEqualAndWriteBackTheSameText() {
    for (long seed = 0; seed < 300; seed++) {
      int from = 1 + (int) (seed * 37 % 9990);
      Gen<HolidayCalendar> calendars = Generators.workCalendars(from, from + (int) (seed % 8));
      HolidayCalendar calendar = calendars.generate(new SplittableRandom(seed), 0);
      String text = JSON.write(DocumentKind.CALENDAR, calendar);
      HolidayCalendar read = JSON.read(DocumentKind.CALENDAR, text);
      assertThat(read).as(text).isEqualTo(calendar);
      assertThat(List.copyOf(read.holidays())).isEqualTo(List.copyOf(calendar.holidays()));
      assertThat(JSON.write(DocumentKind.CALENDAR, read)).isEqualTo(text);
      String pretty = JSON.writePretty(DocumentKind.CALENDAR, calendar);
      assertThat(JSON.writePretty(DocumentKind.CALENDAR, JSON.read(DocumentKind.CALENDAR, pretty)))
          .isEqualTo(pretty);
      CodecHarness.assertRoundTrip(
          CalendarCodecs::writeHolidayCalendar, CalendarCodecs::readHolidayCalendar, calendar);
    }
  }

  @Test
  void datesAreWrittenAscendingInTheOrderOfTheProperties() {
    HolidayCalendar calendar =
        HolidayCalendar.of(
            Set.of(LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 1)), Set.of(LocalDate.of(2026, 9, 27)));
    assertThat(JSON.write(DocumentKind.CALENDAR, calendar))
        .isEqualTo(
            "{\"schemaVersion\":\"1.0\",\"holidays\":[\"2026-10-01\",\"2026-10-02\"],"
                + "\"makeUpWorkingDays\":[\"2026-09-27\"]}");
  }

  @Test
  void datesGivenInAnyOrderAreReadIntoTheSameCalendar() {
    HolidayCalendar read =
        JSON.read(
            DocumentKind.CALENDAR,
            "{\"makeUpWorkingDays\":[\"2026-09-27\"],\"holidays\":[\"2026-10-02\",\"2026-10-01\"],"
                + "\"schemaVersion\":\"1.0\"}");
    assertThat(read.holidays()).containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2));
    assertThat(read.makeUpWorkingDays()).containsExactly(LocalDate.of(2026, 9, 27));
  }

  @Test
  void anEmptyCalendarIsOnlyItsVersionAndAbsentListsReadAsEmpty() {
    HolidayCalendar empty = HolidayCalendar.of(Set.of(), Set.of());
    assertThat(JSON.write(DocumentKind.CALENDAR, empty)).isEqualTo("{\"schemaVersion\":\"1.0\"}");
    assertThat(JSON.read(DocumentKind.CALENDAR, "{\"schemaVersion\":\"1.0\"}")).isEqualTo(empty);
    assertThat(JSON.read(DocumentKind.CALENDAR, "{\"schemaVersion\":\"1.0\",\"holidays\":[]}")).isEqualTo(empty);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          date not ISO       | {"schemaVersion":"1.0","holidays":["2026-10-01","1 Oct 2026"]}                    | /holidays/1          | must be an ISO-8601 date such as 2026-11-20, was "1 Oct 2026"
          impossible date    | {"schemaVersion":"1.0","holidays":["2026-02-30"]}                                 | /holidays/0          | must be an ISO-8601 date
          date as a number   | {"schemaVersion":"1.0","makeUpWorkingDays":[20260927]}                            | /makeUpWorkingDays/0 | must be a string, was the number 20260927
          list not an array  | {"schemaVersion":"1.0","holidays":"2026-10-01"}                                   | /holidays            | must be an array, was the string "2026-10-01"
          null date          | {"schemaVersion":"1.0","holidays":[null]}                                         | /holidays/0          | must be a string, was null
          null list          | {"schemaVersion":"1.0","holidays":null}                                           | /holidays            | must be an array, was null
          date twice         | {"schemaVersion":"1.0","holidays":["2026-10-01","2026-10-02","2026-10-01"]}       | /holidays/2          | must not list a date twice, was 2026-10-01 (also at 0)
          holiday and make-up| {"schemaVersion":"1.0","holidays":["2026-10-03","2026-10-01"],"makeUpWorkingDays":["2026-10-01"]} | /holidays/1 | a date cannot be a holiday and a make-up working day, was 2026-10-01
          year 10000         | {"schemaVersion":"1.0","makeUpWorkingDays":["2026-09-27","+10000-01-01"]}          | /makeUpWorkingDays/1 | 10000-01-01
          unknown property   | {"schemaVersion":"1.0","workingDays":[]}                                          | /workingDays         | unknown property "workingDays"
          missing version    | {"holidays":[]}                                                                   | ''                   | missing property "schemaVersion"
          newer version      | {"schemaVersion":"2.0"}                                                           | /schemaVersion       | newer than 1.0
          not an object      | ["2026-10-01"]                                                                    | ''                   | must be an object, was an array
          """)
  void badCalendarsAreRefusedAtThePointerOfTheFault(String what, String text, String pointer, String fault) {
    assertThatThrownBy(() -> JSON.read(DocumentKind.CALENDAR, text))
        .isInstanceOfSatisfying(
            DeliberationJsonException.class,
            e -> {
              assertThat(e.pointer()).as(e.getMessage()).isEqualTo(pointer);
              assertThat(e.fault()).as(e.getMessage()).contains(fault);
            });
  }

  @Test
  void threeHundredSixtySixDaysOffInARowAreRefusedAtTheHolidays() {
    Set<LocalDate> everyDay = new TreeSet<>();
    for (LocalDate day = LocalDate.of(2026, 1, 1); day.isBefore(LocalDate.of(2027, 1, 2)); day = day.plusDays(1)) {
      everyDay.add(day);
    }
    StringBuilder text = new StringBuilder("{\"schemaVersion\":\"1.0\",\"holidays\":[");
    for (LocalDate day : everyDay) {
      text.append('"').append(day).append("\",");
    }
    text.setCharAt(text.length() - 1, ']');
    text.append('}');
    assertThatThrownBy(() -> JSON.read(DocumentKind.CALENDAR, text.toString()))
        .isInstanceOfSatisfying(
            DeliberationJsonException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo("/holidays");
              assertThat(e.fault()).contains("must leave a working day in every 366 days");
            });
  }

  @Test
  void aNestedCalendarHasNoVersion() {
    assertThat(
            CodecHarness.readFailure(CalendarCodecs::readHolidayCalendar, "{\"schemaVersion\":\"1.0\"}")
                .fault())
        .isEqualTo("unknown property \"schemaVersion\"");
    assertThat(CodecHarness.read(CalendarCodecs::readHolidayCalendar, "{\"holidays\":[\"2026-10-01\"]}").holidays())
        .containsExactly(LocalDate.of(2026, 10, 1));
  }
}
