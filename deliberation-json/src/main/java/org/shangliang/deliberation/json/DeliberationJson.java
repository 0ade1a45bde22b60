package org.shangliang.deliberation.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.shangliang.deliberation.json.internal.JsonIn;
import org.shangliang.deliberation.json.internal.JsonOut;

/**
 * Reads and writes deliberation documents as JSON: each {@link DocumentKind} from and to strings,
 * bytes, streams, readers, writers and files. Reading is strict — unknown properties, duplicate
 * keys, trailing tokens, nulls where a value is required, numbers written as strings and any other
 * coercion are refused — and limited ({@link JsonLimits}); every fault in the input raises a {@link
 * DeliberationJsonException} with the JSON Pointer, line and column of the offending value. Reading
 * never guesses a time zone: a local date-time without an offset is refused unless the reader was
 * given one ({@link Builder#localTimesIn(ZoneId)}, the profile's zone).
 *
 * <pre>{@code
 * DeliberationJson json = DeliberationJson.create();
 * Jurisdiction units = json.read(DocumentKind.JURISDICTION, Path.of("units.json"));
 * String text = json.write(DocumentKind.JURISDICTION, units);
 * }</pre>
 *
 * <p>What is read is written back the same: decimals keep their scale, instants their nanoseconds
 * and lists their order. Immutable and thread-safe: create one and share it. Streams and readers
 * given to it are read or written but not closed.
 */
public final class DeliberationJson {
  private final JsonLimits limits;
  private final Optional<ZoneId> localTimeZone;
  private final JsonFactory factory;

  private DeliberationJson(JsonLimits limits, Optional<ZoneId> localTimeZone) {
    this.limits = limits;
    this.localTimeZone = localTimeZone;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxNestingDepth())
                    .maxDocumentLength(limits.maxDocumentLength())
                    .maxStringLength(limits.maxStringLength())
                    .maxNameLength(limits.maxNameLength())
                    .maxNumberLength(limits.maxNumberLength())
                    .maxTokenCount(limits.maxTokenCount())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
  }

  /**
   * A reader and writer with the default limits that refuses local date-times.
   *
   * @return the instance
   */
  public static DeliberationJson create() {
    return new DeliberationJson(JsonLimits.DEFAULT, Optional.empty());
  }

  /**
   * A builder of a reader and writer with other limits or a zone for local date-times.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeliberationJson}. */
  public static final class Builder {
    private JsonLimits limits = JsonLimits.DEFAULT;
    private Optional<ZoneId> localTimeZone = Optional.empty();

    private Builder() {}

    /**
     * The limits on documents read.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(JsonLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Reads local date-times written without an offset ({@code 2026-11-20T19:40:00}, as many front
     * ends send them) in this zone — the profile's. Without it they are refused.
     *
     * @param zone the zone
     * @return this builder
     */
    public Builder localTimesIn(ZoneId zone) {
      this.localTimeZone = Optional.of(Objects.requireNonNull(zone, "zone"));
      return this;
    }

    /**
     * Builds the reader and writer.
     *
     * @return the instance
     */
    public DeliberationJson build() {
      return new DeliberationJson(limits, localTimeZone);
    }
  }

  /**
   * The limits on documents read.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * The zone in which local date-times are read.
   *
   * @return the zone, or empty if they are refused
   */
  public Optional<ZoneId> localTimeZone() {
    return localTimeZone;
  }

  // ---------------------------------------------------------------------------------------------
  // reading

  /**
   * Reads a document from a string.
   *
   * @param <T> the document's value
   * @param kind the kind of document
   * @param json the document
   * @return the value
   * @throws DeliberationJsonException if the document is not a valid document of that kind
   */
  public <T> T read(DocumentKind<T> kind, String json) {
    Objects.requireNonNull(json, "json");
    try (JsonParser parser = factory.createParser(json)) {
      return read(kind, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document from UTF-8 (or UTF-16/32, detected) bytes.
   *
   * @param <T> the document's value
   * @param kind the kind of document
   * @param json the document
   * @return the value
   * @throws DeliberationJsonException if the document is not a valid document of that kind
   */
  public <T> T read(DocumentKind<T> kind, byte[] json) {
    Objects.requireNonNull(json, "json");
    try (JsonParser parser = factory.createParser(json)) {
      return read(kind, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document from a stream, which is not closed.
   *
   * @param <T> the document's value
   * @param kind the kind of document
   * @param json the stream
   * @return the value
   * @throws DeliberationJsonException if the document is not a valid document of that kind
   * @throws UncheckedIOException if reading the stream fails
   */
  public <T> T read(DocumentKind<T> kind, InputStream json) {
    Objects.requireNonNull(json, "json");
    try (JsonParser parser = factory.createParser(json)) {
      return read(kind, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document from a reader, which is not closed.
   *
   * @param <T> the document's value
   * @param kind the kind of document
   * @param json the reader
   * @return the value
   * @throws DeliberationJsonException if the document is not a valid document of that kind
   * @throws UncheckedIOException if reading fails
   */
  public <T> T read(DocumentKind<T> kind, Reader json) {
    Objects.requireNonNull(json, "json");
    try (JsonParser parser = factory.createParser(json)) {
      return read(kind, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document from a file.
   *
   * @param <T> the document's value
   * @param kind the kind of document
   * @param file the file
   * @return the value
   * @throws DeliberationJsonException if the document is not a valid document of that kind
   * @throws UncheckedIOException if the file cannot be read
   */
  public <T> T read(DocumentKind<T> kind, Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(kind, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T read(DocumentKind<T> kind, JsonParser parser) {
    Objects.requireNonNull(kind, "kind");
    JsonIn in = new JsonIn(parser, localTimeZone);
    T value = kind.codec().read(in);
    in.end();
    return value;
  }

  // ---------------------------------------------------------------------------------------------
  // writing

  /**
   * Writes a document as a string, compact (one line).
   *
   * @param <T> the document's value
   * @param kind the kind of document
   * @param value the value
   * @return the JSON text
   */
  public <T> String write(DocumentKind<T> kind, T value) {
    // as ObjectMapper.writeValueAsString: segments from the factory's recycled buffers, no copying
    // as the text grows
    BufferRecycler recycler = factory._getBufferRecycler();
    try (SegmentedStringWriter text = new SegmentedStringWriter(recycler)) {
      write(kind, value, text);
      return text.getAndClear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      recycler.releaseToPool();
    }
  }

  /**
   * Writes a document as UTF-8 bytes, compact (one line).
   *
   * @param <T> the document's value
   * @param kind the kind of document
   * @param value the value
   * @return the JSON bytes
   */
  public <T> byte[] writeBytes(DocumentKind<T> kind, T value) {
    // as ObjectMapper.writeValueAsBytes: blocks from the factory's recycled buffers, no copying as
    // the document grows
    BufferRecycler recycler = factory._getBufferRecycler();
    try (ByteArrayBuilder bytes = new ByteArrayBuilder(recycler)) {
      write(kind, value, bytes);
      byte[] written = bytes.toByteArray();
      bytes.release();
      return written;
    } finally {
      recycler.releaseToPool();
    }
  }

  /**
   * Writes a document to a stream as UTF-8, compact; the stream is flushed, not closed.
   *
   * @param <T> the document's value
   * @param kind the kind of document
   * @param value the value
   * @param out the stream
   * @throws UncheckedIOException if writing fails
   */
  public <T> void write(DocumentKind<T> kind, T value, OutputStream out) {
    Objects.requireNonNull(out, "out");
    try (JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8)) {
      write(kind, value, generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a document to a writer, compact; the writer is flushed, not closed.
   *
   * @param <T> the document's value
   * @param kind the kind of document
   * @param value the value
   * @param out the writer
   * @throws UncheckedIOException if writing fails
   */
  public <T> void write(DocumentKind<T> kind, T value, Writer out) {
    Objects.requireNonNull(out, "out");
    try (JsonGenerator generator = factory.createGenerator(out)) {
      write(kind, value, generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a document to a file as UTF-8, indented for people to read, ending with a line break.
   *
   * @param <T> the document's value
   * @param kind the kind of document
   * @param value the value
   * @param file the file, created or replaced
   * @throws UncheckedIOException if writing fails
   */
  public <T> void write(DocumentKind<T> kind, T value, Path file) {
    Objects.requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(writePretty(kind, value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a document as a string indented for people to read (two spaces, one property a line),
   * ending with a line break: the form of the documents in a repository.
   *
   * @param <T> the document's value
   * @param kind the kind of document
   * @param value the value
   * @return the JSON text
   */
  public <T> String writePretty(DocumentKind<T> kind, T value) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = factory.createGenerator(text)) {
      generator.setPrettyPrinter(PrettyJson.INSTANCE);
      write(kind, value, generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.append('\n').toString();
  }

  private <T> void write(DocumentKind<T> kind, T value, JsonGenerator generator) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    kind.codec().write(new JsonOut(generator), value);
  }

}
