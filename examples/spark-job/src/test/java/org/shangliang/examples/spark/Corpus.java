package org.shangliang.examples.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.testkit.Generators;
import org.shangliang.deliberation.testkit.Scenario;
import org.shangliang.deliberation.testkit.ScenarioGen;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.tier.HolidayCalendar;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.validation.RuleCode;

/**
 * The tests' input: testkit records (valid ones and ones that break each rule the profile lets
 * break over a given tree) over one province-like unit tree ({@link Generators#province}) and one
 * work calendar, written as JSON Lines into two files with some
 * malformed and blank lines among them, CRLF line ends in the second file, which also starts with a
 * byte order mark, and a third file of three records with line ends at the edges ({@link #edges}).
 * It remembers where each malformed line starts.
 */
final class Corpus {
  /** The size of the province the records share: one city and a few districts (five). */
  static final int UNITS = 2_000;

  /** The instant the records are judged at. */
  static final Instant AT = Instant.parse("2026-12-05T02:00:00Z");

  /** Lines that are not records, each with the pointer its fault is reported at. */
  static final List<String[]> MALFORMED =
      List.of(
          new String[] {"not json at all", ""},
          new String[] {"{\"schemaVersion\": \"1.0\"}", ""},
          new String[] {"[1, 2, 3]", ""},
          new String[] {"{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"surprise\": true", "/surprise"},
          new String[] {"{\"schemaVersion\": \"9.0\"}", "/schemaVersion"});

  final Profile profile;
  final Jurisdiction jurisdiction;
  final HolidayCalendar calendar;
  final List<Path> files = new ArrayList<>();
  /** "file offset" of each malformed line, files named as Spark names them. */
  final List<String> badLineLocations = new ArrayList<>();
  long lines;
  long blank;
  long records;

  private Corpus(Profile profile, Jurisdiction jurisdiction, HolidayCalendar calendar) {
    this.profile = profile;
    this.jurisdiction = jurisdiction;
    this.calendar = calendar;
  }

  /**
   * Writes the corpus into a directory.
   *
   * @param profile the profile
   * @param dir the directory
   * @param valid how many valid records
   * @return the corpus
   */
  static Corpus write(Profile profile, Path dir, int valid) {
    Jurisdiction tree = Generators.province(7L, UNITS);
    HolidayCalendar calendar = Generators.workCalendars(2020, 2031).sample(7L, 0);
    ScenarioGen validGen = Scenarios.valid(profile).over(tree, calendar);
    Corpus corpus = new Corpus(profile, tree, calendar);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DeliberationJson json = DeliberationJson.create();
    List<String> recordLines = new ArrayList<>();
    for (long seed = 1; seed <= valid; seed++) {
      recordLines.add(json.write(DocumentKind.RECORD, record(validGen, seed)));
    }
    long seed = 1_000;
    for (RuleCode code : RuleCodes.all()) {
      if (Scenarios.canBreakOver(profile, code)) {
        ScenarioGen breaking = Scenarios.breaking(profile, code).over(tree, calendar);
        recordLines.add(json.write(DocumentKind.RECORD, record(breaking, seed++)));
      }
    }
    int half = recordLines.size() / 2;
    int last = recordLines.size() - 3;
    corpus.file(dir.resolve("records-1.jsonl"), recordLines.subList(0, half), "\n", false);
    corpus.file(dir.resolve("records-2.jsonl"), recordLines.subList(half, last), "\r\n", true);
    corpus.edges(dir.resolve("records-3.jsonl"), recordLines.subList(last, recordLines.size()));
    return corpus;
  }

  private static Deliberation record(ScenarioGen gen, long seed) {
    Scenario s = gen.generate(seed);
    return s.record();
  }

  /** Writes records with a malformed line after every ninth and a blank line after every 25th. */
  private void file(Path file, List<String> recordLines, String lineEnd, boolean bom) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String name = "file:" + file.toAbsolutePath().normalize();
    if (bom) {
      out.writeBytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
    }
    int malformed = 0;
    for (int i = 0; i < recordLines.size(); i++) {
      if (i % 9 == 4) {
        badLineLocations.add(name + " " + out.size());
        line(out, MALFORMED.get(malformed++ % MALFORMED.size())[0], lineEnd);
        lines++;
      }
      if (i % 25 == 7) {
        line(out, i % 2 == 0 ? "" : "   \t ", lineEnd);
        lines++;
        blank++;
      }
      // the last line of a file has no line end
      line(out, recordLines.get(i), i == recordLines.size() - 1 ? "" : lineEnd);
      lines++;
      records++;
    }
    try {
      Files.write(file, out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.add(file);
  }

  /**
   * Writes three records with line ends at the edges: a lone {@code \r}, a {@code \r\n} whose
   * {@code \r} is the last byte of the first 64 KiB (the size of both readers' buffers) and its
   * {@code \n} the first of the next, and a malformed line ended by a lone {@code \r}.
   */
  private void edges(Path file, List<String> three) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String name = "file:" + file.toAbsolutePath().normalize();
    line(out, three.get(0), "\r");
    int spaces = (1 << 16) - 1 - out.size();
    if (spaces < 0) {
      throw new IllegalStateException("a record longer than 64 KiB: " + out.size());
    }
    line(out, " ".repeat(spaces), "\r\n");
    line(out, three.get(1), "\n");
    badLineLocations.add(name + " " + out.size());
    line(out, MALFORMED.get(0)[0], "\r");
    line(out, three.get(2), "");
    lines += 5;
    blank += 1;
    records += 3;
    try {
      Files.write(file, out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.add(file);
  }

  private static void line(ByteArrayOutputStream out, String text, String lineEnd) {
    out.writeBytes((text + lineEnd).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes the unit tree and work calendar into a directory and gives the job's command line over
   * them: the records of this corpus, its built-in profile by id, judged at {@link #AT}, tables as
   * JSON.
   *
   * @param records the directory the records were written into
   * @param modelDir where the unit tree and calendar files go
   * @param out where the job writes its tables
   * @return the command line
   */
  String[] commandLine(Path records, Path modelDir, Path out) {
    DeliberationJson json = DeliberationJson.create();
    Path units = modelDir.resolve("units.json");
    Path calendarFile = modelDir.resolve("calendar.json");
    json.write(DocumentKind.JURISDICTION, jurisdiction, units);
    json.write(DocumentKind.CALENDAR, calendar, calendarFile);
    return new String[] {
      "--records", records.toString(),
      "--profile", profile.id(),
      "--jurisdiction", units.toString(),
      "--calendar", calendarFile.toString(),
      "--at", AT.toString(),
      "--out", out.toString(),
      "--format", "json"
    };
  }

  /**
   * The model the records are judged against.
   *
   * @param level the recurring classes' level
   * @param minCount the smallest class
   * @return the model
   */
  Model model(TierLevel level, int minCount) {
    DeliberationJson json = DeliberationJson.create();
    return new Model(
        json.write(DocumentKind.PROFILE, profile),
        json.write(DocumentKind.JURISDICTION, jurisdiction),
        Optional.of(json.write(DocumentKind.CALENDAR, calendar)),
        Optional.empty(),
        AT,
        level,
        minCount);
  }
}
