package org.shangliang.deliberation.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Copies of the contents of lines of one {@link LineSource}, one after another, to be parsed later
 * on another thread; emptied and filled again to save allocating a copy of each line. Not
 * thread-safe: one thread fills it, then (after a happens-before edge, such as handing it to an
 * executor) another reads it.
 */
abstract class LineBuffer {
  /** The units filled. */
  int used;

  /**
   * The units it holds before it grows.
   *
   * @return the capacity
   */
  abstract int capacity();

  /**
   * Appends the current line of a source, which is the source this buffer was made by and whose
   * line is not overlong; grows if needed.
   *
   * @param source the source
   * @return where the line's copy begins
   */
  abstract int append(LineSource source);

  /**
   * A parser of a line's copy.
   *
   * @param factory the factory, with the limits
   * @param offset where the copy begins
   * @param length its units
   * @return the parser, to be closed
   * @throws IOException if the parser cannot be made
   */
  abstract JsonParser parser(JsonFactory factory, int offset, int length) throws IOException;

  /** Empties the buffer. */
  final void clear() {
    used = 0;
  }

  /** A capacity at least {@code needed}: doubled from {@code capacity} as often as needed. */
  static int grown(int capacity, int needed) {
    long grown = Math.max(capacity, 1);
    while (grown < needed) {
      grown *= 2;
    }
    return (int) Math.min(grown, Math.max(needed, LineSource.LONGEST));
  }
}
