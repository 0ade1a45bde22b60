package org.shangliang.deliberation.json;

/**
 * The one exception the JSON reader raises for bad input: malformed JSON, a value of the wrong
 * type, an unknown or duplicate property, a missing one, a limit crossed, a newer schema version, or
 * a value the core refuses to build. It names where: the JSON Pointer (RFC 6901) of the offending
 * value, and the line and column in the input (1-based; 0 when unknown); and what: the fault, naming
 * the field and, unless the field holds personal data, the value.
 *
 * <p>Its message reads {@code /meetings/0/attendance/2/at (line 14, column 23): must be an
 * ISO-8601 instant with an offset, was "2026-13-01"}.
 */
public final class DeliberationJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final long line;
  private final long column;
  private final String fault;

  /**
   * Creates the exception.
   *
   * @param pointer the JSON Pointer of the offending value; empty for the whole document
   * @param line the line, from 1; 0 when unknown
   * @param column the column, from 1; 0 when unknown
   * @param fault what is wrong
   * @param cause the underlying exception, or {@code null}
   */
  public DeliberationJsonException(
      String pointer, long line, long column, String fault, Throwable cause) {
    super(message(pointer, line, column, fault), cause);
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.fault = fault;
  }

  private static String message(String pointer, long line, long column, String fault) {
    String where =
        pointer.isEmpty()
            ? "(document)"
            : org.shangliang.deliberation.json.internal.JsonIn.visible(pointer);
    if (line > 0) {
      where += " (line " + line + ", column " + column + ")";
    }
    return where + ": " + fault;
  }

  /**
   * The JSON Pointer of the offending value, e.g. {@code /parties/3/unit}.
   *
   * @return the pointer; empty for the whole document
   */
  public String pointer() {
    return pointer;
  }

  /**
   * The line of the offending value in the input.
   *
   * @return the line, from 1; 0 when unknown
   */
  public long line() {
    return line;
  }

  /**
   * The column of the offending value in the input.
   *
   * @return the column, from 1; 0 when unknown
   */
  public long column() {
    return column;
  }

  /**
   * What is wrong, without the location.
   *
   * @return the fault
   */
  public String fault() {
    return fault;
  }
}
