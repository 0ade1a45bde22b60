package org.shangliang.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.examples.spark.Rows.BadLine;
import org.shangliang.examples.spark.Rows.LineCounts;

/**
 * The job in Spark's local mode (two worker threads, one session for the class) on testkit records
 * with malformed and blank lines among them, against the plain single-JVM loop on the same files.
 */
class SparkJobTest {
  @TempDir static Path dir;

  private static SparkSession spark;
  private static Corpus corpus;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("spark-job-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.default.parallelism", "2")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.sql.warehouse.dir", dir.resolve("warehouse").toString())
            .getOrCreate();
    // small input splits: a file is read in many splits, lines crossing their edges
    spark.sparkContext().hadoopConfiguration().set("mapreduce.input.fileinputformat.split.maxsize", "150000");
    corpus = Corpus.write(Profiles.jinan(), dir.resolve("in"), 120);
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static String input() {
    return dir.resolve("in").toString();
  }

  @Test
  void everySummaryEqualsThePlainLoops() {
    Model model = corpus.model(TierLevel.DISTRICT, 2);
    JobResult result = SparkJob.run(spark, model, input());
    Summaries spark = result.summaries();
    result.release();

    Summaries plain = PlainJob.run(model, corpus.files);

    assertThat(spark.counts()).isEqualTo(plain.counts());
    assertThat(spark.records()).isEqualTo(plain.records());
    assertThat(spark.badLines()).isEqualTo(plain.badLines());
    assertThat(spark.violations()).isEqualTo(plain.violations());
    assertThat(spark.overdue()).isEqualTo(plain.overdue());
    assertThat(spark.recurring()).isEqualTo(plain.recurring());
    assertThat(spark.outcomes()).isEqualTo(plain.outcomes());
    assertThat(spark).isEqualTo(plain);
    // not vacuous: every table has rows
    assertThat(spark.violations()).isNotEmpty();
    assertThat(spark.overdue()).isNotEmpty();
    assertThat(spark.recurring()).isNotEmpty();
    assertThat(spark.outcomes()).extracting(Rows.OutcomeCount::kind).contains("none").hasSizeGreaterThan(1);
    assertThat(spark.records()).anyMatch(Rows.RecordResult::compliant).anyMatch(r -> !r.compliant());
    assertThat(spark.outcomes().stream().map(Rows.OutcomeCount::district).distinct().filter(d -> !d.isEmpty()))
        .hasSizeGreaterThan(1);
    assertThat(spark.violations().stream().map(Rows.ViolationCount::district).distinct().filter(d -> !d.isEmpty()))
        .hasSizeGreaterThan(1);
  }

  @Test
  void everyLineEndsInOneRowAndBadLinesKeepTheirFileAndOffset() {
    JobResult result = SparkJob.run(spark, corpus.model(TierLevel.COMMUNITY, 2), input());
    LineCounts counts = result.counts();
    List<BadLine> bad = result.badLines().collect();
    long judged = result.records().count();
    Set<String> locations =
        result.lines().map(line -> line.file() + " " + line.offset()).collect().stream().collect(Collectors.toSet());
    result.release();

    assertThat(counts)
        .isEqualTo(
            new LineCounts(
                corpus.lines, corpus.blank, corpus.records, corpus.badLineLocations.size(), counts.compliant()));
    assertThat(judged).isEqualTo(corpus.records);
    assertThat(locations).hasSize((int) corpus.lines);
    assertThat(bad)
        .extracting(b -> b.file() + " " + b.offset())
        .containsExactlyInAnyOrderElementsOf(corpus.badLineLocations);
    assertThat(bad).allSatisfy(b -> assertThat(b.fault()).isNotBlank());
    assertThat(bad)
        .extracting(BadLine::pointer)
        .containsAll(Corpus.MALFORMED.stream().map(m -> m[1]).toList());
  }

  @Test
  void writesEveryTableFromACommandLineWithFilesAndABuiltInProfile() throws Exception {
    Path out = dir.resolve("out");
    JobOptions options = JobOptions.parse(corpus.commandLine(dir.resolve("in"), dir, out));
    JobResult result = SparkJob.run(spark, options);
    result.write(options.out(), options.format());
    Summaries expected = result.summaries();
    result.release();

    assertThat(spark.read().json(out.resolve("records").toString()).count()).isEqualTo(corpus.records);
    assertThat(spark.read().json(out.resolve("bad-lines").toString()).count())
        .isEqualTo(corpus.badLineLocations.size());
    assertThat(spark.read().json(out.resolve("violations").toString()).count())
        .isEqualTo(expected.violations().size());
    assertThat(spark.read().json(out.resolve("overdue").toString()).count()).isEqualTo(expected.overdue().size());
    assertThat(spark.read().json(out.resolve("recurring").toString()).count())
        .isEqualTo(expected.recurring().size());
    assertThat(spark.read().json(out.resolve("outcomes").toString()).count()).isEqualTo(expected.outcomes().size());
    List<Row> summary = spark.read().json(out.resolve("summary").toString()).collectAsList();
    assertThat(summary).hasSize(1);
    Row row = summary.get(0);
    assertThat(row.<Long>getAs("lines")).isEqualTo(corpus.lines);
    assertThat(row.<Long>getAs("bad")).isEqualTo(corpus.badLineLocations.size());
    assertThat(row.<Long>getAs("blank")).isEqualTo(corpus.blank);
    assertThat(row.<String>getAs("at")).isEqualTo(Corpus.AT.toString());
    assertThat(expected).isEqualTo(PlainJob.run(corpus.model(TierLevel.COMMUNITY, 2), corpus.files));
  }

  @Test
  void rollsRecurringClassesUpToTheLevelAskedAndKeepsTheSmallestAsked() {
    for (Model model :
        List.of(corpus.model(TierLevel.CITY, 2), corpus.model(TierLevel.COURTYARD, 1))) {
      JobResult result = SparkJob.run(spark, model, input());
      List<Rows.RecurringCount> recurring = new Summaries(
              LineCounts.NONE, List.of(), List.of(), List.of(), List.of(), result.recurring().collect(), List.of())
          .recurring();
      result.release();

      assertThat(recurring)
          .isEqualTo(PlainJob.run(model, corpus.files).recurring())
          .isNotEmpty()
          .allSatisfy(c -> assertThat(c.topics()).isGreaterThanOrEqualTo(model.minCount()));
    }
  }
}
