package org.shangliang.deliberation.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** JSON output of the commands that have no deliberation-json document of their own: pretty-printed, one value. */
final class JsonText {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonText() {}

  /** Writes the value with a generator. */
  @FunctionalInterface
  interface Body {
    /**
     * Writes one JSON value.
     *
     * @param g the generator
     * @throws IOException never for the in-memory text
     */
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * One JSON value, pretty-printed, ending in a line feed.
   *
   * @param body writes the value
   * @return the text
   */
  static String of(Body body) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(text)) {
      g.useDefaultPrettyPrinter();
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }
}
