package org.shangliang.deliberation.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a JSON Lines input one line at a time, in constant memory: an {@link Iterator} of the
 * lines that are not blank, each a {@link JsonLine} holding the document's value or the error that
 * names the line; blank lines are skipped and counted ({@link #summary()}). The caller goes on
 * after an error or stops when it likes, and must {@link #close()} the reader (try-with-resources)
 * — which closes a file it opened, but not a stream or reader it was given. Made by {@link
 * JsonLines#reader(java.nio.file.Path)} and its overloads.
 *
 * <pre>{@code
 * try (JsonLinesReader<Jurisdiction> reader = json.lines(DocumentKind.JURISDICTION).reader(file)) {
 *   while (reader.hasNext()) {
 *     Jurisdiction units = reader.next().value(); // stops at the first bad line, naming it
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one thread reads it.
 *
 * @param <T> the documents' value
 */
public final class JsonLinesReader<T> implements Iterator<JsonLine<T>>, Closeable {
  private final DeliberationJson json;
  private final DocumentKind<T> kind;
  private final LineSource source;
  private final Closeable opened;
  private JsonLine<T> pending;
  private boolean ended;
  private boolean closed;
  private long lines;
  private long values;
  private long errors;
  private long blankLines;

  JsonLinesReader(DeliberationJson json, DocumentKind<T> kind, LineSource source, Closeable opened) {
    this.json = json;
    this.kind = kind;
    this.source = source;
    this.opened = opened;
  }

  /**
   * Whether a line that is not blank follows; reads on to it, past blank lines.
   *
   * @return {@code true} if {@link #next()} returns a line
   * @throws UncheckedIOException if reading the input fails
   * @throws IllegalStateException if the reader is closed
   */
  @Override
  public boolean hasNext() {
    if (closed) {
      throw new IllegalStateException("the JSON Lines reader is closed");
    }
    while (pending == null && !ended) {
      pending = readLine();
    }
    return pending != null;
  }

  /**
   * The next line that is not blank.
   *
   * @return the line: its value or its error
   * @throws NoSuchElementException if no line follows
   * @throws UncheckedIOException if reading the input fails
   * @throws IllegalStateException if the reader is closed
   */
  @Override
  public JsonLine<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more lines after line " + lines);
    }
    JsonLine<T> line = pending;
    pending = null;
    lines = line.lineNumber();
    if (line.isValue()) {
      values++;
    } else {
      errors++;
    }
    return line;
  }

  /**
   * The counts of the lines returned so far and of the blank lines before them; at the end of the
   * input, of every line.
   *
   * @return the counts
   */
  public JsonLines.Summary summary() {
    return new JsonLines.Summary(lines, values, errors, blankLines);
  }

  /**
   * The lines left, as a sequential stream that closes this reader when it is closed: use it in
   * try-with-resources.
   *
   * @return the stream
   */
  public Stream<JsonLine<T>> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  /**
   * Closes the reader, and the file it opened; a stream or reader it was given is left open.
   * Closing again does nothing.
   *
   * @throws UncheckedIOException if closing the file fails
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    pending = null;
    if (opened != null) {
      try {
        opened.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Reads one line: a value, an error, or {@code null} for a blank line or the end. */
  private JsonLine<T> readLine() {
    boolean more;
    try {
      more = source.next();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!more) {
      ended = true;
      return null;
    }
    long number = source.number;
    if (source.overlong) {
      return JsonLine.ofError(number, overlong(source));
    }
    if (source.byteOrderMark) {
      return JsonLine.ofError(number, byteOrderMark(number));
    }
    if (source.blank()) {
      blankLines++;
      lines = number;
      return null;
    }
    return read(json, kind, number, source);
  }

  /** The error of the current line of a source, which is overlong: skipped. */
  static DeliberationJsonException overlong(LineSource source) {
    return new DeliberationJsonException(
        "", source.number, source.maxLength + 1,
        "the line is " + source.fullLength + " " + source.unit() + " long, longer than the"
            + " longest document, " + source.maxLength + " " + source.unit()
            + " (JsonLimits.maxDocumentLength); it was skipped",
        null);
  }

  /** The error of a line, not the first, that begins with a byte order mark. */
  static DeliberationJsonException byteOrderMark(long number) {
    return new DeliberationJsonException(
        "", number, 1, "a byte order mark (U+FEFF) may only begin the input, not a later line", null);
  }

  /**
   * Reads the content of a line that is neither blank, overlong nor begun by a byte order mark:
   * its value, or its error placed on its line. Called on any thread (the instance and the content
   * are not shared with another reading).
   *
   * @throws UncheckedIOException if the parser fails other than on the document (never for content
   *     in memory)
   */
  static <T> JsonLine<T> read(
      DeliberationJson json, DocumentKind<T> kind, long number, LineContent content) {
    try (JsonParser parser = content.parser(json.factory())) {
      return JsonLine.ofValue(number, json.read(kind, parser));
    } catch (DeliberationJsonException e) {
      return JsonLine.ofError(number, atLine(e, number));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The error of a document read alone, placed on its line of the input: the parser counted the
   * line as line 1, so the column stays; a lone {@code \r} inside the line (which the parser counts
   * as a line break) makes the column unknown.
   */
  private static DeliberationJsonException atLine(DeliberationJsonException e, long number) {
    long column = e.line() == 1 ? e.column() : 0;
    return new DeliberationJsonException(e.pointer(), number, column, e.fault(), e.getCause());
  }
}
