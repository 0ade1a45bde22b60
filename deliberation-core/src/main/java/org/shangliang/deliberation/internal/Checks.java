package org.shangliang.deliberation.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;

/**
 * Guards for malformed values, and the bounds of the model. Not exported.
 *
 * <p>Every guard takes the path of the field it checks as text, in the form {@link Path#toString()}
 * writes ({@code weight}, {@code ballots[3].weight}), relative to the value being built; the text
 * is read only when the check fails. A failing check throws an {@link InvalidModelException} with
 * that path and a fault that quotes the value through {@link #quote(String)}, {@link #show(Object)}
 * or {@link #number(BigDecimal)}: at most {@value #MAX_QUOTE_LENGTH} characters of it.
 *
 * <p>The bounds, which every field of the model keeps:
 *
 * <ul>
 *   <li>identifiers: 1 to {@value #MAX_ID_LENGTH} code points, each a letter, mark, number,
 *       punctuation or symbol (Unicode general categories L, M, N, P and S as the running JDK
 *       knows them); no space or other separator, control, format character (such as U+200B,
 *       U+FEFF or the TAG characters), surrogate (a lone half of a pair), private-use or
 *       unassigned code point ({@link #identifier(String, String)});
 *   <li>decimals: at most {@value #MAX_INTEGER_DIGITS} digits before the point and {@value
 *       #MAX_FRACTION_DIGITS} after, i.e. {@code precision - scale <= 15} and {@code scale <= 6};
 *       a negative scale is fine while the value stays within 15 integer digits ({@link
 *       #decimal(String, BigDecimal)}); totals of such decimals (the weights of a tally, the
 *       numbers of a check) have at most {@value #MAX_TOTAL_INTEGER_DIGITS} digits before the
 *       point ({@link #total(String, BigDecimal)});
 *   <li>instants: the years 1 to 9999 UTC, {@link #MIN_INSTANT} to {@link #MAX_INSTANT} ({@link
 *       #instant(String, Instant)}); dates: the years 1 to 9999, {@link #MIN_DATE} to {@link
 *       #MAX_DATE} ({@link #date(String, LocalDate)});
 *   <li>durations (a profile's time windows, a speaking turn): more than zero and at most {@link
 *       #MAX_DURATION}, 100 years of 365 days ({@link #duration(String, Duration, Duration)}).
 * </ul>
 *
 * <p>With these bounds a time limit of at most 100 years can be added to any instant of a record,
 * a tally of any number of weights is exact and cannot overflow, and no message is longer than a
 * few hundred characters.
 */
public final class Checks {
  /** Longest identifier accepted, in code points. */
  public static final int MAX_ID_LENGTH = 128;

  /** Most characters (code points) of a value a message quotes. */
  public static final int MAX_QUOTE_LENGTH = 64;

  /** Most digits before the decimal point of a decimal field. */
  public static final int MAX_INTEGER_DIGITS = 15;

  /** Most digits after the decimal point of a decimal field (and of a total). */
  public static final int MAX_FRACTION_DIGITS = 6;

  /**
   * Most digits before the decimal point of a total: a sum of at most {@link Integer#MAX_VALUE}
   * decimals of {@value #MAX_INTEGER_DIGITS} integer digits stays below 10<sup>25</sup>.
   */
  public static final int MAX_TOTAL_INTEGER_DIGITS = 25;

  /** The earliest instant a record may hold: 0001-01-01T00:00:00Z. */
  public static final Instant MIN_INSTANT = Instant.parse("0001-01-01T00:00:00Z");

  /** The latest instant a record may hold: 9999-12-31T23:59:59.999999999Z. */
  public static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /** The earliest date a record may hold: 0001-01-01. */
  public static final LocalDate MIN_DATE = LocalDate.of(1, 1, 1);

  /** The latest date a record may hold: 9999-12-31. */
  public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);

  /** The longest duration a profile or record may hold: 36,500 days (100 years of 365 days). */
  public static final Duration MAX_DURATION = Duration.ofDays(36_500);

  /** Above this many bits an unscaled value is not written out in a message. */
  private static final int MAX_WRITTEN_BITS = 8192;

  private Checks() {}

  /**
   * The exception for a malformed value.
   *
   * @param path the path of the field at fault, as {@link Path#toString()} writes it
   * @param fault what is wrong
   * @return the exception, to be thrown
   */
  public static InvalidModelException invalid(String path, String fault) {
    return new InvalidModelException(Path.parse(path), fault);
  }

  /**
   * Quotes a text for a message: in double quotes, at most {@value #MAX_QUOTE_LENGTH} code points
   * of it, then {@code …} and the full length in code points; code points that would not show
   * (controls, format characters, separators other than the space, surrogates, private-use and
   * unassigned code points) are written as {@code \}{@code uXXXX} (or {@code \}{@code u{XXXXX}}
   * above U+FFFF).
   *
   * @param text the text
   * @return e.g. {@code "abc"}, or {@code "aaaa…" (100000 characters)}
   */
  public static String quote(String text) {
    return shorten(text, true);
  }

  /**
   * Shows a value that is not free text (an identifier, an enum constant, an instant) in a message:
   * as {@link #quote(String)}, without the double quotes.
   *
   * @param value the value
   * @return its text, shortened
   */
  public static String show(Object value) {
    return shorten(String.valueOf(value), false);
  }

  private static String shorten(String text, boolean quotes) {
    int length = text.length();
    int end = length;
    int codePoints = 0;
    for (int i = 0; i < length; ) {
      if (codePoints == MAX_QUOTE_LENGTH) {
        end = i;
        break;
      }
      i += Character.charCount(text.codePointAt(i));
      codePoints++;
    }
    StringBuilder out = new StringBuilder(Math.min(length, 4 * MAX_QUOTE_LENGTH) + 32);
    if (quotes) {
      out.append('"');
    }
    for (int i = 0; i < end; ) {
      int cp = text.codePointAt(i);
      if (shows(cp)) {
        out.appendCodePoint(cp);
      } else if (cp <= 0xFFFF) {
        out.append(String.format("\\u%04X", cp));
      } else {
        out.append(String.format("\\u{%X}", cp));
      }
      i += Character.charCount(cp);
    }
    if (end < length) {
      out.append('…');
      if (quotes) {
        out.append('"');
      }
      out.append(" (").append(text.codePointCount(0, length)).append(" characters)");
    } else if (quotes) {
      out.append('"');
    }
    return out.toString();
  }

  private static boolean shows(int cp) {
    return cp == ' ' || isIdentifierCodePoint(cp);
  }

  /**
   * Writes a number for a message without ever expanding a huge exponent: plain notation within the
   * bounds of the model, scientific notation (shortened as {@link #show(Object)}) outside them.
   *
   * @param value the number, checked or not
   * @return e.g. {@code -1500.00}, or {@code 1E+2147483647}
   */
  public static String number(BigDecimal value) {
    int bits = value.unscaledValue().bitLength();
    if (value.scale() >= -MAX_TOTAL_INTEGER_DIGITS && value.scale() <= MAX_FRACTION_DIGITS
        && bits <= 128) {
      return value.toPlainString();
    }
    if (bits > MAX_WRITTEN_BITS) {
      return "a number of about " + (long) (bits * 0.30103) + " digits, scale " + value.scale();
    }
    return show(value.toString());
  }

  /**
   * Checks an identifier: 1 to {@value #MAX_ID_LENGTH} code points, each a letter, mark, number,
   * punctuation or symbol (Unicode general categories L, M, N, P, S); no white space or other
   * separator, control, format character, lone surrogate, private-use or unassigned code point.
   * Iterates code points, not chars, so a supplementary character counts once and a lone half of a
   * surrogate pair is refused.
   *
   * @param field the field path for the message
   * @param value the identifier
   * @return the identifier
   * @throws InvalidModelException if the identifier breaks one of these conditions
   */
  public static String identifier(String field, String value) {
    int length = value.length();
    if (length == 0) {
      throw invalid(field, "must not be blank, was \"\"");
    }
    if (length > 2 * MAX_ID_LENGTH || value.codePointCount(0, length) > MAX_ID_LENGTH) {
      throw invalid(
          field,
          "must be at most " + MAX_ID_LENGTH + " characters, was "
              + value.codePointCount(0, length));
    }
    for (int i = 0; i < length; ) {
      int cp = value.codePointAt(i);
      if (!isIdentifierCodePoint(cp)) {
        throw invalid(
            field,
            "must hold only letters, marks, numbers, punctuation and symbols, was " + quote(value)
                + " (" + String.format("U+%04X", cp) + " at index " + i + ")");
      }
      i += Character.charCount(cp);
    }
    return value;
  }

  /**
   * Whether a code point may be part of an identifier: a letter, mark, number, punctuation or
   * symbol.
   *
   * @param cp the code point
   * @return {@code true} for general categories L*, M*, N*, P* and S*
   */
  public static boolean isIdentifierCodePoint(int cp) {
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
      case Character.COMBINING_SPACING_MARK:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
      case Character.MATH_SYMBOL:
      case Character.CURRENCY_SYMBOL:
      case Character.MODIFIER_SYMBOL:
      case Character.OTHER_SYMBOL:
        return true;
      default:
        return false;
    }
  }

  /**
   * Checks that an instant lies in the years 1 to 9999 UTC, so that time limits of up to {@link
   * #MAX_DURATION} can be added to it and it can be shown.
   *
   * @param field the field path for the message
   * @param value the instant
   * @return the instant
   * @throws InvalidModelException if it lies outside those years
   */
  public static Instant instant(String field, Instant value) {
    if (value.isBefore(MIN_INSTANT) || value.isAfter(MAX_INSTANT)) {
      throw invalid(field, "must be in the years 1 to 9999 (UTC), was " + value);
    }
    return value;
  }

  /**
   * Checks that a date lies in the years 1 to 9999.
   *
   * @param field the field path for the message
   * @param value the date
   * @return the date
   * @throws InvalidModelException if it lies outside those years
   */
  public static LocalDate date(String field, LocalDate value) {
    if (value.isBefore(MIN_DATE) || value.isAfter(MAX_DATE)) {
      throw invalid(field, "must be in the years 1 to 9999, was " + value);
    }
    return value;
  }

  /**
   * Checks that a duration is at least a minimum (more than zero) and at most {@link
   * #MAX_DURATION}.
   *
   * @param field the field path for the message
   * @param value the duration
   * @param min the shortest duration accepted, more than zero
   * @return the duration
   * @throws InvalidModelException if it is shorter than {@code min} or longer than 100 years
   */
  public static Duration duration(String field, Duration value, Duration min) {
    if (value.compareTo(min) < 0 || value.compareTo(MAX_DURATION) > 0) {
      throw invalid(
          field,
          "must be from " + (min.equals(Duration.ofSeconds(1)) ? "1 second" : min.toString())
              + " to " + MAX_DURATION.toDays() + " days, was " + value);
    }
    return value;
  }

  /**
   * Checks that a decimal has at most {@value #MAX_INTEGER_DIGITS} digits before the point and
   * {@value #MAX_FRACTION_DIGITS} after ({@code precision - scale <= 15}, {@code scale <= 6}).
   * Cheap for any input: the size of the unscaled value is looked at before its digits are
   * counted.
   *
   * @param field the field path for the message
   * @param value the decimal
   * @return the decimal
   * @throws InvalidModelException if it has more digits
   */
  public static BigDecimal decimal(String field, BigDecimal value) {
    return digits(field, value, MAX_INTEGER_DIGITS);
  }

  /**
   * Checks a total of decimals (a tally's weights): at most {@value #MAX_TOTAL_INTEGER_DIGITS}
   * digits before the point and {@value #MAX_FRACTION_DIGITS} after.
   *
   * @param field the field path for the message
   * @param value the total
   * @return the total
   * @throws InvalidModelException if it has more digits
   */
  public static BigDecimal total(String field, BigDecimal value) {
    return digits(field, value, MAX_TOTAL_INTEGER_DIGITS);
  }

  private static BigDecimal digits(String field, BigDecimal value, int maxIntegerDigits) {
    int scale = value.scale();
    boolean fits =
        scale <= MAX_FRACTION_DIGITS
            && scale >= -maxIntegerDigits
            // precision <= maxIntegerDigits + scale <= maxIntegerDigits + 6 < 3.33 bits a digit
            && value.unscaledValue().bitLength() <= 4 * (maxIntegerDigits + MAX_FRACTION_DIGITS)
            && (long) value.precision() - scale <= maxIntegerDigits;
    if (!fits) {
      throw invalid(
          field,
          "must have at most " + maxIntegerDigits + " digits before the point and "
              + MAX_FRACTION_DIGITS + " after, was " + number(value));
    }
    return value;
  }

  /**
   * Checks that a value is given.
   *
   * @param <T> the value's type
   * @param field the field path for the message
   * @param value the value
   * @return the value
   * @throws InvalidModelException if the value is {@code null}
   */
  public static <T> T notNull(String field, T value) {
    if (value == null) {
      throw new NullFieldException(Path.parse(field));
    }
    return value;
  }

  /**
   * Copies a collection, checking that it and each of its elements are given.
   *
   * @param <T> the element type
   * @param field the field path of the collection for the message
   * @param values the collection
   * @return a mutable copy, in the collection's order
   * @throws InvalidModelException if the collection or an element is {@code null}, naming the index
   */
  public static <T> List<T> copyOfNonNull(String field, Collection<? extends T> values) {
    notNull(field, values);
    List<T> copy = new ArrayList<>(values.size());
    int index = 0;
    for (T value : values) {
      if (value == null) {
        throw new NullFieldException(Path.parse(field).index(index));
      }
      copy.add(value);
      index++;
    }
    return copy;
  }

  /**
   * White space in the wide sense: Java white space, Unicode separators, controls and format
   * characters.
   */
  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || Character.getType(cp) == Character.FORMAT
        || Character.getType(cp) == Character.CONTROL;
  }

  private static boolean isBlank(String value) {
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      if (!isSpace(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /**
   * Checks that a text is not blank (empty, or only white space, separators such as U+00A0,
   * controls or format characters such as U+200B).
   *
   * @param field the field path for the message
   * @param value the text
   * @return the text
   * @throws InvalidModelException if the text is blank, quoting it (shortened)
   */
  public static String notBlank(String field, String value) {
    if (isBlank(value)) {
      throw invalid(field, "must not be blank, was " + quote(value));
    }
    return value;
  }

  /**
   * Checks that a text holding personal data is not blank, without repeating the text.
   *
   * @param field the field path for the message
   * @param value the text
   * @return the text
   * @throws InvalidModelException if the text is blank
   */
  public static String notBlankPersonal(String field, String value) {
    if (isBlank(value)) {
      throw invalid(field, "must not be blank");
    }
    return value;
  }

  /**
   * Checks that a number is zero or more.
   *
   * @param field the field path for the message
   * @param value the number
   * @return the number
   * @throws InvalidModelException if the number is negative
   */
  public static BigDecimal notNegative(String field, BigDecimal value) {
    if (value.signum() < 0) {
      throw invalid(field, "must not be negative, was " + number(value));
    }
    return value;
  }

  /**
   * Checks that a collection is not empty.
   *
   * @param field the field path for the message
   * @param values the collection
   * @throws InvalidModelException if the collection is empty
   */
  public static void notEmpty(String field, Collection<?> values) {
    if (values.isEmpty()) {
      throw invalid(field, "must not be empty");
    }
  }

  /**
   * Checks that no two elements share a key, in one pass.
   *
   * @param <T> element type
   * @param <K> key type
   * @param field the field path of the collection for the message
   * @param keyName the name of the key within an element, e.g. {@code id}; empty if the element is
   *     its own key
   * @param values the elements, in order
   * @param key the key of an element
   * @throws InvalidModelException naming the first element whose key repeats an earlier one
   */
  public static <T, K> void unique(
      String field, String keyName, Iterable<T> values, Function<? super T, K> key) {
    if (values instanceof Collection && ((Collection<?>) values).size() <= FEW) {
      uniqueAmongFew(field, keyName, values, key, ((Collection<?>) values).size());
      return;
    }
    Set<K> seen = new HashSet<>();
    int index = 0;
    for (T value : values) {
      K k = key.apply(value);
      if (!seen.add(k)) {
        throw duplicate(field, keyName, index, k);
      }
      index++;
    }
  }

  /** Up to this many elements, {@link #unique} compares keys pairwise instead of hashing them. */
  private static final int FEW = 8;

  /**
   * {@link #unique} for a collection of at most {@link #FEW} elements: the same result, found by
   * comparing each key with the earlier ones, without a hash set (the model checks many short
   * lists, and reading documents builds many of them).
   */
  private static <T, K> void uniqueAmongFew(
      String field, String keyName, Iterable<T> values, Function<? super T, K> key, int size) {
    Object[] keys = new Object[size];
    int index = 0;
    for (T value : values) {
      K k = key.apply(value);
      for (int i = 0; i < index; i++) {
        if (Objects.equals(keys[i], k)) {
          throw duplicate(field, keyName, index, k);
        }
      }
      keys[index++] = k;
    }
  }

  private static InvalidModelException duplicate(String field, String keyName, int index, Object key) {
    Path path = Path.parse(field).index(index);
    return new InvalidModelException(
        keyName.isEmpty() ? path : path.child(keyName), "duplicate, was " + show(key));
  }
}
