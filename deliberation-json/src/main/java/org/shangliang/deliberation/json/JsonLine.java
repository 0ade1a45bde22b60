package org.shangliang.deliberation.json;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of a JSON Lines input that is not blank: its number in the input and either the
 * document's value or the fault that kept it from being read. Immutable and thread-safe if the
 * value is.
 *
 * <pre>{@code
 * if (line.isValue()) {
 *   store(line.value());
 * } else {
 *   log.warn(line.error().orElseThrow().getMessage()); // "/units/0/level (line 7, column 19): …"
 * }
 * }</pre>
 *
 * @param <T> the document's value
 */
public final class JsonLine<T> {
  private final long lineNumber;
  private final T value;
  private final DeliberationJsonException error;

  private JsonLine(long lineNumber, T value, DeliberationJsonException error) {
    this.lineNumber = lineNumber;
    this.value = value;
    this.error = error;
  }

  static <T> JsonLine<T> ofValue(long lineNumber, T value) {
    return new JsonLine<>(lineNumber, Objects.requireNonNull(value, "value"), null);
  }

  static <T> JsonLine<T> ofError(long lineNumber, DeliberationJsonException error) {
    return new JsonLine<>(lineNumber, null, Objects.requireNonNull(error, "error"));
  }

  /**
   * The line's number in the input, from 1, counting every line (blank ones too).
   *
   * @return the number
   */
  public long lineNumber() {
    return lineNumber;
  }

  /**
   * Whether the line was read to a value.
   *
   * @return {@code true} for a value, {@code false} for an error
   */
  public boolean isValue() {
    return error == null;
  }

  /**
   * The line's value; for a line that is an error, throws that error, so that a caller that wants
   * to stop at the first bad line just asks every line for its value.
   *
   * @return the value
   * @throws DeliberationJsonException the line's error, naming the line
   */
  public T value() {
    if (error != null) {
      throw error;
    }
    return value;
  }

  /**
   * Why the line could not be read: a {@link DeliberationJsonException} whose {@link
   * DeliberationJsonException#line() line} is this line's number, whose column is the column in
   * the line (0 when unknown), and whose message names both.
   *
   * @return the error, or empty for a value
   */
  public Optional<DeliberationJsonException> error() {
    return Optional.ofNullable(error);
  }

  /**
   * The line's number and outcome; the error's message, but never the value (it may hold personal
   * data).
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "JsonLine[" + lineNumber + ": " + (error == null ? "value" : error.getMessage()) + "]";
  }
}
