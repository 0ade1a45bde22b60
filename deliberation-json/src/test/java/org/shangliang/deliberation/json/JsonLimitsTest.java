package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Each limit of {@link JsonLimits}, set small through {@link DeliberationJson#builder()}: a
 * document exactly at the limit reads, one just over it is refused with a {@link
 * DeliberationJsonException} naming the limit, whether read from a string, bytes, a stream or a
 * reader.
 */
class JsonLimitsTest {

  @Test
  void theDefaultsAreThoseDocumented() {
    assertThat(JsonLimits.DEFAULT)
        .isEqualTo(new JsonLimits(64, 16L * 1024 * 1024, 65_536, 128, 64, 2_000_000L));
    assertThat(DeliberationJson.create().limits()).isEqualTo(JsonLimits.DEFAULT);
    assertThat(DeliberationJson.builder().build().limits()).isEqualTo(JsonLimits.DEFAULT);
  }

  @Test
  void nestingDepthAtTheLimitReadsAndOneLevelDeeperIsRefused() {
    // document, violations, a violation, its arguments, an argument: 5 deep
    String atLimit = report(TEXT);
    // a localized argument's value is an object: 6 deep
    String over = report(LOCALIZED);
    assertThat(depth(atLimit)).isEqualTo(5);
    assertThat(depth(over)).isEqualTo(6);
    DeliberationJson json = limited(JsonLimits.DEFAULT.withMaxNestingDepth(5));

    assertReads(json, DocumentKind.REPORT, atLimit);
    assertRefused(json, DocumentKind.REPORT, over, "maxNestingDepth", 5, "nesting depth 6");
    // both are valid reports
    assertReads(DeliberationJson.create(), DocumentKind.REPORT, over);
  }

  @Test
  void theDefaultNestingDepthIsSixtyFour() {
    // a localized argument is 6 deep and a text argument 5; each list around one adds 2 levels
    String atLimit = report(inLists(29, LOCALIZED));
    String over = report(inLists(30, TEXT));
    assertThat(depth(atLimit)).isEqualTo(64);
    assertThat(depth(over)).isEqualTo(65);

    assertReads(DeliberationJson.create(), DocumentKind.REPORT, atLimit);
    assertRefused(
        DeliberationJson.create(),
        DocumentKind.REPORT,
        over,
        "maxNestingDepth",
        64,
        "nesting depth 65");
  }

  @Test
  void documentLengthAtTheLimitReadsAndOneCharacterMoreIsRefused() {
    String atLimit = CALENDAR;
    String over = CALENDAR + " "; // white space after the value: a valid document, one longer
    DeliberationJson json = limited(JsonLimits.DEFAULT.withMaxDocumentLength(atLimit.length()));

    assertReads(json, DocumentKind.CALENDAR, atLimit);
    Map<String, DeliberationJsonException> refused =
        assertRefused(
            json,
            DocumentKind.CALENDAR,
            over,
            "maxDocumentLength",
            atLimit.length(),
            "document length");
    for (DeliberationJsonException e : refused.values()) {
      assertThat(e.pointer()).as("the whole document").isEmpty();
    }
    assertReads(DeliberationJson.create(), DocumentKind.CALENDAR, over);
  }

  @Test
  void documentLengthCountsBytesWhenReadFromBytesAndCharactersWhenReadFromText() {
    String text =
        "{\"schemaVersion\":\"1.0\",\"units\":[{\"id\":\"c\",\"level\":\"city\",\"name\":\"市\"}]}";
    int characters = text.length();
    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    assertThat(bytes).isEqualTo(characters + 2);
    DeliberationJson json = limited(JsonLimits.DEFAULT.withMaxDocumentLength(characters));

    assertThat(json.read(DocumentKind.JURISDICTION, text).units()).hasSize(1);
    assertThat(json.read(DocumentKind.JURISDICTION, new StringReader(text)).units()).hasSize(1);
    assertThatThrownBy(
            () -> json.read(DocumentKind.JURISDICTION, text.getBytes(StandardCharsets.UTF_8)))
        .isExactlyInstanceOf(DeliberationJsonException.class)
        .hasMessageContaining("JsonLimits.maxDocumentLength (" + characters + ")");
    assertThatThrownBy(
            () ->
                json.read(
                    DocumentKind.JURISDICTION,
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .isExactlyInstanceOf(DeliberationJsonException.class)
        .hasMessageContaining("JsonLimits.maxDocumentLength (" + characters + ")");
  }

  @Test
  void stringLengthAtTheLimitReadsAndOneCharacterMoreIsRefused() {
    String atLimit = jurisdiction("市".repeat(16));
    String over = jurisdiction("市".repeat(17));
    DeliberationJson json = limited(JsonLimits.DEFAULT.withMaxStringLength(16));

    assertThat(assertReads(json, DocumentKind.JURISDICTION, atLimit).units().get(0).name())
        .hasSize(16);
    Map<String, DeliberationJsonException> refused =
        assertRefused(
            json, DocumentKind.JURISDICTION, over, "maxStringLength", 16, "string length 17");
    for (DeliberationJsonException e : refused.values()) {
      assertThat(e.pointer()).isEqualTo("/units/0/name");
    }
  }

  @Test
  void propertyNameLengthAtTheLimitReadsAndOneCharacterMoreIsRefusedBeforeTheNameIsLookedUp() {
    String longestName = "makeUpWorkingDays";
    String atLimit = "{\"schemaVersion\":\"1.0\",\"" + longestName + "\":[\"2026-10-10\"]}";
    // an unknown property, but refused for its length before it is looked up
    String over = atLimit.replace(longestName, longestName + "s");
    DeliberationJson json = limited(JsonLimits.DEFAULT.withMaxNameLength(longestName.length()));

    assertReads(json, DocumentKind.CALENDAR, atLimit);
    Map<String, DeliberationJsonException> refused =
        assertRefused(
            json,
            DocumentKind.CALENDAR,
            over,
            "maxNameLength",
            longestName.length(),
            "property-name length 18");
    for (DeliberationJsonException e : refused.values()) {
      assertThat(e.pointer()).as("the object holding the name").isEmpty();
      assertThat(e.fault()).doesNotContain("unknown property");
    }
  }

  @Test
  void numberLengthAtTheLimitReadsAndOneCharacterMoreIsRefused() {
    String atLimit = record("12345.67");
    String over = record("12345.678");
    DeliberationJson json = limited(JsonLimits.DEFAULT.withMaxNumberLength(8));

    assertReads(json, DocumentKind.RECORD, atLimit);
    Map<String, DeliberationJsonException> refused =
        assertRefused(json, DocumentKind.RECORD, over, "maxNumberLength", 8, "number length 9");
    for (DeliberationJsonException e : refused.values()) {
      assertThat(e.pointer()).isEqualTo("/parties/0/weight");
    }
  }

  @Test
  void numberLengthCountsEveryCharacterNotOnlyTheDigits() {
    // 7 characters, 4 of them digits
    String sevenCharacters = record("1.50e+2");
    assertReads(
        limited(JsonLimits.DEFAULT.withMaxNumberLength(7)), DocumentKind.RECORD, sevenCharacters);
    assertRefused(
        limited(JsonLimits.DEFAULT.withMaxNumberLength(6)),
        DocumentKind.RECORD,
        sevenCharacters,
        "maxNumberLength",
        6,
        "number length 7");
    // an integer: the parser's own count of digits, the same limit
    String integer = report("{\"type\":\"long\",\"value\":1234567}");
    assertReads(limited(JsonLimits.DEFAULT.withMaxNumberLength(7)), DocumentKind.REPORT, integer);
    assertRefused(
        limited(JsonLimits.DEFAULT.withMaxNumberLength(6)),
        DocumentKind.REPORT,
        integer,
        "maxNumberLength",
        6,
        "number length 7");
  }

  @Test
  void tokenCountAtTheLimitReadsAndOneTokenMoreIsRefused() {
    // { "schemaVersion" "1.0" "holidays" [ "2026-10-01" "2026-10-02" ] }: 9 tokens
    String atLimit = "{\"schemaVersion\":\"1.0\",\"holidays\":[\"2026-10-01\",\"2026-10-02\"]}";
    String over = atLimit.replace("\"2026-10-02\"", "\"2026-10-02\",\"2026-10-03\"");
    DeliberationJson json = limited(JsonLimits.DEFAULT.withMaxTokenCount(9));

    assertThat(assertReads(json, DocumentKind.CALENDAR, atLimit).holidays()).hasSize(2);
    assertRefused(json, DocumentKind.CALENDAR, over, "maxTokenCount", 9, "token count 10");
  }

  @Test
  void aLimitBelowOneIsRefusedNamingIt() {
    List<Function<JsonLimits, JsonLimits>> zeroes =
        List.of(
            l -> l.withMaxNestingDepth(0),
            l -> l.withMaxDocumentLength(0),
            l -> l.withMaxStringLength(0),
            l -> l.withMaxNameLength(0),
            l -> l.withMaxNumberLength(0),
            l -> l.withMaxTokenCount(0));
    List<String> names =
        List.of(
            "maxNestingDepth",
            "maxDocumentLength",
            "maxStringLength",
            "maxNameLength",
            "maxNumberLength",
            "maxTokenCount");
    for (int i = 0; i < zeroes.size(); i++) {
      Function<JsonLimits, JsonLimits> zero = zeroes.get(i);
      assertThatThrownBy(() -> zero.apply(JsonLimits.DEFAULT))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(names.get(i) + ": must be at least 1, was 0");
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static final String CALENDAR =
      "{\"schemaVersion\":\"1.0\",\"holidays\":[\"2026-10-01\",\"2026-10-02\"],\"makeUpWorkingDays\":[\"2026-10-10\"]}";

  private static final String TEXT = "{\"type\":\"text\",\"value\":\"a\"}";
  private static final String LOCALIZED =
      "{\"type\":\"localized\",\"value\":{\"zh\":\"甲\",\"en\":\"a\"}}";

  private static String inLists(int lists, String argument) {
    String nested = argument;
    for (int i = 0; i < lists; i++) {
      nested = "{\"type\":\"list\",\"value\":[" + nested + "]}";
    }
    return nested;
  }

  private static DeliberationJson limited(JsonLimits limits) {
    return DeliberationJson.builder().limits(limits).build();
  }

  private static String report(String argument) {
    return "{\"schemaVersion\":\"1.0\",\"violations\":[{\"code\":\"meeting.quorum.not-met\",\"severity\":\"error\","
               + "\"path\":\"/meetings/0/attendance\",\"args\":["
        + argument
        + "],\"source\":\"s\"}]}";
  }

  private static String jurisdiction(String name) {
    return "{\"schemaVersion\":\"1.0\",\"units\":[{\"id\":\"c\",\"level\":\"city\",\"name\":\""
        + name
        + "\"}]}";
  }

  private static String record(String weight) {
    return "{\"schemaVersion\":\"1.0\",\"id\":\"d-1\",\"topic\":{\"id\":\"t-1\",\"title\":\"加装电梯\","
               + "\"category\":\"public-affairs\",\"matterSize\":\"minor\",\"affectedUnits\":[\"courtyard-1\"],"
               + "\"source\":{\"kind\":\"home-visit\"},\"raisedAt\":\"2026-05-20T10:10:00Z\"},"
               + "\"parties\":[{\"id\":\"stakeholder-1\",\"kind\":\"stakeholder\",\"unit\":\"courtyard-1\","
               + "\"roles\":[\"deliberator\"],\"weight\":"
        + weight
        + "}],\"deliberatingUnit\":\"grid-1\"}";
  }

  /** The deepest nesting of objects and arrays in a JSON text. */
  private static int depth(String json) {
    int depth = 0;
    int deepest = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        deepest = Math.max(deepest, ++depth);
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return deepest;
  }

  /** Reads a document from a string, bytes, a stream and a reader: the same value each time. */
  private static <T> T assertReads(DeliberationJson json, DocumentKind<T> kind, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    T value = json.read(kind, text);
    assertThat(value).isNotNull();
    assertThat(json.read(kind, bytes)).isEqualTo(value);
    assertThat(json.read(kind, new ByteArrayInputStream(bytes))).isEqualTo(value);
    assertThat(json.read(kind, new StringReader(text))).isEqualTo(value);
    return value;
  }

  /**
   * Reads a document from a string, bytes, a stream and a reader, and checks that each raises a
   * {@link DeliberationJsonException} naming the limit and its value.
   *
   * @return the exception of each way of reading
   */
  private static Map<String, DeliberationJsonException> assertRefused(
      DeliberationJson json,
      DocumentKind<?> kind,
      String text,
      String limit,
      long max,
      String what) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Map<String, Runnable> reads =
        Map.of(
            "string", () -> json.read(kind, text),
            "bytes", () -> json.read(kind, bytes),
            "stream", () -> json.read(kind, new ByteArrayInputStream(bytes)),
            "reader", () -> json.read(kind, new StringReader(text)));
    Map<String, DeliberationJsonException> refused = new TreeMap<>();
    reads.forEach(
        (from, read) -> {
          Throwable thrown = catchThrowable(read::run);
          assertThat(thrown)
              .as("read from a %s", from)
              .isExactlyInstanceOf(DeliberationJsonException.class);
          DeliberationJsonException e = (DeliberationJsonException) thrown;
          assertThat(e.fault())
              .as("read from a %s", from)
              .contains(what)
              .contains("exceeds the limit JsonLimits." + limit + " (" + max + ")");
          refused.put(from, e);
        });
    return refused;
  }
}
