package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.shangliang.deliberation.json.internal.JsonIn;
import org.shangliang.deliberation.json.internal.JsonOut;

/**
 * Reads and writes single values with one codec's reader and writer, outside any document, so that
 * the codecs of nested types can be tested on their own.
 */
final class CodecHarness {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private CodecHarness() {}

  /** Writes a value compactly. */
  static <T> String write(BiConsumer<JsonOut, T> writer, T value) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(text)) {
      writer.accept(new JsonOut(generator), value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** Reads a value, refusing anything after it. */
  static <T> T read(Function<JsonIn, T> reader, String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonIn in = new JsonIn(parser, Optional.empty());
      T value = reader.apply(in);
      in.end();
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks that a value written and read back equals it, and that writing what was read gives the
   * same text.
   *
   * @return the text written
   */
  static <T> String assertRoundTrip(BiConsumer<JsonOut, T> writer, Function<JsonIn, T> reader, T value) {
    String text = write(writer, value);
    T read = read(reader, text);
    assertThat(read).as(text).isEqualTo(value);
    assertThat(write(writer, read)).isEqualTo(text);
    return text;
  }

  /** Reads bad input and returns the exception it raises, failing if it raises none. */
  static DeliberationJsonException readFailure(Function<JsonIn, ?> reader, String text) {
    Throwable thrown = catchThrowable(() -> read(reader, text));
    assertThat(thrown).as("reading %s", text).isInstanceOf(DeliberationJsonException.class);
    return (DeliberationJsonException) thrown;
  }
}
