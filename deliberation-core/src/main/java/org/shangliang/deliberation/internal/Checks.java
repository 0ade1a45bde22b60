package org.shangliang.deliberation.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.shangliang.deliberation.InvalidModelException;

/** Guards for malformed values; each failure names the field and the fault. Not exported. */
public final class Checks {
  /** Longest identifier or code accepted, in characters. */
  public static final int MAX_ID_LENGTH = 128;

  private Checks() {}

  /**
   * Checks an identifier: not blank, no white space (including no-break and zero-width spaces) or
   * control characters, at most {@value
   * #MAX_ID_LENGTH} characters.
   *
   * @param field the field path for the message
   * @param value the identifier
   * @return the identifier
   * @throws InvalidModelException if the identifier breaks one of these conditions
   */
  public static String identifier(String field, String value) {
    if (value.isEmpty()) {
      throw new InvalidModelException(field + ": must not be blank, was \"\"");
    }
    if (value.length() > MAX_ID_LENGTH) {
      throw new InvalidModelException(
          field + ": must be at most " + MAX_ID_LENGTH + " characters, was " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      if (isSpace(value.charAt(i)) || Character.isISOControl(value.charAt(i))) {
        throw new InvalidModelException(
            field + ": must not contain white space or control characters, was \"" + value + "\"");
      }
    }
    return value;
  }

  /** The earliest instant a record may hold: 0001-01-01T00:00:00Z. */
  public static final java.time.Instant MIN_INSTANT = java.time.Instant.parse("0001-01-01T00:00:00Z");

  /** The latest instant a record may hold: 9999-12-31T23:59:59Z. */
  public static final java.time.Instant MAX_INSTANT = java.time.Instant.parse("9999-12-31T23:59:59Z");

  /**
   * Checks that an instant lies in the years 1 to 9999, so that time limits can be added to it.
   *
   * @param field the field path for the message
   * @param value the instant
   * @return the instant
   * @throws InvalidModelException if it lies outside those years
   */
  public static java.time.Instant instant(String field, java.time.Instant value) {
    if (value.isBefore(MIN_INSTANT) || value.isAfter(MAX_INSTANT)) {
      throw new InvalidModelException(field + ": must be in the years 1 to 9999, was " + value);
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
  public static java.time.LocalDate date(String field, java.time.LocalDate value) {
    if (value.getYear() < 1 || value.getYear() > 9999) {
      throw new InvalidModelException(field + ": must be in the years 1 to 9999, was " + value);
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
      throw new NullFieldException(field);
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
  public static <T> java.util.List<T> copyOfNonNull(String field, Collection<? extends T> values) {
    notNull(field, values);
    java.util.List<T> copy = new java.util.ArrayList<>(values.size());
    int index = 0;
    for (T value : values) {
      copy.add(notNull(field + "[" + index + "]", value));
      index++;
    }
    return copy;
  }

  /** White space in the wide sense: Java white space, Unicode space separators and format characters. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT;
  }

  private static boolean isBlank(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (!isSpace(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks that a text is not blank (empty, or only white space, space separators such as U+00A0, or
   * format characters such as U+200B).
   *
   * @param field the field path for the message
   * @param value the text
   * @return the text
   * @throws InvalidModelException if the text is empty or only white space
   */
  public static String notBlank(String field, String value) {
    if (isBlank(value)) {
      throw new InvalidModelException(field + ": must not be blank, was \"" + value + "\"");
    }
    return value;
  }

  /**
   * Checks that a text holding personal data is not blank, without repeating the text.
   *
   * @param field the field path for the message
   * @param value the text
   * @return the text
   * @throws InvalidModelException if the text is empty or only white space
   */
  public static String notBlankPersonal(String field, String value) {
    if (isBlank(value)) {
      throw new InvalidModelException(field + ": must not be blank");
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
      throw new InvalidModelException(
          field + ": must not be negative, was " + value.toPlainString());
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
      throw new InvalidModelException(field + ": must not be empty");
    }
  }

  /**
   * Checks that no two elements share a key.
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
    Set<K> seen = new HashSet<>();
    int index = 0;
    for (T value : values) {
      K k = key.apply(value);
      if (!seen.add(k)) {
        throw new InvalidModelException(
            field + "[" + index + "]" + (keyName.isEmpty() ? "" : "." + keyName)
                + ": duplicate, was " + k);
      }
      index++;
    }
  }
}
