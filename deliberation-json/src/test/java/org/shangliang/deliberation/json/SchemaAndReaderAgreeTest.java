package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.GenerationException;
import org.shangliang.deliberation.testkit.Scenario;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.testkit.Shape;
import org.shangliang.deliberation.validation.ValidationReport;

/**
 * The schemas and the reader agree on what they refuse. Every value of sample documents of every
 * kind is broken in each way a schema can see — an unknown property, a missing one, a wrong type,
 * {@code null}, a number as a string, a bad token, an identifier with a space or an invisible
 * character, a malformed instant, date, duration or fraction, a number out of bounds — and in some
 * ways only the reader can; for each broken document:
 *
 * <ul>
 *   <li>whatever the schema refuses, the reader refuses (the schema is never stricter);
 *   <li>whatever the reader refuses, the schema refuses, unless the reader's fault is one of the
 *       kinds of {@link ReaderOnly}, each with the reason a schema cannot see it.
 * </ul>
 */
class SchemaAndReaderAgreeTest {
  private static final DeliberationJson JSON = DeliberationJson.create();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * The faults only the reader finds, each with why a schema cannot: a schema checks each value
   * against its own form, but cannot compare two values, look one up among others, see the order
   * of properties, the digits of a number as written or the calendar.
   */
  enum ReaderOnly {
    REPEATED_KEY(
        "an id, level, code or stage repeated across the items of a list (two parties with one id):"
            + " uniqueItems compares whole items, not one property of them",
        "duplicate, was"),
    ORDER_OF_INSTANTS(
        "instants out of order (a meeting that ends before it starts, a sign-in after its end): a"
            + " schema compares no two values",
        "must not be before|must not be after|must be within the meeting"),
    YEARS_IN_UTC(
        "an instant outside the years 1 to 9999 in UTC: the year in UTC depends on the offset",
        "must be in the years 1 to 9999"),
    CALENDAR_DATE_OF_AN_INSTANT(
        "an instant on a day the month lacks (2026-02-30T10:00:00Z): a pattern does not know the"
            + " calendar, and format date-time would also refuse forms the reader reads (without"
            + " seconds)",
        "must be an ISO-8601 instant"),
    INTEGER_WITH_POINT(
        "an integer written with a point or an exponent (3.0, 1E+2): JSON Schema counts them as"
            + " integers, the reader reads integers only as written without",
        "must be an integer|must be an integer written without a point or exponent"),
    DIGITS_AS_WRITTEN(
        "a decimal with more than 6 digits after the point that are zeros (1.0000000): a schema sees"
            + " the value, not the digits written",
        "digits before the point and 6 after"),
    DURATION_BOUNDS(
        "a duration of zero, negative or over 36,500 days: the pattern checks its form, not its"
            + " length",
        "must be from .* to 36500 days|must be an ISO-8601 duration"),
    FRACTION_ORDER(
        "a fraction whose numerator is above its denominator (9/7): a pattern cannot compare its"
            + " terms",
        "numerator"),
    REFERENCE(
        "a value that must name another (a parent unit, a category, a catalogue entry, a rule name,"
            + " a profile's rule named by a vote, which needs the profile, a profile to extend, a zone"
            + " id the JDK knows): a schema cannot look a value up",
        "unknown unit|unknown category|unknown catalogue entry|unknown rule name|names a rule of a"
            + " profile|unknown profile|must be a time-zone id"),
    LEVEL_ORDER(
        "a unit its own parent, or a parent or escalation level not above its unit's or tier's: a"
            + " schema compares no two values",
        "cannot be its own parent|must be at a higher level|must be higher than"),
    CALENDAR_LISTS(
        "a date both a holiday and a make-up working day, or a year of days off: a schema compares"
            + " no two lists",
        "cannot be a holiday and a make-up working day|must leave a working day"),
    SHOW_OF_HANDS(
        "a show of hands under a rule that measures weight, or more hands than voters: it depends on"
            + " the rule's nested measures and on counts",
        "a show of hands counts heads only|more hands"),
    APPRAISAL_SCALE(
        "an appraisal scale out of order (min >= max): a schema compares no two values",
        "must have min < max"),
    PROPERTY_ORDER(
        "a tagged value whose type is not its first property: to a schema an object's properties have"
            + " no order",
        "must begin with"),
    ARGUMENT_TEXT(
        "an argument's value of a java.time type or a character: the schema leaves these texts (of"
            + " any year, in java.time's forms) to the reader",
        "must be an ISO-8601|must be a time-zone id|must be a string of one character|must be a"
            + " year"),
    POINTER_INDEX(
        "a path whose index is above 2147483647: the pattern bounds an index to ten digits",
        "is above 2147483647"),
    LIMITS(
        "a document over one of the reader's limits (its length, a string's, a number's or a name's,"
            + " the nesting depth, the tokens), which a caller may set: a schema describes values, not"
            + " how long the text of one is",
        "exceeds the limit JsonLimits"),
    DUPLICATE_KEY(
        "a property given twice in one object: a validator sees the parsed value, which holds one",
        "Duplicate field"),
    TRAILING_CONTENT(
        "anything after the document's value: a validator sees the value parsed, not what follows it",
        "must hold one value|Unexpected close marker");

    final String reason;
    final Pattern fault;

    ReaderOnly(String reason, String fault) {
      this.reason = reason;
      this.fault = Pattern.compile(fault);
    }

    /**
     * The kind of a fault the reader found, if it is one only the reader can see.
     *
     * @param refused the reader's refusal
     * @return the kind, or empty if a schema should have seen the fault too
     */
    static Optional<ReaderOnly> of(DeliberationJsonException refused) {
      if (refused.pointer().contains("/args/") && ARGUMENT_TEXT.fault.matcher(refused.fault()).find()) {
        return Optional.of(ARGUMENT_TEXT);
      }
      for (ReaderOnly kind : values()) {
        if (kind != ARGUMENT_TEXT && kind.fault.matcher(refused.fault()).find()) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }
  }

  /** What the reader and the schema make of a document. */
  static final class Verdict {
    final Optional<DeliberationJsonException> reader;
    final List<String> schema;

    Verdict(Optional<DeliberationJsonException> reader, List<String> schema) {
      this.reader = reader;
      this.schema = schema;
    }

    boolean readerRefuses() {
      return reader.isPresent();
    }

    boolean schemaRefuses() {
      return !schema.isEmpty();
    }

    @Override
    public String toString() {
      return "reader: " + reader.map(DeliberationJsonException::getMessage).orElse("accepts")
          + "; schema: " + (schema.isEmpty() ? "accepts" : schema);
    }
  }

  static Verdict verdict(DocumentKind<?> kind, String text) {
    Optional<DeliberationJsonException> reader;
    try {
      JSON.read(kind, text);
      reader = Optional.empty();
    } catch (DeliberationJsonException refused) {
      reader = Optional.of(refused);
    }
    return new Verdict(reader, SchemaHarness.errors(kind, text));
  }

  // ---------------------------------------------------------------------------------------------
  // mutations

  /** A document broken in one place. */
  private static final class Mutation {
    final String what;
    final JsonNode document;

    Mutation(String what, JsonNode document) {
      this.what = what;
      this.document = document;
    }
  }

  private static JsonNode literal(String json) {
    return SchemaHarness.tree(json);
  }

  /** What a string is replaced with: bad tokens, ids, texts, instants, dates, durations, fractions. */
  private static final List<String> STRINGS =
      List.of(
          "",
          " ",
          "a b",
          "x\u200By",
          "\uE000",
          "no-such-token",
          "X".repeat(129),
          "2026-11-20T19:40:00",
          "2026-11-20t11:40z",
          "2026-02-30T10:00:00Z",
          "0000-12-31T23:30:00-01:00",
          "2026-02-30",
          "0000-01-01",
          "P1W",
          "PT0S",
          "pt5m",
          "9/7",
          "/meetings/01",
          "/a b");

  /** What a number is replaced with. */
  private static final List<String> NUMBERS =
      List.of("-1", "0", "1.5", "3.0", "1E+2", "2147483648", "1E+15", "1.0000001", "1.0000000", "\"1\"");

  /**
   * The mutations of a document at the places of its structure not yet in {@code seen}, which
   * they are added to.
   */
  private static List<Mutation> mutations(JsonNode document, Set<String> seen) {
    List<Mutation> mutations = new ArrayList<>();
    collect(document, "", "", document, mutations, seen);
    return mutations;
  }

  /**
   * Collects the mutations of a node and of what it holds, once for each place in the structure of
   * the documents of a kind: the items of a list are alike, so only the first item of each kind
   * (tagged values by their type) is broken, and a place broken in one sample is not broken again
   * in another.
   */
  private static void collect(
      JsonNode root, String pointer, String place, JsonNode node, List<Mutation> out, Set<String> seen) {
    boolean fresh = seen.add(place);
    if (node.isObject()) {
      if (fresh) {
        out.add(change(root, pointer, "an unknown property", n -> ((ObjectNode) n).put("unknownProperty", 1)));
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String name = field.getKey();
        String child = pointer + "/" + escape(name);
        String childPlace = place + "/" + escape(name);
        if (!seen.contains(childPlace)) {
          out.add(change(root, pointer, "without " + child, n -> ((ObjectNode) n).remove(name)));
          out.add(change(root, pointer, "renamed " + child, n -> rename((ObjectNode) n, name)));
        }
        collect(root, child, childPlace, field.getValue(), out, seen);
      }
    } else if (node.isArray()) {
      if (fresh) {
        out.add(change(root, pointer, "a null item", n -> ((ArrayNode) n).addNull()));
        out.add(change(root, pointer, "emptied", n -> ((ArrayNode) n).removeAll()));
        if (node.size() > 0) {
          out.add(change(root, pointer, "its first item twice", n -> ((ArrayNode) n).add(n.get(0).deepCopy())));
          out.add(change(root, pointer, "without its first item", n -> ((ArrayNode) n).remove(0)));
        }
      }
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        String kind = item.path("type").isTextual() ? "type=" + item.path("type").asText() : "";
        collect(root, pointer + "/" + i, place + "/*" + kind, item, out, seen);
      }
    }
    if (!fresh || pointer.isEmpty()) {
      return;
    }
    out.add(replace(root, pointer, NODES.nullNode()));
    if (node.isObject()) {
      out.add(replace(root, pointer, NODES.arrayNode()));
      // a string, and where a vote's rule is, the name of a profile's rule
      out.add(replace(root, pointer, NODES.textNode("major")));
    } else if (node.isArray()) {
      out.add(replace(root, pointer, NODES.objectNode()));
      out.add(replace(root, pointer, NODES.textNode("x")));
    } else if (node.isTextual()) {
      out.add(replace(root, pointer, NODES.numberNode(1)));
      out.add(replace(root, pointer, NODES.booleanNode(true)));
      for (String text : STRINGS) {
        out.add(replace(root, pointer, NODES.textNode(text)));
      }
      out.add(replace(root, pointer, NODES.textNode(node.asText().toUpperCase(java.util.Locale.ROOT))));
    } else if (node.isNumber()) {
      out.add(replace(root, pointer, NODES.textNode(node.asText())));
      for (String number : NUMBERS) {
        out.add(replace(root, pointer, literal(number)));
      }
    } else if (node.isBoolean()) {
      out.add(replace(root, pointer, NODES.textNode(node.asText())));
      out.add(replace(root, pointer, NODES.numberNode(1)));
      out.add(replace(root, pointer, NODES.booleanNode(!node.asBoolean())));
    }
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static void rename(ObjectNode object, String name) {
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.properties());
    object.removeAll();
    for (Map.Entry<String, JsonNode> field : fields) {
      object.set(field.getKey().equals(name) ? "unknownProperty" : field.getKey(), field.getValue());
    }
  }

  private static Mutation change(JsonNode root, String pointer, String what, Consumer<JsonNode> change) {
    JsonNode copy = root.deepCopy();
    change.accept(copy.at(pointer));
    return new Mutation(pointer + ": " + what, copy);
  }

  private static Mutation replace(JsonNode root, String pointer, JsonNode value) {
    JsonNode copy = root.deepCopy();
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = copy.at(at.head());
    JsonPointer last = at.last();
    if (parent.isArray()) {
      ((ArrayNode) parent).set(last.getMatchingIndex(), value);
    } else {
      ((ObjectNode) parent).set(last.getMatchingProperty(), value);
    }
    return new Mutation(pointer + " = " + value, copy);
  }

  private static String text(JsonNode document) {
    try {
      return SchemaHarness.MAPPER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // the sample documents

  private static String record(Profile profile, Shape shape, long seed) {
    return JSON.write(DocumentKind.RECORD, Scenarios.valid(profile, shape).generate(seed, 3).record());
  }

  /** A record of the first built-in profile that can make the shape. */
  private static String record(Shape shape, long seed) {
    List<String> why = new ArrayList<>();
    for (Profile profile :
        List.of(Profiles.jinan(), Profiles.haidian(), Profiles.bishan(), Profiles.jinanOwnersExample())) {
      try {
        return record(profile, shape, seed);
      } catch (GenerationException cannot) {
        why.add(cannot.getMessage()); // the next profile may
      }
    }
    throw new AssertionError("no built-in profile makes " + shape + ": " + why);
  }

  /**
   * The shapes of the sample records: together they hold every structure a record may have (no
   * built-in profile decides by consensus or restricts a vote; the sample profile's rules do).
   */
  private static final List<Shape> RECORD_SHAPES =
      List.of(
          Shape.any()
              .withDecisionRule(Shape.RuleKind.DOUBLE_THRESHOLD)
              .withVote(Shape.VoteForm.BALLOTS)
              .withCompletedDuties()
              .withSpeakingTurns()
              .withConflictOfInterest()
              .withPublicFunds()
              .withRaisedProblems(),
          Shape.any()
              .withVote(Shape.VoteForm.SHOW_OF_HANDS)
              .withDispute()
              .withHotline(2)
              .withSupervision()
              .withRevisit()
              .withAppraisal()
              .withEvents(),
          Shape.any().withPublicity(),
          Shape.any().withTakeUpAgain(),
          Shape.any().withSettledElsewhere(),
          Shape.any().withEscalation().withSolvedRecommendation(),
          Shape.any().withReopening().withPoorAppraisal(),
          Shape.any().withProgressReports().withDuties());

  /**
   * A record with what the generator leaves out: a party's display name, a party of the kind other
   * with its label, a sign-in's evidence.
   */
  private static String withPersonalDetails(String record) {
    ObjectNode tree = (ObjectNode) SchemaHarness.tree(record);
    ArrayNode parties = (ArrayNode) tree.path("parties");
    ObjectNode first = (ObjectNode) parties.get(0);
    first.put("displayName", "张三");
    ObjectNode other = parties.insertObject(1);
    other.put("id", "volunteer-1");
    other.put("kind", "other");
    other.put("otherLabel", "志愿者");
    other.set("unit", first.path("unit"));
    other.putArray("roles").add("observer");
    other.put("displayName", "李四");
    ((ObjectNode) tree.at("/meetings/0/attendance/0")).put("evidence", "签到表");
    return text(tree);
  }

  private static Map<String, DocumentKind<?>> samples() {
    Map<String, DocumentKind<?>> samples = new LinkedHashMap<>();
    for (int i = 0; i < RECORD_SHAPES.size(); i++) {
      String record = record(RECORD_SHAPES.get(i), i);
      samples.put(i == 0 ? withPersonalDetails(record) : record, DocumentKind.RECORD);
    }
    Scenario broken = Scenarios.breaking(Profiles.jinan(), "meeting.quorum.not-met").generate(4L);
    samples.put(JSON.write(DocumentKind.JURISDICTION, broken.jurisdiction()), DocumentKind.JURISDICTION);
    samples.put(
        "{\"schemaVersion\":\"1.0\",\"holidays\":[\"2026-10-01\",\"2026-10-02\"],"
            + "\"makeUpWorkingDays\":[\"2026-09-27\"]}",
        DocumentKind.CALENDAR);
    ValidationReport report = broken.validate();
    samples.put(
        JSON.write(
            DocumentKind.reportWithMessages(
                org.shangliang.deliberation.validation.Messages.builtIn(),
                Profiles.jinan().zone(),
                broken.jurisdiction(),
                java.util.Locale.SIMPLIFIED_CHINESE,
                java.util.Locale.ENGLISH),
            report),
        DocumentKind.REPORT);
    samples.put(SchemaSamples.everyArgumentReport(), DocumentKind.REPORT);
    samples.put(SchemaSamples.obligations(), DocumentKind.OBLIGATIONS);
    samples.put(JSON.write(DocumentKind.PROFILE, Profiles.jinanOwnersExample()), DocumentKind.PROFILE);
    samples.put(JSON.write(DocumentKind.PROFILE, RiskProfiles.jinanAssessing()), DocumentKind.PROFILE);
    samples.put(
        JSON.write(DocumentKind.PROFILE, RandomProfiles.generate(new SplittableRandom(7))), DocumentKind.PROFILE);
    samples.put(SchemaSamples.namedRulesProfile(), DocumentKind.PROFILE);
    samples.put(JSON.write(DocumentKind.PROFILE, DutyListProfiles.jinan()), DocumentKind.PROFILE);
    samples.put(
        JSON.write(
            DocumentKind.HOUSEHOLD_LINKS,
            org.shangliang.deliberation.party.HouseholdLinks.of(
                List.of(
                    org.shangliang.deliberation.party.HouseholdLink.of(
                        org.shangliang.deliberation.party.PartyId.of("pm-1"),
                        org.shangliang.deliberation.unit.UnitId.of("b-3"),
                        org.shangliang.deliberation.unit.UnitId.of("b-4")),
                    org.shangliang.deliberation.party.HouseholdLink.of(
                        org.shangliang.deliberation.party.PartyId.of("pm-2"),
                        org.shangliang.deliberation.unit.UnitId.of("b-3"))))),
        DocumentKind.HOUSEHOLD_LINKS);
    samples.put(
        JSON.write(
            DocumentKind.PROFILE,
            Profiles.bishan()
                .withIdentity("bishan-review", Profiles.bishan().name())
                .withRequiredPartyActs(
                    List.of(org.shangliang.deliberation.process.PartyActKind.REVIEWED_TOPIC))),
        DocumentKind.PROFILE);
    return samples;
  }

  @Test
  void theSchemaRefusesWhatTheReaderRefusesExceptWhatOnlyTheReaderCanSee() {
    Map<ReaderOnly, Integer> readerOnly = new EnumMap<>(ReaderOnly.class);
    Map<String, Set<String>> places = new java.util.HashMap<>();
    List<String> faults = new ArrayList<>();
    Set<String> properties = new TreeSet<>();
    int mutations = 0;
    int bothRefuse = 0;
    for (Map.Entry<String, DocumentKind<?>> sample : samples().entrySet()) {
      DocumentKind<?> kind = sample.getValue();
      Verdict valid = verdict(kind, sample.getKey());
      assertThat(valid.readerRefuses() || valid.schemaRefuses()).as("%s %s", valid, sample.getKey()).isFalse();
      JsonNode document = shrunk(kind, SchemaHarness.tree(sample.getKey()));
      collectNames(document, properties);
      Set<String> seen = places.computeIfAbsent(kind.name(), k -> new java.util.HashSet<>());
      for (Mutation mutation : mutations(document, seen)) {
        mutations++;
        String text = text(mutation.document);
        Verdict verdict;
        try {
          verdict = verdict(kind, text);
        } catch (RuntimeException escaped) {
          throw new AssertionError(kind.name() + " " + mutation.what + ": " + text, escaped);
        }
        if (verdict.schemaRefuses() && !verdict.readerRefuses()) {
          faults.add("schema only: " + kind.name() + " " + mutation.what + ": " + verdict);
        } else if (verdict.readerRefuses() && !verdict.schemaRefuses()) {
          Optional<ReaderOnly> why = ReaderOnly.of(verdict.reader.get());
          if (why.isPresent()) {
            readerOnly.merge(why.get(), 1, Integer::sum);
          } else {
            faults.add("reader only: " + kind.name() + " " + mutation.what + ": " + verdict);
          }
        } else if (verdict.readerRefuses()) {
          bothRefuse++;
        }
      }
    }
    assertThat(faults).as("%d disagreements", faults.size()).isEmpty();
    assertThat(mutations).isGreaterThan(8_000);
    assertThat(bothRefuse).isGreaterThan(mutations / 2);
    assertThat(readerOnly.keySet())
        .contains(ReaderOnly.REPEATED_KEY, ReaderOnly.ORDER_OF_INSTANTS, ReaderOnly.INTEGER_WITH_POINT);
    assertThat(properties).containsAll(schemaPropertyNames());
  }

  /**
   * The document with each list cut to its first two items (and the first of each type of a list
   * of tagged values), if the reader still reads it: the places to break stay, the text to read
   * and validate for each break is shorter.
   */
  private static JsonNode shrunk(DocumentKind<?> kind, JsonNode document) {
    JsonNode copy = document.deepCopy();
    cut(copy);
    String text = text(copy);
    Verdict verdict = verdict(kind, text);
    return verdict.readerRefuses() || verdict.schemaRefuses() ? document : copy;
  }

  private static void cut(JsonNode node) {
    if (node.isArray()) {
      Set<String> kinds = new java.util.HashSet<>();
      ArrayNode array = (ArrayNode) node;
      for (int i = array.size() - 1; i >= 0; i--) {
        JsonNode item = array.get(i);
        String kind = item.path("type").isTextual() ? item.path("type").asText() : null;
        if (kind == null && i >= 2) {
          array.remove(i);
        }
      }
      for (int i = 0; i < array.size(); i++) {
        JsonNode item = array.get(i);
        if (item.path("type").isTextual() && !kinds.add(item.path("type").asText())) {
          array.remove(i--);
        }
      }
    }
    node.forEach(SchemaAndReaderAgreeTest::cut);
  }

  private static void collectNames(JsonNode node, Set<String> names) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        names.add(field.getKey());
        collectNames(field.getValue(), names);
      }
    } else if (node.isArray()) {
      node.forEach(item -> collectNames(item, names));
    }
  }

  /** Every property name the schemas declare (not the keys of maps). */
  private static Set<String> schemaPropertyNames() {
    Set<String> names = new TreeSet<>();
    for (String text : JsonSchemas.all().values()) {
      collectDeclared(SchemaHarness.tree(text), names);
    }
    return names;
  }

  private static void collectDeclared(JsonNode node, Set<String> names) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (field.getKey().equals("properties") && field.getValue().isObject()) {
          field.getValue().properties().forEach(p -> names.add(p.getKey()));
        }
        collectDeclared(field.getValue(), names);
      }
    } else if (node.isArray()) {
      node.forEach(item -> collectDeclared(item, names));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // hand-made documents

  private static final String UNITS =
      "{\"schemaVersion\":\"1.0\",\"units\":[{\"id\":\"c\",\"level\":\"city\",\"name\":\"C\"},"
          + "{\"id\":\"d\",\"level\":\"district\",\"name\":\"D\",\"parent\":\"c\"}]}";

  private static final String CALENDAR =
      "{\"schemaVersion\":\"1.0\",\"holidays\":[\"2026-10-01\",\"2026-10-02\"],\"makeUpWorkingDays\":[\"2026-09-27\"]}";

  private static final String RECORD =
      "{\"schemaVersion\":\"1.0\",\"id\":\"d1\",\"topic\":{\"id\":\"t1\",\"title\":\"加装电梯\","
          + "\"category\":\"public-affairs\",\"matterSize\":\"major\",\"affectedUnits\":[\"u1\"],"
          + "\"source\":{\"kind\":\"resident-proposal\"},\"raisedAt\":\"2026-11-20T19:40:00+08:00\","
          + "\"publicFunds\":{\"amount\":240000.00}},"
          + "\"parties\":[{\"id\":\"p1\",\"kind\":\"stakeholder\",\"unit\":\"u1\",\"roles\":[\"deliberator\"],"
          + "\"weight\":62.40}],\"deliberatingUnit\":\"u1\"}";

  private static final String REPORT =
      "{\"schemaVersion\":\"1.0\",\"violations\":[{\"code\":\"meeting.quorum.not-met\",\"severity\":\"error\","
          + "\"path\":\"/meetings/0/attendance\",\"args\":[{\"type\":\"integer\",\"value\":3},"
          + "{\"type\":\"character\",\"value\":\"x\"}],\"source\":\"s\",\"message\":{\"zh-CN\":\"…\",\"en\":\"…\"}}]}";

  private static final String OBLIGATIONS =
      "{\"schemaVersion\":\"1.0\",\"obligations\":[{\"code\":\"outcome.duty.overdue\",\"path\":\"\","
          + "\"dueAt\":\"2026-11-20T11:40:00Z\",\"overdue\":false}]}";

  private static final String PROFILE =
      "{\"schemaVersion\":\"1.0\",\"id\":\"p\",\"name\":{\"zh\":\"规程\",\"en\":\"profile\"},\"extends\":\"jinan\","
          + "\"tiers\":[{\"level\":\"community\",\"body\":{\"zh\":\"议事会\",\"en\":\"council\"},"
          + "\"convenerKind\":\"residents-committee\",\"cadence\":{\"kind\":\"monthly\",\"dayOfMonth\":11,"
          + "\"onNonWorkingDay\":\"keep\"},\"matterSizes\":[\"major\"]}],"
          + "\"ruleSettings\":[{\"code\":\"meeting.quorum.not-met\",\"enabled\":true,\"severity\":\"warning\"}],"
          + "\"speakingTimeLimit\":\"PT5M\"}";

  /** A document with one text replaced, which must be there. */
  private static String with(String document, String text, String replacement) {
    assertThat(document).contains(text);
    return document.replace(text, replacement);
  }

  static Stream<Arguments> faultsTheSchemaSees() {
    return Stream.of(
        Arguments.of("unknown property", DocumentKind.JURISDICTION,
            with(UNITS, "\"name\":\"D\"", "\"name\":\"D\",\"x\":1"), "/units/1/x"),
        Arguments.of("wrong type", DocumentKind.JURISDICTION, with(UNITS, "\"city\"", "3"), "/units/0/level"),
        Arguments.of("null", DocumentKind.JURISDICTION, with(UNITS, "\"C\"", "null"), "/units/0/name"),
        Arguments.of("missing required property", DocumentKind.JURISDICTION,
            with(UNITS, "\"level\":\"city\",", ""), "/units/0/level"),
        Arguments.of("bad token", DocumentKind.JURISDICTION, with(UNITS, "\"city\"", "\"town\""), "/units/0/level"),
        Arguments.of("id with a space", DocumentKind.JURISDICTION,
            with(UNITS, "\"id\":\"c\"", "\"id\":\"c d\""), "/units/0/id"),
        Arguments.of("id with an invisible character", DocumentKind.JURISDICTION,
            with(UNITS, "\"id\":\"c\"", "\"id\":\"c\u200B\""), "/units/0/id"),
        Arguments.of("id of 129 characters", DocumentKind.JURISDICTION,
            with(UNITS, "\"id\":\"c\"", "\"id\":\"" + "c".repeat(129) + "\""), "/units/0/id"),
        Arguments.of("blank text", DocumentKind.JURISDICTION, with(UNITS, "\"C\"", "\"\u3000\""), "/units/0/name"),
        Arguments.of("missing schemaVersion", DocumentKind.JURISDICTION,
            with(UNITS, "\"schemaVersion\":\"1.0\",", ""), ""),
        Arguments.of("newer major version", DocumentKind.JURISDICTION,
            with(UNITS, "\"1.0\"", "\"2.0\""), "/schemaVersion"),
        Arguments.of("date as number", DocumentKind.CALENDAR,
            with(CALENDAR, "\"2026-10-01\"", "20261001"), "/holidays/0"),
        Arguments.of("impossible date", DocumentKind.CALENDAR,
            with(CALENDAR, "\"2026-10-01\"", "\"2026-02-30\""), "/holidays/0"),
        Arguments.of("date twice", DocumentKind.CALENDAR,
            with(CALENDAR, "\"2026-10-02\"", "\"2026-10-01\""), "/holidays/1"),
        Arguments.of("number as string", DocumentKind.RECORD, with(RECORD, "62.40", "\"62.40\""), "/parties/0/weight"),
        Arguments.of("no role", DocumentKind.RECORD, with(RECORD, "[\"deliberator\"]", "[]"), "/parties/0/roles"),
        Arguments.of("missing topic", DocumentKind.RECORD,
            RECORD.replaceFirst("\"topic\":\\{.*?\"publicFunds\":\\{\"amount\":240000.00}},", ""), "/topic"),
        Arguments.of("local date-time", DocumentKind.RECORD,
            with(RECORD, "19:40:00+08:00", "19:40:00"), "/topic/raisedAt"),
        Arguments.of("token in capitals", DocumentKind.RECORD,
            with(RECORD, "\"major\"", "\"MAJOR\""), "/topic/matterSize"),
        Arguments.of("hotline source without its ticket", DocumentKind.RECORD,
            with(RECORD, "resident-proposal", "hotline-12345"), "/topic/source/reference"),
        Arguments.of("seven digits after the point", DocumentKind.RECORD,
            with(RECORD, "240000.00", "240000.0000001"), "/topic/publicFunds/amount"),
        Arguments.of("negative weight", DocumentKind.RECORD, with(RECORD, "62.40", "-62.40"), "/parties/0/weight"),
        Arguments.of("sixteen digits before the point", DocumentKind.RECORD,
            with(RECORD, "240000.00", "1234567890123456"), "/topic/publicFunds/amount"),
        Arguments.of("argument's number as string", DocumentKind.REPORT,
            with(REPORT, "\"value\":3", "\"value\":\"3\""), "/violations/0/args/0/value"),
        Arguments.of("argument of no type", DocumentKind.REPORT,
            with(REPORT, "\"integer\"", "\"number\""), "/violations/0/args/0/type"),
        Arguments.of("unknown severity", DocumentKind.REPORT,
            with(REPORT, "\"error\"", "\"fatal\""), "/violations/0/severity"),
        Arguments.of("path that is no JSON Pointer", DocumentKind.REPORT,
            with(REPORT, "\"/meetings/0/attendance\"", "\"meetings[0].attendance\""), "/violations/0/path"),
        Arguments.of("rule code in capitals", DocumentKind.REPORT,
            with(REPORT, "meeting.quorum.not-met", "Meeting.Quorum"), "/violations/0/code"),
        Arguments.of("message in a third language", DocumentKind.REPORT,
            with(REPORT, "\"en\":\"…\"", "\"en\":\"…\",\"fr\":\"…\""), "/violations/0/message/fr"),
        Arguments.of("boolean as string", DocumentKind.OBLIGATIONS,
            with(OBLIGATIONS, "false", "\"false\""), "/obligations/0/overdue"),
        Arguments.of("due without an offset", DocumentKind.OBLIGATIONS,
            with(OBLIGATIONS, "11:40:00Z", "11:40:00"), "/obligations/0/dueAt"),
        Arguments.of("monthly cadence without its day", DocumentKind.PROFILE,
            with(PROFILE, "\"dayOfMonth\":11,", ""), "/tiers/0/cadence/dayOfMonth"),
        Arguments.of("day of month 32", DocumentKind.PROFILE,
            with(PROFILE, "\"dayOfMonth\":11", "\"dayOfMonth\":32"), "/tiers/0/cadence/dayOfMonth"),
        Arguments.of("rule switched on without a severity", DocumentKind.PROFILE,
            with(PROFILE, ",\"severity\":\"warning\"", ""), "/ruleSettings/0/severity"),
        Arguments.of("window of a week", DocumentKind.PROFILE, with(PROFILE, "PT5M", "P1W"), "/speakingTimeLimit"),
        Arguments.of("no matter size", DocumentKind.PROFILE,
            with(PROFILE, "[\"major\"]", "[]"), "/tiers/0/matterSizes"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faultsTheSchemaSees")
  void theSchemaRefusesAFaultItCanSeeWhereTheReaderReportsIt(
      String fault, DocumentKind<?> kind, String document, String pointer) {
    Verdict verdict = verdict(kind, document);
    assertThat(verdict.reader).as("%s: %s", fault, document).isPresent();
    assertThat(verdict.reader.get().pointer()).as(verdict.toString()).isEqualTo(pointer);
    String parent = pointer.isEmpty() ? "" : pointer.substring(0, pointer.lastIndexOf('/'));
    assertThat(SchemaHarness.pointers(kind, document))
        .as("%s: %s", fault, verdict)
        .containsAnyOf(pointer, parent);
  }

  @Test
  void theHandMadeDocumentsAreValid() {
    for (Map.Entry<String, DocumentKind<?>> document :
        Map.<String, DocumentKind<?>>of(
                UNITS, DocumentKind.JURISDICTION,
                CALENDAR, DocumentKind.CALENDAR,
                RECORD, DocumentKind.RECORD,
                REPORT, DocumentKind.REPORT,
                OBLIGATIONS, DocumentKind.OBLIGATIONS,
                PROFILE, DocumentKind.PROFILE)
            .entrySet()) {
      Verdict verdict = verdict(document.getValue(), document.getKey());
      assertThat(verdict.readerRefuses() || verdict.schemaRefuses()).as(verdict.toString()).isFalse();
    }
  }

  /** For each kind of fault only the reader sees, a document that has it. */
  private static Map<ReaderOnly, Map.Entry<DocumentKind<?>, String>> readerOnlyExamples() {
    Map<ReaderOnly, Map.Entry<DocumentKind<?>, String>> examples = new EnumMap<>(ReaderOnly.class);
    examples.put(ReaderOnly.REPEATED_KEY,
        Map.entry(DocumentKind.RECORD, with(RECORD, "\"weight\":62.40}]",
            "\"weight\":62.40},{\"id\":\"p1\",\"kind\":\"expert\",\"unit\":\"u1\",\"roles\":[\"observer\"]}]")));
    examples.put(ReaderOnly.ORDER_OF_INSTANTS,
        Map.entry(DocumentKind.OBLIGATIONS, OBLIGATIONS)); // replaced below by a record
    examples.put(ReaderOnly.YEARS_IN_UTC,
        Map.entry(DocumentKind.RECORD, with(RECORD, "2026-11-20T19:40:00+08:00", "0001-01-01T00:30:00+01:00")));
    examples.put(ReaderOnly.CALENDAR_DATE_OF_AN_INSTANT,
        Map.entry(DocumentKind.RECORD, with(RECORD, "2026-11-20T19:40:00+08:00", "2026-02-30T19:40:00+08:00")));
    examples.put(ReaderOnly.INTEGER_WITH_POINT,
        Map.entry(DocumentKind.REPORT, with(REPORT, "\"value\":3", "\"value\":3E+0")));
    examples.put(ReaderOnly.DIGITS_AS_WRITTEN,
        Map.entry(DocumentKind.RECORD, with(RECORD, "62.40", "62.4000000")));
    examples.put(ReaderOnly.DURATION_BOUNDS,
        Map.entry(DocumentKind.PROFILE, with(PROFILE, "PT5M", "PT0S")));
    examples.put(ReaderOnly.FRACTION_ORDER,
        Map.entry(DocumentKind.REPORT, with(REPORT, "{\"type\":\"integer\",\"value\":3}", "{\"type\":\"fraction\",\"value\":\"9/7\"}")));
    examples.put(ReaderOnly.REFERENCE,
        Map.entry(DocumentKind.JURISDICTION, with(UNITS, "\"parent\":\"c\"", "\"parent\":\"x\"")));
    examples.put(ReaderOnly.LEVEL_ORDER,
        Map.entry(DocumentKind.JURISDICTION, with(UNITS, "\"level\":\"city\"", "\"level\":\"grid\"")));
    examples.put(ReaderOnly.CALENDAR_LISTS,
        Map.entry(DocumentKind.CALENDAR, with(CALENDAR, "2026-09-27", "2026-10-01")));
    examples.put(ReaderOnly.SHOW_OF_HANDS,
        Map.entry(DocumentKind.RECORD, RECORD)); // replaced below by a record with a vote
    examples.put(ReaderOnly.APPRAISAL_SCALE,
        Map.entry(DocumentKind.PROFILE,
            with(PROFILE, "\"speakingTimeLimit\"", "\"appraisalScale\":{\"min\":5,\"max\":1,\"poorAtMost\":2},\"speakingTimeLimit\"")));
    examples.put(ReaderOnly.PROPERTY_ORDER,
        Map.entry(DocumentKind.REPORT, with(REPORT, "{\"type\":\"integer\",\"value\":3}", "{\"value\":3,\"type\":\"integer\"}")));
    examples.put(ReaderOnly.ARGUMENT_TEXT,
        Map.entry(DocumentKind.REPORT, with(REPORT, "{\"type\":\"character\",\"value\":\"x\"}", "{\"type\":\"date\",\"value\":\"20 November\"}")));
    examples.put(ReaderOnly.POINTER_INDEX,
        Map.entry(DocumentKind.REPORT, with(REPORT, "/meetings/0/attendance", "/meetings/9999999999/attendance")));
    examples.put(ReaderOnly.LIMITS,
        Map.entry(DocumentKind.REPORT, with(REPORT, "{\"type\":\"integer\",\"value\":3}",
            "{\"type\":\"list\",\"value\":[".repeat(40) + "{\"type\":\"integer\",\"value\":3}" + "]}".repeat(40))));
    examples.put(ReaderOnly.DUPLICATE_KEY,
        Map.entry(DocumentKind.JURISDICTION, with(UNITS, "\"name\":\"D\"", "\"name\":\"D\",\"name\":\"E\"")));
    examples.put(ReaderOnly.TRAILING_CONTENT, Map.entry(DocumentKind.JURISDICTION, UNITS + " {}"));
    String record = record(Profiles.haidian(), RECORD_SHAPES.get(1), 1L);
    JsonNode tree = SchemaHarness.tree(record);
    ObjectNode meeting = (ObjectNode) tree.at("/meetings/0");
    examples.put(ReaderOnly.ORDER_OF_INSTANTS,
        Map.entry(DocumentKind.RECORD, text(meeting.deepCopy().put("endedAt", "2000-01-01T00:00:00Z"), tree, "/meetings/0")));
    ObjectNode hands = (ObjectNode) tree.at("/meetings/0/vote/showOfHands");
    examples.put(ReaderOnly.SHOW_OF_HANDS,
        Map.entry(DocumentKind.RECORD, text(hands.deepCopy().put("yes", 100_000), tree, "/meetings/0/vote/showOfHands")));
    return examples;
  }

  /** The document with the node at a pointer replaced. */
  private static String text(JsonNode replacement, JsonNode document, String pointer) {
    return text(replace(document, pointer, replacement).document);
  }

  @Test
  void eachFaultOnlyTheReaderSeesIsAcceptedByTheSchemaAndRefusedByTheReader() {
    Map<ReaderOnly, Map.Entry<DocumentKind<?>, String>> examples = readerOnlyExamples();
    assertThat(examples.keySet()).containsExactlyInAnyOrder(ReaderOnly.values());
    examples.forEach(
        (kind, example) -> {
          Verdict verdict = verdict(example.getKey(), example.getValue());
          assertThat(verdict.schema).as("%s: %s", kind, example.getValue()).isEmpty();
          assertThat(verdict.reader).as("%s: %s", kind, example.getValue()).isPresent();
          assertThat(ReaderOnly.of(verdict.reader.get())).as(verdict.toString()).contains(kind);
          assertThat(kind.reason).isNotBlank();
        });
  }

  static Stream<Arguments> formsTheReaderReads() {
    return Stream.of(
        Arguments.of("instant in lower case, without seconds", DocumentKind.RECORD,
            with(RECORD, "2026-11-20T19:40:00+08:00", "2026-11-20t11:40z")),
        Arguments.of("offset in hours", DocumentKind.RECORD,
            with(RECORD, "2026-11-20T19:40:00+08:00", "2026-11-20T19:40:00+08")),
        Arguments.of("offset with seconds and nine fractional digits", DocumentKind.RECORD,
            with(RECORD, "2026-11-20T19:40:00+08:00", "2026-11-20T19:40:00.123456789+08:00:30")),
        Arguments.of("year 0 written, year 1 in UTC", DocumentKind.RECORD,
            with(RECORD, "2026-11-20T19:40:00+08:00", "0000-12-31T23:30:00-01:00")),
        Arguments.of("year 10000 written, year 9999 in UTC", DocumentKind.RECORD,
            with(RECORD, "2026-11-20T19:40:00+08:00", "+10000-01-01T05:00:00+06:00")),
        Arguments.of("decimal with an exponent", DocumentKind.RECORD, with(RECORD, "62.40", "6.24E+1")),
        Arguments.of("decimal of 15 and 6 digits", DocumentKind.RECORD,
            with(RECORD, "240000.00", "999999999999999.999999")),
        Arguments.of("zero written negative", DocumentKind.RECORD, with(RECORD, "62.40", "-0.0")),
        Arguments.of("identifier of letters, marks and symbols", DocumentKind.RECORD,
            with(RECORD, "\"id\":\"d1\"", "\"id\":\"济南·历下/e\u0301€\u00B2\uD840\uDC00\"")),
        Arguments.of("a newer minor version", DocumentKind.RECORD, with(RECORD, "\"1.0\"", "\"1.7\"")),
        Arguments.of("a version with leading zeros", DocumentKind.RECORD, with(RECORD, "\"1.0\"", "\"01.000\"")),
        Arguments.of("message in English only", DocumentKind.REPORT, with(REPORT, "\"zh-CN\":\"…\",", "")),
        Arguments.of("argument of a supplementary character", DocumentKind.REPORT,
            with(REPORT, "\"value\":\"x\"", "\"value\":\"\u00E9\"")),
        Arguments.of("window in days, in lower case and signed", DocumentKind.PROFILE,
            with(PROFILE, "\"speakingTimeLimit\":\"PT5M\"",
                "\"speakingTimeLimit\":\"P7D\",\"urgentWindow\":\"pt36h\",\"revisitWindow\":\"+PT1H-1M\"")),
        Arguments.of("due beyond the year 9999", DocumentKind.OBLIGATIONS,
            with(OBLIGATIONS, "2026-11-20T11:40:00Z", "+10099-11-20T11:40:00Z")),
        Arguments.of("dates in any order", DocumentKind.CALENDAR,
            with(CALENDAR, "\"2026-10-01\",\"2026-10-02\"", "\"2026-10-02\",\"2026-10-01\"")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formsTheReaderReads")
  void aFormTheReaderReadsTheSchemaAcceptsToo(String form, DocumentKind<?> kind, String document) {
    Verdict verdict = verdict(kind, document);
    assertThat(verdict.readerRefuses()).as("%s: %s", verdict, document).isFalse();
    assertThat(verdict.schema).as("%s: %s", form, document).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // the corpus of bad documents

  private static final String CORPUS = "/org/shangliang/deliberation/json/bad/";

  /**
   * The documents of the corpus whose fault only the reader sees (the schema accepts the value
   * they hold), by the kind of fault; every other document of the corpus the schema refuses, or it
   * is not JSON at all and no validator gets a value to check.
   */
  private static final Map<String, ReaderOnly> CORPUS_READER_ONLY =
      Map.ofEntries(
          Map.entry("calendar-holiday-and-working-day.json", ReaderOnly.CALENDAR_LISTS),
          Map.entry("jurisdiction-duplicate-unit-id.json", ReaderOnly.REPEATED_KEY),
          Map.entry("jurisdiction-unknown-parent.json", ReaderOnly.REFERENCE),
          Map.entry("record-duplicate-party-id.json", ReaderOnly.REPEATED_KEY),
          Map.entry("record-improper-fraction.json", ReaderOnly.FRACTION_ORDER),
          Map.entry("record-integer-as-decimal.json", ReaderOnly.INTEGER_WITH_POINT),
          Map.entry("record-rule-type-not-first.json", ReaderOnly.PROPERTY_ORDER),
          Map.entry("report-argument-type-not-first.json", ReaderOnly.PROPERTY_ORDER),
          Map.entry("record-duplicate-key.json", ReaderOnly.DUPLICATE_KEY),
          Map.entry("record-duplicate-key-nested.json", ReaderOnly.DUPLICATE_KEY),
          Map.entry("record-trailing-token.json", ReaderOnly.TRAILING_CONTENT),
          Map.entry("obligations-trailing-token.json", ReaderOnly.TRAILING_CONTENT),
          Map.entry("record-long-string.json", ReaderOnly.LIMITS),
          Map.entry("record-too-long.json", ReaderOnly.LIMITS),
          Map.entry("record-too-many-tokens.json", ReaderOnly.LIMITS),
          Map.entry("report-deep-nesting.json", ReaderOnly.LIMITS));

  /** One line of the corpus's expected.tsv: a file, its kind and the reader's fault. */
  private static final class CorpusEntry {
    final String file;
    final DocumentKind<?> kind;
    final String fault;

    CorpusEntry(String line) {
      String[] cells = line.split("\t", -1);
      this.file = cells[0];
      this.kind =
          JsonSchemas.kinds().stream()
              .filter(k -> k.name().equals(cells[1]))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no kind " + cells[1]));
      this.fault = cells[5];
    }
  }

  private static List<CorpusEntry> corpus() throws IOException {
    List<CorpusEntry> entries = new ArrayList<>();
    try (InputStream in = SchemaAndReaderAgreeTest.class.getResourceAsStream(CORPUS + "expected.tsv")) {
      assertThat(in).as("the corpus's expected.tsv").isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          entries.add(new CorpusEntry(line));
        }
      }
    }
    return entries;
  }

  @Test
  void theSchemaRefusesEveryBadDocumentOfTheCorpusButThoseOnlyTheReaderCanSee() throws IOException {
    List<String> faults = new ArrayList<>();
    Set<String> files = new TreeSet<>();
    int refused = 0;
    int notJson = 0;
    for (CorpusEntry entry : corpus()) {
      files.add(entry.file);
      byte[] bytes;
      try (InputStream in = SchemaAndReaderAgreeTest.class.getResourceAsStream(CORPUS + entry.file)) {
        assertThat(in).as(entry.file).isNotNull();
        bytes = in.readAllBytes();
      }
      JsonNode value;
      try {
        value = SchemaHarness.MAPPER.readTree(bytes);
      } catch (IOException parserRefuses) {
        value = null;
      }
      ReaderOnly readerOnly = CORPUS_READER_ONLY.get(entry.file);
      if (value == null || value.isMissingNode()) {
        notJson++;
        if (readerOnly != null) {
          faults.add(entry.file + ": listed as " + readerOnly + ", but it is not JSON");
        }
        continue;
      }
      List<String> errors = SchemaHarness.errors(entry.kind, value);
      if (readerOnly == null) {
        if (errors.isEmpty()) {
          faults.add(entry.file + ": the schema accepts it, the reader refuses it: " + entry.fault);
        } else {
          refused++;
        }
      } else {
        if (!errors.isEmpty()) {
          faults.add(entry.file + ": listed as " + readerOnly + ", but the schema refuses it: " + errors);
        }
        if (!readerOnly.fault.matcher(entry.fault).find()) {
          faults.add(entry.file + ": the reader's fault is not " + readerOnly + ": " + entry.fault);
        }
      }
    }
    assertThat(faults).isEmpty();
    assertThat(files).containsAll(CORPUS_READER_ONLY.keySet());
    assertThat(refused).isGreaterThan(50);
    assertThat(notJson).isGreaterThan(5);
  }
}
