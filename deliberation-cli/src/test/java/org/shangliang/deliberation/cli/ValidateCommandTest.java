package org.shangliang.deliberation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.json.JsonLine;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.tier.HolidayCalendar;
import org.shangliang.deliberation.validation.ValidationReport;

class ValidateCommandTest {

  private static final String DIR = "src/test/resources/inputs/validate/";
  private static final String UNITS = DIR + "units.json";
  private static final String AT = "2026-12-05T02:00:00Z";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private static CliRunner.Result validate(String... args) {
    List<String> all = new ArrayList<>(List.of("validate", "--units", UNITS, "--at", AT));
    all.addAll(List.of(args));
    return CliRunner.cli().run(all.toArray(String[]::new));
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void listsEachViolationAndBadLineThenTheCountsInTheLanguageAsked(String lang) {
    CliRunner.Result result = validate(DIR + "mixed.jsonl", "--lang", lang, "--threads", "1");

    Golden.assertMatches("validate/mixed." + lang + ".txt", result.out());
    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void listsCompliantRecordsTooWithAll(String lang) {
    CliRunner.Result result = validate(DIR + "mixed.jsonl", "--lang", lang, "--all", "--threads", "2");

    Golden.assertMatches("validate/mixed-all." + lang + ".txt", result.out());
    assertThat(result.out()).contains(DIR + "mixed.jsonl:1  d-").contains(DIR + "mixed.jsonl:8  d-");
  }

  @Test
  void writesOneJsonLinePerNonBlankInputLineThenTheSummary() throws IOException {
    CliRunner.Result result = validate(DIR + "mixed.jsonl", "--format", "jsonl");

    Golden.assertMatches("validate/mixed.jsonl.txt", result.out());
    List<JsonNode> lines = new ArrayList<>();
    for (String line : result.out().split("\n")) {
      lines.add(MAPPER.readTree(line));
    }
    assertThat(lines).extracting(n -> n.get("type").asText())
        .containsExactly("record", "record", "badLine", "record", "badLine", "record", "record", "summary");
    assertThat(lines).extracting(n -> n.path("line").asLong())
        .containsExactly(1L, 2L, 3L, 5L, 6L, 7L, 8L, 0L);
    JsonNode summary = lines.get(lines.size() - 1);
    assertCountsAddUp(summary);
    assertThat(summary.get("badLines").asLong()).isEqualTo(2);
    assertThat(lines.get(1).at("/report/violations/0/message/en").asText())
        .contains("has not been publicised");
    assertThat(lines.get(2).get("pointer").asText()).isEqualTo("/id");
    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
  }

  @Test
  void writesOneJsonDocumentWithTheSameContent() throws IOException {
    CliRunner.Result jsonl = validate(DIR + "mixed.jsonl", "--format", "jsonl");
    CliRunner.Result json = validate(DIR + "mixed.jsonl", "--format", "json");

    JsonNode document = MAPPER.readTree(json.out());
    List<JsonNode> expected = new ArrayList<>();
    for (String line : jsonl.out().split("\n")) {
      expected.add(MAPPER.readTree(line));
    }
    List<JsonNode> results = new ArrayList<>();
    document.get("results").forEach(results::add);
    assertThat(results).isEqualTo(expected.subList(0, expected.size() - 1));
    assertThat(document.get("summary")).isEqualTo(expected.get(expected.size() - 1));
    assertCountsAddUp(document.get("summary"));
    assertThat(json.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
  }

  @Test
  void writesAnEmptyJsonDocumentForNoInput() throws IOException {
    CliRunner.Result result = validate("--format", "json");

    JsonNode document = MAPPER.readTree(result.out());
    assertThat(document.get("results")).isEmpty();
    assertThat(document.at("/summary/lines").asLong()).isZero();
    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
  }

  @ParameterizedTest
  @CsvSource({
    "compliant.jsonl, 0",
    "violations.jsonl, 1",
    "mixed.jsonl, 3",
  })
  void exitsWithTheCodeOfTheWorstVerdict(String file, int exitCode) {
    assertThat(validate(DIR + file).exitCode()).isEqualTo(exitCode);
  }

  @Test
  void readsJsonLinesFromStandardInput() throws IOException {
    String records = Files.readString(Path.of(DIR + "violations.jsonl"));
    CliRunner.Result result =
        CliRunner.cli().stdin(records).run("validate", "--units", UNITS, "--at", AT, "--lang", "en");

    assertThat(result.out()).contains("<stdin>:2  d-").contains("hotline.reply-late");
    assertThat(result.exitCode()).isEqualTo(ExitCodes.VIOLATIONS);
  }

  @Test
  void needsAUnitTreeToJudge() {
    CliRunner.Result result = CliRunner.cli().run("validate", DIR + "compliant.jsonl");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).startsWith("shangliang validate: --units: required");
    assertThat(result.out()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--threads|0|--threads: must be at least 1, was 0",
        "--format|xml|--format",
        "--calendar|no-such-calendar.json|--calendar: cannot read no-such-calendar.json: no such file",
      })
  void rejectsABadOptionWithOneLine(String option, String value, String message) {
    CliRunner.Result result = validate(DIR + "compliant.jsonl", option, value);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains(message).doesNotContain("\tat ");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void rejectsAMissingFileBeforeJudgingAnything() {
    CliRunner.Result result = validate(DIR + "compliant.jsonl", DIR + "missing.jsonl");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("missing.jsonl: no such file");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void judgesALargeInputAsTheLibrarysValidatorDoesOnAnyNumberOfThreads() throws IOException {
    Path file = dir.resolve("large.jsonl");
    Files.write(file, generatedLines(4_000, 20261205L));

    CliRunner.Result one = validate(file.toString(), "--format", "jsonl", "--threads", "1");
    CliRunner.Result three = validate(file.toString(), "--format", "jsonl", "--threads", "3");
    CliRunner.Result table1 = validate(file.toString(), "--lang", "en", "--threads", "1");
    CliRunner.Result table2 = validate(file.toString(), "--lang", "en", "--threads", "2");

    assertThat(three.out()).isEqualTo(one.out());
    assertThat(table2.out()).isEqualTo(table1.out());
    assertThat(three.exitCode()).isEqualTo(one.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);

    Profile profile = Profiles.jinan();
    Validator validator =
        Validator.builder(profile)
            .jurisdiction(DeliberationJson.create().read(DocumentKind.JURISDICTION, Path.of(UNITS)))
            .calendar(HolidayCalendar.of(java.util.Set.of(), java.util.Set.of()))
            .build();
    Instant at = Instant.parse(AT);
    List<String> expected = new ArrayList<>();
    long[] counts = new long[4]; // records, compliant, bad, blank
    TreeMap<String, Long> byCode = new TreeMap<>();
    DeliberationJson.builder().rulesOf(profile).build().lines(DocumentKind.RECORD)
        .forEach(file, (JsonLine<Deliberation> line) -> {
          if (!line.isValue()) {
            counts[2]++;
            expected.add(line.lineNumber() + " bad");
            return;
          }
          ValidationReport report = validator.validate(line.value(), at);
          counts[0]++;
          counts[1] += report.isCompliant() ? 1 : 0;
          report.violations().forEach(v -> byCode.merge(v.code().value() + "/" + v.severity(), 1L, Long::sum));
          expected.add(line.lineNumber() + " " + line.value().id().value() + " " + report.isCompliant() + " "
              + report.violations().stream().map(v -> v.code().value()).toList());
        });

    List<String> actual = new ArrayList<>();
    JsonNode summary = null;
    TreeMap<String, Long> actualByCode = new TreeMap<>();
    for (String text : one.out().split("\n")) {
      JsonNode line = MAPPER.readTree(text);
      switch (line.get("type").asText()) {
        case "badLine" -> actual.add(line.get("line").asLong() + " bad");
        case "record" -> {
          List<String> codes = new ArrayList<>();
          line.at("/report/violations").forEach(v -> codes.add(v.get("code").asText()));
          actual.add(line.get("line").asLong() + " " + line.get("id").asText() + " "
              + line.get("compliant").asBoolean() + " " + codes);
        }
        default -> summary = line;
      }
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(summary).isNotNull();
    summary.get("violations").forEach(v -> actualByCode.put(
        v.get("code").asText() + "/" + v.get("severity").asText().toUpperCase(Locale.ROOT), v.get("count").asLong()));
    assertThat(actualByCode).isEqualTo(byCode);
    assertThat(summary.get("lines").asLong()).isEqualTo(4_000);
    assertThat(summary.get("records").asLong()).isEqualTo(counts[0]);
    assertThat(summary.get("compliant").asLong()).isEqualTo(counts[1]);
    assertThat(summary.get("badLines").asLong()).isEqualTo(counts[2]);
    assertCountsAddUp(summary);
    assertThat(counts[1]).isPositive().isLessThan(counts[0]);
  }

  @ParameterizedTest
  @CsvSource({"1, table", "2, table", "1, jsonl", "3, jsonl"})
  void stopsReadingOnceStandardOutputIsClosed(String threads, String format) {
    byte[] input = String.join("\n", generatedLines(8_000, 7L)).getBytes(java.nio.charset.StandardCharsets.UTF_8);

    CliRunner.Result result =
        CliRunner.cli()
            .stdin(input)
            .stdoutClosedAfter(4096)
            .run("validate", "--units", UNITS, "--at", AT, "--lang", "en", "--threads", threads,
                "--format", format);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OUTPUT_FAILED);
    assertThat(result.err()).startsWith("shangliang validate: " + StandardOutput.FAILED);
    assertThat(result.out()).isNotEmpty();
    // what was read ahead is small beside the input: most of it was never read
    assertThat(result.stdinLeft()).isGreaterThan(input.length / 2);
  }

  @Test
  void readsEverythingWhenStandardOutputTakesEverything() {
    byte[] input = String.join("\n", generatedLines(2_000, 7L)).getBytes(java.nio.charset.StandardCharsets.UTF_8);

    CliRunner.Result result =
        CliRunner.cli()
            .stdin(input)
            .stdoutClosedAfter(Long.MAX_VALUE - 1)
            .run("validate", "--units", UNITS, "--at", AT, "--lang", "en", "--threads", "2");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.stdinLeft()).isZero();
    assertThat(result.out()).contains("lines").contains("2000");
  }

  /** Lines of records drawn from a pool of valid and rule-breaking scenarios, some bad, some blank. */
  private static List<String> generatedLines(int count, long seed) {
    Profile profile = Profiles.jinan();
    DeliberationJson json = DeliberationJson.create();
    List<String> pool = new ArrayList<>();
    for (long s = 1; s <= 40; s++) {
      pool.add(json.write(DocumentKind.RECORD, Scenarios.valid(profile).generate(s, 3).record()));
    }
    for (String code :
        List.of("meeting.publicity.missing", "hotline.reply-late", "outcome.shelved.premature", "step.unknown")) {
      for (long s = 1; s <= 5; s++) {
        pool.add(json.write(DocumentKind.RECORD, Scenarios.breaking(profile, code).generate(s).record()));
      }
    }
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int dice = random.nextInt(100);
      if (dice == 0) {
        lines.add("");
      } else if (dice == 1) {
        lines.add("{\"schemaVersion\": \"1.0\", \"id\": " + i + "}");
      } else {
        lines.add(pool.get(random.nextInt(pool.size())));
      }
    }
    return lines;
  }

  private static void assertCountsAddUp(JsonNode summary) {
    assertThat(summary.get("records").asLong() + summary.get("badLines").asLong() + summary.get("blankLines").asLong())
        .isEqualTo(summary.get("lines").asLong());
    assertThat(summary.get("compliant").asLong() + summary.get("nonCompliant").asLong())
        .isEqualTo(summary.get("records").asLong());
  }

  @ParameterizedTest
  @CsvSource({
    "true, --progress, true",
    "false, --progress, true",
    "true, --no-progress, false",
    "true, --all, true",
    "false, --all, false",
  })
  void showsProgressOnATerminalAfterASecondOrWhenForcedAndClearsIt(
      boolean terminal, String option, boolean shown) throws IOException {
    // the runner's monotonic clock advances 1 ms a reading, about one reading a line
    String input = (Files.readAllLines(Path.of(DIR + "compliant.jsonl")).get(0) + "\n").repeat(1_500);
    CliRunner.Result result =
        CliRunner.cli().terminal(terminal).stdin(input)
            .run("validate", "--units", UNITS, "--at", AT, "--lang", "en", "--threads", "1", option);

    if (shown) {
      assertThat(result.err()).startsWith("\r").contains(" lines read, ").contains(" lines/s")
          .endsWith("\r").doesNotContain("\n");
      String[] draws = result.err().split("\r");
      assertThat(draws[draws.length - 1]).isBlank();
      assertThat(result.err()).contains("1,000 lines read");
    } else {
      assertThat(result.err()).isEmpty();
    }
    assertThat(result.out()).contains("lines           1500");
  }
}
