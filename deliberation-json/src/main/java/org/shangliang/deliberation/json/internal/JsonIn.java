package org.shangliang.deliberation.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.json.DeliberationJsonException;
import org.shangliang.deliberation.json.JsonLimits;

/**
 * A strict reader over a Jackson 2 {@link JsonParser}: every read names the JSON type it expects
 * and refuses any other (no coercion: a number written as a string is refused, as is a string where
 * a number belongs), and every fault becomes a {@link DeliberationJsonException} at the JSON
 * Pointer, line and column of the offending value. The codecs read through this class only, so a
 * Jackson 3 twin replaces this class and {@link JsonOut}, not the codecs. Not thread-safe: one per
 * document being read.
 */
public final class JsonIn {
  private static final int QUOTED = 64;

  private final JsonParser parser;
  private final Optional<ZoneId> localTimeZone;

  /**
   * A reader.
   *
   * @param parser the parser, positioned before the value to read
   * @param localTimeZone the zone in which to read local date-times written without an offset, or
   *     empty to refuse them
   */
  public JsonIn(JsonParser parser, Optional<ZoneId> localTimeZone) {
    this.parser = parser;
    this.localTimeZone = localTimeZone;
    this.seenNames =
        parser.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION) ? null : new SeenNames();
  }

  /**
   * The property names seen in each open object, when the parser does not refuse duplicate keys
   * itself; {@code null} when it does. The facade's parsers leave it to this class, which does it
   * without allocating per object (Jackson's detector makes a hash set for every object of three
   * properties or more: a quarter of what reading a record allocated).
   */
  private final SeenNames seenNames;

  /**
   * Where an object began: its pointer and position, for faults found when it is built. The pointer
   * is only spelled out when a fault needs it: a mark keeps the mark of the object it is in and the
   * steps from there (a property name, or a name and an index).
   */
  public static final class Mark {
    /** The mark of the object this one is in, or {@code null} at the top. */
    private final Mark outer;
    /** The property of the outer object that holds this one (or the array holding it). */
    private final String name;
    /** The index in that array, or -1 if the property holds this object itself. */
    private final int index;
    /** The object's parsing context, while it is being read. */
    private final JsonStreamContext context;
    private final long line;
    private final long column;
    private String pointer;

    Mark(Mark outer, String name, int index, String pointer, JsonStreamContext context, long line, long column) {
      this.outer = outer;
      this.name = name;
      this.index = index;
      this.pointer = pointer;
      this.context = context;
      this.line = line;
      this.column = column;
    }

    /**
     * The object's JSON Pointer.
     *
     * @return the pointer; empty for the document
     */
    public String pointer() {
      if (pointer == null) {
        StringBuilder text = new StringBuilder(outer.pointer()).append('/');
        for (int i = 0; i < name.length(); i++) {
          char c = name.charAt(i);
          if (c == '~') {
            text.append("~0");
          } else if (c == '/') {
            text.append("~1");
          } else {
            text.append(c);
          }
        }
        if (index >= 0) {
          text.append('/').append(index);
        }
        pointer = text.toString();
      }
      return pointer;
    }
  }

  /** The innermost object being read. */
  private Mark open;

  // ---------------------------------------------------------------------------------------------
  // structure

  /**
   * Reads the start of an object.
   *
   * @return where the object began
   * @throws DeliberationJsonException if the next value is not an object
   */
  public Mark beginObject() {
    JsonToken token = next();
    if (token != JsonToken.START_OBJECT) {
      throw wrongType("an object", token);
    }
    if (seenNames != null) {
      seenNames.open();
    }
    return mark();
  }

  /**
   * Reads the next property name of the object being read, or its end.
   *
   * @return the property name, or {@code null} at the end of the object
   */
  public String nextField() {
    String previous = parser.getParsingContext().getCurrentName();
    JsonToken token;
    try {
      token = next();
    } catch (DeliberationJsonException e) {
      throw atObject(e, previous);
    }
    if (token == JsonToken.END_OBJECT) {
      if (seenNames != null) {
        seenNames.close();
      }
      if (open != null) {
        open = open.outer;
      }
      return null;
    }
    if (token != JsonToken.FIELD_NAME) {
      throw fail("expected a property name, found " + describe(token));
    }
    String name = text();
    if (seenNames != null && !seenNames.add(name)) {
      throw fail(DUPLICATE + "'" + name + "'"); // at the start of the name given twice
    }
    return name;
  }

  /**
   * Refuses a property the object does not have.
   *
   * @param name the property's name
   * @return never: always throws
   * @throws DeliberationJsonException naming the property
   */
  public DeliberationJsonException unknown(String name) {
    throw fail("unknown property " + quote(name));
  }

  /**
   * A fault found while reading the next property name of an object (a malformed or too long name,
   * a missing one after a comma, the end of the input) moved to the object's pointer: the parser
   * still holds the previous property's name, which is not at fault. A fault found once the parser
   * has taken the new name (in the value it reads with the name, or a duplicate name) keeps the
   * new name's pointer.
   */
  private DeliberationJsonException atObject(DeliberationJsonException e, String previous) {
    JsonStreamContext context = parser.getParsingContext();
    if (!context.inObject()
        || context.getParent() == null
        || !Objects.equals(context.getCurrentName(), previous)
        || !e.pointer().equals(context.pathAsPointer().toString())
        || (e.getCause() instanceof JsonProcessingException
            && String.valueOf(((JsonProcessingException) e.getCause()).getOriginalMessage()).startsWith(DUPLICATE))) {
      return e;
    }
    String object = context.getParent().pathAsPointer().toString();
    return new DeliberationJsonException(object, e.line(), e.column(), e.fault(), e.getCause());
  }

  /** How the parser refuses a property name given twice. */
  private static final String DUPLICATE = "Duplicate field ";

  /**
   * Reads an array, each element with {@code element}.
   *
   * @param <T> the elements' type
   * @param element reads one element
   * @return the elements, in order
   */
  public <T> List<T> list(Function<JsonIn, T> element) {
    JsonToken token = next();
    if (token != JsonToken.START_ARRAY) {
      throw wrongType("an array", token);
    }
    List<T> values = new ArrayList<>();
    while (true) {
      if (peekEndArray()) {
        return values;
      }
      values.add(element.apply(this));
    }
  }

  /**
   * Whether the next value is {@code null}; if so, it is read.
   *
   * @return {@code true} if a null was read
   */
  public boolean nullValue() {
    JsonToken token = peek();
    if (token == JsonToken.VALUE_NULL) {
      next();
      return true;
    }
    return false;
  }

  /**
   * Whether the next value, not read yet, is a string: for a property that holds either a value or
   * a name that refers to one.
   *
   * @return {@code true} if the next value is a string
   */
  public boolean nextIsString() {
    return peek() == JsonToken.VALUE_STRING;
  }

  /**
   * Where the value just read is: its pointer and position, for a fault about it that is found only
   * later in the document ({@link #fail(Mark, String)}).
   *
   * @return the place of the value just read
   */
  public Mark here() {
    return mark();
  }

  // ---------------------------------------------------------------------------------------------
  // scalars

  /**
   * Reads a string.
   *
   * @return the string
   */
  public String string() {
    JsonToken token = next();
    if (token != JsonToken.VALUE_STRING) {
      throw wrongType("a string", token);
    }
    return text();
  }

  /**
   * Reads a boolean.
   *
   * @return the boolean
   */
  public boolean bool() {
    JsonToken token = next();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw wrongType("true or false", token);
  }

  /**
   * Reads an integer that fits an {@code int}.
   *
   * @return the integer
   */
  public int integer() {
    JsonToken token = next();
    if (token != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("an integer", token);
    }
    try {
      if (parser.getNumberType() != JsonParser.NumberType.INT && !fits(Integer.SIZE)) {
        throw fail("must be an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ", was " + quote(text()));
      }
      return parser.getIntValue();
    } catch (IOException e) {
      throw fault(e);
    }
  }

  /**
   * Reads an integer that fits a {@code long}.
   *
   * @return the integer
   */
  public long longInteger() {
    JsonToken token = next();
    if (token != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("an integer", token);
    }
    try {
      JsonParser.NumberType type = parser.getNumberType();
      if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG && !fits(Long.SIZE)) {
        throw fail("must be an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ", was " + quote(text()));
      }
      return parser.getLongValue();
    } catch (IOException e) {
      throw fault(e);
    }
  }

  /**
   * Whether the current integer fits a signed type of {@code bits} bits, whatever type holds it: a
   * token buffer or a tree (Jackson databind's {@code convertValue}, {@code treeToValue}) may hold
   * a small integer as a long or a big integer, where a parser of text holds it as an int.
   */
  private boolean fits(int bits) throws IOException {
    return parser.getBigIntegerValue().bitLength() < bits;
  }

  /**
   * Reads a number exactly, keeping its scale as written ({@code 1.50} stays {@code 1.50}).
   *
   * @return the number
   */
  public BigDecimal decimal() {
    JsonToken token = next();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw wrongType("a number", token);
    }
    try {
      return new BigDecimal(text());
    } catch (NumberFormatException e) {
      throw fail("must be a number, was " + quote(text()));
    }
  }

  /**
   * Reads an instant: ISO-8601 with an offset ({@code 2026-11-20T19:40:00+08:00} or {@code …Z}),
   * or, when the reader was given a zone, a local date-time in that zone.
   *
   * @return the instant
   */
  public Instant instant() {
    JsonToken token = next();
    if (token != JsonToken.VALUE_STRING) {
      throw wrongType("a string", token);
    }
    try {
      // the common form without DateTimeFormatter (or a string); anything else as before
      Instant common =
          IsoInstants.parse(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
      if (common != null) {
        return common;
      }
    } catch (IOException e) {
      throw fault(e);
    }
    String text = text();
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      if (localTimeZone.isPresent()) {
        try {
          return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
              .atZone(localTimeZone.get())
              .toInstant();
        } catch (DateTimeException e) {
          throw fail("must be an ISO-8601 date-time, with an offset or local to " + localTimeZone.get() + ", was " + quote(text));
        }
      }
      throw fail("must be an ISO-8601 instant with an offset (such as 2026-11-20T19:40:00+08:00), was " + quote(text)
          + "; a local date-time is read only when the reader is given the zone");
    }
  }

  /**
   * Reads a date, ISO-8601 ({@code 2026-11-20}).
   *
   * @return the date
   */
  public LocalDate date() {
    String text = string();
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw fail("must be an ISO-8601 date such as 2026-11-20, was " + quote(text));
    }
  }

  /**
   * Reads a duration, ISO-8601 ({@code PT24H}, {@code P7D}).
   *
   * @return the duration
   */
  public Duration duration() {
    String text = string();
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw fail("must be an ISO-8601 duration such as PT24H or P7D, was " + quote(text));
    }
  }

  /**
   * Reads a zone id ({@code Asia/Shanghai}).
   *
   * @return the zone
   */
  public ZoneId zone() {
    String text = string();
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw fail("must be a time-zone id such as Asia/Shanghai, was " + quote(text));
    }
  }

  /**
   * Reads an enum constant by its token.
   *
   * @param <E> the enum
   * @param tokens the enum's tokens
   * @return the constant
   */
  public <E extends Enum<E>> E token(Tokens<E> tokens) {
    JsonToken token = next();
    if (token != JsonToken.VALUE_STRING) {
      throw wrongType("a string", token);
    }
    E value;
    try {
      value = tokens.constant(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
    } catch (IOException e) {
      throw fault(e);
    }
    if (value == null) {
      throw fail("must be one of " + tokens.all() + ", was " + quote(text()));
    }
    return value;
  }

  /**
   * Reads a string and makes a value of it with a core factory ({@code UnitId::of}), reporting a
   * refusal at this value.
   *
   * @param <T> the value's type
   * @param factory the core's factory
   * @return the value
   */
  public <T> T string(Function<String, T> factory) {
    String text = string();
    try {
      return factory.apply(text);
    } catch (InvalidModelException e) {
      throw fail(e.path().isRoot() ? e.fault() : e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // building

  /**
   * Builds a value from what was read of an object, reporting a refusal by the core at the JSON
   * Pointer of the offending field: the object's pointer followed by the core's path.
   *
   * @param <T> the value's type
   * @param mark where the object began
   * @param build builds the value
   * @return the value
   */
  public <T> T build(Mark mark, Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidModelException e) {
      String pointer = mark.pointer() + e.path().toJsonPointer();
      throw new DeliberationJsonException(pointer, mark.line, mark.column, e.fault(), e);
    }
  }

  /**
   * Refuses a value: a fault at the current value.
   *
   * @param fault what is wrong
   * @return never: always throws
   */
  public DeliberationJsonException fail(String fault) {
    throw fail(fault, null);
  }

  private DeliberationJsonException fail(String fault, Throwable cause) {
    JsonLocation at = parser.currentTokenLocation();
    throw new DeliberationJsonException(pointer(), at.getLineNr(), at.getColumnNr(), fault, cause);
  }

  /**
   * Refuses an object for what its properties lack or combine wrongly: a fault at the object.
   *
   * @param mark where the object began
   * @param fault what is wrong
   * @return never: always throws
   */
  public DeliberationJsonException fail(Mark mark, String fault) {
    throw new DeliberationJsonException(mark.pointer(), mark.line, mark.column, fault, null);
  }

  /**
   * Checks that nothing follows the document's value.
   *
   * @throws DeliberationJsonException if a token follows
   */
  public void end() {
    JsonToken token;
    try {
      token = parser.nextToken();
    } catch (IOException e) {
      throw fault(e);
    }
    if (token != null) {
      throw new DeliberationJsonException(
          "", parser.currentTokenLocation().getLineNr(), parser.currentTokenLocation().getColumnNr(),
          "the document must hold one value, but " + describe(token) + " follows it", null);
    }
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Marks where the parser is. An object just begun (its START_OBJECT the current token) becomes
   * the innermost object being read, until {@link #nextField()} reads its end, and its pointer is
   * kept as steps from the object it is in; any other value (a string just read, a value just
   * closed, a property name), or the innermost object marked again, gets its pointer in full now
   * and changes nothing.
   */
  private Mark mark() {
    if (parser.currentToken() != JsonToken.START_OBJECT
        || (open != null && open.context == parser.getParsingContext())) {
      JsonLocation at = parser.currentTokenLocation();
      return new Mark(
          open, null, -1, pointer(), parser.getParsingContext(), at.getLineNr(), at.getColumnNr());
    }
    JsonLocation at = parser.currentTokenLocation();
    JsonStreamContext context = parser.getParsingContext();
    JsonStreamContext parent = context.getParent();
    Mark outer = open;
    Mark mark;
    long line = at.getLineNr();
    long column = at.getColumnNr();
    if (outer == null && parent != null && parent.inRoot()) {
      mark = new Mark(null, null, -1, "", context, line, column);
    } else if (outer != null && parent == outer.context) {
      // the value of a property
      mark = new Mark(outer, parent.getCurrentName(), -1, null, context, line, column);
    } else if (outer != null && parent.inArray() && parent.getParent() == outer.context) {
      // an element of an array that is the value of a property
      mark = new Mark(outer, outer.context.getCurrentName(), parent.getCurrentIndex(), null, context, line, column);
    } else {
      // anywhere else (a value read on its own): the pointer in full, now
      mark = new Mark(outer, null, -1, pointer(), context, line, column);
    }
    open = mark;
    return mark;
  }

  private String pointer() {
    return parser.getParsingContext().pathAsPointer().toString();
  }

  private JsonToken peeked;

  private JsonToken next() {
    if (peeked != null) {
      JsonToken token = peeked;
      peeked = null;
      return token;
    }
    JsonToken token;
    try {
      token = parser.nextToken();
    } catch (IOException e) {
      throw fault(e);
    }
    if (token == null) {
      JsonLocation end = parser.currentLocation();
      throw new DeliberationJsonException(
          pointer(), end.getLineNr(), end.getColumnNr(), "the document ends too early", null);
    }
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      checkNumberLength();
    }
    return token;
  }

  /**
   * Refuses a number longer than the limit, in characters as written: the parser counts only its
   * digits, and reads the digits of a fraction or exponent only when asked for its value.
   */
  private void checkNumberLength() {
    int max = parser.streamReadConstraints().getMaxNumberLength();
    int length;
    try {
      length = parser.getTextLength();
    } catch (IOException e) {
      throw fault(e);
    }
    if (length > max) {
      throw fail(limitExceeded("number length", length, "maxNumberLength", max));
    }
  }

  private JsonToken peek() {
    if (peeked == null) {
      peeked = next();
    }
    return peeked;
  }

  private boolean peekEndArray() {
    if (peek() == JsonToken.END_ARRAY) {
      peeked = null;
      return true;
    }
    return false;
  }

  private String text() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw fault(e);
    }
  }

  private DeliberationJsonException wrongType(String expected, JsonToken found) {
    return fail("must be " + expected + ", was " + describe(found));
  }

  private String describe(JsonToken token) {
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "the string " + quote(text());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + shorten(text());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return text();
      case VALUE_NULL:
        return "null";
      case FIELD_NAME:
        return "the property " + quote(text());
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }

  private DeliberationJsonException fault(IOException e) {
    if (e instanceof StreamConstraintsException && isDocumentLength((StreamConstraintsException) e)) {
      return documentFault((StreamConstraintsException) e);
    }
    if (e instanceof JsonProcessingException) {
      JsonProcessingException p = (JsonProcessingException) e;
      JsonLocation at = p.getLocation() != null ? p.getLocation() : parser.currentLocation();
      return new DeliberationJsonException(pointer(), at.getLineNr(), at.getColumnNr(), faultOf(p), e);
    }
    if (e instanceof CharConversionException) {
      // the input is not in the encoding it was detected in: a fault of the document
      JsonLocation at = parser.currentLocation();
      return new DeliberationJsonException(pointer(), at.getLineNr(), at.getColumnNr(), e.getMessage(), e);
    }
    throw new UncheckedIOException(e);
  }

  /**
   * A fault of the whole document found by the parser before or while reading it (a document
   * longer than the limit, or not in any encoding of JSON), reported without a position.
   *
   * @param e what the parser raised
   * @return the fault
   */
  public static DeliberationJsonException documentFault(IOException e) {
    String fault =
        e instanceof JsonProcessingException
            ? faultOf((JsonProcessingException) e)
            : String.valueOf(e.getMessage());
    return new DeliberationJsonException("", 0, 0, fault, e);
  }

  private static boolean isDocumentLength(StreamConstraintsException e) {
    return String.valueOf(e.getOriginalMessage()).contains("getMaxDocumentLength()");
  }

  /** The parser's message, with a limit crossed named as {@link JsonLimits} names it. */
  private static String faultOf(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (!(e instanceof StreamConstraintsException)) {
      return message;
    }
    Matcher m = CROSSED.matcher(message);
    if (m.matches()) {
      String limit = LIMITS.get(m.group(4));
      if (limit != null) {
        return limitExceeded(WHAT.get(limit), Long.parseLong(m.group(2)), limit, Long.parseLong(m.group(3)));
      }
    }
    for (Map.Entry<String, String> limit : LIMITS.entrySet()) {
      message = message.replace("`StreamReadConstraints.get" + limit.getKey() + "()`", "JsonLimits." + limit.getValue());
    }
    return message;
  }

  private static String limitExceeded(String what, long value, String limit, long max) {
    return what + " " + value + " exceeds the limit JsonLimits." + limit + " (" + max + ")";
  }

  /** How the parser reports a limit crossed: what, the value, the limit and its getter. */
  private static final Pattern CROSSED =
      Pattern.compile("(.+) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+), from `StreamReadConstraints\\.get(\\w+)\\(\\)`\\)");

  /** The limits of {@link JsonLimits} by the parser's names. */
  private static final Map<String, String> LIMITS =
      Map.of(
          "MaxNestingDepth", "maxNestingDepth",
          "MaxDocumentLength", "maxDocumentLength",
          "MaxStringLength", "maxStringLength",
          "MaxNameLength", "maxNameLength",
          "MaxNumberLength", "maxNumberLength",
          "MaxTokenCount", "maxTokenCount");

  /** What each limit bounds, for the fault. */
  private static final Map<String, String> WHAT =
      Map.of(
          "maxNestingDepth", "nesting depth",
          "maxDocumentLength", "document length",
          "maxStringLength", "string length",
          "maxNameLength", "property-name length",
          "maxNumberLength", "number length",
          "maxTokenCount", "token count");

  /**
   * A value quoted for a message: at most 64 characters, then {@code …} and the full length.
   *
   * @param text the value
   * @return the quoted value
   */
  public static String quote(String text) {
    return "\"" + shorten(text) + "\"";
  }

  private static String shorten(String text) {
    if (text.codePointCount(0, text.length()) <= QUOTED) {
      return visible(text);
    }
    return visible(text.substring(0, text.offsetByCodePoints(0, QUOTED)))
        + "…(" + text.length() + " characters)";
  }

  /**
   * Text safe to put in a message or a log line: control, format and line-separator characters
   * escaped as a backslash, u and four hexadecimal digits, so input cannot forge a line of a log.
   *
   * @param text the text
   * @return the text with those characters escaped
   */
  public static String visible(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      boolean hidden =
          type == Character.CONTROL
              || type == Character.FORMAT
              || type == Character.LINE_SEPARATOR
              || type == Character.PARAGRAPH_SEPARATOR;
      if (hidden) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * The names of the properties read so far in each open object, on one stack: an object's names
   * follow its outer object's. An object's first {@value #SCANNED} names are compared one by one
   * (names of the same parser are mostly the same canonical instances, so {@code equals} returns at
   * the first check); beyond that — a map with many keys — they go into a hash set, so that an
   * object of {@code n} properties costs O(n), never O(n²).
   */
  private static final class SeenNames {
    private static final int SCANNED = 16;

    private String[] names = new String[64];
    private int size;

    /** Where each open object's names begin in {@link #names}. */
    private int[] starts = new int[16];

    /** Each open object's names in a hash set, once it has more than {@link #SCANNED}. */
    private Set<?>[] sets = new Set<?>[16];

    private int depth;

    void open() {
      if (depth == starts.length) {
        starts = Arrays.copyOf(starts, depth * 2);
        sets = Arrays.copyOf(sets, depth * 2);
      }
      starts[depth] = size;
      sets[depth] = null;
      depth++;
    }

    void close() {
      depth--;
      Arrays.fill(names, starts[depth], size, null);
      size = starts[depth];
      sets[depth] = null;
    }

    /** Adds a name to the innermost object; {@code false} if it has it already. */
    @SuppressWarnings("unchecked")
    boolean add(String name) {
      int start = starts[depth - 1];
      Set<String> set = (Set<String>) sets[depth - 1];
      if (set != null) {
        return set.add(name);
      }
      for (int i = start; i < size; i++) {
        if (names[i].equals(name)) {
          return false;
        }
      }
      if (size - start == SCANNED) {
        set = new HashSet<>(Arrays.asList(names).subList(start, size));
        set.add(name);
        sets[depth - 1] = set;
        return true;
      }
      if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
      }
      names[size++] = name;
      return true;
    }
  }
}
