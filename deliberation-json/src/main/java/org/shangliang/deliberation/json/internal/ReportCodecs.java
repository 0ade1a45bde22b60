package org.shangliang.deliberation.json.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
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
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.decision.Base;
import org.shangliang.deliberation.decision.CheckKind;
import org.shangliang.deliberation.decision.Choice;
import org.shangliang.deliberation.decision.Fraction;
import org.shangliang.deliberation.decision.Measure;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.outcome.Disagreement;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.SupervisionPhase;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyRole;
import org.shangliang.deliberation.party.RecordRole;
import org.shangliang.deliberation.process.AdmissionStatus;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.process.EventType;
import org.shangliang.deliberation.process.Phase;
import org.shangliang.deliberation.process.StepRole;
import org.shangliang.deliberation.tier.CadenceKind;
import org.shangliang.deliberation.tier.NonWorkingDayRule;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.PublicFunds;
import org.shangliang.deliberation.topic.SettlingAuthority;
import org.shangliang.deliberation.topic.SourceKind;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.Messages;
import org.shangliang.deliberation.validation.Obligation;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/**
 * Validation reports, their violations, and obligations, with their paths as JSON Pointers and
 * their message arguments as tagged values.
 *
 * <p>A violation is {@code {"code", "severity", "path", "args"?, "source", "message"?}} and an
 * obligation {@code {"code", "path", "dueAt", "overdue", "args"?, "message"?}}. The {@code path} is
 * the core's {@link Path} as a JSON Pointer (RFC 6901): {@code meetings[0].attendance} is {@code
 * /meetings/0/attendance}, the root is {@code ""}. A segment of digits is an index (a field name
 * never starts with a digit), any other a field name.
 *
 * <p>Each argument is a tagged value {@code {"type", "value"}}, {@code "type"} first, so that it
 * reads back as the same Java value: {@code text}, {@code boolean}, {@code character} (a string of
 * one char); {@code byte}, {@code short}, {@code integer}, {@code long}, {@code big-integer} (JSON
 * integers) and {@code decimal} (a JSON number, its scale kept); {@code instant}, {@code date},
 * {@code time}, {@code date-time}, {@code offset-date-time}, {@code offset-time}, {@code
 * zoned-date-time}, {@code duration}, {@code period}, {@code year-month}, {@code month-day}, {@code
 * zone} (ISO-8601 strings as {@code java.time} writes them) and {@code year} (an integer); the ids
 * {@code party}, {@code unit}, {@code topic}, {@code deliberation} and {@code rule-code} (strings);
 * {@code path} (a JSON Pointer); {@code localized} ({@code {"zh", "en"}}); {@code fraction} ({@code
 * "2/3"}); {@code public-funds} (the amount in yuan, a JSON number); {@code list} (an array of tagged
 * values); and {@code enum}, an enum constant of the core or {@link DayOfWeek} or {@link Month},
 * with its type: {@code {"type": "enum", "enum": "outcome-kind", "value": "committed"}} (the simple
 * class name and the constant as tokens). An enum of another library cannot be read back, so it is
 * not written: writing it throws {@link IllegalArgumentException}.
 *
 * <p>A writer given a {@link Rendering} adds each message, rendered in both languages, as {@code
 * "message": {"zh-CN", "en"}}, or in one of them; the reader accepts a {@code message} in that form only, and ignores
 * it.
 */
public final class ReportCodecs {
  /** The tokens of {@link Severity}. */
  public static final Tokens<Severity> SEVERITIES = Tokens.of(Severity.class);

  private static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;

  /** The enums whose constants an argument may be, by their tokens. */
  private static final Map<String, List<Enum<?>>> ENUMS = enums();

  private static final Map<Class<?>, String> ENUM_NAMES = enumNames();

  private ReportCodecs() {}

  /**
   * How messages are rendered when they are written: with which messages, instants shown in which
   * zone, and units named from which jurisdiction. Immutable and thread-safe.
   */
  public static final class Rendering {
    private final Messages messages;
    private final ZoneId zone;
    private final Optional<Jurisdiction> jurisdiction;
    private final boolean chinese;
    private final boolean english;

    private Rendering(Messages messages, ZoneId zone, Optional<Jurisdiction> jurisdiction) {
      this(messages, zone, jurisdiction, true, true);
    }

    private Rendering(
        Messages messages,
        ZoneId zone,
        Optional<Jurisdiction> jurisdiction,
        boolean chinese,
        boolean english) {
      this.messages = Objects.requireNonNull(messages, "messages");
      this.zone = Objects.requireNonNull(zone, "zone");
      this.jurisdiction = jurisdiction;
      this.chinese = chinese;
      this.english = english;
    }

    /**
     * This rendering in some of the two languages only.
     *
     * @param chineseToo whether to write the message in zh-CN
     * @param englishToo whether to write the message in English
     * @return the rendering
     * @throws IllegalArgumentException if neither is asked for
     */
    public Rendering in(boolean chineseToo, boolean englishToo) {
      if (!chineseToo && !englishToo) {
        throw new IllegalArgumentException("languages: at least one of zh-CN and en, was none");
      }
      return new Rendering(messages, zone, jurisdiction, chineseToo, englishToo);
    }

    /**
     * Messages with instants in a zone and units by id.
     *
     * @param messages the messages, such as {@link Messages#builtIn()}
     * @param zone the zone instants are shown in, such as the profile's
     * @return the rendering
     */
    public static Rendering of(Messages messages, ZoneId zone) {
      return new Rendering(messages, zone, Optional.empty());
    }

    /**
     * Messages with instants in a zone and each unit named from a jurisdiction next to its id.
     *
     * @param messages the messages, such as {@link Messages#builtIn()}
     * @param zone the zone instants are shown in, such as the profile's
     * @param jurisdiction the unit tree the names come from
     * @return the rendering
     */
    public static Rendering of(Messages messages, ZoneId zone, Jurisdiction jurisdiction) {
      return new Rendering(messages, zone, Optional.of(Objects.requireNonNull(jurisdiction, "jurisdiction")));
    }

    String render(Violation violation, Locale locale) {
      return jurisdiction.isPresent()
          ? messages.format(violation, locale, zone, jurisdiction.get())
          : messages.format(violation, locale, zone);
    }

    String render(Obligation obligation, Locale locale) {
      return jurisdiction.isPresent()
          ? messages.format(obligation, locale, zone, jurisdiction.get())
          : messages.format(obligation, locale, zone);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // documents

  /** The report document: {@code {"schemaVersion", "violations"?}}, without messages. */
  public static final Codec<ValidationReport> REPORT = reportCodec(null);

  /** The obligations document: {@code {"schemaVersion", "obligations"?}}, without messages. */
  public static final Codec<List<Obligation>> OBLIGATIONS = obligationsCodec(null);

  /**
   * The report document written with each violation's message.
   *
   * @param rendering how the messages are rendered
   * @return the codec
   */
  public static Codec<ValidationReport> reportWithMessages(Rendering rendering) {
    return reportCodec(Objects.requireNonNull(rendering, "rendering"));
  }

  /**
   * The obligations document written with each obligation's message.
   *
   * @param rendering how the messages are rendered
   * @return the codec
   */
  public static Codec<List<Obligation>> obligationsWithMessages(Rendering rendering) {
    return obligationsCodec(Objects.requireNonNull(rendering, "rendering"));
  }

  private static Codec<ValidationReport> reportCodec(Rendering rendering) {
    return Codec.versionedList(
        "violations",
        ReportCodecs::readViolation,
        (o, v) -> writeViolation(o, v, rendering),
        ValidationReport::of,
        ValidationReport::violations);
  }

  private static Codec<List<Obligation>> obligationsCodec(Rendering rendering) {
    return Codec.versionedList(
        "obligations",
        ReportCodecs::readObligation,
        (o, ob) -> writeObligation(o, ob, rendering),
        List::copyOf,
        obligations -> obligations);
  }

  // ---------------------------------------------------------------------------------------------
  // reports and violations

  /**
   * Reads a report outside a document: {@code {"violations"?}}.
   *
   * @param in the reader
   * @return the report
   */
  public static ValidationReport readValidationReport(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    List<Violation> violations = List.of();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      if (field.equals("violations")) {
        violations = in.list(ReportCodecs::readViolation);
      } else {
        throw in.unknown(field);
      }
    }
    List<Violation> read = violations;
    return in.build(mark, () -> ValidationReport.of(read));
  }

  /**
   * Writes a report outside a document, without messages.
   *
   * @param out the writer
   * @param report the report
   */
  public static void writeValidationReport(JsonOut out, ValidationReport report) {
    out.beginObject();
    out.listUnlessEmpty("violations", report.violations(), ReportCodecs::writeViolation);
    out.endObject();
  }

  /**
   * Reads a violation: {@code {"code", "severity", "path", "args"?, "source", "message"?}}; a
   * message is checked for its form and ignored.
   *
   * @param in the reader
   * @return the violation
   */
  public static Violation readViolation(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    Violation.Builder violation = new Violation.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "code":
          violation.code(readRuleCode(in));
          break;
        case "severity":
          violation.severity(in.token(SEVERITIES));
          break;
        case "path":
          violation.path(readPath(in));
          break;
        case "args":
          violation.addAllArgs(in.list(ReportCodecs::readArgument));
          break;
        case "source":
          violation.source(in.string());
          break;
        case "message":
          skipMessage(in);
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(
        mark,
        () -> {
          try {
            return violation.build();
          } catch (InvalidModelException e) {
            // the core names the source violation.source
            if (e.path().equals(Path.of("violation", "source"))) {
              InvalidModelException moved = new InvalidModelException(Path.of("source"), e.fault());
              moved.initCause(e);
              throw moved;
            }
            throw e;
          }
        });
  }

  /**
   * Writes a violation without its message.
   *
   * @param out the writer
   * @param violation the violation
   */
  public static void writeViolation(JsonOut out, Violation violation) {
    writeViolation(out, violation, null);
  }

  /**
   * Writes a violation with its message in zh-CN and English.
   *
   * @param out the writer
   * @param violation the violation
   * @param rendering how the message is rendered
   */
  public static void writeViolationWithMessage(JsonOut out, Violation violation, Rendering rendering) {
    writeViolation(out, violation, Objects.requireNonNull(rendering, "rendering"));
  }

  private static void writeViolation(JsonOut out, Violation violation, Rendering rendering) {
    out.beginObject();
    out.string("code", violation.code().value());
    out.token("severity", SEVERITIES, violation.severity());
    writePath(out, "path", violation.path());
    out.listUnlessEmpty("args", violation.args(), ReportCodecs::writeArgument);
    out.string("source", violation.source());
    if (rendering != null) {
      writeMessage(
          out,
          rendering.chinese ? rendering.render(violation, ZH_CN) : null,
          rendering.english ? rendering.render(violation, Locale.ENGLISH) : null);
    }
    out.endObject();
  }

  // ---------------------------------------------------------------------------------------------
  // obligations

  /**
   * Reads an obligation: {@code {"code", "path", "dueAt", "overdue", "args"?, "message"?}}; a
   * message is checked for its form and ignored.
   *
   * @param in the reader
   * @return the obligation
   */
  public static Obligation readObligation(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    Obligation.Builder obligation = new Obligation.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "code":
          obligation.code(readRuleCode(in));
          break;
        case "path":
          obligation.path(readPath(in));
          break;
        case "dueAt":
          obligation.dueAt(in.instant());
          break;
        case "overdue":
          obligation.overdue(in.bool());
          break;
        case "args":
          obligation.addAllArgs(in.list(ReportCodecs::readArgument));
          break;
        case "message":
          skipMessage(in);
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, obligation::build);
  }

  /**
   * Writes an obligation without its message.
   *
   * @param out the writer
   * @param obligation the obligation
   */
  public static void writeObligation(JsonOut out, Obligation obligation) {
    writeObligation(out, obligation, null);
  }

  /**
   * Writes an obligation with its message in zh-CN and English.
   *
   * @param out the writer
   * @param obligation the obligation
   * @param rendering how the message is rendered
   */
  public static void writeObligationWithMessage(JsonOut out, Obligation obligation, Rendering rendering) {
    writeObligation(out, obligation, Objects.requireNonNull(rendering, "rendering"));
  }

  private static void writeObligation(JsonOut out, Obligation obligation, Rendering rendering) {
    out.beginObject();
    out.string("code", obligation.code().value());
    writePath(out, "path", obligation.path());
    out.instant("dueAt", obligation.dueAt());
    out.bool("overdue", obligation.overdue());
    out.listUnlessEmpty("args", obligation.args(), ReportCodecs::writeArgument);
    if (rendering != null) {
      writeMessage(
          out,
          rendering.chinese ? rendering.render(obligation, ZH_CN) : null,
          rendering.english ? rendering.render(obligation, Locale.ENGLISH) : null);
    }
    out.endObject();
  }

  // ---------------------------------------------------------------------------------------------
  // messages

  private static void writeMessage(JsonOut out, String zh, String en) {
    out.field("message");
    out.beginObject();
    if (zh != null) {
      out.string("zh-CN", zh);
    }
    if (en != null) {
      out.string("en", en);
    }
    out.endObject();
  }

  /** Reads a message {@code {"zh-CN"?, "en"?}}, strings, at least one, and drops it. */
  private static void skipMessage(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    boolean zh = false;
    boolean en = false;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "zh-CN":
          in.string();
          zh = true;
          break;
        case "en":
          in.string();
          en = true;
          break;
        default:
          throw in.unknown(field);
      }
    }
    if (!zh && !en) {
      throw in.fail(mark, "a message needs \"zh-CN\", \"en\" or both");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // codes and paths

  private static RuleCode readRuleCode(JsonIn in) {
    return in.string(RuleCode::of);
  }

  /**
   * Reads a path written as a JSON Pointer.
   *
   * @param in the reader
   * @return the path
   */
  public static Path readPath(JsonIn in) {
    return in.string(ReportCodecs::parsePointer);
  }

  /**
   * Writes a path property as a JSON Pointer.
   *
   * @param out the writer
   * @param name the property
   * @param path the path
   */
  public static void writePath(JsonOut out, String name, Path path) {
    out.string(name, path.toJsonPointer());
  }

  /**
   * The path a JSON Pointer (RFC 6901) names, the inverse of {@link Path#toJsonPointer()}: {@code
   * ""} is the root; each segment follows a {@code /}, with {@code ~1} for {@code /} and {@code ~0}
   * for {@code ~}; a segment that is {@code 0} or digits not starting with {@code 0} is an index, any
   * other a field name.
   *
   * @param pointer the pointer
   * @return the path
   * @throws InvalidModelException if the text is not a pointer to a path: it does not start with
   *     {@code /}, holds a {@code ~} not followed by {@code 0} or {@code 1}, an index above {@link
   *     Integer#MAX_VALUE}, or a segment that is neither an index nor a field name
   */
  public static Path parsePointer(String pointer) {
    if (pointer.isEmpty()) {
      return Path.root();
    }
    if (pointer.charAt(0) != '/') {
      throw notAPointer(pointer, "it must be empty or start with /");
    }
    Path path = Path.root();
    int start = 1;
    while (true) {
      int end = pointer.indexOf('/', start);
      String raw = pointer.substring(start, end < 0 ? pointer.length() : end);
      path = segment(path, raw, pointer);
      if (end < 0) {
        return path;
      }
      start = end + 1;
    }
  }

  private static Path segment(Path path, String raw, String pointer) {
    if (isIndex(raw)) {
      if (raw.length() > 10 || Long.parseLong(raw) > Integer.MAX_VALUE) {
        throw notAPointer(pointer, "the index " + raw + " is above " + Integer.MAX_VALUE);
      }
      return path.index(Integer.parseInt(raw));
    }
    StringBuilder field = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '~') {
        char next = i + 1 < raw.length() ? raw.charAt(i + 1) : 0;
        if (next != '0' && next != '1') {
          throw notAPointer(pointer, "~ must be followed by 0 or 1");
        }
        field.append(next == '0' ? '~' : '/');
        i++;
      } else {
        field.append(c);
      }
    }
    try {
      return path.child(field.toString());
    } catch (InvalidModelException e) {
      throw notAPointer(pointer, "the segment " + JsonIn.quote(raw) + " is neither an index nor a field name");
    }
  }

  private static boolean isIndex(String raw) {
    if (raw.isEmpty() || (raw.charAt(0) == '0' && raw.length() > 1)) {
      return false;
    }
    for (int i = 0; i < raw.length(); i++) {
      if (raw.charAt(i) < '0' || raw.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static InvalidModelException notAPointer(String pointer, String why) {
    return new InvalidModelException(
        Path.root(),
        "must be a JSON Pointer such as /meetings/0/attendance, was " + JsonIn.quote(pointer) + ": " + why);
  }

  // ---------------------------------------------------------------------------------------------
  // arguments

  /**
   * Reads a message argument: {@code {"type", "value"}}, or {@code {"type": "enum", "enum",
   * "value"}}, the type first.
   *
   * @param in the reader
   * @return the argument, a value {@link Violation#args()} accepts
   */
  public static Object readArgument(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    String first = in.nextField();
    if (!"type".equals(first)) {
      throw in.fail(mark, "an argument must begin with its \"type\"");
    }
    String type = in.string();
    if (!type.equals("enum") && !VALUE_TYPES.contains(type)) {
      throw in.fail("must be one of " + allTypes() + ", was " + JsonIn.quote(type));
    }
    Object value = null;
    String enumType = null;
    String enumValue = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      if (field.equals("value") && type.equals("enum")) {
        enumValue = in.string();
        value = enumValue;
      } else if (field.equals("enum") && type.equals("enum")) {
        enumType = in.string();
        if (!ENUMS.containsKey(enumType)) {
          throw in.fail("must be one of " + ENUMS.keySet() + ", was " + JsonIn.quote(enumType));
        }
      } else if (field.equals("value")) {
        value = readValue(in, type);
      } else {
        throw in.unknown(field);
      }
    }
    if (type.equals("enum") && enumType == null) {
      throw in.fail(mark, "missing property \"enum\"");
    }
    if (value == null) {
      throw in.fail(mark, "missing property \"value\"");
    }
    if (type.equals("enum")) {
      for (Enum<?> constant : ENUMS.get(enumType)) {
        if (Tokens.token(constant.name()).equals(enumValue)) {
          return constant;
        }
      }
      throw in.fail(mark, "the value must be one of " + tokens(ENUMS.get(enumType)) + ", was " + JsonIn.quote(enumValue));
    }
    return value;
  }

  private static final List<String> VALUE_TYPES =
      List.of(
          "text", "boolean", "character", "byte", "short", "integer", "long", "big-integer", "decimal",
          "instant", "date", "time", "date-time", "offset-date-time", "offset-time", "zoned-date-time",
          "duration", "period", "year", "year-month", "month-day", "zone", "party", "unit", "topic",
          "deliberation", "rule-code", "path", "localized", "fraction", "public-funds", "list");

  private static List<String> allTypes() {
    List<String> all = new ArrayList<>(VALUE_TYPES);
    all.add("enum");
    return all;
  }

  private static Object readValue(JsonIn in, String type) {
    switch (type) {
      case "text":
        return in.string();
      case "boolean":
        return in.bool();
      case "character":
        {
          String text = in.string();
          if (text.length() != 1) {
            throw in.fail("must be a string of one character, was " + JsonIn.quote(text));
          }
          return text.charAt(0);
        }
      case "byte":
        {
          int value = in.integer();
          if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
            throw in.fail("must be an integer from " + Byte.MIN_VALUE + " to " + Byte.MAX_VALUE + ", was " + value);
          }
          return (byte) value;
        }
      case "short":
        {
          int value = in.integer();
          if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
            throw in.fail("must be an integer from " + Short.MIN_VALUE + " to " + Short.MAX_VALUE + ", was " + value);
          }
          return (short) value;
        }
      case "integer":
        return in.integer();
      case "long":
        return in.longInteger();
      case "big-integer":
        {
          BigDecimal value = in.decimal();
          if (value.scale() != 0) {
            throw in.fail("must be an integer written without a point or exponent, was " + value);
          }
          return value.toBigIntegerExact();
        }
      case "decimal":
        return in.decimal();
      case "instant":
        return parsed(in, "an ISO-8601 instant such as 2026-11-20T11:40:00Z", ReportCodecs::instant);
      case "date":
        return parsed(in, "an ISO-8601 date such as 2026-11-20", LocalDate::parse);
      case "time":
        return parsed(in, "an ISO-8601 time such as 19:40", LocalTime::parse);
      case "date-time":
        return parsed(in, "an ISO-8601 local date-time such as 2026-11-20T19:40", LocalDateTime::parse);
      case "offset-date-time":
        return parsed(in, "an ISO-8601 date-time with an offset such as 2026-11-20T19:40+08:00", OffsetDateTime::parse);
      case "offset-time":
        return parsed(in, "an ISO-8601 time with an offset such as 19:40+08:00", OffsetTime::parse);
      case "zoned-date-time":
        return parsed(
            in,
            "an ISO-8601 date-time with an offset and zone such as 2026-11-20T19:40+08:00[Asia/Shanghai]",
            ZonedDateTime::parse);
      case "duration":
        return parsed(in, "an ISO-8601 duration such as PT24H", Duration::parse);
      case "period":
        return parsed(in, "an ISO-8601 period such as P1Y2M3D", Period::parse);
      case "year":
        {
          int year = in.integer();
          if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
            throw in.fail("must be a year from " + Year.MIN_VALUE + " to " + Year.MAX_VALUE + ", was " + year);
          }
          return Year.of(year);
        }
      case "year-month":
        return parsed(in, "an ISO-8601 year and month such as 2026-11", YearMonth::parse);
      case "month-day":
        return parsed(in, "an ISO-8601 month and day such as --11-20", MonthDay::parse);
      case "zone":
        return parsed(in, "a time-zone id such as Asia/Shanghai", ZoneId::of);
      case "party":
        return in.string(PartyId::of);
      case "unit":
        return in.string(UnitId::of);
      case "topic":
        return in.string(TopicId::of);
      case "deliberation":
        return in.string(DeliberationId::of);
      case "rule-code":
        return readRuleCode(in);
      case "path":
        return readPath(in);
      case "localized":
        return CommonCodecs.readLocalizedText(in);
      case "fraction":
        return in.string(Fraction::parse);
      case "public-funds":
        {
          BigDecimal amount = in.decimal();
          try {
            return PublicFunds.of(amount);
          } catch (InvalidModelException e) {
            throw in.fail(e.fault());
          }
        }
      case "list":
        return in.list(ReportCodecs::readArgument);
      default:
        throw new IllegalStateException("no reader for the type " + type);
    }
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeException notUtc) {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }
  }

  private static <T> T parsed(JsonIn in, String expected, Function<String, T> parser) {
    String text = in.string();
    try {
      return parser.apply(text);
    } catch (DateTimeException | ArithmeticException e) {
      throw in.fail("must be " + expected + ", was " + JsonIn.quote(text));
    }
  }

  /**
   * Writes a message argument as a tagged value.
   *
   * @param out the writer
   * @param arg the argument, a value {@link Violation#args()} accepts
   * @throws IllegalArgumentException if the argument is an enum constant of another library, or
   *     another value the reader could not read back
   */
  public static void writeArgument(JsonOut out, Object arg) {
    out.beginObject();
    if (arg instanceof Enum) {
      Class<?> type = ((Enum<?>) arg).getDeclaringClass();
      String name = ENUM_NAMES.get(type);
      if (name == null) {
        throw new IllegalArgumentException(
            "args: an enum constant of " + type.getName() + " cannot be written, only those of "
                + ENUMS.keySet() + "; give its text or a LocalizedText instead");
      }
      out.string("type", "enum");
      out.string("enum", name);
      out.string("value", Tokens.token(((Enum<?>) arg).name()));
    } else if (arg instanceof Collection) {
      out.string("type", "list");
      out.list("value", List.copyOf((Collection<?>) arg), ReportCodecs::writeArgument);
    } else {
      writeValue(out, arg);
    }
    out.endObject();
  }

  private static void writeValue(JsonOut out, Object arg) {
    if (arg instanceof String) {
      out.string("type", "text");
      out.string("value", (String) arg);
    } else if (arg instanceof Boolean) {
      out.string("type", "boolean");
      out.bool("value", (Boolean) arg);
    } else if (arg instanceof Character) {
      out.string("type", "character");
      out.string("value", arg.toString());
    } else if (arg instanceof Byte) {
      out.string("type", "byte");
      out.integer("value", (Byte) arg);
    } else if (arg instanceof Short) {
      out.string("type", "short");
      out.integer("value", (Short) arg);
    } else if (arg instanceof Integer) {
      out.string("type", "integer");
      out.integer("value", (Integer) arg);
    } else if (arg instanceof Long) {
      out.string("type", "long");
      out.integer("value", (Long) arg);
    } else if (arg instanceof BigInteger) {
      out.string("type", "big-integer");
      out.decimal("value", new BigDecimal((BigInteger) arg));
    } else if (arg instanceof BigDecimal) {
      out.string("type", "decimal");
      out.decimal("value", (BigDecimal) arg);
    } else if (arg instanceof Instant) {
      out.string("type", "instant");
      out.instant("value", (Instant) arg);
    } else if (arg instanceof LocalDate) {
      text(out, "date", arg);
    } else if (arg instanceof LocalTime) {
      text(out, "time", arg);
    } else if (arg instanceof LocalDateTime) {
      text(out, "date-time", arg);
    } else if (arg instanceof OffsetDateTime) {
      text(out, "offset-date-time", arg);
    } else if (arg instanceof OffsetTime) {
      text(out, "offset-time", arg);
    } else if (arg instanceof ZonedDateTime) {
      text(out, "zoned-date-time", arg);
    } else if (arg instanceof Duration) {
      text(out, "duration", arg);
    } else if (arg instanceof Period) {
      text(out, "period", arg);
    } else if (arg instanceof Year) {
      out.string("type", "year");
      out.integer("value", ((Year) arg).getValue());
    } else if (arg instanceof YearMonth) {
      text(out, "year-month", arg);
    } else if (arg instanceof MonthDay) {
      text(out, "month-day", arg);
    } else if (arg instanceof ZoneId) {
      out.string("type", "zone");
      out.string("value", ((ZoneId) arg).getId());
    } else if (arg instanceof PartyId) {
      out.string("type", "party");
      out.string("value", ((PartyId) arg).value());
    } else if (arg instanceof UnitId) {
      out.string("type", "unit");
      out.string("value", ((UnitId) arg).value());
    } else if (arg instanceof TopicId) {
      out.string("type", "topic");
      out.string("value", ((TopicId) arg).value());
    } else if (arg instanceof DeliberationId) {
      out.string("type", "deliberation");
      out.string("value", ((DeliberationId) arg).value());
    } else if (arg instanceof RuleCode) {
      out.string("type", "rule-code");
      out.string("value", ((RuleCode) arg).value());
    } else if (arg instanceof Path) {
      out.string("type", "path");
      writePath(out, "value", (Path) arg);
    } else if (arg instanceof LocalizedText) {
      LocalizedText text = (LocalizedText) arg;
      out.string("type", "localized");
      out.field("value");
      out.beginObject();
      out.string("zh", text.zh());
      out.string("en", text.en());
      out.endObject();
    } else if (arg instanceof Fraction) {
      out.string("type", "fraction");
      out.string("value", arg.toString());
    } else if (arg instanceof PublicFunds) {
      out.string("type", "public-funds");
      out.decimal("value", ((PublicFunds) arg).amount());
    } else {
      throw new IllegalArgumentException(
          "args: a " + arg.getClass().getName() + " cannot be written as an argument");
    }
  }

  private static void text(JsonOut out, String type, Object value) {
    out.string("type", type);
    out.string("value", value.toString());
  }

  // ---------------------------------------------------------------------------------------------
  // enums

  private static Map<String, List<Enum<?>>> enums() {
    Map<String, List<Enum<?>>> enums = new LinkedHashMap<>();
    enums.put("admission-status", List.of(AdmissionStatus.values()));
    enums.put("base", List.of(Base.values()));
    enums.put("cadence-kind", List.of(CadenceKind.values()));
    enums.put("check-kind", List.of(CheckKind.values()));
    enums.put("choice", List.of(Choice.values()));
    enums.put("day-of-week", List.of(DayOfWeek.values()));
    enums.put("disagreement", List.of(Disagreement.values()));
    enums.put("event-type", List.of(EventType.values()));
    enums.put("matter-size", List.of(MatterSize.values()));
    enums.put("measure", List.of(Measure.values()));
    enums.put("meeting-kind", List.of(MeetingKind.values()));
    enums.put("meeting-stage", List.of(MeetingStage.values()));
    enums.put("month", List.of(Month.values()));
    enums.put("non-working-day-rule", List.of(NonWorkingDayRule.values()));
    enums.put("outcome", List.of(org.shangliang.deliberation.decision.Outcome.values()));
    enums.put("outcome-kind", List.of(OutcomeKind.values()));
    enums.put("party-act-kind", List.of(org.shangliang.deliberation.process.PartyActKind.values()));
    enums.put("party-kind", List.of(PartyKind.values()));
    enums.put("party-role", List.of(PartyRole.values()));
    enums.put("phase", List.of(Phase.values()));
    enums.put("record-role", List.of(RecordRole.values()));
    enums.put("risk-level", List.of(org.shangliang.deliberation.process.RiskLevel.values()));
    enums.put("settling-authority", List.of(SettlingAuthority.values()));
    enums.put("severity", List.of(Severity.values()));
    enums.put("source-kind", List.of(SourceKind.values()));
    enums.put("step-role", List.of(StepRole.values()));
    enums.put("supervision-phase", List.of(SupervisionPhase.values()));
    enums.put("tier-level", List.of(TierLevel.values()));
    return Collections.unmodifiableMap(enums);
  }

  private static Map<Class<?>, String> enumNames() {
    Map<Class<?>, String> names = new HashMap<>();
    for (Map.Entry<String, List<Enum<?>>> entry : ENUMS.entrySet()) {
      names.put(entry.getValue().get(0).getDeclaringClass(), entry.getKey());
    }
    return Collections.unmodifiableMap(names);
  }

  private static List<String> tokens(List<Enum<?>> constants) {
    List<String> tokens = new ArrayList<>();
    for (Enum<?> constant : constants) {
      tokens.add(Tokens.token(constant.name()));
    }
    return tokens;
  }
}
