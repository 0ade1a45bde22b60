package org.shangliang.deliberation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.Scenarios;

class ClassifyCommandTest {

  /** Valid Jinan records: no outcome, shelved, immediate, recommendation, committed. */
  private static final long[] SEEDS = {1, 3, 6, 7, 13};

  @TempDir Path dir;

  private Path records() {
    Path file = TestRecords.writeValid(dir.resolve("records.jsonl"), SEEDS);
    Deliberation contradicting =
        Scenarios.breaking(Profiles.jinan(), "outcome.kind.contradicts-facts").generate(2).record();
    try {
      Files.writeString(file, Files.readString(file) + TestRecords.line(contradicting) + "\n");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return file;
  }

  @Test
  void classifiesEachRecordAndExplainsWhyInChineseAndEnglish() {
    String file = records().toString();
    for (String lang : new String[] {"zh", "en"}) {
      CliRunner.Result result = CliRunner.cli().run("--lang", lang, "classify", file);

      assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
      Golden.assertMatches("classify/table." + lang + ".txt", result.out());
    }
    CliRunner.Result en = CliRunner.cli().run("--lang", "en", "classify", file);
    List<String> rows = en.out().lines().skip(2).toList();
    assertThat(rows).hasSize(6);
    assertThat(rows.get(0)).contains("(no outcome yet)");
    assertThat(rows.subList(1, 5)).allMatch(r -> r.contains("  same  "));
    assertThat(rows.get(5)).doesNotContain("  same  ");
    assertThat(en.err()).isEqualTo("6 records read, 0 lines unreadable; 5 classified, 1 stating another kind than their facts\n");
  }

  @Test
  void writesTheClassificationsAsJson() {
    CliRunner.Result result = CliRunner.cli().run("classify", records().toString(), "--format", "json");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    Golden.assertMatches("classify/classify.json", result.out());
    assertThat(result.out()).contains("\"kind\" : \"shelved\"").contains("\"kind\" : null");
  }

  @Test
  void listsABadLineCountsItAndExitsWithBadInput() throws IOException {
    Path file = records();
    Files.writeString(file, Files.readString(file) + "not json\n");

    CliRunner.Result result = CliRunner.cli().run("--lang", "en", "classify", file.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.out().lines().skip(2)).hasSize(6);
    assertThat(result.err()).startsWith(file + ":7: at /: ").contains("6 records read, 1 lines unreadable");
  }

  @Test
  void failsWithAUsageErrorOnAMissingFile() {
    CliRunner.Result result = CliRunner.cli().run("classify", dir.resolve("nowhere.jsonl").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).startsWith("shangliang classify: FILE: cannot read ");
  }
}
