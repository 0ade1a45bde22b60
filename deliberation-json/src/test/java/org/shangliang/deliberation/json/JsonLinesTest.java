package org.shangliang.deliberation.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.Gen;
import org.shangliang.deliberation.testkit.Generators;
import org.shangliang.deliberation.unit.Jurisdiction;

class JsonLinesTest {
  private static final DeliberationJson JSON = DeliberationJson.create();
  private static final JsonLines<Jurisdiction> LINES = JSON.lines(DocumentKind.JURISDICTION);
  private static final Gen<Jurisdiction> TREES = Generators.jurisdictions(Profiles.jinan());
  private static final String SMALL = "{\"schemaVersion\":\"1.0\",\"units\":[{\"id\":\"c\",\"level\":\"city\",\"name\":\"C\"}]}";
  private static final String WRONG_TYPE = "{\"schemaVersion\":\"1.0\",\"units\":[{\"id\":\"c\",\"level\":3,\"name\":\"C\"}]}";

  private static List<Jurisdiction> trees(int count) {
    List<Jurisdiction> trees = new ArrayList<>();
    for (int seed = 0; seed < count; seed++) {
      trees.add(TREES.sample(seed, seed % 200));
    }
    return trees;
  }

  private static List<JsonLine<Jurisdiction>> read(byte[] input) {
    List<JsonLine<Jurisdiction>> lines = new ArrayList<>();
    LINES.forEach(new ByteArrayInputStream(input), lines::add);
    return lines;
  }

  private static List<JsonLine<Jurisdiction>> read(String input) {
    return read(input.getBytes(UTF_8));
  }

  private static DeliberationJsonException error(JsonLine<Jurisdiction> line) {
    assertThat(line.isValue()).as("line %s is an error", line.lineNumber()).isFalse();
    return line.error().orElseThrow();
  }

  // ---------------------------------------------------------------------------------------------
  // round trips

  @Test
  void thousandsOfGeneratedUnitTreesWrittenAsLinesReadBackEqualInOrder() {
    List<Jurisdiction> trees = trees(3_000);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonLinesWriter<Jurisdiction> writer = LINES.writer(bytes)) {
      trees.forEach(writer::write);
      assertThat(writer.written()).isEqualTo(3_000);
    }
    String text = bytes.toString(UTF_8);
    assertThat(text).endsWith("\n");
    String[] written = text.split("\n", -1);
    assertThat(written).hasSize(3_001);
    for (int i = 0; i < trees.size(); i++) {
      assertThat(written[i]).isEqualTo(JSON.write(DocumentKind.JURISDICTION, trees.get(i)));
    }

    List<Jurisdiction> read = new ArrayList<>();
    JsonLines.Summary summary =
        LINES.forEach(new ByteArrayInputStream(bytes.toByteArray()), line -> read.add(line.value()));
    assertThat(read).isEqualTo(trees);
    assertThat(summary).isEqualTo(new JsonLines.Summary(3_000, 3_000, 0, 0));
  }

  @Test
  void linesWrittenToAWriterAndReadFromAReaderReadBackEqual() {
    List<Jurisdiction> trees = trees(500);
    StringWriter text = new StringWriter();
    try (JsonLinesWriter<Jurisdiction> writer = LINES.writer(text)) {
      trees.forEach(writer::write);
    }
    List<Jurisdiction> read = new ArrayList<>();
    JsonLines.Summary summary = LINES.forEach(new StringReader(text.toString()), line -> read.add(line.value()));
    assertThat(read).isEqualTo(trees);
    assertThat(summary.values()).isEqualTo(500);
  }

  @Test
  void linesWrittenToAFileAreReadBackEqualAndTheFileIsClosed(@TempDir Path dir) throws IOException {
    List<Jurisdiction> trees = trees(500);
    Path file = dir.resolve("units.jsonl");
    try (JsonLinesWriter<Jurisdiction> writer = LINES.writer(file)) {
      trees.forEach(writer::write);
    }
    assertThat(Files.readAllLines(file, UTF_8)).hasSize(500);
    List<Jurisdiction> read = new ArrayList<>();
    assertThat(LINES.forEach(file, line -> read.add(line.value())).values()).isEqualTo(500);
    assertThat(read).isEqualTo(trees);
    // closed: the file can be deleted and replaced (it could not on some systems if left open)
    Files.delete(file);
    assertThat(file).doesNotExist();
  }

  @Test
  void closingAWriterFlushesTheGivenStreamButLeavesItOpen() {
    boolean[] closed = {false};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FilterOutputStream out =
        new FilterOutputStream(bytes) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    JsonLinesWriter<Jurisdiction> writer = LINES.writer(out);
    writer.write(JSON.read(DocumentKind.JURISDICTION, SMALL));
    assertThat(bytes.size()).as("buffered until flushed").isZero();
    writer.close();
    assertThat(bytes.toString(UTF_8)).isEqualTo(SMALL + "\n");
    assertThat(closed[0]).isFalse();
    assertThatThrownBy(() -> writer.write(JSON.read(DocumentKind.JURISDICTION, SMALL)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  // ---------------------------------------------------------------------------------------------
  // bad lines

  @Test
  void badLinesAreReportedWithTheirLineNumbersAndTheOtherLinesAreRead() {
    String input =
        String.join(
            "\n",
            SMALL,
            SMALL,
            "{\"schemaVersion\":\"1.0\",\"units\":[",
            SMALL,
            WRONG_TYPE,
            "[]",
            SMALL + " {}",
            "{\"schemaVersion\":\"1.0\",\"units\":[],\"extra\":true}",
            SMALL)
            + "\n";
    List<JsonLine<Jurisdiction>> lines = read(input);

    assertThat(lines).extracting(JsonLine::lineNumber).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    assertThat(lines).extracting(JsonLine::isValue)
        .containsExactly(true, true, false, true, false, false, false, false, true);

    DeliberationJsonException truncated = error(lines.get(2));
    assertThat(truncated.line()).isEqualTo(3);
    assertThat(truncated.getMessage()).contains("line 3");

    DeliberationJsonException wrongType = error(lines.get(4));
    assertThat(wrongType.pointer()).isEqualTo("/units/0/level");
    assertThat(wrongType.line()).isEqualTo(5);
    assertThat(wrongType.column()).isEqualTo(WRONG_TYPE.indexOf(":3") + 2);
    assertThat(wrongType.getMessage())
        .startsWith("/units/0/level (line 5, column " + wrongType.column() + "): must be a string, was the number 3");

    assertThat(error(lines.get(5)).getMessage()).contains("line 6").contains("must be an object, was an array");
    assertThat(error(lines.get(6)).getMessage()).contains("line 7").contains("must hold one value");
    assertThat(error(lines.get(7)).getMessage())
        .startsWith("/extra (line 8, column ")
        .contains("unknown property \"extra\"");
  }

  @Test
  void aValueTheCoreRefusesIsReportedAtItsPointerOnItsLine() {
    String refused =
        "{\"schemaVersion\":\"1.0\",\"units\":[{\"id\":\"d\",\"level\":\"district\",\"name\":\"D\",\"parent\":\"x\"}]}";
    List<JsonLine<Jurisdiction>> lines = read(SMALL + "\n" + refused + "\n");
    DeliberationJsonException e = error(lines.get(1));
    assertThat(e.pointer()).isEqualTo("/units/0/parent");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.getMessage()).contains("(line 2, column ").contains("unknown unit");
  }

  @Test
  void bytesThatAreNotUtf8AreAnErrorOfTheirLine() {
    byte[] bad = "{\"schemaVersion\":\"1.0\",\"units\":[{\"id\":\"c\",\"level\":\"city\",\"name\":\"\u00ff\u00ff\"}]}"
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes(SMALL.getBytes(UTF_8));
    input.write('\n');
    input.writeBytes(bad);
    input.write('\n');
    input.writeBytes(SMALL.getBytes(UTF_8));
    List<JsonLine<Jurisdiction>> lines = read(input.toByteArray());
    assertThat(lines).extracting(JsonLine::isValue).containsExactly(true, false, true);
    assertThat(error(lines.get(1)).getMessage()).contains("line 2").containsIgnoringCase("UTF-8");
  }

  @Test
  void askingEveryLineForItsValueStopsAtTheFirstBadLineNamingIt() {
    List<Jurisdiction> read = new ArrayList<>();
    String input = SMALL + "\n" + SMALL + "\n" + WRONG_TYPE + "\n" + SMALL + "\n";
    assertThatThrownBy(() -> LINES.forEach(new StringReader(input), line -> read.add(line.value())))
        .isInstanceOf(DeliberationJsonException.class)
        .hasMessageContaining("(line 3, column ");
    assertThat(read).hasSize(2);
  }

  @Test
  void anIteratorStopsWhenTheCallerStopsAndItsSummaryCountsTheLinesReturned() {
    String input = SMALL + "\n\n" + WRONG_TYPE + "\n" + SMALL + "\n";
    try (JsonLinesReader<Jurisdiction> reader = LINES.reader(new StringReader(input))) {
      assertThat(reader.next().isValue()).isTrue();
      JsonLine<Jurisdiction> bad = reader.next();
      assertThat(bad.lineNumber()).isEqualTo(3);
      assertThat(bad.isValue()).isFalse();
      assertThat(reader.summary()).isEqualTo(new JsonLines.Summary(3, 1, 1, 1));
    }
  }

  @Test
  void aStreamOfLinesClosesItsReaderAndItsFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("units.jsonl");
    Files.writeString(file, SMALL + "\n" + WRONG_TYPE + "\n" + SMALL + "\n", UTF_8);
    JsonLinesReader<Jurisdiction> reader = LINES.reader(file);
    List<Long> errors;
    try (Stream<JsonLine<Jurisdiction>> lines = reader.stream()) {
      errors = lines.filter(line -> !line.isValue()).map(JsonLine::lineNumber).collect(Collectors.toList());
    }
    assertThat(errors).containsExactly(2L);
    assertThatThrownBy(reader::hasNext).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    Files.delete(file);
  }

  // ---------------------------------------------------------------------------------------------
  // line ends, blank lines, byte order marks

  @Test
  void crlfLineEndsAreLineEndsAndColumnsStayRight() {
    List<JsonLine<Jurisdiction>> lines = read(SMALL + "\r\n" + WRONG_TYPE + "\r\n" + SMALL + "\r\n");
    assertThat(lines).extracting(JsonLine::isValue).containsExactly(true, false, true);
    DeliberationJsonException e = error(lines.get(1));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(WRONG_TYPE.indexOf(":3") + 2);
  }

  @Test
  void theLastLineIsReadWithOrWithoutALineBreak() {
    assertThat(read(SMALL + "\n" + SMALL)).extracting(JsonLine::isValue).containsExactly(true, true);
    assertThat(read(SMALL + "\r\n" + SMALL + "\r")).extracting(JsonLine::isValue).containsExactly(true, true);
    assertThat(read(SMALL + "\n" + WRONG_TYPE))
        .extracting(JsonLine::lineNumber, JsonLine::isValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, true), org.assertj.core.groups.Tuple.tuple(2L, false));
    assertThat(LINES.forEach(new StringReader(""), line -> { })).isEqualTo(new JsonLines.Summary(0, 0, 0, 0));
  }

  @Test
  void blankLinesAreSkippedCountedAndKeepTheLineNumbers() {
    String input = "\n" + SMALL + "\n  \t\n\r\n" + WRONG_TYPE + "\n\n";
    List<JsonLine<Jurisdiction>> lines = new ArrayList<>();
    JsonLines.Summary summary = LINES.forEach(new ByteArrayInputStream(input.getBytes(UTF_8)), lines::add);
    assertThat(lines).extracting(JsonLine::lineNumber).containsExactly(2L, 5L);
    assertThat(summary).isEqualTo(new JsonLines.Summary(6, 1, 1, 4));
    assertThat(LINES.forEach(new StringReader(input), line -> { })).isEqualTo(summary);
  }

  @Test
  void aByteOrderMarkIsSkippedAtTheStartOfTheInputOnly() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes(bom);
    input.writeBytes((SMALL + "\n").getBytes(UTF_8));
    input.writeBytes(bom);
    input.writeBytes((SMALL + "\n").getBytes(UTF_8));
    List<JsonLine<Jurisdiction>> lines = read(input.toByteArray());
    assertThat(lines).extracting(JsonLine::isValue).containsExactly(true, false);
    assertThat(error(lines.get(1)).getMessage()).contains("line 2").contains("byte order mark");

    List<JsonLine<Jurisdiction>> chars = new ArrayList<>();
    LINES.forEach(new StringReader("\uFEFF" + SMALL + "\n\uFEFF" + SMALL), chars::add);
    assertThat(chars).extracting(JsonLine::isValue).containsExactly(true, false);
  }

  // ---------------------------------------------------------------------------------------------
  // limits and memory

  @Test
  void aLineOfTheLongestDocumentIsReadAndALongerOneIsAnErrorOfThatLine() {
    int longest = 200;
    JsonLines<Jurisdiction> lines =
        DeliberationJson.builder()
            .limits(JsonLimits.DEFAULT.withMaxDocumentLength(longest))
            .build()
            .lines(DocumentKind.JURISDICTION);
    String exactly = SMALL + " ".repeat(longest - SMALL.length());
    String oneMore = exactly + " ";
    List<JsonLine<Jurisdiction>> read = new ArrayList<>();
    JsonLines.Summary summary =
        lines.forEach(new StringReader(exactly + "\r\n" + oneMore + "\r\n" + exactly + "\n" + oneMore), read::add);
    assertThat(read).extracting(JsonLine::isValue).containsExactly(true, false, true, false);
    assertThat(summary).isEqualTo(new JsonLines.Summary(4, 2, 2, 0));
    DeliberationJsonException e = error(read.get(1));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(longest + 1);
    assertThat(e.fault()).isEqualTo(
        "the line is 201 characters long, longer than the longest document, 200 characters"
            + " (JsonLimits.maxDocumentLength); it was skipped");
  }

  @Test
  void aHugeLineIsAnErrorOfThatLineAndTheNextLineIsRead() {
    long huge = 64L * 1024 * 1024; // four times the longest document by default
    byte[] small = (SMALL + "\n").getBytes(UTF_8);
    InputStream input =
        new SequenceInputStream(
            java.util.Collections.enumeration(
                List.of(new ByteArrayInputStream(small), new HugeLine(huge), new ByteArrayInputStream(small))));
    List<JsonLine<Jurisdiction>> read = new ArrayList<>();
    JsonLines.Summary summary = LINES.forEach(input, read::add);
    assertThat(summary).isEqualTo(new JsonLines.Summary(3, 2, 1, 0));
    DeliberationJsonException e = error(read.get(1));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.fault()).startsWith("the line is " + huge + " bytes long, longer than the longest document, "
        + JsonLimits.DEFAULT.maxDocumentLength() + " bytes");
    assertThat(read.get(2).value()).isEqualTo(JSON.read(DocumentKind.JURISDICTION, SMALL));
  }

  @Test
  void twoHundredThousandLinesOfAStreamMadeOnTheFlyAreReadOneAtATime() {
    byte[][] documents = new byte[16][];
    for (int i = 0; i < documents.length; i++) {
      documents[i] = (JSON.write(DocumentKind.JURISDICTION, TREES.sample(i, 0)) + "\n").getBytes(UTF_8);
    }
    byte[] bad = (WRONG_TYPE + "\n").getBytes(UTF_8);
    int count = 200_000;
    InputStream input =
        new GeneratedLines(count, n -> n % 1_000 == 999 ? bad : documents[(int) (n % documents.length)]);
    long[] units = {0};
    JsonLines.Summary summary =
        LINES.forEach(input, line -> units[0] += line.isValue() ? line.value().units().size() : 0);
    assertThat(summary).isEqualTo(new JsonLines.Summary(count, count - 200, 200, 0));
    assertThat(units[0]).isPositive();
  }

  /** A line of {@code length} bytes {@code x} and a line break, made as it is read. */
  private static final class HugeLine extends InputStream {
    private long left;

    HugeLine(long length) {
      this.left = length + 1;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      return --left == 0 ? '\n' : 'x';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (left == 0) {
        return -1;
      }
      int take = (int) Math.min(length, left);
      java.util.Arrays.fill(buffer, offset, offset + take, (byte) 'x');
      left -= take;
      if (left == 0) {
        buffer[offset + take - 1] = '\n';
      }
      return take;
    }
  }

  /** An input of {@code count} lines made as they are read, line {@code n} (from 0) by {@code line}. */
  private static final class GeneratedLines extends InputStream {
    private final long count;
    private final LongFunction<byte[]> line;
    private long n;
    private byte[] current = new byte[0];
    private int position;

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
      return take;
    }
  }
}
