package org.shangliang.deliberation.cli;

import java.util.Optional;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.json.DeliberationJsonException;
import org.shangliang.deliberation.json.JsonLine;
import org.shangliang.deliberation.process.Deliberation;

/**
 * One record read from an input, or the reason it could not be read, with where it was: the source's
 * name and the line number (1 for a one-record {@code .json} file, unless the fault is on a later
 * line).
 */
final class InputItem {

  private final String source;
  private final long line;
  private final Deliberation record;
  private final RuntimeException error;

  private InputItem(String source, long line, Deliberation record, RuntimeException error) {
    this.source = source;
    this.line = line;
    this.record = record;
    this.error = error;
  }

  static InputItem of(String source, JsonLine<Deliberation> line) {
    return line.isValue()
        ? record(source, line.lineNumber(), line.value())
        : error(source, line.lineNumber(), line.error().orElseThrow());
  }

  static InputItem record(String source, long line, Deliberation record) {
    return new InputItem(source, line, record, null);
  }

  static InputItem error(String source, long line, RuntimeException error) {
    return new InputItem(source, line, null, error);
  }

  /** The source's name: the path as given, or {@code <stdin>}. */
  String source() {
    return source;
  }

  /** The line number in the source, from 1. */
  long line() {
    return line;
  }

  /** Where it was: {@code source:line}. */
  String location() {
    return source + ":" + line;
  }

  /** Whether a record was read. */
  boolean isRecord() {
    return record != null;
  }

  /** The record, if one was read. */
  Optional<Deliberation> record() {
    return Optional.ofNullable(record);
  }

  /** The JSON Pointer of the fault inside the line's document, empty for the whole document. */
  String pointer() {
    return error instanceof DeliberationJsonException e ? e.pointer() : "";
  }

  /** The fault, in English (the library's faults are English). */
  String fault() {
    if (error instanceof DeliberationJsonException e) {
      return e.fault();
    }
    if (error instanceof InvalidModelException e) {
      return e.getMessage();
    }
    return error == null ? "" : String.valueOf(error.getMessage());
  }

  /**
   * The error in one line: {@code file:line: at /pointer: fault}.
   *
   * @return the line; empty text for a record
   */
  String describeError() {
    if (error == null) {
      return "";
    }
    String pointer = pointer();
    return location() + ": at " + (pointer.isEmpty() ? "/" : pointer) + ": " + fault();
  }
}
