package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.Obligations;
import org.shangliang.deliberation.testkit.GenerationException;
import org.shangliang.deliberation.testkit.Generators;
import org.shangliang.deliberation.testkit.Scenario;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.testkit.Shape;
import org.shangliang.deliberation.validation.Obligation;
import org.shangliang.deliberation.validation.RuleCode;

/**
 * Records of generated scenarios (and reports, obligation lists, work calendars and unit trees)
 * written as compact JSON, damaged by random mutations (a character deleted, inserted or replaced,
 * the text cut short, a property repeated, removed or renamed, a value swapped for {@code null},
 * {@code "1"}, {@code 1}, {@code []}, {@code {}} or another value of the document, a value nested
 * deep, a byte of the UTF-8 flipped): reading each, from a string, a reader, bytes or a stream,
 * strictly or with a zone for local date-times, either succeeds or raises a {@link
 * DeliberationJsonException}, never anything else. Fixed seeds and counts.
 */
class MutatedRecordsTest {
  private static final DeliberationJson JSON = DeliberationJson.create();
  private static final List<DeliberationJson> READERS =
      List.of(
          JSON, JSON, DeliberationJson.builder().localTimesIn(ZoneId.of("Asia/Shanghai")).build());
  private static final long SEED = 20_261_120L;
  private static final int RECORDS_PER_PROFILE = 75;
  private static final int MUTANTS_PER_RECORD = 12;
  private static final int[] SIZES = {3, 8, 20, 40};
  private static final int OTHER_DOCUMENTS = 40;
  private static final int MUTANTS_PER_OTHER = 25;

  /** How one document is damaged. */
  enum Mutation {
    DELETE_CHARACTER,
    INSERT_CHARACTER,
    REPLACE_CHARACTER,
    TRUNCATE,
    DUPLICATE_PROPERTY,
    REMOVE_PROPERTY,
    RENAME_PROPERTY,
    REPLACE_VALUE,
    SWAP_VALUES,
    NEST_VALUE,
    FLIP_BYTE,
    SEVERAL
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aDamagedRecordReadsOrRaisesOnlyDeliberationJsonException() {
    List<String> records = new ArrayList<>();
    for (Profile profile : profiles()) {
      for (long seed = 0; seed < RECORDS_PER_PROFILE; seed++) {
        records.add(JSON.write(DocumentKind.RECORD, record(profile, seed)));
      }
    }
    assertThat(records).hasSize(profiles().size() * RECORDS_PER_PROFILE);
    assertDamageRaisesOnlyTheModulesException(
        DocumentKind.RECORD, records, MUTANTS_PER_RECORD, SEED);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aDamagedReportObligationListCalendarOrUnitTreeReadsOrRaisesOnlyDeliberationJsonException() {
    List<String> reports = new ArrayList<>();
    List<String> obligations = new ArrayList<>();
    for (Profile profile : profiles()) {
      for (RuleCode code : Scenarios.breakableCodes()) {
        if (Scenarios.canBreak(profile, code) && reports.size() < OTHER_DOCUMENTS) {
          Scenario broken = Scenarios.breaking(profile, code).generate((long) reports.size());
          reports.add(JSON.write(DocumentKind.REPORT, broken.validate()));
        }
      }
      Obligations owed = Obligations.of(profile);
      int upTo = obligations.size() + OTHER_DOCUMENTS / profiles().size();
      for (long seed = 0; seed < 100 && obligations.size() < upTo; seed++) {
        Scenario scenario = scenario(profile, seed);
        List<Obligation> due =
            owed.at(scenario.record(), scenario.at().plus(Duration.ofDays(seed % 3 * 200)));
        if (!due.isEmpty()) {
          obligations.add(JSON.write(DocumentKind.OBLIGATIONS, due));
        }
      }
    }
    List<String> calendars = new ArrayList<>();
    List<String> trees = new ArrayList<>();
    for (long seed = 0; seed < OTHER_DOCUMENTS; seed++) {
      int size = SIZES[(int) (seed % SIZES.length)];
      calendars.add(
          JSON.write(
              DocumentKind.CALENDAR,
              Generators.workCalendars(2025, 2027).generate(new SplittableRandom(seed), size)));
      Profile profile = profiles().get((int) (seed % profiles().size()));
      trees.add(
          JSON.write(
              DocumentKind.JURISDICTION,
              Generators.jurisdictions(profile).generate(new SplittableRandom(seed), size)));
    }
    assertThat(reports.size()).isEqualTo(OTHER_DOCUMENTS);
    assertThat(obligations.size()).isEqualTo(OTHER_DOCUMENTS);
    assertDamageRaisesOnlyTheModulesException(
        DocumentKind.REPORT, reports, MUTANTS_PER_OTHER, SEED + 1);
    assertDamageRaisesOnlyTheModulesException(
        DocumentKind.OBLIGATIONS, obligations, MUTANTS_PER_OTHER, SEED + 2);
    assertDamageRaisesOnlyTheModulesException(
        DocumentKind.CALENDAR, calendars, MUTANTS_PER_OTHER, SEED + 3);
    assertDamageRaisesOnlyTheModulesException(
        DocumentKind.JURISDICTION, trees, MUTANTS_PER_OTHER, SEED + 4);
  }

  /**
   * Damages each document {@code mutants} times and reads each damaged one: it reads, or it raises
   * a {@link DeliberationJsonException} with a pointer, a position and a fault; every mutation is
   * tried, and most of the damage is refused.
   */
  private static void assertDamageRaisesOnlyTheModulesException(
      DocumentKind<?> kind, List<String> texts, int mutants, long seed) {
    RandomGenerator random = new SplittableRandom(seed);
    List<String> escapes = new ArrayList<>();
    Map<Mutation, int[]> outcomes = new EnumMap<>(Mutation.class); // read, refused
    for (int t = 0; t < texts.size(); t++) {
      String text = texts.get(t);
      Document document = Document.of(text);
      for (int m = 0; m < mutants; m++) {
        Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
        String where = kind.name() + " " + t + " mutant " + m + " " + mutation;
        int[] counts = outcomes.computeIfAbsent(mutation, k -> new int[2]);
        // the strict reader, or one that reads local date-times in a zone
        DeliberationJson json = READERS.get(m % READERS.size());
        if (mutation == Mutation.FLIP_BYTE) {
          byte[] bytes = flipByte(text.getBytes(StandardCharsets.UTF_8), random);
          Supplier<?> read =
              m % 2 == 0
                  ? () -> json.read(kind, bytes)
                  : () -> json.read(kind, new ByteArrayInputStream(bytes));
          check(where, read, counts, escapes, bytes.length);
        } else {
          String mutant = mutate(document, mutation, random);
          Supplier<?> read =
              m % 2 == 0
                  ? () -> json.read(kind, mutant)
                  : () -> json.read(kind, new StringReader(mutant));
          check(where, read, counts, escapes, mutant.length());
        }
      }
    }
    assertThat(escapes).as("%s: exceptions other than DeliberationJsonException", kind).isEmpty();
    assertThat(outcomes).as("%s: every mutation tried", kind).hasSize(Mutation.values().length);
    int read = outcomes.values().stream().mapToInt(c -> c[0]).sum();
    int refused = outcomes.values().stream().mapToInt(c -> c[1]).sum();
    assertThat(read + refused).isEqualTo(texts.size() * mutants);
    assertThat(refused).as("%s: damage refused", kind).isGreaterThan(read);
  }

  private static List<Profile> profiles() {
    return List.of(
        Profiles.jinan(), Profiles.haidian(), Profiles.bishan(), Profiles.jinanOwnersExample());
  }

  /** Shapes that reach the less common parts of a record. */
  private static final List<Shape> SHAPES =
      List.of(
          Shape.any(),
          Shape.any().withVote(Shape.VoteForm.BALLOTS).withDuties(),
          Shape.any().withVote(Shape.VoteForm.SHOW_OF_HANDS),
          Shape.any().withDecisionRule(Shape.RuleKind.DOUBLE_THRESHOLD),
          Shape.any().withDecisionRule(Shape.RuleKind.RESTRICTED),
          Shape.any().withDispute().withSpeakingTurns().withConflictOfInterest(),
          Shape.any().withHotline(2).withEscalation(),
          Shape.any().withReopening().withAppraisal().withRevisit(),
          Shape.any().withRaisedProblems().withPublicity().withEvents());

  private static Deliberation record(Profile profile, long seed) {
    return scenario(profile, seed).record();
  }

  private static Scenario scenario(Profile profile, long seed) {
    int size = SIZES[(int) (seed % SIZES.length)];
    Shape shape = SHAPES.get((int) (seed % SHAPES.size()));
    try {
      return Scenarios.valid(profile, shape).generate(seed, size);
    } catch (GenerationException impossible) { // the profile cannot make this shape
      return Scenarios.valid(profile).generate(seed, size);
    }
  }

  private static void check(
      String where, Supplier<?> read, int[] counts, List<String> escapes, int length) {
    try {
      assertThat(read.get()).isNotNull();
      counts[0]++;
    } catch (DeliberationJsonException e) {
      counts[1]++;
      assertThat(e.pointer()).as(where).matches("(?s)|/.*");
      assertThat(e.line()).as(where).isGreaterThanOrEqualTo(0);
      assertThat(e.column()).as(where).isGreaterThanOrEqualTo(0);
      assertThat(e.fault()).as(where).isNotBlank();
    } catch (RuntimeException | StackOverflowError e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      escapes.add(
          where + " (" + length + " characters): " + trace.toString().lines().limit(8).toList());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // mutations

  private static final String JSON_CHARACTERS = "{}[]:,\"\\0123456789-+.eE ntfu\u0000\u00e9\u4e2d";

  private static final List<String> REPLACEMENTS =
      List.of(
          "null",
          "\"1\"",
          "1",
          "[]",
          "{}",
          "true",
          "false",
          "\"\"",
          "0",
          "-1",
          "0.5",
          "1e999999",
          "-1e-999999",
          "9".repeat(30),
          "\"x y\"",
          "\"2026-13-01T00:00:00Z\"",
          "\"2026-11-20T19:40:00\"",
          "\"" + "长".repeat(300) + "\"",
          "[null]",
          "{\"type\":\"majority\"}",
          "\"P-1D\"",
          "\"-1/2\"",
          "\"1/0\"",
          "\"Asia/Nowhere\"",
          "[[]]",
          "{\"\":1}",
          "\"99999999999999999999/1\"",
          "\"0/0\"",
          "\"PT9999999999999999H\"",
          "\"P1Y\"",
          "\"+999999999-12-31T23:59:59Z\"",
          "\"-999999999-01-01\"",
          "\"\\ud800\"",
          "\" \"",
          "\"a\\u0000b\"",
          "1E+2147483647",
          "1E-2147483648",
          "-0",
          "0E-7",
          "\"+08:00\"",
          "\"/\"",
          "\"~2\"",
          "\"/meetings/99999999999\"",
          "\"" + "x".repeat(129) + "\"",
          "\"Z\"",
          "\"2026-02-29\"",
          "\"0000-01-01T00:00:00Z\"");

  private static String mutate(Document document, Mutation mutation, RandomGenerator random) {
    String text = document.text;
    if (text.isEmpty()) {
      return String.valueOf(randomCharacter(random));
    }
    switch (mutation) {
      case DELETE_CHARACTER:
        {
          int at = random.nextInt(text.length());
          return text.substring(0, at) + text.substring(at + 1);
        }
      case INSERT_CHARACTER:
        {
          int at = random.nextInt(text.length() + 1);
          return text.substring(0, at) + randomCharacter(random) + text.substring(at);
        }
      case REPLACE_CHARACTER:
        {
          int at = random.nextInt(text.length());
          return text.substring(0, at) + randomCharacter(random) + text.substring(at + 1);
        }
      case TRUNCATE:
        return text.substring(0, random.nextInt(text.length()));
      case DUPLICATE_PROPERTY:
        {
          Span property = pick(document.properties, random);
          return insert(text, property.end, "," + property.of(text));
        }
      case REMOVE_PROPERTY:
        {
          Span property = pick(document.properties, random);
          // the property and the comma before or after it
          if (property.start > 0 && text.charAt(property.start - 1) == ',') {
            return text.substring(0, property.start - 1) + text.substring(property.end);
          }
          int end =
              property.end < text.length() && text.charAt(property.end) == ','
                  ? property.end + 1
                  : property.end;
          return text.substring(0, property.start) + text.substring(end);
        }
      case RENAME_PROPERTY:
        {
          Span name = pick(document.names, random);
          Span other = pick(document.names, random);
          return replace(text, name, other.of(text));
        }
      case REPLACE_VALUE:
        return replace(text, pick(document.values, random), pick(REPLACEMENTS, random));
      case SWAP_VALUES:
        {
          Span a = pick(document.values, random);
          Span b = pick(document.values, random);
          if (a.start > b.start) {
            Span t = a;
            a = b;
            b = t;
          }
          if (a.end > b.start) { // one holds the other: put the inner one in place of the outer
            return replace(text, a, b.of(text));
          }
          return text.substring(0, a.start)
              + b.of(text)
              + text.substring(a.end, b.start)
              + a.of(text)
              + text.substring(b.end);
        }
      case NEST_VALUE:
        {
          Span value = pick(document.values, random);
          int levels = pick(List.of(1, 2, 40, 63, 64, 65, 200, 5_000), random);
          boolean arrays = random.nextBoolean();
          String open = arrays ? "[" : "{\"value\":";
          String close = arrays ? "]" : "}";
          return replace(text, value, open.repeat(levels) + value.of(text) + close.repeat(levels));
        }
      case SEVERAL:
        {
          String mutant = text;
          int times = 2 + random.nextInt(3);
          for (int i = 0; i < times; i++) {
            Mutation each = Mutation.values()[random.nextInt(Mutation.NEST_VALUE.ordinal() + 1)];
            mutant = mutate(Document.tolerant(mutant, document), each, random);
          }
          return mutant;
        }
      default:
        throw new IllegalArgumentException(mutation.name());
    }
  }

  private static byte[] flipByte(byte[] bytes, RandomGenerator random) {
    byte[] flipped = bytes.clone();
    int at = random.nextInt(flipped.length);
    flipped[at] =
        random.nextBoolean()
            ? (byte) (flipped[at] ^ (1 << random.nextInt(8)))
            : (byte) random.nextInt(256);
    if (random.nextInt(8) == 0) { // sometimes where the encoding is detected
      flipped[random.nextInt(Math.min(4, flipped.length))] =
          (byte) (random.nextBoolean() ? 0 : 0xFF);
    }
    return flipped;
  }

  private static char randomCharacter(RandomGenerator random) {
    return JSON_CHARACTERS.charAt(random.nextInt(JSON_CHARACTERS.length()));
  }

  private static <T> T pick(List<T> values, RandomGenerator random) {
    return values.get(random.nextInt(values.size()));
  }

  private static String insert(String text, int at, String inserted) {
    return text.substring(0, at) + inserted + text.substring(at);
  }

  private static String replace(String text, Span span, String replacement) {
    return text.substring(0, span.start) + replacement + text.substring(span.end);
  }

  // ---------------------------------------------------------------------------------------------
  // where the names, values and properties of a document are

  /** Characters {@code start} (inclusive) to {@code end} (exclusive) of a text. */
  record Span(int start, int end) {
    String of(String text) {
      return text.substring(start, end);
    }
  }

  /** A compact JSON text and the spans of its property names, values and properties. */
  static final class Document {
    final String text;
    final List<Span> names = new ArrayList<>();
    final List<Span> values = new ArrayList<>();
    final List<Span> properties = new ArrayList<>();

    private Document(String text) {
      this.text = text;
    }

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Finds the spans of a well-formed text. */
    static Document of(String text) {
      Document document = new Document(text);
      Deque<int[]> open = new ArrayDeque<>(); // start of each open value, and of its property or -1
      int property = -1;
      try (JsonParser parser = FACTORY.createParser(text)) {
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
          int start = (int) parser.currentTokenLocation().getCharOffset();
          int end = (int) parser.currentLocation().getCharOffset();
          switch (token) {
            case FIELD_NAME:
              document.names.add(new Span(start, text.indexOf(':', start)));
              property = start;
              break;
            case START_OBJECT:
            case START_ARRAY:
              open.push(new int[] {start, property});
              property = -1;
              break;
            case END_OBJECT:
            case END_ARRAY:
              {
                int[] began = open.pop();
                document.value(began[0], end, began[1]);
                break;
              }
            default:
              document.value(start, end, property);
              property = -1;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertThat(document.values).isNotEmpty();
      assertThat(document.properties).isNotEmpty();
      return document;
    }

    private void value(int start, int end, int property) {
      values.add(new Span(start, end));
      if (property >= 0) {
        properties.add(new Span(property, end));
      }
    }

    /**
     * The spans of a text already damaged, if it is still well-formed; else those of the original
     * document, kept within the damaged text's length.
     */
    static Document tolerant(String text, Document original) {
      try {
        return of(text);
      } catch (UncheckedIOException | AssertionError malformed) {
        Document document = new Document(text);
        for (Span s : original.names) {
          document.keep(document.names, s);
        }
        for (Span s : original.values) {
          document.keep(document.values, s);
        }
        for (Span s : original.properties) {
          document.keep(document.properties, s);
        }
        if (document.names.isEmpty()
            || document.values.isEmpty()
            || document.properties.isEmpty()) {
          Span whole = new Span(0, text.length());
          document.names.add(whole);
          document.values.add(whole);
          document.properties.add(whole);
        }
        return document;
      }
    }

    private void keep(List<Span> spans, Span span) {
      if (span.end < text.length() && span.start > 0) {
        spans.add(span);
      }
    }
  }
}
