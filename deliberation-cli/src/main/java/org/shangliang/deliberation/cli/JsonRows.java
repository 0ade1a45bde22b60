package org.shangliang.deliberation.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Machine output of a table: a JSON array of objects, one per row, each with the row's named cells as
 * strings (null cells as JSON null), pretty-printed, keys in the order given.
 */
final class JsonRows {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonRows() {}

  /**
   * Writes rows as a JSON array, then a line feed.
   *
   * @param out where to write
   * @param rows the rows: each a map from column name to cell (ordered maps keep their order)
   */
  static void write(PrintStream out, List<? extends Map<String, ?>> rows) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.useDefaultPrettyPrinter();
      json.writeStartArray();
      for (Map<String, ?> row : rows) {
        json.writeStartObject();
        for (Map.Entry<String, ?> cell : row.entrySet()) {
          json.writeFieldName(cell.getKey());
          if (cell.getValue() == null) {
            json.writeNull();
          } else {
            json.writeString(cell.getValue().toString());
          }
        }
        json.writeEndObject();
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println(text);
  }
}
