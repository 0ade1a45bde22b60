package org.shangliang.deliberation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.Obligations;
import org.shangliang.deliberation.validation.Messages;
import org.shangliang.deliberation.validation.Obligation;

class ObligationsCommandTest {

  /** Valid Jinan records with open duties: 12 obligations, 8 overdue at NOW, some not yet. */
  private static final long[] SEEDS = {5, 8, 15, 19, 24, 26, 27, 29};

  private static final String AT = "2026-12-05T02:00:00Z";

  private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX");

  @TempDir Path dir;

  private Path records() {
    return TestRecords.writeValid(dir.resolve("records.jsonl"), SEEDS);
  }

  private static List<Obligation> expected(Instant at) {
    List<Obligation> all = new ArrayList<>();
    for (long seed : SEEDS) {
      all.addAll(Obligations.of(Profiles.jinan()).at(TestRecords.valid(seed), at));
    }
    return all;
  }

  @Test
  void listsEveryObligationAsATableInChineseAndEnglish() {
    String file = records().toString();
    for (String lang : new String[] {"zh", "en"}) {
      CliRunner.Result result = CliRunner.cli().run("--lang", lang, "obligations", file, "--at", AT);

      assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
      Golden.assertMatches("obligations/table." + lang + ".txt", result.out());
      assertThat(result.out().lines().count()).isEqualTo(2 + expected(CliRunner.NOW).size());
    }
    assertThat(CliRunner.cli().run("--lang", "en", "obligations", file, "--at", AT).err())
        .isEqualTo("8 records read, 0 lines unreadable; 12 obligations, 8 overdue\n");
  }

  @Test
  void sortsByDueInstantWhateverTheOrderOfTheInput() {
    long[] reversed = new long[SEEDS.length];
    for (int i = 0; i < SEEDS.length; i++) {
      reversed[i] = SEEDS[SEEDS.length - 1 - i];
    }
    Path backwards = TestRecords.writeValid(dir.resolve("backwards.jsonl"), reversed);

    String forward = CliRunner.cli().run("obligations", records().toString(), "--at", AT).out();
    String backward = CliRunner.cli().run("obligations", backwards.toString(), "--at", AT).out();

    assertThat(backward).isEqualTo(forward);
    List<String> due = forward.lines().skip(2).map(l -> l.substring(0, 16)).toList();
    assertThat(due).isSorted().hasSize(12);
  }

  @Test
  void ordersTiesByRecordIdThenCodeThenPath() {
    Instant due = Instant.parse("2026-12-01T00:00:00Z");
    Deliberation a = TestRecords.valid(1);
    Deliberation b = TestRecords.valid(2);
    Deliberation first = a.id().value().compareTo(b.id().value()) < 0 ? a : b;
    Deliberation second = first == a ? b : a;
    Obligation x = obligation("revisit.missing", "revisits", due);
    Obligation y = obligation("revisit.missing", "steps", due);
    Obligation z = obligation("escalation.answer-late", "steps", due);
    List<ObligationsCommand.Entry> entries =
        new ArrayList<>(
            List.of(
                new ObligationsCommand.Entry(second, z),
                new ObligationsCommand.Entry(first, y),
                new ObligationsCommand.Entry(first, x),
                new ObligationsCommand.Entry(first, z)));

    entries.sort(ObligationsCommand.ORDER);

    assertThat(entries)
        .extracting(e -> e.record().id().value() + " " + e.obligation().code() + " " + e.obligation().path().toJsonPointer())
        .containsExactly(
            first.id().value() + " escalation.answer-late /steps",
            first.id().value() + " revisit.missing /revisits",
            first.id().value() + " revisit.missing /steps",
            second.id().value() + " escalation.answer-late /steps");
  }

  private static Obligation obligation(String code, String field, Instant due) {
    return new Obligation.Builder()
        .code(org.shangliang.deliberation.validation.RuleCode.of(code))
        .path(org.shangliang.deliberation.Path.of(field))
        .dueAt(due)
        .overdue(false)
        .build();
  }

  @Test
  void listsOnlyTheOverdueOnesWithOverdue() {
    CliRunner.Result result =
        CliRunner.cli().run("--lang", "en", "obligations", records().toString(), "--at", AT, "--overdue");

    assertThat(result.out().lines().skip(2)).hasSize(8).allMatch(l -> l.contains("  overdue  "));
  }

  @Test
  void listsOnlyThoseDueWithinTheDurationWithWithin() {
    Instant at = CliRunner.NOW;
    Instant until = at.plus(java.time.Duration.ofDays(3650));
    long dueInTenYears = expected(at).stream().filter(o -> !o.dueAt().isAfter(until)).count();
    long overdue = expected(at).stream().filter(Obligation::overdue).count();

    CliRunner.Result none = CliRunner.cli().run("obligations", records().toString(), "--at", AT, "--within", "0d");
    CliRunner.Result tenYears =
        CliRunner.cli().run("obligations", records().toString(), "--at", AT, "--within", "P3650D");

    assertThat(none.out().lines().skip(2)).hasSize((int) overdue);
    assertThat(tenYears.out().lines().skip(2)).hasSize((int) dueInTenYears);
    assertThat(dueInTenYears).isGreaterThan(overdue);
  }

  @Test
  void rejectsADurationThatIsNotOne() {
    CliRunner.Result result =
        CliRunner.cli().run("obligations", records().toString(), "--within", "soon");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).startsWith("shangliang obligations: --within: 'soon' is not a duration");
  }

  @Test
  void writesTheObligationsDocumentsWithMessagesAsJson() {
    CliRunner.Result result =
        CliRunner.cli().run("obligations", records().toString(), "--at", AT, "--format", "json");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    Golden.assertMatches("obligations/obligations.json", result.out());
    assertThat(result.out()).contains("\"zh-CN\"").contains("\"en\"");
  }

  @Test
  void writesAnICalendarFileWithOneEventPerObligationInChineseAndEnglish()
      throws IOException, ParserException {
    List<Obligation> expected = expected(CliRunner.NOW);
    for (String lang : new String[] {"zh", "en"}) {
      CliRunner.Result result =
          CliRunner.cli().run("--lang", lang, "obligations", records().toString(), "--at", AT, "--format", "ics");
      assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
      Golden.assertMatches("obligations/obligations." + lang + ".ics", result.out());

      Calendar calendar = parse(result.out());
      assertThat(calendar.validate().hasErrors()).as("ical4j's validation of %s", calendar).isFalse();
      List<VEvent> events = calendar.getComponents("VEVENT");
      assertThat(events).hasSize(expected.size());
      Locale locale = Lang.valueOf(lang.toUpperCase(Locale.ROOT)).locale();
      List<String> summaries = new ArrayList<>();
      for (Obligation o : expected) {
        summaries.add(Messages.render(o, locale, Profiles.jinan().zone()));
      }
      assertThat(events).extracting(e -> value(e, Property.SUMMARY)).containsExactlyInAnyOrderElementsOf(summaries);
      assertThat(events).extracting(e -> value(e, Property.DTSTAMP)).containsOnly("20261205T020000Z");
      assertThat(events).extracting(e -> value(e, Property.UID)).doesNotHaveDuplicates();
      List<Instant> starts = new ArrayList<>();
      for (VEvent e : events) {
        starts.add(Instant.from(UTC_STAMP.parse(value(e, Property.DTSTART))));
      }
      assertThat(starts).isSorted().containsExactlyInAnyOrderElementsOf(
          expected.stream().map(o -> o.dueAt().truncatedTo(ChronoUnit.SECONDS)).toList());
      assertThat(events).extracting(e -> value(e, Property.CATEGORIES))
          .containsOnly("due", "overdue").contains("due", "overdue");
    }
  }

  @Test
  void givesAnObligationTheSameUidFromRunToRun() throws IOException, ParserException {
    String file = records().toString();
    Calendar now = parse(CliRunner.cli().run("obligations", file, "--at", AT, "--format", "ics").out());
    Calendar later =
        parse(CliRunner.cli().run("obligations", file, "--at", "2026-12-06T02:00:00Z", "--format", "ics").out());

    List<String> uidsNow = now.<VEvent>getComponents("VEVENT").stream().map(e -> value(e, Property.UID)).toList();
    List<String> uidsLater = later.<VEvent>getComponents("VEVENT").stream().map(e -> value(e, Property.UID)).toList();
    assertThat(uidsLater).containsExactlyInAnyOrderElementsOf(uidsNow);
    assertThat(later.<VEvent>getComponents("VEVENT")).extracting(e -> value(e, Property.DTSTAMP))
        .containsOnly("20261206T020000Z");
  }

  @Test
  void writesAnEmptyCalendarWhenNothingIsDue() throws IOException, ParserException {
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");

    CliRunner.Result result = CliRunner.cli().run("obligations", empty.toString(), "--at", AT, "--format", "ics");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(parse(result.out()).getComponents()).isEmpty();
    assertThat(result.err()).isEqualTo("0 records read, 0 lines unreadable; 0 obligations, 0 overdue\n");
  }

  @Test
  void writesToTheFileNamedByOut() throws IOException {
    Path out = dir.resolve("obligations.ics");
    CliRunner.Result result =
        CliRunner.cli().run("obligations", records().toString(), "--at", AT, "--format", "ics", "--out", out.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).isEmpty();
    assertThat(Files.readString(out)).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VEVENT\r\n");
  }

  @Test
  void listsABadLineCountsItAndExitsWithBadInput() throws IOException {
    Path file = records();
    Files.writeString(file, Files.readString(file) + "{\"schemaVersion\": \"1.0\", \"id\": 7}\n");

    CliRunner.Result result = CliRunner.cli().run("--lang", "en", "obligations", file.toString(), "--at", AT);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.out().lines().skip(2)).hasSize(12);
    assertThat(result.err()).startsWith(file + ":9: at /")
        .endsWith("8 records read, 1 lines unreadable; 12 obligations, 8 overdue\n");
  }

  @Test
  void failsWithAUsageErrorOnAMissingFile() {
    CliRunner.Result result = CliRunner.cli().run("obligations", dir.resolve("nowhere.jsonl").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).startsWith("shangliang obligations: FILE: cannot read ").contains("no such file");
  }

  private static Calendar parse(String ics) throws IOException, ParserException {
    return new CalendarBuilder().build(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)));
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).map(Property::getValue).orElse(null);
  }
}
