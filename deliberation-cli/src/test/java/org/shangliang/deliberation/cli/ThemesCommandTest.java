package org.shangliang.deliberation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.unit.UnitId;

/**
 * Records sharing one unit tree, built by hand: the ids, parties and topics of the valid Jinan records
 * of seeds 1 to 12 (nothing else), the topics moved into the tree of seed 1 (city-1 … courtyard-5), to
 * three classes and into October and November 2026.
 */
class ThemesCommandTest {

  /** Affected units per record, in turn: two under community-1, one under community-3, community-2. */
  private static final List<List<String>> UNITS =
      List.of(
          List.of("courtyard-1"),
          List.of("grid-1"),
          List.of("courtyard-3", "courtyard-4"),
          List.of("community-2"));

  /** Catalogue entries per record, in turn (null: the category only). */
  private static final String[] ENTRIES = {"lift-installation", "parking", null};

  @TempDir Path dir;

  private Path units() throws IOException {
    Path file = dir.resolve("units.json");
    Files.writeString(
        file,
        DeliberationJson.create()
            .write(DocumentKind.JURISDICTION, Scenarios.valid(Profiles.jinan()).generate(1).jurisdiction()));
    return file;
  }

  private Path records() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Deliberation valid = TestRecords.valid(i + 1);
      String entry = ENTRIES[i % ENTRIES.length];
      Topic.Builder topic =
          new Topic.Builder()
              .id(valid.topic().id())
              .title(valid.topic().title())
              .matterSize(valid.topic().matterSize())
              .source(valid.topic().source())
              .category(entry == null ? "daily-life-and-disputes" : "public-affairs")
              .catalogueEntry(java.util.Optional.ofNullable(entry))
              .addAllAffectedUnits(UNITS.get(i % UNITS.size()).stream().map(UnitId::of).toList())
              .raisedAt(Instant.parse(i < 8 ? "2026-11-0" + (i + 1) + "T02:00:00Z" : "2026-10-1" + (i - 8) + "T02:00:00Z"));
      Deliberation moved =
          new Deliberation.Builder()
              .id(valid.id())
              .topic(topic.build())
              .parties(valid.parties())
              .deliberatingUnit(valid.deliberatingUnit())
              .build();
      lines.add(TestRecords.line(moved));
    }
    return TestRecords.write(dir.resolve("records.jsonl"), lines);
  }

  @Test
  void findsTheRecurringClassesOfAMonthInChineseAndEnglish() throws IOException {
    String units = units().toString();
    String records = records().toString();
    for (String lang : new String[] {"zh", "en"}) {
      CliRunner.Result result =
          CliRunner.cli().run("--lang", lang, "themes", records, "--units", units, "--month", "2026-11", "--min-count", "1");

      assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
      Golden.assertMatches("themes/month." + lang + ".txt", result.out());
    }
    assertThat(CliRunner.cli().run("--lang", "en", "themes", records, "--units", units, "--month", "2026-11", "--min-count", "1").err())
        .isEqualTo("12 records read, 0 lines unreadable; 7 recurring classes in 2026-11\n");
  }

  @Test
  void rollsUpToTheLevelAndCountsASpanOfMonths() throws IOException {
    CliRunner.Result result =
        CliRunner.cli()
            .run("--lang", "en", "themes", records().toString(), "--units", units().toString(),
                "--from", "2026-10", "--to", "2026-11", "--level", "sub-district", "--format", "json");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    Golden.assertMatches("themes/span.json", result.out());
    assertThat(result.err()).endsWith("recurring classes in 2026-10..2026-11\n");
  }

  @Test
  void leavesOutClassesSmallerThanMinCount() throws IOException {
    String units = units().toString();
    String records = records().toString();
    List<String> all = CliRunner.cli().run("themes", records, "--units", units, "--month", "2026-11", "--min-count", "1").out().lines().skip(2).toList();
    List<String> two = CliRunner.cli().run("themes", records, "--units", units, "--month", "2026-11").out().lines().skip(2).toList();

    assertThat(all).hasSizeGreaterThan(two.size());
    assertThat(two).isNotEmpty().allMatch(row -> Integer.parseInt(row.split(" {2,}")[2]) >= 2);
    assertThat(all).anyMatch(row -> Integer.parseInt(row.split(" {2,}")[2]) == 1);
    // the same classes, the columns padded to other widths
    assertThat(cells(all)).containsAll(cells(two));
  }

  private static List<String> cells(List<String> rows) {
    return rows.stream().map(row -> String.join("|", row.split(" {2,}"))).toList();
  }

  @Test
  void abbreviatesTheRecordsOfALargeClass() throws IOException {
    CliRunner.Result result =
        CliRunner.cli().run("--lang", "en", "themes", records().toString(), "--units", units().toString(),
            "--from", "2026-10", "--to", "2026-11", "--level", "city");

    assertThat(result.out()).contains(" more");
  }

  @Test
  void rejectsALevelThatIsNotOne() throws IOException {
    CliRunner.Result result =
        CliRunner.cli().run("themes", records().toString(), "--units", units().toString(), "--level", "province");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("'province' is not a level");
  }

  @Test
  void requiresTheUnitTree() {
    CliRunner.Result result = CliRunner.cli().run("themes", records().toString(), "--month", "2026-11");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).startsWith("shangliang themes: --units: the unit tree is required");
    assertThat(result.err().lines()).hasSize(1);
  }

  @Test
  void rejectsAMonthThatIsNotOne() throws IOException {
    CliRunner.Result result =
        CliRunner.cli().run("themes", records().toString(), "--units", units().toString(), "--month", "November");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).startsWith("shangliang themes: --month: 'November' is not a month");
  }

  @Test
  void listsABadLineCountsItAndExitsWithBadInput() throws IOException {
    Path file = records();
    Files.writeString(file, Files.readString(file) + "[]\n");

    CliRunner.Result result =
        CliRunner.cli().run("--lang", "en", "themes", file.toString(), "--units", units().toString(), "--month", "2026-11");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).startsWith(file + ":13: at /").contains("12 records read, 1 lines unreadable");
  }

  @Test
  void failsWithAUsageErrorOnAMissingFile() throws IOException {
    CliRunner.Result result =
        CliRunner.cli().run("themes", dir.resolve("nowhere.jsonl").toString(), "--units", units().toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).startsWith("shangliang themes: FILE: cannot read ");
  }
}
