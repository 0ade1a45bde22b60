package org.shangliang.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shangliang.deliberation.json.JsonLines;

/**
 * {@link JsonLinesBenchmark} validates what it claims: a file of the scenarios' records, each
 * compliant against its own scenario's validator, read to the same counts sequentially, on one and
 * two worker threads and in order.
 */
class JsonLinesBenchmarkTest {
  @Test
  void everyRecordOfTheFileIsReadAndCompliantAgainstItsScenarioOnEveryThreadCount(@TempDir Path dir)
      throws IOException {
    JsonLinesBenchmark.Corpus corpus = JsonLinesBenchmark.Corpus.generate();
    int count = 2 * JsonLinesBenchmark.SCENARIOS + 50;
    Path file = corpus.file(dir, count);
    assertThat(Files.readAllLines(file)).hasSize(count);
    assertThat(corpus.file(dir, count)).as("written once, then reused").isEqualTo(file);

    JsonLinesBenchmark.Tally expected =
        new JsonLinesBenchmark.Tally(new JsonLines.Summary(count, count, 0, 0), 0);
    for (String threads : new String[] {"sequential", "1", "2"}) {
      assertThat(corpus.validate(file, threads)).as(threads).isEqualTo(expected);
      assertThat(corpus.validateInOrder(file, threads)).as(threads).isEqualTo(expected);
    }
    assertThat(corpus.validate(file, "control"))
        .as("the control reads the file twice")
        .isEqualTo(new JsonLinesBenchmark.Tally(new JsonLines.Summary(2 * count, 2 * count, 0, 0), 0));
  }

  @Test
  void aRecordCheckedAgainstAnotherScenarioIsNotCompliantSoTheValidatorsMatter(@TempDir Path dir)
      throws IOException {
    // the file of one more record than scenarios, read as if it began one line later: line n is
    // validated against scenario n % SCENARIOS, a different unit tree and calendar
    JsonLinesBenchmark.Corpus corpus = JsonLinesBenchmark.Corpus.generate();
    Path file = corpus.file(dir, JsonLinesBenchmark.SCENARIOS + 1);
    Path shifted = dir.resolve("shifted.jsonl");
    Files.writeString(shifted, "\n" + Files.readString(file));
    JsonLinesBenchmark.Tally tally = corpus.validate(shifted, "2");
    assertThat(tally.summary().values()).isEqualTo(JsonLinesBenchmark.SCENARIOS + 1);
    assertThat(tally.violations()).isPositive();
  }
}
