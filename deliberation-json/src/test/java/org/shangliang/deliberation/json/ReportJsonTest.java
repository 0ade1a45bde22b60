package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shangliang.deliberation.json.CodecHarness.assertRoundTrip;
import static org.shangliang.deliberation.json.CodecHarness.readFailure;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.decision.Fraction;
import org.shangliang.deliberation.json.internal.Codec;
import org.shangliang.deliberation.json.internal.JsonIn;
import org.shangliang.deliberation.json.internal.ReportCodecs;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.Obligations;
import org.shangliang.deliberation.testkit.GenerationException;
import org.shangliang.deliberation.testkit.Scenario;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.testkit.Shape;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.PublicFunds;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.Messages;
import org.shangliang.deliberation.validation.Obligation;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

class ReportJsonTest {
  private static final DeliberationJson JSON = DeliberationJson.create();

  private static final List<Profile> PROFILES =
      List.of(
          Profiles.jinan(),
          Profiles.haidian(),
          Profiles.bishan(),
          Profiles.jinanOwnersExample(),
          RiskProfiles.jinanAssessing(),
          DutyListProfiles.jinan());

  private static final Pattern TYPE = Pattern.compile("\"type\":\"([a-z-]+)\"");

  /** The argument types a text holds. */
  private static Set<String> types(String text) {
    Set<String> types = new TreeSet<>();
    Matcher matcher = TYPE.matcher(text);
    while (matcher.find()) {
      types.add(matcher.group(1));
    }
    return types;
  }

  @Test
  void reportsOfBrokenRulesReadBackEqualAndWriteBackTheSameText() {
    Set<RuleCode> codes = new TreeSet<>();
    Set<String> types = new TreeSet<>();
    int violations = 0;
    for (Profile profile : PROFILES) {
      for (RuleCode code : Scenarios.breakableCodes()) {
        if (!Scenarios.canBreak(profile, code)) {
          continue;
        }
        for (long seed = 0; seed < 3; seed++) {
          Scenario scenario = Scenarios.breaking(profile, code).generate(seed);
          ValidationReport report = scenario.validate();
          String text = JSON.write(DocumentKind.REPORT, report);
          ValidationReport read = JSON.read(DocumentKind.REPORT, text);
          assertThat(read).as(text).isEqualTo(report);
          assertThat(read.violations()).isEqualTo(report.violations());
          assertThat(JSON.write(DocumentKind.REPORT, read)).isEqualTo(text);
          for (Violation violation : report.violations()) {
            assertRoundTrip(ReportCodecs::writeViolation, ReportCodecs::readViolation, violation);
            codes.add(violation.code());
            violations++;
          }
          types.addAll(types(text));
        }
      }
    }
    assertThat(codes).containsAll(Scenarios.breakableCodes());
    assertThat(violations).isGreaterThan(800);
    assertThat(types)
        .contains("text", "integer", "instant", "duration", "date", "enum", "list", "localized", "party", "unit");
  }

  @Test
  void reportsWrittenWithMessagesCarryBothLanguagesAndReadBackWithoutThem() {
    for (Profile profile : PROFILES) {
      for (RuleCode code : Scenarios.breakableCodes()) {
        if (!Scenarios.canBreak(profile, code)) {
          continue;
        }
        Scenario scenario = Scenarios.breaking(profile, code).generate(11L);
        ValidationReport report = scenario.validate();
        ReportCodecs.Rendering rendering =
            ReportCodecs.Rendering.of(Messages.builtIn(), profile.zone(), scenario.jurisdiction());
        Codec<ValidationReport> withMessages = ReportCodecs.reportWithMessages(rendering);
        String text = CodecHarness.write(withMessages::write, report);
        for (Violation violation : report.violations()) {
          String zh = Messages.render(violation, Locale.SIMPLIFIED_CHINESE, profile.zone(), scenario.jurisdiction());
          String en = Messages.render(violation, Locale.ENGLISH, profile.zone(), scenario.jurisdiction());
          assertThat(text).contains(CodecHarness.write((out, s) -> out.string(s), zh));
          assertThat(text).contains(CodecHarness.write((out, s) -> out.string(s), en));
        }
        assertThat(JSON.read(DocumentKind.REPORT, text)).isEqualTo(report);
        assertThat(CodecHarness.read(withMessages::read, text)).isEqualTo(report);
        assertThat(CodecHarness.write(withMessages::write, CodecHarness.read(withMessages::read, text)))
            .isEqualTo(text);
      }
    }
  }

  @Test
  void aViolationWithItsMessageEndsWithTheMessageObject() {
    Violation violation =
        new Violation.Builder()
            .code(RuleCode.of("meeting.quorum.not-met"))
            .severity(Severity.ERROR)
            .path(Path.of("meetings").index(0).child("attendance"))
            .addArgs(3, 5)
            .source("s")
            .build();
    ReportCodecs.Rendering rendering = ReportCodecs.Rendering.of(Messages.builtIn(), ZoneOffset.ofHours(8));
    String text = CodecHarness.write((out, v) -> ReportCodecs.writeViolationWithMessage(out, v, rendering), violation);
    assertThat(text)
        .startsWith(
            "{\"code\":\"meeting.quorum.not-met\",\"severity\":\"error\",\"path\":\"/meetings/0/attendance\","
                + "\"args\":[{\"type\":\"integer\",\"value\":3},{\"type\":\"integer\",\"value\":5}],"
                + "\"source\":\"s\",\"message\":{\"zh-CN\":\"")
        .contains("\",\"en\":\"")
        .endsWith("\"}}");
    assertThat(CodecHarness.read(ReportCodecs::readViolation, text)).isEqualTo(violation);
  }

  @Test
  void obligationsOfValidRecordsReadBackEqualAndWriteBackTheSameText() {
    List<Shape> shapes =
        List.of(
            Shape.any(),
            Shape.any().withDuties(),
            Shape.any().withEscalation(),
            Shape.any().withHotline(1),
            Shape.any().withHotline(2),
            Shape.any().withProgressReports(),
            Shape.any().withTakeUpAgain(),
            Shape.any().withCompletedDuties(),
            Shape.any().withRaisedProblems(),
            Shape.any().withMatterSize(MatterSize.URGENT));
    Set<RuleCode> codes = new TreeSet<>();
    int due = 0;
    int overdue = 0;
    for (Profile profile : PROFILES) {
      Obligations obligations = Obligations.of(profile);
      for (Shape shape : shapes) {
        for (long seed = 0; seed < 8; seed++) {
          Scenario scenario;
          try {
            scenario = Scenarios.valid(profile, shape).generate(seed);
          } catch (GenerationException impossible) {
            break; // the profile cannot make this shape
          }
          for (Instant at :
              List.of(scenario.at(), scenario.at().plus(Duration.ofDays(1)), scenario.at().plus(Duration.ofDays(400)))) {
            List<Obligation> owed = obligations.at(scenario.record(), at);
            String text = JSON.write(DocumentKind.OBLIGATIONS, owed);
            List<Obligation> read = JSON.read(DocumentKind.OBLIGATIONS, text);
            assertThat(read).as(text).isEqualTo(owed);
            assertThat(JSON.write(DocumentKind.OBLIGATIONS, read)).isEqualTo(text);
            Codec<List<Obligation>> withMessages =
                ReportCodecs.obligationsWithMessages(
                    ReportCodecs.Rendering.of(Messages.builtIn(), profile.zone(), scenario.jurisdiction()));
            assertThat(JSON.read(DocumentKind.OBLIGATIONS, CodecHarness.write(withMessages::write, owed)))
                .isEqualTo(owed);
            for (Obligation obligation : owed) {
              assertRoundTrip(ReportCodecs::writeObligation, ReportCodecs::readObligation, obligation);
              codes.add(obligation.code());
              if (obligation.overdue()) {
                overdue++;
              } else {
                due++;
              }
            }
          }
        }
      }
    }
    assertThat(due).isGreaterThan(50);
    assertThat(overdue).isGreaterThan(50);
    assertThat(codes).hasSizeGreaterThan(5);
  }

  @Test
  void emptyReportsAndObligationsAreOnlyTheirVersion() {
    assertThat(JSON.write(DocumentKind.REPORT, ValidationReport.empty())).isEqualTo("{\"schemaVersion\":\"1.0\"}");
    assertThat(JSON.read(DocumentKind.REPORT, "{\"schemaVersion\":\"1.0\"}")).isEqualTo(ValidationReport.empty());
    assertThat(JSON.read(DocumentKind.REPORT, "{\"schemaVersion\":\"1.0\",\"violations\":[]}"))
        .isEqualTo(ValidationReport.empty());
    assertThat(JSON.write(DocumentKind.OBLIGATIONS, List.of())).isEqualTo("{\"schemaVersion\":\"1.0\"}");
    assertThat(JSON.read(DocumentKind.OBLIGATIONS, "{\"schemaVersion\":\"1.0\"}")).isEmpty();
  }

  private enum Colour {
    RED
  }

  /** One argument of every type an argument may be. */
  private static List<Object> everyArgument() {
    return List.of(
        "text 文字",
        true,
        'x',
        (byte) -7,
        (short) 300,
        42,
        -9_000_000_000L,
        new BigInteger("123456789012345678901234567890"),
        new BigDecimal("1.50"),
        new BigDecimal("1E+3"),
        Instant.parse("2026-11-20T11:40:00.123456789Z"),
        LocalDate.of(2026, 11, 20),
        LocalTime.of(19, 40),
        LocalDateTime.of(2026, 11, 20, 19, 40, 5),
        OffsetDateTime.of(2026, 11, 20, 19, 40, 0, 0, ZoneOffset.ofHours(8)),
        OffsetTime.of(19, 40, 0, 0, ZoneOffset.ofHours(-5)),
        ZonedDateTime.of(2026, 11, 20, 19, 40, 0, 0, ZoneId.of("Asia/Shanghai")),
        ZonedDateTime.of(2026, 3, 29, 2, 30, 0, 0, ZoneId.of("Europe/Berlin")),
        Duration.ofHours(36).plusNanos(5),
        Period.of(1, -2, 3),
        Year.of(2026),
        Year.of(-44),
        YearMonth.of(2026, 11),
        MonthDay.of(2, 29),
        ZoneId.of("Asia/Shanghai"),
        ZoneOffset.ofHours(8),
        ZoneId.of("UTC"),
        PartyId.of("p-1"),
        UnitId.of("jinan.lixia"),
        TopicId.of("t-1"),
        DeliberationId.of("d-1"),
        RuleCode.of("meeting.quorum.not-met"),
        Path.of("meetings").index(2).child("attendance"),
        Path.root(),
        LocalizedText.of("中文", "English"),
        Fraction.of(2, 4),
        PublicFunds.of(new BigDecimal("240000.00")),
        OutcomeKind.COMMITTED,
        TierLevel.SUB_DISTRICT,
        PartyKind.values()[PartyKind.values().length - 1],
        Severity.WARNING,
        DayOfWeek.SUNDAY,
        Month.FEBRUARY,
        List.of(),
        List.of(1, List.of("a", Instant.EPOCH), Set.of(OutcomeKind.SHELVED)),
        new Object[] {UnitId.of("u"), new int[] {1, 2}});
  }

  @Test
  void everyTypeOfArgumentReadsBackAsTheSameValue() {
    Violation violation =
        new Violation.Builder()
            .code(RuleCode.of("custom.everything"))
            .severity(Severity.INFO)
            .path(Path.root())
            .addAllArgs(everyArgument())
            .source("test")
            .build();
    String text = assertRoundTrip(ReportCodecs::writeViolation, ReportCodecs::readViolation, violation);
    Violation read = CodecHarness.read(ReportCodecs::readViolation, text);
    for (int i = 0; i < violation.args().size(); i++) {
      Object arg = violation.args().get(i);
      assertThat(read.args().get(i)).as(text).isEqualTo(arg);
      if (!(arg instanceof List)) {
        assertThat(read.args().get(i)).hasSameClassAs(arg);
      }
      assertThat(read.args().get(i).toString()).isEqualTo(arg.toString());
    }
    assertThat(types(text))
        .containsExactlyInAnyOrder(
            "text", "boolean", "character", "byte", "short", "integer", "long", "big-integer", "decimal",
            "instant", "date", "time", "date-time", "offset-date-time", "offset-time", "zoned-date-time",
            "duration", "period", "year", "year-month", "month-day", "zone", "party", "unit", "topic",
            "deliberation", "rule-code", "path", "localized", "fraction", "public-funds", "enum", "list");
    Obligation obligation =
        new Obligation.Builder()
            .code(RuleCode.of("custom.everything"))
            .path(Path.of("outcome", "duties").index(0))
            .dueAt(Instant.parse("2026-11-20T11:40:00Z"))
            .overdue(true)
            .addAllArgs(everyArgument())
            .build();
    assertRoundTrip(ReportCodecs::writeObligation, ReportCodecs::readObligation, obligation);
  }

  @Test
  void argumentsAreTaggedValues() {
    assertThat(CodecHarness.write(ReportCodecs::writeArgument, Instant.parse("2026-11-20T11:40:00Z")))
        .isEqualTo("{\"type\":\"instant\",\"value\":\"2026-11-20T11:40:00Z\"}");
    assertThat(CodecHarness.write(ReportCodecs::writeArgument, OutcomeKind.RECOMMENDATION))
        .isEqualTo("{\"type\":\"enum\",\"enum\":\"outcome-kind\",\"value\":\"recommendation\"}");
    assertThat(CodecHarness.write(ReportCodecs::writeArgument, LocalizedText.of("中", "en")))
        .isEqualTo("{\"type\":\"localized\",\"value\":{\"zh\":\"中\",\"en\":\"en\"}}");
    assertThat(CodecHarness.write(ReportCodecs::writeArgument, new BigDecimal("0.10")))
        .isEqualTo("{\"type\":\"decimal\",\"value\":0.10}");
    assertThat(CodecHarness.write(ReportCodecs::writeArgument, Fraction.of(2, 3)))
        .isEqualTo("{\"type\":\"fraction\",\"value\":\"2/3\"}");
    assertThat(CodecHarness.write(ReportCodecs::writeArgument, List.of(UnitId.of("u"))))
        .isEqualTo("{\"type\":\"list\",\"value\":[{\"type\":\"unit\",\"value\":\"u\"}]}");
    assertThat(CodecHarness.read(ReportCodecs::readArgument, "{\"type\":\"enum\",\"value\":\"sub-district\",\"enum\":\"tier-level\"}"))
        .isEqualTo(TierLevel.SUB_DISTRICT);
    assertThat(CodecHarness.read(ReportCodecs::readArgument, "{\"type\":\"instant\",\"value\":\"2026-11-20T19:40:00+08:00\"}"))
        .isEqualTo(Instant.parse("2026-11-20T11:40:00Z"));
  }

  @Test
  void anEnumOfAnotherLibraryIsNotWritten() {
    Violation violation =
        new Violation.Builder()
            .code(RuleCode.of("custom.colour"))
            .severity(Severity.INFO)
            .path(Path.root())
            .addArgs(Colour.RED)
            .source("test")
            .build();
    assertThatThrownBy(() -> CodecHarness.write(ReportCodecs::writeViolation, violation))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Colour.class.getName())
        .hasMessageContaining("cannot be written");
  }

  // ---------------------------------------------------------------------------------------------
  // paths as JSON Pointers

  @Test
  void pathsAreJsonPointersThatReadBackAsTheSamePath() {
    List<Path> paths = new ArrayList<>();
    paths.add(Path.root());
    paths.add(Path.root().index(0));
    paths.add(Path.of("meetings").index(0).child("attendance"));
    paths.add(Path.of("meetings").index(12).child("vote").child("ballots").index(2147483647));
    paths.add(Path.of("topic", "affectedUnits").index(3));
    paths.add(Path.of("dispute").index(1).index(0).child("_x$1"));
    paths.add(Path.of("段落"));
    for (Path path : paths) {
      assertThat(ReportCodecs.parsePointer(path.toJsonPointer())).isEqualTo(path);
    }
    assertThat(Path.of("meetings").index(0).child("attendance").toJsonPointer()).isEqualTo("/meetings/0/attendance");
    assertThat(ReportCodecs.parsePointer("/meetings/10").segments()).containsExactly("meetings", 10);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      textBlock =
          """
          meetings/0     | it must be empty or start with /
          /meetings/     | the segment "" is neither an index nor a field name
          //a            | the segment "" is neither an index nor a field name
          /meetings/01   | the segment "01" is neither an index nor a field name
          /meetings/-1   | the segment "-1" is neither an index nor a field name
          /a~2b          | ~ must be followed by 0 or 1
          /a~            | ~ must be followed by 0 or 1
          /a~1b          | the segment "a~1b" is neither an index nor a field name
          /a b           | the segment "a b" is neither an index nor a field name
          /2147483648    | the index 2147483648 is above 2147483647
          /99999999999999999999 | the index 99999999999999999999 is above 2147483647
          """)
  void aTextThatIsNotAPointerToAPathIsRefused(String pointer, String why) {
    DeliberationJsonException e =
        readFailure(ReportCodecs::readPath, CodecHarness.write((out, s) -> out.string(s), pointer));
    assertThat(e.pointer()).isEmpty();
    assertThat(e.fault()).isEqualTo("must be a JSON Pointer such as /meetings/0/attendance, was \"" + pointer + "\": " + why);
  }

  // ---------------------------------------------------------------------------------------------
  // bad input

  private static final String VIOLATION_START =
      "{\"code\":\"meeting.quorum.not-met\",\"severity\":\"error\",\"path\":\"/meetings/0\"";

  static Stream<Arguments> badInputs() {
    return Stream.of(
        // violations
        bad("violation: unknown severity", ReportCodecs::readViolation,
            "{\"severity\":\"fatal\"}", "/severity", "must be one of [error, warning, info], was \"fatal\""),
        bad("violation: malformed code", ReportCodecs::readViolation,
            "{\"code\":\"Quorum\"}", "/code", "must be lower-case dotted segments"),
        bad("violation: missing source", ReportCodecs::readViolation,
            VIOLATION_START + "}", "/source", "required, not set"),
        bad("violation: blank source", ReportCodecs::readViolation,
            VIOLATION_START + ",\"source\":\" \"}", "/source", "blank"),
        bad("violation: path as an array", ReportCodecs::readViolation,
            "{\"path\":[\"meetings\",0]}", "/path", "must be a string, was an array"),
        bad("violation: path not a pointer", ReportCodecs::readViolation,
            "{\"path\":\"meetings[0]\"}", "/path", "must be a JSON Pointer"),
        bad("violation: args not an array", ReportCodecs::readViolation,
            "{\"args\":{\"type\":\"text\",\"value\":\"a\"}}", "/args", "must be an array, was an object"),
        bad("violation: unknown property", ReportCodecs::readViolation,
            VIOLATION_START + ",\"arguments\":[]}", "/arguments", "unknown property \"arguments\""),
        bad("violation: message as text", ReportCodecs::readViolation,
            VIOLATION_START + ",\"message\":\"quorum not met\"}", "/message", "must be an object, was the string"),
        bad("violation: message in no language", ReportCodecs::readViolation,
            VIOLATION_START + ",\"message\":{}}", "/message", "a message needs \"zh-CN\", \"en\" or both"),
        bad("violation: message in a third language", ReportCodecs::readViolation,
            VIOLATION_START + ",\"message\":{\"zh-CN\":\"a\",\"en\":\"b\",\"fr\":\"c\"}}", "/message/fr",
            "unknown property \"fr\""),
        bad("violation: message text as a number", ReportCodecs::readViolation,
            VIOLATION_START + ",\"message\":{\"zh-CN\":1,\"en\":\"b\"}}", "/message/zh-CN", "must be a string"),
        // arguments
        bad("argument: value before type", ReportCodecs::readArgument,
            "{\"value\":3,\"type\":\"integer\"}", "", "an argument must begin with its \"type\""),
        bad("argument: no value", ReportCodecs::readArgument,
            "{\"type\":\"integer\"}", "", "missing property \"value\""),
        bad("argument: unknown type", ReportCodecs::readArgument,
            "{\"type\":\"float\",\"value\":1.5}", "/type", "must be one of [text, boolean"),
        bad("argument: integer as text", ReportCodecs::readArgument,
            "{\"type\":\"integer\",\"value\":\"3\"}", "/value", "must be an integer, was the string \"3\""),
        bad("argument: integer too large", ReportCodecs::readArgument,
            "{\"type\":\"integer\",\"value\":3000000000}", "/value", "must be an integer from"),
        bad("argument: byte out of range", ReportCodecs::readArgument,
            "{\"type\":\"byte\",\"value\":128}", "/value", "must be an integer from -128 to 127, was 128"),
        bad("argument: big integer with a point", ReportCodecs::readArgument,
            "{\"type\":\"big-integer\",\"value\":1.0}", "/value", "must be an integer written without a point"),
        bad("argument: two characters", ReportCodecs::readArgument,
            "{\"type\":\"character\",\"value\":\"ab\"}", "/value", "must be a string of one character"),
        bad("argument: instant without offset", ReportCodecs::readArgument,
            "{\"type\":\"instant\",\"value\":\"2026-11-20T19:40\"}", "/value", "must be an ISO-8601 instant"),
        bad("argument: impossible date", ReportCodecs::readArgument,
            "{\"type\":\"date\",\"value\":\"2026-02-30\"}", "/value", "must be an ISO-8601 date"),
        bad("argument: unknown zone", ReportCodecs::readArgument,
            "{\"type\":\"zone\",\"value\":\"Mars/Olympus\"}", "/value", "must be a time-zone id"),
        bad("argument: bad duration", ReportCodecs::readArgument,
            "{\"type\":\"duration\",\"value\":\"24 hours\"}", "/value", "must be an ISO-8601 duration"),
        bad("argument: party id with a space", ReportCodecs::readArgument,
            "{\"type\":\"party\",\"value\":\"a b\"}", "/value", ""),
        bad("argument: improper fraction", ReportCodecs::readArgument,
            "{\"type\":\"fraction\",\"value\":\"3/2\"}", "/value", "must be 0 to the denominator 2, was 3"),
        bad("argument: negative funds", ReportCodecs::readArgument,
            "{\"type\":\"public-funds\",\"value\":-1}", "/value", "-1"),
        bad("argument: localized without Chinese", ReportCodecs::readArgument,
            "{\"type\":\"localized\",\"value\":{\"en\":\"x\"}}", "/value/zh", "required, not set"),
        bad("argument: blank localized English", ReportCodecs::readArgument,
            "{\"type\":\"localized\",\"value\":{\"zh\":\"中\",\"en\":\"\"}}", "/value/en", "blank"),
        bad("argument: unknown enum", ReportCodecs::readArgument,
            "{\"type\":\"enum\",\"enum\":\"colour\",\"value\":\"red\"}", "/enum", "must be one of [admission-status"),
        bad("argument: unknown enum constant", ReportCodecs::readArgument,
            "{\"type\":\"enum\",\"enum\":\"outcome-kind\",\"value\":\"done\"}", "",
            "the value must be one of [immediate, shelved, committed, recommendation], was \"done\""),
        bad("argument: enum without its type", ReportCodecs::readArgument,
            "{\"type\":\"enum\",\"value\":\"done\"}", "", "missing property \"enum\""),
        bad("argument: enum property on another type", ReportCodecs::readArgument,
            "{\"type\":\"text\",\"enum\":\"x\",\"value\":\"done\"}", "/enum", "unknown property \"enum\""),
        bad("argument: null element of a list", ReportCodecs::readArgument,
            "{\"type\":\"list\",\"value\":[{\"type\":\"text\",\"value\":\"a\"},null]}", "/value/1",
            "must be an object, was null"),
        bad("argument: null value", ReportCodecs::readArgument,
            "{\"type\":\"text\",\"value\":null}", "/value", "must be a string, was null"),
        // obligations
        bad("obligation: missing due instant", ReportCodecs::readObligation,
            "{\"code\":\"outcome.duty.overdue\",\"path\":\"/outcome/duties/0\",\"overdue\":false}", "/dueAt",
            "required, not set"),
        bad("obligation: overdue as text", ReportCodecs::readObligation,
            "{\"overdue\":\"no\"}", "/overdue", "must be true or false"),
        bad("obligation: severity", ReportCodecs::readObligation,
            "{\"severity\":\"error\"}", "/severity", "unknown property \"severity\""),
        bad("obligation: bad argument in a list", ReportCodecs::readObligation,
            "{\"args\":[{\"type\":\"integer\",\"value\":1},{\"type\":\"date\",\"value\":\"soon\"}]}", "/args/1/value",
            "must be an ISO-8601 date"),
        // documents
        bad("report: missing version", ReportCodecs.REPORT::read, "{\"violations\":[]}", "",
            "missing property \"schemaVersion\""),
        bad("report: violations not an array", ReportCodecs.REPORT::read,
            "{\"schemaVersion\":\"1.0\",\"violations\":{}}", "/violations", "must be an array, was an object"),
        bad("report: bad violation", ReportCodecs.REPORT::read,
            "{\"schemaVersion\":\"1.0\",\"violations\":[" + VIOLATION_START + ",\"source\":\"s\"}," + VIOLATION_START + "}]}",
            "/violations/1/source", "required, not set"),
        bad("report: unknown property", ReportCodecs.REPORT::read,
            "{\"schemaVersion\":\"1.0\",\"compliant\":true}", "/compliant", "unknown property \"compliant\""),
        bad("obligations: missing version", ReportCodecs.OBLIGATIONS::read, "{\"obligations\":[]}", "",
            "missing property \"schemaVersion\""),
        bad("obligations: a bare array", ReportCodecs.OBLIGATIONS::read, "[]", "", "must be an object, was an array"),
        bad("obligations: newer version", ReportCodecs.OBLIGATIONS::read, "{\"schemaVersion\":\"3.1\"}", "/schemaVersion",
            "newer than 1.0"));
  }

  private static Arguments bad(String what, Function<JsonIn, ?> reader, String text, String pointer, String fault) {
    return Arguments.of(what, reader, text, pointer, fault);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputIsRefusedAtThePointerOfTheFault(
      String what, Function<JsonIn, ?> reader, String text, String pointer, String fault) {
    DeliberationJsonException e = readFailure(reader, text);
    assertThat(e.pointer()).as(e.getMessage()).isEqualTo(pointer);
    assertThat(e.fault()).as(e.getMessage()).contains(fault);
  }
}
