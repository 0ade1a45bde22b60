package org.shangliang.deliberation.json.internal;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Reads and writes one kind of document.
 *
 * @param <T> the document's value
 */
public interface Codec<T> {
  /**
   * Reads a value.
   *
   * @param in the reader, before the value
   * @return the value
   */
  T read(JsonIn in);

  /**
   * Writes a value.
   *
   * @param out the writer
   * @param value the value
   */
  void write(JsonOut out, T value);

  /**
   * A document that holds {@code schemaVersion} and one list, left out when empty and read as
   * empty when absent: {@code {"schemaVersion", "<name>"?: [...]}}.
   *
   * @param <T> the document's value
   * @param <E> the list's elements
   * @param name the list's property name
   * @param element reads an element
   * @param writeElement writes an element
   * @param of makes the value of the elements read (a refusal is reported at the document)
   * @param elements the elements of a value, to write
   * @return the codec
   */
  static <T, E> Codec<T> versionedList(
      String name,
      Function<JsonIn, E> element,
      BiConsumer<JsonOut, E> writeElement,
      Function<List<E>, T> of,
      Function<T, List<E>> elements) {
    return new Codec<>() {
      @Override
      public T read(JsonIn in) {
        JsonIn.Mark mark = in.beginObject();
        boolean version = false;
        List<E> values = List.of();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
          if (field.equals("schemaVersion")) {
            Versions.read(in);
            version = true;
          } else if (field.equals(name)) {
            values = in.list(element);
          } else {
            throw in.unknown(field);
          }
        }
        Versions.require(in, mark, version);
        List<E> read = values;
        return in.build(mark, () -> of.apply(read));
      }

      @Override
      public void write(JsonOut out, T value) {
        out.beginObject();
        Versions.write(out);
        out.listUnlessEmpty(name, elements.apply(value), writeElement);
        out.endObject();
      }
    };
  }
}
