package org.shangliang.examples.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.RDDInfo;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.testkit.Generators;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.tier.HolidayCalendar;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.examples.spark.Rows.LineCounts;

/**
 * One timed run of the job or of the plain loop, for {@code scripts/spark-timing.sh} (which starts
 * each run in a JVM of its own and explains the numbers): {@code SparkTiming MODE DIR RECORDS
 * WARMUP}, MODE {@code plain} (the plain loop on the calling thread) or a Spark master ({@code
 * local[1]}, {@code local[2]}). Not a test.
 *
 * <p>The input is written once into DIR and kept: a province of {@value #UNITS} units ({@link
 * Generators#province}), a work calendar, and {@code records-RECORDS.jsonl}, {@value #DISTINCT}
 * distinct Jinan records over that tree (nine in ten valid, one in ten breaking a rule, every rule
 * that can be broken over a given tree in turn) repeated in turn up to RECORDS lines. The run judges
 * them at {@link Corpus#AT}; the job writes its tables as Parquet under DIR/out, the plain loop keeps
 * them in memory. First the same mode runs once over WARMUP records (a file of its own, 0 for none),
 * untimed, so that the timed run measures code the JIT has compiled, as in an executor that has
 * been working for a while. The time is from the start of the work to its end: the Spark session's
 * start-up (a few seconds, once per application) is printed apart.
 *
 * <p>The last line printed is {@code RESULT mode records seconds records-per-second
 * cpu-seconds}, the last the JVM's CPU time from its start.
 */
public final class SparkTiming {
  /** The province's size: about 50 districts. */
  static final int UNITS = 20_000;

  /** How many distinct records the input repeats. */
  static final int DISTINCT = 2_000;

  private SparkTiming() {}

  /**
   * Runs once.
   *
   * @param args MODE DIR RECORDS
   * @throws IOException if the input cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: SparkTiming plain|local[N] DIR RECORDS WARMUP-RECORDS");
      System.exit(2);
    }
    String mode = args[0];
    Path dir = Path.of(args[1]);
    int records = Integer.parseInt(args[2]);
    int warmup = Integer.parseInt(args[3]);
    Path file = input(dir, records);
    Path warmupFile = warmup > 0 ? input(dir, warmup) : null;
    Model model = model(dir);
    if (mode.equals("plain")) {
      if (warmupFile != null) {
        long w = System.nanoTime();
        PlainJob.run(model, List.of(warmupFile));
        System.out.printf("warm-up: %d records in %.1f s%n", warmup, (System.nanoTime() - w) / 1e9);
      }
      long start = System.nanoTime();
      Summaries plain = PlainJob.run(model, List.of(file));
      long end = System.nanoTime();
      report(mode, records, plain.counts().records(), start, end);
      return;
    }
    long up = System.nanoTime();
    SparkSession spark =
        SparkSession.builder()
            .master(mode)
            .appName("spark-timing")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.driver.host", "127.0.0.1")
            // input splits of at most 16 MiB: many more tasks than cores, so none waits long
            // for the last one (the local file system's splits are 32 MiB)
            .config("spark.hadoop.mapreduce.input.fileinputformat.split.maxsize", String.valueOf(16 << 20))
            .getOrCreate();
    System.out.printf("spark session started in %.1f s%n", (System.nanoTime() - up) / 1e9);
    if (warmupFile != null) {
      long w = System.nanoTime();
      JobResult result = SparkJob.run(spark, model, warmupFile.toString());
      result.write(dir.resolve("out-warmup").toString(), "parquet");
      result.release();
      System.out.printf("warm-up: %d records in %.1f s%n", warmup, (System.nanoTime() - w) / 1e9);
    }
    AtomicLong taskCpu = new AtomicLong();
    AtomicLong taskRun = new AtomicLong();
    AtomicLong tasks = new AtomicLong();
    spark
        .sparkContext()
        .addSparkListener(
            new SparkListener() {
              @Override
              public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.taskMetrics() != null) {
                  taskCpu.addAndGet(end.taskMetrics().executorCpuTime());
                  taskRun.addAndGet(end.taskMetrics().executorRunTime());
                  tasks.incrementAndGet();
                }
              }
            });
    long start = System.nanoTime();
    JobResult result = SparkJob.run(spark, model, file.toString());
    result.write(dir.resolve("out").toString(), "parquet");
    LineCounts counts = result.counts();
    long end = System.nanoTime();
    System.out.println("input partitions: " + result.lines().getNumPartitions() + ", " + counts);
    System.out.printf(
        "tasks: %d, their run time %.1f s, their CPU time %.1f s%n",
        tasks.get(), taskRun.get() / 1e3, taskCpu.get() / 1e9);
    for (RDDInfo cached : spark.sparkContext().getRDDStorageInfo()) {
      System.out.printf(
          "cached: %d bytes in memory, %d on disk%n", cached.memSize(), cached.diskSize());
    }
    spark.stop();
    report(mode, records, counts.records(), start, end);
  }

  private static void report(String mode, int records, long judged, long start, long end) {
    if (judged != records) {
      throw new IllegalStateException("judged " + judged + " records of " + records);
    }
    double seconds = (end - start) / 1e9;
    // the CPU time of the whole JVM (input generation, start-up, warm-up and GC included): on a
    // loaded machine, a run that got less than its cores shows here
    double cpu =
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime()
            / 1e9;
    System.out.printf("RESULT %s %d %.2f %.0f %.1f%n", mode, records, seconds, records / seconds, cpu);
  }

  private static Model model(Path dir) throws IOException {
    return new Model(
        DeliberationJson.create().write(DocumentKind.PROFILE, Profiles.jinan()),
        Files.readString(dir.resolve("units.json")),
        Optional.of(Files.readString(dir.resolve("calendar.json"))),
        Optional.empty(),
        Corpus.AT,
        TierLevel.COMMUNITY,
        2);
  }

  /** Writes the input unless it is there, and returns the records' file. */
  private static Path input(Path dir, int records) throws IOException {
    Path file = dir.resolve("records-" + records + ".jsonl");
    if (Files.exists(file)) {
      return file;
    }
    Files.createDirectories(dir);
    Profile profile = Profiles.jinan();
    Jurisdiction tree = Generators.province(7L, UNITS);
    HolidayCalendar calendar = Generators.workCalendars(2020, 2031).sample(7L, 0);
    DeliberationJson json = DeliberationJson.create();
    json.write(DocumentKind.JURISDICTION, tree, dir.resolve("units.json"));
    json.write(DocumentKind.CALENDAR, calendar, dir.resolve("calendar.json"));
    List<RuleCode> breakable = new ArrayList<>();
    for (RuleCode code : RuleCodes.all()) {
      if (Scenarios.canBreakOver(profile, code)) {
        breakable.add(code);
      }
    }
    int distinct = Math.min(records, DISTINCT);
    List<String> lines = new ArrayList<>(distinct);
    for (int i = 0; i < distinct; i++) {
      var gen =
          i % 10 == 9
              ? Scenarios.breaking(profile, breakable.get(i / 10 % breakable.size()))
              : Scenarios.valid(profile);
      lines.add(json.write(DocumentKind.RECORD, gen.over(tree, calendar).generate(i).record()));
    }
    Path partial = dir.resolve(file.getFileName() + ".partial");
    try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      for (int i = 0; i < records; i++) {
        out.write(lines.get(i % distinct));
        out.write('\n');
      }
    }
    Files.move(partial, file);
    return file;
  }
}
