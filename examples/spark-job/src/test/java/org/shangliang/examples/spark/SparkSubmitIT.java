package org.shangliang.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.examples.spark.Rows.BadLine;
import org.shangliang.examples.spark.Rows.LineCounts;
import org.shangliang.examples.spark.Rows.OutcomeCount;
import org.shangliang.examples.spark.Rows.OverdueCount;
import org.shangliang.examples.spark.Rows.RecordResult;
import org.shangliang.examples.spark.Rows.RecurringCount;
import org.shangliang.examples.spark.Rows.ViolationCount;

/**
 * The built jar ({@code target/shangliang-spark-job.jar}) submitted as a user submits it: through
 * Spark's own {@code org.apache.spark.deploy.SparkSubmit}, the class {@code bin/spark-submit} runs,
 * in a JVM of its own whose class path holds Spark's jars only (the module's dependencies but ours,
 * as Maven resolves them: {@code target/spark-classpath.txt}), so the job, our libraries and their
 * relocated Jackson come from the jar alone, loaded by spark-submit's class loader. The tables it writes, read back from its JSON files, equal the plain single-JVM loop's.
 */
class SparkSubmitIT {
  @TempDir static Path dir;

  private static Corpus corpus;

  private record Run(int exitCode, String err) {}

  @BeforeAll
  static void writeInput() {
    corpus = Corpus.write(Profiles.jinan(), dir.resolve("in"), 40);
  }

  private static Run submit(String... jobArgs) throws IOException, InterruptedException {
    String jar = System.getProperty("spark.job.jar");
    String classpathFile = System.getProperty("spark.classpath.file");
    String options = System.getProperty("spark.java.options");
    assertThat(jar).as("system property spark.job.jar (set by failsafe)").isNotBlank();
    assertThat(classpathFile).as("system property spark.classpath.file (set by failsafe)").isNotBlank();
    assertThat(options).as("system property spark.java.options (set by failsafe)").isNotBlank();
    assertThat(Path.of(jar)).exists();
    String classpath = Files.readString(Path.of(classpathFile), StandardCharsets.UTF_8).strip();
    // Spark's jars only: none of ours (they are in the submitted jar)
    assertThat(classpath.split(java.io.File.pathSeparator))
        .isNotEmpty()
        .anyMatch(entry -> entry.contains("spark-core_2.13"))
        .noneMatch(entry -> entry.contains("/org/shangliang/") || entry.contains("/deliberation-"));

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(options.trim().split("\\s+")));
    command.add("-Xmx1g");
    command.add("-cp");
    command.add(classpath);
    command.add("org.apache.spark.deploy.SparkSubmit");
    command.addAll(
        List.of(
            "--master", "local[2]",
            "--conf", "spark.ui.enabled=false",
            "--conf", "spark.driver.host=127.0.0.1",
            "--conf", "spark.sql.shuffle.partitions=2",
            "--conf", "spark.hadoop.mapreduce.input.fileinputformat.split.maxsize=150000",
            "--class", "org.shangliang.examples.spark.SparkJob",
            jar));
    command.addAll(List.of(jobArgs));
    Path err = dir.resolve("err-" + System.nanoTime() + ".txt");
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(err.toFile())
            .start();
    boolean ended = process.waitFor(5, TimeUnit.MINUTES);
    if (!ended) {
      process.destroyForcibly().waitFor();
    }
    String errText = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(ended).as("spark-submit ended within five minutes; standard error:%n%s", errText).isTrue();
    return new Run(process.exitValue(), errText);
  }

  @Test
  void writesTablesEqualToThePlainLoopsWhenSubmitted() throws Exception {
    Path out = dir.resolve("out");

    Run run = submit(corpus.commandLine(dir.resolve("in"), dir, out));

    assertThat(run.exitCode()).as("exit code; standard error:%n%s", run.err()).isZero();
    JsonNode summary = rows(out.resolve("summary"), node -> node).get(0);
    Summaries written =
        new Summaries(
            new LineCounts(
                summary.get("lines").asLong(),
                summary.get("blank").asLong(),
                summary.get("records").asLong(),
                summary.get("bad").asLong(),
                summary.get("compliant").asLong()),
            rows(out.resolve("records"), SparkSubmitIT::record),
            rows(
                out.resolve("bad-lines"),
                n -> new BadLine(text(n, "file"), n.get("offset").asLong(), n.get("column").asLong(),
                    text(n, "pointer"), text(n, "fault"))),
            rows(
                out.resolve("violations"),
                n -> new ViolationCount(text(n, "code"), text(n, "district"), text(n, "month"),
                    n.get("records").asLong(), n.get("violations").asLong())),
            rows(
                out.resolve("overdue"),
                n -> new OverdueCount(text(n, "unit"), text(n, "code"), n.get("obligations").asLong())),
            rows(
                out.resolve("recurring"),
                n -> new RecurringCount(text(n, "month"), text(n, "category"), text(n, "entry"),
                    text(n, "unit"), text(n, "unitLevel"), n.get("topics").asLong())),
            rows(
                out.resolve("outcomes"),
                n -> new OutcomeCount(text(n, "district"), text(n, "kind"), n.get("records").asLong())));

    assertThat(text(summary, "at")).isEqualTo(Corpus.AT.toString());
    assertThat(written).isEqualTo(PlainJob.run(corpus.model(TierLevel.COMMUNITY, 2), corpus.files));
    // not vacuous
    assertThat(written.counts().records()).isEqualTo(corpus.records);
    assertThat(written.badLines()).hasSize(corpus.badLineLocations.size());
    assertThat(written.violations()).isNotEmpty();
    assertThat(written.records()).anyMatch(r -> !r.compliant());
  }

  @Test
  void endsWithExitCode2AndTheUsageOnABadCommandLine() throws Exception {
    Run run = submit("--records", dir.resolve("in").toString(), "--frobnicate", "1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--frobnicate").contains("--records");
  }

  private static RecordResult record(JsonNode n) {
    List<String> codes = new ArrayList<>();
    n.get("codes").forEach(code -> codes.add(code.asText()));
    return new RecordResult(
        text(n, "file"),
        n.get("offset").asLong(),
        text(n, "record"),
        text(n, "unit"),
        text(n, "district"),
        text(n, "month"),
        n.get("compliant").asBoolean(),
        codes);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    assertThat(value).as("field %s of %s", field, node).isNotNull();
    return value.asText();
  }

  /** Every row of a table Spark wrote as JSON Lines files ({@code part-*.json}) under a directory. */
  private static <T> List<T> rows(Path table, Function<JsonNode, T> row) {
    ObjectMapper mapper = new ObjectMapper();
    List<T> rows = new ArrayList<>();
    assertThat(table.resolve("_SUCCESS")).as("Spark wrote %s to the end", table).exists();
    try (Stream<Path> files = Files.list(table)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            rows.add(row.apply(mapper.readTree(line)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
