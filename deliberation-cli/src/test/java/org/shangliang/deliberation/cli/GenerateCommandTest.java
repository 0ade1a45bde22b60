package org.shangliang.deliberation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DeliberationJsonException;
import org.shangliang.deliberation.json.JsonLimits;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.Generators;
import org.shangliang.deliberation.testkit.Scenario;
import org.shangliang.deliberation.testkit.ScenarioGen;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.tier.HolidayCalendar;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Violation;

class GenerateCommandTest {

  private static final DeliberationJson JSON = DeliberationJson.create();
  private static final String PUBLICITY = "meeting.publicity.missing";
  private static final String OVERDUE = "outcome.duty.overdue";

  @TempDir Path dir;

  @Test
  void writesTheValidScenariosOfTheSeedsDrawnFromTheSeedOverOneTreeAndCalendar() throws IOException {
    Path records = dir.resolve("records.jsonl");
    Path units = dir.resolve("units.json");
    Path calendar = dir.resolve("calendar.json");

    CliRunner.Result result =
        CliRunner.cli().run("generate", "--count", "24", "--seed", "5", "--tree-units", "3000", "--out", records.toString(),
            "--units-out", units.toString(), "--calendar-out", calendar.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).isEmpty();
    Jurisdiction tree = JSON.read(DocumentKind.JURISDICTION, units);
    HolidayCalendar days = JSON.read(DocumentKind.CALENDAR, calendar);
    assertThat(tree).isEqualTo(Generators.province(5, 3000));
    assertThat(days.holidays()).isEmpty();
    assertThat(days.makeUpWorkingDays()).isEmpty();
    List<Deliberation> written = readRecords(records);
    List<Scenario> expected = scenarios(Scenarios.valid(Profiles.jinan()).over(tree, days), 5, 24);
    assertThat(written).isEqualTo(expected.stream().map(Scenario::record).toList());
    Set<UnitId> treeUnits = tree.units().stream().map(AdministrativeUnit::id).collect(Collectors.toSet());
    for (Scenario scenario : expected) {
      assertThat(scenario.validate().violations()).as("%s", scenario).isEmpty();
      assertThat(treeUnits).contains(scenario.record().deliberatingUnit());
    }
    assertThat(written.stream().flatMap(r -> district(tree, r.deliberatingUnit()).stream()).distinct().count())
        .as("districts reached").isGreaterThan(1);
    assertThat(result.err())
        .isEqualTo("24 records of profile jinan (seed 5, size 20) over a unit tree of 3000 units: valid, each"
            + " compliant at its own instant, from " + first(expected) + " to " + last(expected) + "\n");
  }

  @Test
  void writesRecordsThatTakeTheBrokenRulesInTurn() throws IOException {
    Path units = dir.resolve("units.json");
    Path records = dir.resolve("records.jsonl");
    Profile haidian = Profiles.haidian();

    CliRunner.Result result =
        CliRunner.cli().run("--lang", "zh", "generate", "--profile", "haidian", "--count", "6", "--seed", "9",
            "--breaking", PUBLICITY, "--breaking", OVERDUE, "--size", "12", "--tree-units", "200",
            "--units-out", units.toString(), "--out", records.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    Jurisdiction tree = JSON.read(DocumentKind.JURISDICTION, units);
    HolidayCalendar weekdays = HolidayCalendar.of(Set.of(), Set.of());
    List<ScenarioGen> generators =
        List.of(
            Scenarios.breaking(haidian, PUBLICITY).over(tree, weekdays),
            Scenarios.breaking(haidian, OVERDUE).over(tree, weekdays));
    SplittableRandom seeds = new SplittableRandom(9);
    List<Scenario> expected = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      expected.add(generators.get(i % 2).generate(seeds.nextLong(), 12));
    }
    assertThat(readRecords(records)).isEqualTo(expected.stream().map(Scenario::record).toList());
    for (int i = 0; i < 6; i++) {
      Scenario scenario = expected.get(i);
      assertThat(scenario.validate().violations().stream().map(Violation::code).map(RuleCode::value).distinct())
          .as("record %d", i)
          .containsExactly(i % 2 == 0 ? PUBLICITY : OVERDUE);
    }
    assertThat(result.err())
        .isEqualTo("已生成 6 条记录（规程 haidian，种子 9，规模 12），共用一棵 200 个单位的单位树：每条违反一条规则（"
            + PUBLICITY + ", " + OVERDUE + " 轮流），各以其自身时刻为准，时刻从 " + first(expected) + " 到 "
            + last(expected) + "\n");
  }

  @Test
  void writesTheSameBytesForTheSameOptionsOnAnyNumberOfThreads() {
    String one = CliRunner.cli().run("generate", "--count", "40", "--seed", "3", "--tree-units", "100", "--threads", "1").out();
    String three = CliRunner.cli().run("generate", "--count", "40", "--seed", "3", "--tree-units", "100", "--threads", "3").out();
    String otherSeed = CliRunner.cli().run("generate", "--count", "40", "--seed", "4", "--tree-units", "100").out();

    assertThat(one.lines()).hasSize(40);
    assertThat(three).isEqualTo(one);
    assertThat(otherSeed).isNotEqualTo(one);
  }

  @Test
  void writesEachRecordAsOneRecordDocumentALine() throws IOException {
    CliRunner.Result result = CliRunner.cli().run("generate", "--count", "3", "--tree-units", "50");

    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(3);
    for (String line : lines) {
      assertThat(JSON.read(DocumentKind.RECORD, line)).isNotNull();
      assertThat(line).startsWith("{\"schemaVersion\"").doesNotContain("\n");
    }
  }

  @Test
  void generatesOverAGivenTreeAndCalendarThatValidateThenJudges() throws IOException {
    Jurisdiction given = Generators.province(77, 120);
    Path units = Files.writeString(dir.resolve("given-units.json"), JSON.writePretty(DocumentKind.JURISDICTION, given));
    HolidayCalendar days = Generators.workCalendars(2020, 2031).sample(77, 0);
    Path calendar = Files.writeString(dir.resolve("given-calendar.json"), JSON.writePretty(DocumentKind.CALENDAR, days));
    Path records = dir.resolve("records.jsonl");

    CliRunner.Result generated =
        CliRunner.cli().run("generate", "--count", "12", "--seed", "8", "--units", units.toString(),
            "--calendar", calendar.toString(), "--out", records.toString());

    assertThat(generated.exitCode()).isEqualTo(ExitCodes.OK);
    List<Scenario> expected = scenarios(Scenarios.valid(Profiles.jinan()).over(given, days), 8, 12);
    assertThat(readRecords(records)).isEqualTo(expected.stream().map(Scenario::record).toList());

    // the last record, judged alone at its own instant against the files written, is compliant
    Path lastRecord = Files.writeString(dir.resolve("last.jsonl"), Files.readAllLines(records).get(11) + "\n");
    CliRunner.Result judged =
        CliRunner.cli().run("validate", lastRecord.toString(), "--units", units.toString(), "--calendar",
            calendar.toString(), "--at", expected.get(11).at().toString(), "--format", "jsonl");
    assertThat(judged.exitCode()).as(judged.out()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void writesAProvinceTreeBeyondTheDefaultDocumentLimitThatValidateReadsBack() throws IOException {
    Path units = dir.resolve("province.json");
    Path records = dir.resolve("records.jsonl");

    CliRunner.Result generated =
        CliRunner.cli().run("generate", "--count", "2", "--tree-units", "200000", "--units-out", units.toString(),
            "--out", records.toString());

    assertThat(generated.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(Files.size(units)).isGreaterThan(JsonLimits.DEFAULT.maxDocumentLength());
    assertThatThrownBy(() -> JSON.read(DocumentKind.JURISDICTION, units))
        .isInstanceOf(DeliberationJsonException.class)
        .hasMessageContaining("maxDocumentLength");
    CliRunner.Result judged =
        CliRunner.cli().run("validate", records.toString(), "--units", units.toString(), "--at", "2030-01-01");
    assertThat(judged.exitCode()).as(judged.err()).isIn(ExitCodes.OK, ExitCodes.VIOLATIONS);
    assertThat(judged.out()).contains("records            2");
  }

  @Test
  void writesNoRecordForACountOfZero() {
    CliRunner.Result result = CliRunner.cli().run("generate", "--count", "0", "--tree-units", "20");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("0 records of profile jinan (seed 1, size 20) over a unit tree of 20 units: valid, each compliant\n");
  }

  @Test
  void writesTheLinksOfAProfileThatNeedsNone() throws IOException {
    Path links = dir.resolve("links.json");

    CliRunner.Result result =
        CliRunner.cli().run("generate", "--count", "5", "--tree-units", "30", "--links-out", links.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(JSON.read(DocumentKind.HOUSEHOLD_LINKS, links).isEmpty()).isTrue();
  }

  @Test
  void writesTheLinksOfOneRecordOfAProfileThatRequiresLinkedMembers() throws IOException {
    Path profile = linkingProfile();
    Path links = dir.resolve("links.json");
    Path units = dir.resolve("units.json");

    CliRunner.Result result =
        CliRunner.cli().run("generate", "--profile", profile.toString(), "--count", "1", "--seed", "4",
            "--tree-units", "60", "--links-out", links.toString(), "--units-out", units.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
    assertThat(result.err()).startsWith("1 record of profile jinan-linked (seed 4, size 20) over a unit tree of 60 units");
    Profile p = JSON.read(DocumentKind.PROFILE, profile);
    Scenario expected =
        Scenarios.valid(p).over(Generators.province(4, 60), HolidayCalendar.of(Set.of(), Set.of()))
            .generate(new SplittableRandom(4).nextLong(), 20);
    assertThat(expected.householdLinks().isEmpty()).isFalse();
    assertThat(JSON.read(DocumentKind.HOUSEHOLD_LINKS, links)).isEqualTo(expected.householdLinks());
  }

  @Test
  void refusesLinksForManyRecordsOfAProfileThatRequiresLinkedMembers() throws IOException {
    Path profile = linkingProfile();

    CliRunner.Result result =
        CliRunner.cli().run("generate", "--profile", profile.toString(), "--count", "2", "--tree-units", "60",
            "--links-out", dir.resolve("links.json").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).startsWith("shangliang generate: --links-out: profile jinan-linked requires linked party members")
        .doesNotContain("\tat ");
    assertThat(result.out()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--count|-1|--count: must be 0 or more, was -1",
        "--size|0|--size: must be 1 or more, was 0",
        "--threads|0|--threads: must be at least 1, was 0",
        "--tree-units|5|--tree-units: ",
        "--breaking|meeting.publicity.mising|--breaking: no rule has the code 'meeting.publicity.mising'; nearest: meeting.publicity.missing",
        "--breaking|tier.no-common-unit|--breaking: tier.no-common-unit is broken only by changing the unit tree",
        "--profile|nowhere.json|--profile: no built-in profile and no file named 'nowhere.json'",
        "--calendar|nowhere.json|--calendar: cannot read nowhere.json: no such file",
      })
  void rejectsABadOptionWithOneLine(String option, String value, String message) {
    CliRunner.Result result = CliRunner.cli().run("generate", option, value);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).startsWith("shangliang generate: " + message).doesNotContain("\tat ");
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.out()).isEmpty();
  }

  @Test
  void rejectsAGivenTreeWithoutAUnitAtATierLevel() throws IOException {
    Path units =
        Files.writeString(
            dir.resolve("city.json"),
            "{\"schemaVersion\": \"1.0\", \"units\": [{\"id\": \"c\", \"level\": \"city\", \"name\": \"市\"}]}");

    CliRunner.Result result = CliRunner.cli().run("generate", "--units", units.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).startsWith("shangliang generate: --units: jurisdiction: has no unit at level").doesNotContain("\tat ");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void rejectsTreeUnitsBesideAGivenTree() {
    CliRunner.Result result =
        CliRunner.cli().run("generate", "--units", "src/test/resources/inputs/validate/units.json", "--tree-units", "50");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).startsWith("shangliang generate: --tree-units: only without --units");
  }

  /** A profile file: Jinan's, renamed, requiring linked party members to take part. */
  private Path linkingProfile() throws IOException {
    Profile jinan = Profiles.jinan();
    String text =
        JSON.writePretty(DocumentKind.PROFILE, jinan)
            .replace("\"linkedMembersRequired\": false", "\"linkedMembersRequired\": true")
            .replace("\"id\": \"jinan\"", "\"id\": \"jinan-linked\"");
    assertThat(text).contains("\"linkedMembersRequired\": true", "\"id\": \"jinan-linked\"");
    return Files.writeString(dir.resolve("jinan-linked.json"), text);
  }

  private static java.util.Optional<UnitId> district(Jurisdiction tree, UnitId unit) {
    return tree.pathToRoot(unit).stream()
        .filter(u -> u.level() == TierLevel.DISTRICT)
        .map(AdministrativeUnit::id)
        .findFirst();
  }

  private static List<Scenario> scenarios(ScenarioGen generator, long seed, int count) {
    SplittableRandom seeds = new SplittableRandom(seed);
    List<Scenario> scenarios = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      scenarios.add(generator.generate(seeds.nextLong(), ScenarioGen.DEFAULT_SIZE));
    }
    return scenarios;
  }

  private static List<Deliberation> readRecords(Path file) throws IOException {
    List<Deliberation> records = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      records.add(JSON.read(DocumentKind.RECORD, line));
    }
    return records;
  }

  private static String first(List<Scenario> scenarios) {
    return scenarios.stream().map(Scenario::at).min(java.util.Comparator.naturalOrder()).orElseThrow().toString();
  }

  private static String last(List<Scenario> scenarios) {
    return scenarios.stream().map(Scenario::at).max(java.util.Comparator.naturalOrder()).orElseThrow().toString();
  }

  @Test
  void stopsMakingRecordsOnceStandardOutputIsClosed() {
    // two batches of records, written in full: an upper bound for what a run that stops after its
    // first batch offers
    long twoBatches =
        CliRunner.cli().run("generate", "--count", "1024", "--seed", "6", "--tree-units", "50").outOffered();

    CliRunner.Result closed =
        CliRunner.cli()
            .stdoutClosedAfter(1000)
            .run("generate", "--count", "8192", "--seed", "6", "--tree-units", "50");

    assertThat(closed.exitCode()).isEqualTo(ExitCodes.OUTPUT_FAILED);
    assertThat(closed.err()).startsWith("shangliang generate: " + StandardOutput.FAILED);
    assertThat(closed.out()).isNotEmpty();
    assertThat(closed.outOffered()).isGreaterThan(1000).isLessThan(twoBatches);
  }
}
