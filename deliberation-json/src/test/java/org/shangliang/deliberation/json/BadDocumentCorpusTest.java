package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad documents under {@code bad/} in the test resources: truncated, malformed, of
 * the wrong types, with huge numbers, deep nesting, duplicate keys, nulls, unknown properties,
 * values the core refuses and every limit crossed. Reading each raises a {@link
 * DeliberationJsonException}, never another exception, at the pointer, position and with the fault
 * its line of {@code bad/expected.tsv} gives; a file without a line there, or a line without a
 * file, fails.
 */
class BadDocumentCorpusTest {
  private static final String FOLDER = "bad";
  private static final String INDEX = "expected.tsv";
  private static final String WHOLE_DOCUMENT = "(document)";
  private static final String NONE = "-";

  /** The kinds the corpus must hold bad documents of. */
  private static final List<String> KINDS_COVERED =
      List.of("record", "jurisdiction", "calendar", "report", "obligations");

  /** One line of the index. */
  record Expectation(
      String file,
      DocumentKind<?> kind,
      JsonLimits limits,
      String pointer,
      Optional<long[]> at,
      String fault,
      List<String> hides) {
    @Override
    public String toString() {
      return file;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectations")
  void eachBadDocumentIsRefusedWithOnlyTheModulesExceptionAtItsPointerAndPosition(
      Expectation expected) throws IOException {
    DeliberationJson json = DeliberationJson.builder().limits(expected.limits()).build();
    Path file = folder().resolve(expected.file());

    DeliberationJsonException fromFile =
        refusal(expected, "file", () -> json.read(expected.kind(), file));
    assertRefusedAsExpected(expected, fromFile);
    if (expected.at().isPresent()) {
      long[] at = expected.at().get();
      assertThat(new long[] {fromFile.line(), fromFile.column()})
          .as("%s: line and column of %s", expected.file(), fromFile.getMessage())
          .containsExactly(at);
    } else {
      assertThat(fromFile.line()).as("%s: no line", expected.file()).isZero();
      assertThat(fromFile.column()).as("%s: no column", expected.file()).isZero();
    }

    byte[] bytes = Files.readAllBytes(file);
    DeliberationJsonException fromBytes =
        refusal(expected, "bytes", () -> json.read(expected.kind(), bytes));
    assertRefusedAsExpected(expected, fromBytes);
    assertThat(new long[] {fromBytes.line(), fromBytes.column()})
        .as("%s: the same position from bytes as from the file", expected.file())
        .containsExactly(fromFile.line(), fromFile.column());

    Optional<String> text = utf8(bytes);
    if (text.isPresent()) { // a document of bytes that are not UTF-8 has no text
      DeliberationJsonException fromText =
          refusal(expected, "text", () -> json.read(expected.kind(), text.get()));
      assertRefusedAsExpected(expected, fromText);
      // columns count characters in a text and bytes in a file
      assertThat(fromText.line())
          .as("%s: line from text", expected.file())
          .isEqualTo(fromFile.line());
      assertThat(fromText.column() > 0)
          .as("%s: column from text", expected.file())
          .isEqualTo(fromFile.column() > 0);
    }
  }

  @Test
  void everyFileOfTheCorpusHasAnExpectationAndEveryExpectationAFile() throws IOException {
    Set<String> files;
    try (Stream<Path> listed = Files.list(folder())) {
      files =
          listed
              .map(p -> p.getFileName().toString())
              .filter(name -> !name.equals(INDEX))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> expected =
        expectations().map(Expectation::file).collect(Collectors.toCollection(TreeSet::new));
    assertThat(files).as("files of %s/ without a line in %s", FOLDER, INDEX).isSubsetOf(expected);
    assertThat(expected).as("lines of %s without a file", INDEX).isSubsetOf(files);
    assertThat(files).hasSizeGreaterThanOrEqualTo(40);
  }

  @Test
  void theCorpusHoldsBadDocumentsOfEveryKindAndCrossesEveryLimit() {
    List<Expectation> all = expectations().toList();
    Set<String> kinds = all.stream().map(e -> e.kind().name()).collect(Collectors.toSet());
    assertThat(kinds).containsAll(KINDS_COVERED);
    for (Expectation e : all) {
      assertThat(e.file()).as("named by its kind").startsWith(e.kind().name() + "-");
    }
    for (String limit :
        List.of(
            "maxNestingDepth",
            "maxDocumentLength",
            "maxStringLength",
            "maxNameLength",
            "maxNumberLength",
            "maxTokenCount")) {
      assertThat(all)
          .as("a document crossing %s", limit)
          .anySatisfy(e -> assertThat(e.fault()).contains("exceeds the limit JsonLimits." + limit));
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static DeliberationJsonException refusal(
      Expectation expected, String from, Runnable read) {
    Throwable thrown = catchThrowable(read::run);
    assertThat(thrown)
        .as("%s read from its %s: %s", expected.file(), from, thrown)
        .isExactlyInstanceOf(DeliberationJsonException.class);
    return (DeliberationJsonException) thrown;
  }

  private static void assertRefusedAsExpected(Expectation expected, DeliberationJsonException e) {
    assertThat(e.pointer())
        .as("%s: pointer of %s", expected.file(), e.getMessage())
        .isEqualTo(expected.pointer());
    assertThat(e.fault()).as("%s: fault", expected.file()).contains(expected.fault());
    assertThat(e.getMessage()).as("%s: message", expected.file()).endsWith(e.fault());
    for (String hidden : expected.hides()) {
      assertThat(e.getMessage())
          .as("%s: message with personal data", expected.file())
          .doesNotContain(hidden);
    }
  }

  private static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // the index

  static Stream<Expectation> expectations() {
    List<String> lines;
    try {
      lines = Files.readAllLines(folder().resolve(INDEX), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, DocumentKind<?>> kinds = documentKinds();
    List<Expectation> expectations = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      assertThat(cells).as("%s line %d: 7 cells separated by tabs", INDEX, n + 1).hasSize(7);
      DocumentKind<?> kind = kinds.get(cells[1]);
      assertThat(kind).as("%s line %d: the kind %s", INDEX, n + 1, cells[1]).isNotNull();
      expectations.add(
          new Expectation(
              cells[0],
              kind,
              limits(cells[2]),
              cells[3].equals(WHOLE_DOCUMENT) ? "" : cells[3],
              cells[4].equals(NONE)
                  ? Optional.empty()
                  : Optional.of(
                      Stream.of(cells[4].split(":")).mapToLong(Long::parseLong).toArray()),
              unescape(cells[5]),
              cells[6].equals(NONE)
                  ? List.of()
                  : Stream.of(cells[6].split("\\|"))
                      .map(BadDocumentCorpusTest::unescape)
                      .toList()));
    }
    return expectations.stream();
  }

  /** The document kinds by name: the public constants of {@link DocumentKind}. */
  private static Map<String, DocumentKind<?>> documentKinds() {
    Map<String, DocumentKind<?>> kinds = new TreeMap<>();
    for (Field field : DocumentKind.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == DocumentKind.class) {
        try {
          DocumentKind<?> kind = (DocumentKind<?>) field.get(null);
          kinds.put(kind.name(), kind);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return kinds;
  }

  private static final Map<String, Function<JsonLimits, Function<Long, JsonLimits>>> LIMITS =
      Map.of(
          "maxNestingDepth", l -> v -> l.withMaxNestingDepth(Math.toIntExact(v)),
          "maxDocumentLength", l -> l::withMaxDocumentLength,
          "maxStringLength", l -> v -> l.withMaxStringLength(Math.toIntExact(v)),
          "maxNameLength", l -> v -> l.withMaxNameLength(Math.toIntExact(v)),
          "maxNumberLength", l -> v -> l.withMaxNumberLength(Math.toIntExact(v)),
          "maxTokenCount", l -> l::withMaxTokenCount);

  private static JsonLimits limits(String cell) {
    JsonLimits limits = JsonLimits.DEFAULT;
    if (cell.equals(NONE)) {
      return limits;
    }
    for (String setting : cell.split(",")) {
      String[] nameValue = setting.split("=");
      assertThat(LIMITS).as("the limit %s", setting).containsKey(nameValue[0]);
      limits = LIMITS.get(nameValue[0]).apply(limits).apply(Long.parseLong(nameValue[1]));
    }
    return limits;
  }

  /** {@code \\uXXXX} as the character XXXX and {@code \\\\} as a backslash. */
  private static String unescape(String cell) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\\' && i + 1 < cell.length() && cell.charAt(i + 1) == '\\') {
        text.append('\\');
        i++;
      } else if (c == '\\' && i + 5 < cell.length() && cell.charAt(i + 1) == 'u') {
        text.append((char) Integer.parseInt(cell.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }

  private static Path folder() {
    try {
      return Path.of(BadDocumentCorpusTest.class.getResource(FOLDER + "/" + INDEX).toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
