package org.shangliang.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.json.JsonLine;
import org.shangliang.deliberation.json.JsonLines;
import org.shangliang.deliberation.json.JsonLinesWriter;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.testkit.Scenario;
import org.shangliang.deliberation.testkit.ScenarioGen;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.validation.ValidationReport;

/**
 * Run (from the repository's root): {@code java -jar benchmarks/target/benchmarks.jar
 * JsonLinesBenchmark}.
 *
 * <p>The JSON Lines target of the JSON issue: validating a file of 100,000 generated records in
 * constant memory (the forked JVM runs with {@code -Xmx64m}, while the file is hundreds of
 * megabytes), in time linear in the number of records ({@code records} = 10,000, 50,000, 100,000),
 * at least 1.8× faster on 2 threads than on 1 ({@code threads} = {@code sequential}, {@code 1},
 * {@code 2}). One call reads the whole file and validates every record: single-shot time per file.
 *
 * <p>The records. Each generated scenario has its own unit tree, work calendar and instant to judge
 * at, and a record is compliant only against those, so the file cycles through {@value #SCENARIOS}
 * scenarios ({@code Scenarios.valid(Profiles.jinan()).generate(seed, 20)}, seeds {@value
 * #FIRST_SEED} on, 20 parties, 2 to 14 KB of JSON each): line {@code n} holds the record of
 * scenario {@code (n - 1) % }{@value #SCENARIOS}, and is validated with that scenario's validator at
 * its instant. Every record is thus validated for real and is compliant (no violation: {@code
 * JsonLinesBenchmarkTest} checks it); every line is parsed and validated afresh (a value read from
 * a line is new, so nothing the core caches on a value is shared between lines). The files are
 * written once, with {@code json.lines(DocumentKind.RECORD).writer(file)}, into {@code
 * benchmarks/target/json-lines/} (or {@code target/json-lines/} when run from elsewhere) and kept for
 * later runs; their names carry the first seed, the scenario count and the record count.
 *
 * <ul>
 *   <li>{@code validate}: {@code threads = sequential}: {@code json.lines(RECORD).forEach(file,
 *       action)}, everything on one thread; {@code 1} and {@code 2}: {@code
 *       json.lines(RECORD).parallel(threads).forEach(file, action)}, the calling thread cutting the
 *       file into lines and {@code threads} workers parsing and validating (so {@code 1} is two
 *       threads, one of them mostly waiting). The action counts values, errors and violations in
 *       {@link LongAdder}s. {@code control}: the experimental control of the speed-up, two
 *       sequential readers of the file at once, each on a thread of its own (twice the work,
 *       nothing shared but the validators and the JVM): {@code 2 × t(sequential) ÷ t(control)} is
 *       the speed-up two threads can get on the machine at that moment, the ceiling for {@code 2}.
 *   <li>{@code validateInOrder}: the same with {@code parallel(threads).forEachInOrder(file,
 *       validate, count)}: reports handed back on the calling thread in input order, as a tool that
 *       writes its reports in order does; {@code sequential} is the sequential reader as above.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
@Warmup(iterations = 10)
@Measurement(iterations = 5)
public class JsonLinesBenchmark {
  /** How many scenarios the file cycles through. */
  static final int SCENARIOS = 100;

  /** The seed of the first scenario. */
  static final long FIRST_SEED = 20_261_206L;

  /** The size (parties) of each generated scenario. */
  static final int PARTIES = 20;

  /** How many records the file holds. */
  @Param({"10000", "50000", "100000"})
  public int records;

  /**
   * {@code sequential}, or how many worker threads, or {@code control}: two sequential readers at
   * once.
   */
  @Param({"sequential", "1", "2", "control"})
  public String threads;

  private Corpus corpus;
  private Path file;

  /** Creates the benchmark; JMH calls {@link #setUp()} before measuring. */
  public JsonLinesBenchmark() {}

  /**
   * Generates the scenarios and writes the file if it is not there yet.
   *
   * @throws IOException if the file cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    corpus = Corpus.generate();
    Path directory =
        Files.isDirectory(Path.of("benchmarks", "target"))
            ? Path.of("benchmarks", "target")
            : Path.of("target");
    file = corpus.file(directory.resolve("json-lines"), records);
  }

  /**
   * Reads the file and validates every record, the action called on the worker threads.
   *
   * @return the counts
   */
  @Benchmark
  public Tally validate() {
    return corpus.validate(file, threads);
  }

  /**
   * Reads the file and validates every record on the worker threads, the reports counted on the
   * calling thread in input order.
   *
   * @return the counts
   */
  @Benchmark
  public Tally validateInOrder() {
    return corpus.validateInOrder(file, threads);
  }

  /**
   * What a reading found.
   *
   * @param summary the lines, values, errors and blank lines
   * @param violations the violations of all records (warnings included)
   */
  public record Tally(JsonLines.Summary summary, long violations) {}

  /**
   * The scenarios whose records the files hold, with their validators and instants. Immutable and
   * thread-safe.
   */
  static final class Corpus {
    private final DeliberationJson json = DeliberationJson.create();
    private final JsonLines<Deliberation> lines = json.lines(DocumentKind.RECORD);
    private final Deliberation[] records;
    private final Validator[] validators;
    private final Instant[] instants;

    private Corpus(Deliberation[] records, Validator[] validators, Instant[] instants) {
      this.records = records;
      this.validators = validators;
      this.instants = instants;
    }

    /** The {@value #SCENARIOS} scenarios from {@value #FIRST_SEED} on. */
    static Corpus generate() {
      ScenarioGen valid = Scenarios.valid(Profiles.jinan());
      Deliberation[] records = new Deliberation[SCENARIOS];
      Validator[] validators = new Validator[SCENARIOS];
      Instant[] instants = new Instant[SCENARIOS];
      for (int i = 0; i < SCENARIOS; i++) {
        Scenario scenario = valid.generate(FIRST_SEED + i, PARTIES);
        records[i] = scenario.record();
        validators[i] = scenario.validator();
        instants[i] = scenario.at();
      }
      return new Corpus(records, validators, instants);
    }

    /**
     * The file of {@code count} records in {@code directory}, written if it is not there: line
     * {@code n} holds the record of scenario {@code (n - 1) % SCENARIOS}.
     */
    Path file(Path directory, int count) throws IOException {
      Path file =
          directory.resolve("jinan20-seed" + FIRST_SEED + "-scenarios" + SCENARIOS + "-records" + count + ".jsonl");
      if (Files.isRegularFile(file)) {
        return file;
      }
      Files.createDirectories(directory);
      Path partial = directory.resolve(file.getFileName() + ".partial");
      try (JsonLinesWriter<Deliberation> writer = lines.writer(partial)) {
        for (int n = 0; n < count; n++) {
          writer.write(records[n % SCENARIOS]);
        }
      }
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return file;
    }

    private ValidationReport validate(JsonLine<Deliberation> line) {
      int scenario = (int) ((line.lineNumber() - 1) % SCENARIOS);
      return validators[scenario].validate(line.value(), instants[scenario]);
    }

    /**
     * Validates every record of a file, the action on the worker threads (or sequentially); for
     * {@code control}, twice, by two sequential readers at once.
     */
    Tally validate(Path file, String threads) {
      if ("control".equals(threads)) {
        Tally[] other = new Tally[1];
        Thread second = new Thread(() -> other[0] = validate(file, "sequential"), "control");
        second.start();
        Tally first = validate(file, "sequential");
        try {
          second.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
        JsonLines.Summary a = first.summary();
        JsonLines.Summary b = other[0].summary();
        return new Tally(
            new JsonLines.Summary(
                a.lines() + b.lines(), a.values() + b.values(), a.errors() + b.errors(),
                a.blankLines() + b.blankLines()),
            first.violations() + other[0].violations());
      }
      LongAdder violations = new LongAdder();
      java.util.function.Consumer<JsonLine<Deliberation>> action =
          line -> {
            if (line.isValue()) {
              violations.add(validate(line).violations().size());
            }
          };
      JsonLines.Summary summary =
          "sequential".equals(threads)
              ? lines.forEach(file, action)
              : lines.parallel(Integer.parseInt(threads)).forEach(file, action);
      return new Tally(summary, violations.sum());
    }

    /** Validates every record of a file on the worker threads, counting in input order. */
    Tally validateInOrder(Path file, String threads) {
      if ("sequential".equals(threads) || "control".equals(threads)) {
        return validate(file, threads);
      }
      long[] violations = {0};
      JsonLines.Summary summary =
          lines
              .parallel(Integer.parseInt(threads))
              .forEachInOrder(
                  file,
                  line -> line.isValue() ? validate(line) : null,
                  (line, report) -> violations[0] += report == null ? 0 : report.violations().size());
      return new Tally(summary, violations[0]);
    }
  }
}
