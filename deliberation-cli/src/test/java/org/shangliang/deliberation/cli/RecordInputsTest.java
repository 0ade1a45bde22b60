package org.shangliang.deliberation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.Scenarios;

class RecordInputsTest {

  private static final DeliberationJson JSON = DeliberationJson.create();

  @TempDir Path dir;

  private static String line(long seed) {
    Deliberation record = Scenarios.valid(Profiles.jinan()).generate(seed).record();
    return JSON.write(DocumentKind.RECORD, record);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void accountsForEveryLineAndGoesOnAfterABadOne(int threads) throws IOException {
    Path file = dir.resolve("records.jsonl");
    Files.writeString(
        file, line(1) + "\n{\"schemaVersion\": \"1.0\", \"id\": 7}\n\n" + line(2) + "\nnot json\n");
    RecordInputs inputs = new RecordInputs();
    inputs.files = List.of(file.toString());
    List<String> seen = new ArrayList<>();

    RecordInputs.Tally tally =
        inputs.forEachInOrder(
            context(""),
            JSON,
            threads,
            record -> record.id().value(),
            (item, id) -> seen.add(item.isRecord() ? item.line() + " " + id : item.describeError()));

    assertThat(tally).isEqualTo(new RecordInputs.Tally(5, 2, 2, 1));
    assertThat(seen).hasSize(4);
    assertThat(seen.get(0)).startsWith("1 d-");
    assertThat(seen.get(1)).startsWith(file + ":2: at /");
    assertThat(seen.get(2)).startsWith("4 d-");
    assertThat(seen.get(3)).startsWith(file + ":5: at /: ");
  }

  @Test
  void readsAJsonFileAsOneRecordAndStandardInputAsJsonLines() throws IOException {
    Path file = dir.resolve("one.json");
    Files.writeString(file, line(3));
    RecordInputs inputs = new RecordInputs();
    inputs.files = List.of(file.toString(), "-");

    RecordInputs.Read read = inputs.readAll(context(line(4) + "\n" + line(5) + "\n"), JSON);

    assertThat(read.tally()).isEqualTo(new RecordInputs.Tally(3, 3, 0, 0));
    assertThat(read.items()).extracting(InputItem::location)
        .containsExactly(file + ":1", "<stdin>:1", "<stdin>:2");
  }

  @Test
  void reportsABrokenJsonFileAsOneBadItem() throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": true\n}\n");
    RecordInputs inputs = new RecordInputs();
    inputs.files = List.of(file.toString());

    RecordInputs.Read read = inputs.readAll(context(""), JSON);

    assertThat(read.tally()).isEqualTo(new RecordInputs.Tally(1, 0, 1, 0));
    assertThat(read.items().get(0).isRecord()).isFalse();
    assertThat(read.items().get(0).describeError()).startsWith(file + ":");
  }

  @Test
  void refusesAMissingFileBeforeReadingAnything() {
    RecordInputs inputs = new RecordInputs();
    inputs.files = List.of(dir.resolve("absent.jsonl").toString());

    assertThatThrownBy(inputs::sources)
        .isInstanceOf(CliFailure.class)
        .hasMessage("FILE: cannot read " + dir.resolve("absent.jsonl") + ": no such file");
  }

  @Test
  void refusesStandardInputNamedTwice() {
    RecordInputs inputs = new RecordInputs();
    inputs.files = List.of("-", "-");

    assertThatThrownBy(inputs::sources)
        .isInstanceOf(CliFailure.class)
        .hasMessage("FILE: standard input ('-') can be read only once");
  }

  private static CliContext context(String stdin) {
    return new CliContext(
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        Clock.systemUTC(),
        Locale.ENGLISH,
        false,
        System::nanoTime);
  }
}
