package org.shangliang.deliberation.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.Gen;
import org.shangliang.deliberation.testkit.Generators;
import org.shangliang.deliberation.unit.Jurisdiction;

/**
 * {@link ParallelJsonLines}: the same lines, values, errors and summary as the sequential reader,
 * in the order promised, failures propagated without hanging, memory bounded. Each test is guarded
 * by a timeout against a hang; none asserts on time.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ParallelJsonLinesTest {
  /** The longest document of the generated inputs: small, so that overlong lines are cheap. */
  private static final int LONGEST = 16 * 1024;

  private static final DeliberationJson JSON =
      DeliberationJson.builder().limits(JsonLimits.DEFAULT.withMaxDocumentLength(LONGEST)).build();
  private static final JsonLines<Jurisdiction> LINES = JSON.lines(DocumentKind.JURISDICTION);
  private static final Gen<Jurisdiction> TREES = Generators.jurisdictions(Profiles.jinan());
  private static final String SMALL =
      "{\"schemaVersion\":\"1.0\",\"units\":[{\"id\":\"c\",\"level\":\"city\",\"name\":\"C\"}]}";
  private static final String WRONG_TYPE =
      "{\"schemaVersion\":\"1.0\",\"units\":[{\"id\":\"c\",\"level\":3,\"name\":\"C\"}]}";
  private static final String REFUSED =
      "{\"schemaVersion\":\"1.0\",\"units\":[{\"id\":\"d\",\"level\":\"district\",\"name\":\"D\","
          + "\"parent\":\"x\"}]}";

  /** The number of lines of {@link #mixed()}, blank ones included. */
  private static final int MIXED_LINES = 3_000;

  /**
   * 3,000 lines: generated unit trees of all sizes (up to 120 units) and, at fixed places, lines
   * that are malformed, of the wrong type, refused by the core, overlong, begun by a byte order
   * mark, blank or only spaces; line ends {@code \n} and {@code \r\n}; a blank last line.
   */
  private static String mixed() {
    StringBuilder text = new StringBuilder();
    for (int n = 0; n < MIXED_LINES; n++) {
      String line;
      switch (n % 50) {
        case 7:
          line = WRONG_TYPE;
          break;
        case 13:
          line = "{\"schemaVersion\":\"1.0\",\"units\":[";
          break;
        case 19:
          line = "";
          break;
        case 23:
          line = " \t ";
          break;
        case 29:
          line = "\uFEFF" + SMALL;
          break;
        case 31:
          line = SMALL + " ".repeat(LONGEST + n % 7 - SMALL.length() + 1);
          break;
        case 37:
          line = "[]";
          break;
        case 41:
          line = REFUSED;
          break;
        case 43:
          line = SMALL + " {}";
          break;
        default:
          line = JSON.write(DocumentKind.JURISDICTION, TREES.sample(n, n % 400));
      }
      text.append(line).append(n % 3 == 0 ? "\r\n" : "\n");
    }
    return text.append("\n").toString();
  }

  private static final String MIXED = mixed();
  private static final byte[] MIXED_BYTES = MIXED.getBytes(UTF_8);

  private static List<JsonLine<Jurisdiction>> sequential() {
    List<JsonLine<Jurisdiction>> lines = new ArrayList<>();
    JsonLines.Summary summary = LINES.forEach(new ByteArrayInputStream(MIXED_BYTES), lines::add);
    assertThat(summary.lines()).isEqualTo(MIXED_LINES + 1);
    return lines;
  }

  private static final List<JsonLine<Jurisdiction>> SEQUENTIAL = sequential();

  /** The sequential reader's lines of {@link #MIXED} read as characters: limits count characters. */
  private static final List<JsonLine<Jurisdiction>> SEQUENTIAL_CHARS = sequentialChars();

  private static List<JsonLine<Jurisdiction>> sequentialChars() {
    List<JsonLine<Jurisdiction>> lines = new ArrayList<>();
    LINES.forEach(new StringReader(MIXED), lines::add);
    return lines;
  }

  private static List<JsonLine<Jurisdiction>> sequential(Source source) {
    return source == Source.CHARS ? SEQUENTIAL_CHARS : SEQUENTIAL;
  }
  private static final JsonLines.Summary SEQUENTIAL_SUMMARY =
      LINES.forEach(new ByteArrayInputStream(MIXED_BYTES), line -> { });

  /** The source of an input, fresh for each reading. */
  private enum Source {
    BYTES,
    CHARS,
    FILE
  }

  private static Path mixedFile(Path dir) throws IOException {
    Path file = dir.resolve("mixed.jsonl");
    if (!Files.exists(file)) {
      Files.write(file, MIXED_BYTES);
    }
    return file;
  }

  private static JsonLines.Summary forEach(
      Source source, Path dir, int threads, java.util.function.Consumer<JsonLine<Jurisdiction>> action)
      throws IOException {
    ParallelJsonLines<Jurisdiction> parallel = LINES.parallel(threads);
    switch (source) {
      case BYTES:
        return parallel.forEach(new ByteArrayInputStream(MIXED_BYTES), action);
      case CHARS:
        return parallel.forEach(new StringReader(MIXED), action);
      default:
        return parallel.forEach(mixedFile(dir), action);
    }
  }

  private static <R> JsonLines.Summary forEachInOrder(
      Source source,
      Path dir,
      int threads,
      java.util.function.Function<JsonLine<Jurisdiction>, R> work,
      java.util.function.BiConsumer<JsonLine<Jurisdiction>, R> then)
      throws IOException {
    ParallelJsonLines<Jurisdiction> parallel = LINES.parallel(threads);
    switch (source) {
      case BYTES:
        return parallel.forEachInOrder(new ByteArrayInputStream(MIXED_BYTES), work, then);
      case CHARS:
        return parallel.forEachInOrder(new StringReader(MIXED), work, then);
      default:
        return parallel.forEachInOrder(mixedFile(dir), work, then);
    }
  }

  /** The same line, value or error: its number, value, pointer, line, column and message. */
  private static void assertSameLine(JsonLine<Jurisdiction> actual, JsonLine<Jurisdiction> expected) {
    assertThat(actual.lineNumber()).isEqualTo(expected.lineNumber());
    assertThat(actual.isValue()).as("line %s is a value", expected.lineNumber()).isEqualTo(expected.isValue());
    if (expected.isValue()) {
      assertThat(actual.value()).isEqualTo(expected.value());
    } else {
      DeliberationJsonException a = actual.error().orElseThrow();
      DeliberationJsonException e = expected.error().orElseThrow();
      assertThat(a.getMessage()).isEqualTo(e.getMessage());
      assertThat(List.of(a.pointer(), a.line(), a.column()))
          .isEqualTo(List.of(e.pointer(), e.line(), e.column()));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // the same lines as the sequential reader

  @Test
  void theGeneratedInputHoldsValuesAndEveryKindOfBadLine() {
    assertThat(LINES.forEach(new StringReader(MIXED), line -> { })).isEqualTo(SEQUENTIAL_SUMMARY);
    assertThat(SEQUENTIAL_CHARS).hasSameSizeAs(SEQUENTIAL);
    assertThat(SEQUENTIAL_SUMMARY.values()).isEqualTo(41 * MIXED_LINES / 50);
    assertThat(SEQUENTIAL_SUMMARY.blankLines()).isEqualTo(2 * MIXED_LINES / 50 + 1);
    assertThat(SEQUENTIAL_SUMMARY.errors()).isEqualTo(7 * MIXED_LINES / 50);
    assertThat(SEQUENTIAL.stream().filter(line -> !line.isValue()).map(line -> line.error().orElseThrow().fault()))
        .anyMatch(fault -> fault.startsWith("the line is "))
        .anyMatch(fault -> fault.contains("byte order mark"))
        .anyMatch(fault -> fault.contains("unknown unit"))
        .anyMatch(fault -> fault.contains("must be a string, was the number 3"));
  }

  @Test
  void everyLineIsGivenOnceWithTheSameValueOrErrorAndTheSameSummaryOnOneToFourThreads(
      @TempDir Path dir) throws IOException {
    for (Source source : Source.values()) {
      for (int t = 1; t <= 4; t++) {
      int threads = t;
        Map<Long, JsonLine<Jurisdiction>> given = new ConcurrentHashMap<>();
        Set<Long> twice = ConcurrentHashMap.newKeySet();
        JsonLines.Summary summary =
            forEach(source, dir, threads, line -> {
              if (given.putIfAbsent(line.lineNumber(), line) != null) {
                twice.add(line.lineNumber());
              }
            });
        assertThat(summary).as("%s, %s threads", source, threads).isEqualTo(SEQUENTIAL_SUMMARY);
        assertThat(twice).isEmpty();
        List<JsonLine<Jurisdiction>> sorted = new ArrayList<>(new TreeMap<>(given).values());
        List<JsonLine<Jurisdiction>> expected = sequential(source);
        assertThat(sorted).hasSameSizeAs(expected);
        for (int i = 0; i < sorted.size(); i++) {
          assertSameLine(sorted.get(i), expected.get(i));
        }
      }
    }
  }

  @Test
  void inOrderThenTakesEveryLineAndItsResultInInputOrderOnTheCallingThread(@TempDir Path dir)
      throws IOException, InterruptedException {
    Thread caller = Thread.currentThread();
    for (Source source : Source.values()) {
      for (int t = 1; t <= 4; t++) {
      int threads = t;
        Set<Thread> workers = ConcurrentHashMap.newKeySet();
        List<JsonLine<Jurisdiction>> taken = new ArrayList<>();
        List<Thread> thenThreads = new ArrayList<>();
        JsonLines.Summary summary =
            forEachInOrder(source, dir, threads,
                line -> {
                  workers.add(Thread.currentThread());
                  return line.isValue() ? line.value().units().size() : -line.lineNumber();
                },
                (line, result) -> {
                  thenThreads.add(Thread.currentThread());
                  assertThat(result)
                      .isEqualTo(line.isValue() ? (long) line.value().units().size() : -line.lineNumber());
                  taken.add(line);
                });
        assertThat(summary).as("%s, %s threads", source, threads).isEqualTo(SEQUENTIAL_SUMMARY);
        List<JsonLine<Jurisdiction>> expected = sequential(source);
        assertThat(taken).hasSameSizeAs(expected);
        for (int i = 0; i < taken.size(); i++) {
          assertSameLine(taken.get(i), expected.get(i));
        }
        assertThat(thenThreads).containsOnly(caller);
        assertThat(workers).doesNotContain(caller).hasSizeLessThanOrEqualTo(threads);
        for (Thread worker : workers) {
          worker.join(TimeUnit.SECONDS.toMillis(30));
          assertThat(worker.isAlive()).as("worker %s ended", worker.getName()).isFalse();
        }
      }
    }
  }

  @Test
  void blankOrEmptyInputsGiveNothingAndCountTheBlankLines() {
    ParallelJsonLines<Jurisdiction> parallel = LINES.parallel(2);
    assertThat(parallel.forEach(new StringReader(""), line -> { throw new AssertionError(line); }))
        .isEqualTo(new JsonLines.Summary(0, 0, 0, 0));
    assertThat(parallel.forEach(new ByteArrayInputStream("\n \r\n\n".getBytes(UTF_8)), line -> { }))
        .isEqualTo(new JsonLines.Summary(3, 0, 0, 3));
    assertThat(parallel.forEach(new StringReader(SMALL), line -> { }))
        .isEqualTo(new JsonLines.Summary(1, 1, 0, 0));
  }

  @Test
  void theThreadCountIsOneTo256() {
    assertThat(LINES.parallel(1).threads()).isEqualTo(1);
    assertThat(LINES.parallel(256).threads()).isEqualTo(256);
    assertThatThrownBy(() -> LINES.parallel(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads: must be 1 to 256, was 0");
    assertThatThrownBy(() -> LINES.parallel(257))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads: must be 1 to 256, was 257");
  }

  // ---------------------------------------------------------------------------------------------
  // failures

  /** An exception of the test's own, naming the line whose action threw it. */
  private static final class Planted extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final long line;

    Planted(long line) {
      super("planted at line " + line);
      this.line = line;
    }
  }

  @Test
  void theExceptionOfTheEarliestLineWhoseActionThrowsPropagatesAfterEveryLineBeforeIt(
      @TempDir Path dir) throws IOException, InterruptedException {
    long first = 1_501; // a value (1501 % 50 = 1 is not a bad or blank place)
    long second = 2_101;
    for (int t = 1; t <= 4; t++) {
      int threads = t;
      Set<Long> given = ConcurrentHashMap.newKeySet();
      Set<Thread> workers = ConcurrentHashMap.newKeySet();
      Throwable thrown =
          catchThrowable(() -> forEach(Source.FILE, dir, threads, line -> {
            workers.add(Thread.currentThread());
            given.add(line.lineNumber());
            if (line.lineNumber() == second || line.lineNumber() == first) {
              throw new Planted(line.lineNumber());
            }
          }));
      assertThat(thrown).as("%s threads", threads).isInstanceOf(Planted.class);
      assertThat(((Planted) thrown).line).isEqualTo(first);
      for (Throwable suppressed : thrown.getSuppressed()) {
        assertThat(suppressed).isInstanceOf(Planted.class);
        assertThat(((Planted) suppressed).line).isEqualTo(second);
      }
      for (JsonLine<Jurisdiction> line : SEQUENTIAL) {
        if (line.lineNumber() <= first) {
          assertThat(given).as("%s threads", threads).contains(line.lineNumber());
        }
      }
      for (Thread worker : workers) {
        worker.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(worker.isAlive()).as("worker %s ended", worker.getName()).isFalse();
      }
      // the file is closed: it can be replaced
      Files.delete(mixedFile(dir));
    }
  }

  @Test
  void askingEveryLineForItsValueStopsAtTheFirstBadLineOfTheInputNamingIt() {
    StringBuilder text = new StringBuilder();
    for (int n = 1; n <= 2_000; n++) {
      text.append(n == 700 || n == 1_900 ? WRONG_TYPE : JSON.write(DocumentKind.JURISDICTION, TREES.sample(n, 60)))
          .append('\n');
    }
    for (int t = 1; t <= 4; t++) {
      int threads = t;
      List<Jurisdiction> read = java.util.Collections.synchronizedList(new ArrayList<>());
      assertThatThrownBy(
              () -> LINES.parallel(threads).forEach(new StringReader(text.toString()), line -> read.add(line.value())))
          .isInstanceOf(DeliberationJsonException.class)
          .hasMessageStartingWith("/units/0/level (line 700, column ");
      assertThat(read).hasSizeGreaterThanOrEqualTo(699);
    }
  }

  @Test
  void inOrderWorkThatThrowsPropagatesAfterThenTookEveryLineBeforeIt(@TempDir Path dir)
      throws IOException {
    long failing = 1_202;
    for (int t = 1; t <= 4; t++) {
      int threads = t;
      List<Long> taken = new ArrayList<>();
      Throwable thrown =
          catchThrowable(() -> forEachInOrder(Source.BYTES, dir, threads,
              line -> {
                if (line.lineNumber() >= failing && line.lineNumber() % 2 == 0) {
                  throw new Planted(line.lineNumber());
                }
                return line.lineNumber();
              },
              (line, result) -> taken.add(result)));
      assertThat(thrown).isInstanceOf(Planted.class);
      assertThat(((Planted) thrown).line).isEqualTo(failing);
      assertThat(taken)
          .isEqualTo(SEQUENTIAL.stream().map(JsonLine::lineNumber).filter(n -> n < failing).toList());
    }
  }

  @Test
  void inOrderThenThatThrowsPropagatesAndIsNotCalledAgain(@TempDir Path dir) throws IOException {
    for (int t = 1; t <= 4; t++) {
      int threads = t;
      List<Long> taken = new ArrayList<>();
      Throwable thrown =
          catchThrowable(() -> forEachInOrder(Source.CHARS, dir, threads,
              JsonLine::lineNumber,
              (line, result) -> {
                taken.add(result);
                if (result >= 970) {
                  throw new Planted(result);
                }
              }));
      assertThat(thrown).isInstanceOf(Planted.class);
      assertThat(((Planted) thrown).line).isEqualTo(971); // line 970 is blank
      assertThat(taken).last().isEqualTo(971L);
      assertThat(taken)
          .isEqualTo(SEQUENTIAL.stream().map(JsonLine::lineNumber).filter(n -> n <= 971).toList());
    }
  }

  @Test
  void anErrorThrownByTheActionPropagatesAsItIs() {
    AssertionError planted = new AssertionError("planted");
    assertThatThrownBy(
            () -> LINES.parallel(3).forEach(new ByteArrayInputStream(MIXED_BYTES), line -> {
              if (line.lineNumber() == 2_000) {
                throw planted;
              }
            }))
        .isSameAs(planted);
  }

  @Test
  void aSourceThatFailsPropagatesItsExceptionAfterTheLinesReadBeforeIt() {
    int complete = 1_000;
    StringBuilder text = new StringBuilder();
    for (int n = 1; n <= complete; n++) {
      text.append(JSON.write(DocumentKind.JURISDICTION, TREES.sample(n, 40))).append('\n');
    }
    text.append("{\"schemaVersion\":\"1."); // the last line is cut short by the failure
    byte[] lines = text.toString().getBytes(UTF_8);
    for (int t = 1; t <= 4; t++) {
      int threads = t;
      IOException failure = new IOException("the disk is gone");
      List<Long> sequential = new ArrayList<>();
      assertThatThrownBy(() -> LINES.forEach(failingAfter(lines, failure), line -> sequential.add(line.lineNumber())))
          .isInstanceOf(UncheckedIOException.class)
          .hasCause(failure);
      Set<Long> given = ConcurrentHashMap.newKeySet();
      assertThatThrownBy(
              () -> LINES.parallel(threads).forEach(failingAfter(lines, failure), line -> given.add(line.lineNumber())))
          .isInstanceOf(UncheckedIOException.class)
          .hasCause(failure);
      assertThat(given).hasSize(complete).containsAll(sequential);

      List<Long> inOrder = new ArrayList<>();
      assertThatThrownBy(
              () -> LINES.parallel(threads).forEachInOrder(
                  failingAfter(lines, failure), JsonLine::lineNumber, (line, n) -> inOrder.add(n)))
          .isInstanceOf(UncheckedIOException.class)
          .hasCause(failure);
      assertThat(inOrder).isEqualTo(sequential);
    }
  }

  @Test
  void aFileThatCannotBeOpenedIsAnUncheckedIoException(@TempDir Path dir) {
    assertThatThrownBy(() -> LINES.parallel(2).forEach(dir.resolve("missing.jsonl"), line -> { }))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(java.nio.file.NoSuchFileException.class);
  }

  @Test
  void anInterruptedCallerStopsWithAnUncheckedIoExceptionAndStaysInterrupted() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> LINES.parallel(2).forEach(new ByteArrayInputStream(MIXED_BYTES), line -> { }))
          .isInstanceOf(UncheckedIOException.class)
          .hasCauseInstanceOf(InterruptedIOException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  /** The bytes, then {@code failure} instead of their end. */
  private static InputStream failingAfter(byte[] bytes, IOException failure) {
    return new InputStream() {
      private int position;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        if (position == bytes.length) {
          throw failure;
        }
        int take = Math.min(Math.min(length, 4_096), bytes.length - position);
        System.arraycopy(bytes, position, buffer, offset, take);
        position += take;
        return take;
      }
    };
  }

  // ---------------------------------------------------------------------------------------------
  // memory

  @Test
  void twoHundredThousandLinesMadeOnTheFlyAreNeverReadFarAheadOfTheWork() {
    byte[][] documents = new byte[16][];
    int longest = 0;
    for (int i = 0; i < documents.length; i++) {
      documents[i] = JSON.write(DocumentKind.JURISDICTION, TREES.sample(i, 0)).getBytes(UTF_8);
      longest = Math.max(longest, documents[i].length);
    }
    byte[] bad = WRONG_TYPE.getBytes(UTF_8);
    longest = Math.max(longest, bad.length);
    int width = longest + 1; // every line the same length: spaces after the document, a line break
    for (int i = 0; i < documents.length; i++) {
      documents[i] = padded(documents[i], width);
    }
    byte[] badLine = padded(bad, width);
    int count = 200_000;
    LongFunction<byte[]> line = n -> n % 1_000 == 999 ? badLine : documents[(int) (n % documents.length)];
    int threads = 2;
    // what the calling thread may have read beyond the start of a line being worked on: the lines
    // in the workers' hands, the batch being filled, the read buffer and the line itself
    long bound = ParallelJsonLines.unitsInFlight(threads) + ParallelJsonLines.BATCH_UNITS + LineSource.CHUNK + width;

    GeneratedLines input = new GeneratedLines(count, line);
    AtomicLong ahead = new AtomicLong();
    AtomicLong units = new AtomicLong();
    JsonLines.Summary summary =
        LINES.parallel(threads).forEach(input, read -> {
          ahead.accumulateAndGet(input.read - (read.lineNumber() - 1) * width, Math::max);
          units.addAndGet(read.isValue() ? read.value().units().size() : 0);
        });
    assertThat(summary).isEqualTo(new JsonLines.Summary(count, count - 200, 200, 0));
    assertThat(units.get()).isPositive();
    assertThat(ahead.get()).isPositive().isLessThanOrEqualTo(bound);
    assertThat((long) count * width).as("the input is far longer than the bound").isGreaterThan(50 * bound);

    GeneratedLines again = new GeneratedLines(count, line);
    AtomicLong aheadInOrder = new AtomicLong();
    long[] next = {1};
    JsonLines.Summary inOrder =
        LINES.parallel(threads).forEachInOrder(again,
            read -> read.isValue() ? read.value().units().size() : 0,
            (read, size) -> {
              assertThat(read.lineNumber()).isEqualTo(next[0]++);
              aheadInOrder.accumulateAndGet(again.read - (read.lineNumber() - 1) * width, Math::max);
            });
    assertThat(inOrder).isEqualTo(summary);
    assertThat(aheadInOrder.get()).isPositive().isLessThanOrEqualTo(bound);
  }

  private static byte[] padded(byte[] document, int width) {
    byte[] line = Arrays.copyOf(document, width);
    Arrays.fill(line, document.length, width - 1, (byte) ' ');
    line[width - 1] = '\n';
    return line;
  }

  /**
   * An input of {@code count} lines made as they are read, line {@code n} (from 0) by {@code line};
   * {@link #read} counts the bytes handed out.
   */
  private static final class GeneratedLines extends InputStream {
    private final long count;
    private final LongFunction<byte[]> line;
    private long n;
    private byte[] current = new byte[0];
    private int position;
    volatile long read;

    GeneratedLines(long count, LongFunction<byte[]> line) {
      this.count = count;
      this.line = line;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      while (position == current.length) {
        if (n == count) {
          return -1;
        }
        current = line.apply(n++);
        position = 0;
      }
      int take = Math.min(length, current.length - position);
      System.arraycopy(current, position, buffer, offset, take);
      position += take;
      read += take;
      return take;
    }
  }
}
