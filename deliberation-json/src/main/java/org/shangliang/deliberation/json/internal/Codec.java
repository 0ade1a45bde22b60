package org.shangliang.deliberation.json.internal;

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
}
