package org.shangliang.deliberation.json;

import com.fasterxml.jackson.core.JsonEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads and writes <a href="https://jsonlines.org">JSON Lines</a>: many documents of one kind,
 * one compact document a line, in constant memory. Made by {@link
 * DeliberationJson#lines(DocumentKind)}, whose limits and zone for local date-times it uses: each
 * line is one document, read as strictly as {@link DeliberationJson#read(DocumentKind, String)}
 * reads one.
 *
 * <pre>{@code
 * JsonLines<Jurisdiction> lines = DeliberationJson.create().lines(DocumentKind.JURISDICTION);
 * JsonLines.Summary summary = lines.forEach(Path.of("units.jsonl"), line -> {
 *   if (line.isValue()) {
 *     store(line.value());
 *   } else {
 *     log.warn(line.error().orElseThrow().getMessage()); // names the line
 *   }
 * });
 * }</pre>
 *
 * <p>Reading. The input is UTF-8 (bytes, files) or characters (a {@link Reader}). Lines end with
 * {@code \n} or {@code \r\n}; the last line may lack its line break. Each line is read alone, so a
 * bad line costs only itself: every line that is not blank ends in exactly one {@link JsonLine},
 * its value or its error, and the reading goes on with the next line — or stops, as the caller
 * chooses (ask {@link JsonLine#value()}, which throws the line's error; or iterate a {@link
 * JsonLinesReader} and stop). Errors name the line: a {@link DeliberationJsonException} whose
 * {@code line()} is the line's number in the input, whose column is the column in the line, with
 * the JSON Pointer inside the line's document.
 *
 * <ul>
 *   <li><b>Blank lines</b> (empty, or only spaces, tabs and {@code \r}) are skipped, not refused —
 *       editors and tools often end a file with one — and counted in {@link
 *       Summary#blankLines()}, so nothing is left out unnoticed; they keep their line numbers.
 *   <li><b>A line longer than the longest document</b> ({@link JsonLimits#maxDocumentLength()}, in
 *       bytes for bytes and files, in characters for a reader) is an error of that line; its
 *       content is skipped, never held in memory, and the next line is read. Memory never exceeds
 *       one longest document.
 *   <li><b>A byte order mark</b> (U+FEFF, as some Windows tools write) at the very start of the
 *       input is skipped; at the start of any later line it is an error of that line.
 * </ul>
 *
 * <p>Writing. {@link JsonLinesWriter} writes each document compact on one line ending with
 * {@code \n}, UTF-8 when writing bytes; what it writes reads back equal.
 *
 * <p>A stream, reader or writer given to it is not closed (a file it opens is); readers and
 * writers it makes must be closed. Immutable and thread-safe; the readers and writers it makes are
 * not thread-safe.
 *
 * @param <T> the documents' value
 */
public final class JsonLines<T> {
  private final DeliberationJson json;
  private final DocumentKind<T> kind;

  JsonLines(DeliberationJson json, DocumentKind<T> kind) {
    this.json = json;
    this.kind = kind;
  }

  /**
   * The kind of every document of the lines.
   *
   * @return the kind
   */
  public DocumentKind<T> kind() {
    return kind;
  }

  /**
   * How many lines a JSON Lines input has, and what became of them: {@code lines == values +
   * errors + blankLines}.
   *
   * @param lines the lines read, blank or not; the last line's number
   * @param values the lines read to a value
   * @param errors the lines that are an error
   * @param blankLines the blank lines, skipped
   */
  public record Summary(long lines, long values, long errors, long blankLines) {
    /**
     * Checks the counts.
     *
     * @param lines the lines
     * @param values the values
     * @param errors the errors
     * @param blankLines the blank lines
     * @throws IllegalArgumentException if a count is negative or they do not add up
     */
    public Summary {
      if (values < 0 || errors < 0 || blankLines < 0 || lines != values + errors + blankLines) {
        throw new IllegalArgumentException(
            "lines: must be values + errors + blankLines, each at least 0, was " + lines + " lines, "
                + values + " values, " + errors + " errors, " + blankLines + " blank lines");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // reading

  /**
   * Reads every line of a UTF-8 stream, which is not closed, giving each line that is not blank to
   * {@code action}, in order.
   *
   * @param in the stream
   * @param action takes each line; if it throws, reading stops and the exception propagates
   * @return the counts of the lines
   * @throws UncheckedIOException if reading the stream fails
   */
  public Summary forEach(InputStream in, Consumer<? super JsonLine<T>> action) {
    Objects.requireNonNull(action, "action");
    try (JsonLinesReader<T> reader = reader(in)) {
      return forEach(reader, action);
    }
  }

  /**
   * Reads every line of a reader, which is not closed, giving each line that is not blank to
   * {@code action}, in order.
   *
   * @param in the reader
   * @param action takes each line; if it throws, reading stops and the exception propagates
   * @return the counts of the lines
   * @throws UncheckedIOException if reading fails
   */
  public Summary forEach(Reader in, Consumer<? super JsonLine<T>> action) {
    Objects.requireNonNull(action, "action");
    try (JsonLinesReader<T> reader = reader(in)) {
      return forEach(reader, action);
    }
  }

  /**
   * Reads every line of a UTF-8 file, giving each line that is not blank to {@code action}, in
   * order.
   *
   * @param file the file
   * @param action takes each line; if it throws, reading stops, the file is closed and the
   *     exception propagates
   * @return the counts of the lines
   * @throws UncheckedIOException if the file cannot be read
   */
  public Summary forEach(Path file, Consumer<? super JsonLine<T>> action) {
    Objects.requireNonNull(action, "action");
    try (JsonLinesReader<T> reader = reader(file)) {
      return forEach(reader, action);
    }
  }

  private Summary forEach(JsonLinesReader<T> reader, Consumer<? super JsonLine<T>> action) {
    while (reader.hasNext()) {
      action.accept(reader.next());
    }
    return reader.summary();
  }

  /**
   * A reader of the lines of a UTF-8 stream; closing it leaves the stream open.
   *
   * @param in the stream
   * @return the reader, to be closed
   */
  public JsonLinesReader<T> reader(InputStream in) {
    Objects.requireNonNull(in, "in");
    return new JsonLinesReader<>(
        json, kind, LineSource.of(in, json.limits().maxDocumentLength()), null);
  }

  /**
   * A reader of the lines of a reader; closing it leaves the given reader open. The longest
   * document is counted in characters.
   *
   * @param in the reader
   * @return the reader, to be closed
   */
  public JsonLinesReader<T> reader(Reader in) {
    Objects.requireNonNull(in, "in");
    return new JsonLinesReader<>(
        json, kind, LineSource.of(in, json.limits().maxDocumentLength()), null);
  }

  /**
   * A reader of the lines of a UTF-8 file; closing it closes the file.
   *
   * @param file the file
   * @return the reader, to be closed
   * @throws UncheckedIOException if the file cannot be opened
   */
  public JsonLinesReader<T> reader(Path file) {
    Objects.requireNonNull(file, "file");
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new JsonLinesReader<>(
        json, kind, LineSource.of(in, json.limits().maxDocumentLength()), in);
  }

  // ---------------------------------------------------------------------------------------------
  // writing

  /**
   * A writer of lines to a stream, as UTF-8; closing the writer flushes the stream but leaves it
   * open.
   *
   * @param out the stream
   * @return the writer, to be closed
   * @throws UncheckedIOException if the writer cannot be made
   */
  public JsonLinesWriter<T> writer(OutputStream out) {
    Objects.requireNonNull(out, "out");
    try {
      return new JsonLinesWriter<>(json.codec(kind), json.factory().createGenerator(out, JsonEncoding.UTF8), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A writer of lines to a writer; closing it flushes the given writer but leaves it open.
   *
   * @param out the writer
   * @return the writer, to be closed
   * @throws UncheckedIOException if the writer cannot be made
   */
  public JsonLinesWriter<T> writer(Writer out) {
    Objects.requireNonNull(out, "out");
    try {
      return new JsonLinesWriter<>(json.codec(kind), json.factory().createGenerator(out), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A writer of lines to a UTF-8 file, created or replaced; closing the writer closes the file.
   *
   * @param file the file
   * @return the writer, to be closed
   * @throws UncheckedIOException if the file cannot be opened
   */
  public JsonLinesWriter<T> writer(Path file) {
    Objects.requireNonNull(file, "file");
    OutputStream out = null;
    try {
      out = Files.newOutputStream(file);
      return new JsonLinesWriter<>(json.codec(kind), json.factory().createGenerator(out, JsonEncoding.UTF8), out);
    } catch (IOException e) {
      if (out != null) {
        try {
          out.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "JsonLines[" + kind.name() + "]";
  }
}
