package org.shangliang.deliberation.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.shangliang.deliberation.json.internal.Codec;
import org.shangliang.deliberation.json.internal.JsonOut;

/**
 * Writes documents of one kind as JSON Lines: each compact, on one line ending with {@code \n},
 * UTF-8 when written to bytes. Output is buffered; {@link #close()} flushes it — and closes a file
 * the writer opened, but not a stream or writer it was given. Made by {@link
 * JsonLines#writer(java.nio.file.Path)} and its overloads.
 *
 * <pre>{@code
 * try (JsonLinesWriter<Jurisdiction> writer = json.lines(DocumentKind.JURISDICTION).writer(file)) {
 *   for (Jurisdiction units : trees) {
 *     writer.write(units);
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one thread writes it.
 *
 * @param <T> the documents' value
 */
public final class JsonLinesWriter<T> implements Closeable, Flushable {
  private final Codec<T> codec;
  private final JsonGenerator generator;
  private final Closeable opened;
  private long written;
  private boolean closed;

  JsonLinesWriter(Codec<T> codec, JsonGenerator generator, Closeable opened) {
    this.codec = codec;
    this.generator = generator;
    this.opened = opened;
    // no separator between documents: each ends with its own line break
    generator.setRootValueSeparator(null);
  }

  /**
   * Writes a document on a line of its own.
   *
   * @param value the document's value
   * @throws UncheckedIOException if writing fails
   * @throws IllegalStateException if the writer is closed
   */
  public void write(T value) {
    Objects.requireNonNull(value, "value");
    if (closed) {
      throw new IllegalStateException("the JSON Lines writer is closed");
    }
    codec.write(new JsonOut(generator), value);
    try {
      generator.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    written++;
  }

  /**
   * How many documents were written.
   *
   * @return the count
   */
  public long written() {
    return written;
  }

  /**
   * Writes out what is buffered.
   *
   * @throws UncheckedIOException if writing fails
   */
  @Override
  public void flush() {
    if (closed) {
      return;
    }
    try {
      generator.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Flushes, then closes the file the writer opened; a stream or writer it was given is flushed,
   * not closed. Closing again does nothing.
   *
   * @throws UncheckedIOException if writing or closing fails
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      try {
        generator.close();
      } finally {
        if (opened != null) {
          opened.close();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
