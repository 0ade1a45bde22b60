package org.shangliang.deliberation.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The lines of a JSON Lines input, one at a time, in a buffer that never grows beyond the longest
 * document plus one unit: the content of a longer line is skipped, not kept, and only its length
 * is counted. Lines end with {@code \n}; a {@code \r} before it is part of the line ending; the last
 * line may lack a line ending. A byte order mark at the start of the input is skipped. Not
 * thread-safe.
 */
abstract class LineSource implements LineContent {
  /** Read from the source at a time. */
  static final int CHUNK = 64 * 1024;

  private static final int FIRST_CAPACITY = 1024;

  /** The longest line an array can hold, whatever the limits say. */
  static final long LONGEST = Integer.MAX_VALUE - 16;

  /**
   * The most units a line's content may have: the longest document, or {@link #LONGEST} if that is
   * longer.
   */
  final long maxLength;

  /** The units of the line buffer kept: the longest document and one for a {@code \r}. */
  final int capacity;

  /** The current line's number, from 1. */
  long number;

  /** The units of the current line kept in the buffer, after the line ending is removed. */
  int length;

  /** The units of the current line, all of them, without its line ending. */
  long fullLength;

  /** Whether the current line is longer than {@link #maxLength}: its content was not kept. */
  boolean overlong;

  /** Whether the current line begins with a byte order mark (never the first line's, skipped). */
  boolean byteOrderMark;

  /** Whether the byte order mark at the start of the input was looked for. */
  private boolean started;

  LineSource(long maxLength) {
    this.maxLength = Math.min(maxLength, LONGEST);
    this.capacity = (int) this.maxLength + 1;
  }

  static LineSource of(InputStream in, long maxLength) {
    return new Bytes(in, maxLength);
  }

  static LineSource of(Reader in, long maxLength) {
    return new Chars(in, maxLength);
  }

  /** The first size of the line buffer. */
  int firstCapacity() {
    return Math.min(FIRST_CAPACITY, capacity);
  }

  /**
   * Reads the next line.
   *
   * @return {@code false} at the end of the input
   * @throws IOException if reading fails
   */
  final boolean next() throws IOException {
    if (!started) {
      started = true;
      skipByteOrderMark();
    }
    length = 0;
    fullLength = 0;
    overlong = false;
    boolean any = false;
    boolean lineEnd = false;
    while (!lineEnd) {
      if (!available() && !fill()) {
        break;
      }
      any = true;
      lineEnd = take();
    }
    if (!any) {
      return false;
    }
    number++;
    if (endsWithCarriageReturn()) {
      fullLength--;
      if (!overlong) {
        length--;
      }
    }
    if (fullLength > maxLength) {
      overlong = true;
    }
    byteOrderMark = !overlong && startsWithByteOrderMark();
    return true;
  }

  /** Whether the current line holds only JSON whitespace. */
  abstract boolean blank();

  /** A parser of the current line, which must not be overlong. */
  @Override
  public abstract JsonParser parser(JsonFactory factory) throws IOException;

  /**
   * A buffer for copies of lines of this source.
   *
   * @param capacity its first capacity, in units
   * @return the buffer, empty
   */
  abstract LineBuffer newBuffer(int capacity);

  /** What the limit counts: "bytes" or "characters". */
  abstract String unit();

  /** Whether units are buffered but not yet taken. */
  abstract boolean available();

  /** Reads more units; {@code false} at the end of the input. */
  abstract boolean fill() throws IOException;

  /**
   * Takes the buffered units up to the end of the line, appending what the line buffer holds and
   * counting all of them.
   *
   * @return whether the line ended ({@code \n} taken, not kept)
   */
  abstract boolean take();

  /** Whether the last unit of the line taken (kept or not) is {@code \r}. */
  abstract boolean endsWithCarriageReturn();

  abstract boolean startsWithByteOrderMark();

  abstract void skipByteOrderMark() throws IOException;

  static boolean whitespace(int c) {
    return c == ' ' || c == '\t' || c == '\r';
  }

  /**
   * A source that reads its input in chunks of units (bytes or characters) and keeps the current
   * line in a growing array of the same units.
   *
   * @param <A> the array type of the units, {@code byte[]} or {@code char[]}
   */
  private abstract static class Chunked<A> extends LineSource {
    /** The units read but not yet all taken. */
    final A chunk;

    /** The units of the current line, the first {@code length} of them kept. */
    A line;

    /** Where the next unit to take stands in {@link #chunk}. */
    int position;

    /** Where the units read end in {@link #chunk}. */
    int end;

    /** Whether the last unit taken (kept or not) is {@code \r}. */
    private boolean lastIsCarriageReturn;

    Chunked(long maxLength, A chunk, java.util.function.IntFunction<A> newArray) {
      super(maxLength);
      this.chunk = chunk;
      this.line = newArray.apply(firstCapacity());
    }

    /** Reads into {@link #chunk} from {@code offset}, at most {@code count} units; -1 at the end. */
    abstract int read(int offset, int count) throws IOException;

    /** Where the first {@code \n} in {@link #chunk} from {@code from} stands, or {@code to}. */
    abstract int lineEnd(int from, int to);

    /** Whether the unit at {@code index} of {@link #chunk} is {@code \r}. */
    abstract boolean carriageReturnAt(int index);

    /** A copy of {@code array}, grown to {@code length} units. */
    abstract A grow(A array, int length);

    /** How many units {@link #line} holds. */
    abstract int lineCapacity();

    @Override
    final boolean available() {
      return position < end;
    }

    @Override
    final boolean fill() throws IOException {
      if (position == end) {
        position = 0;
        end = 0;
      }
      int read = read(end, CHUNK - end);
      if (read < 0) {
        return false;
      }
      end += read;
      return true;
    }

    @Override
    final boolean take() {
      int stop = lineEnd(position, end);
      int count = stop - position;
      if (count > 0) {
        append(position, count);
        lastIsCarriageReturn = carriageReturnAt(stop - 1);
      }
      fullLength += count;
      boolean lineEnd = stop < end;
      position = lineEnd ? stop + 1 : stop;
      return lineEnd;
    }

    private void append(int from, int count) {
      if (overlong) {
        return;
      }
      if ((long) length + count > capacity) {
        overlong = true;
        return;
      }
      if (length + count > lineCapacity()) {
        int grown = lineCapacity();
        while (grown < length + count) {
          grown = (int) Math.min((long) grown * 2, capacity);
        }
        line = grow(line, grown);
      }
      System.arraycopy(chunk, from, line, length, count);
      length += count;
    }

    @Override
    final boolean endsWithCarriageReturn() {
      return fullLength > 0 && lastIsCarriageReturn;
    }
  }

  /** UTF-8 bytes: JSON Lines' encoding. The limit counts bytes. */
  private static final class Bytes extends Chunked<byte[]> {
    /** Eight bytes of an array as one little-endian {@code long}. */
    private static final VarHandle WORDS =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final long NEWLINES = 0x0A0A_0A0A_0A0A_0A0AL;
    private static final long ONES = 0x0101_0101_0101_0101L;
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

    private final InputStream in;

    Bytes(InputStream in, long maxLength) {
      super(maxLength, new byte[CHUNK], byte[]::new);
      this.in = in;
    }

    @Override
    int read(int offset, int count) throws IOException {
      return in.read(chunk, offset, count);
    }

    /**
     * Where the first {@code \n} stands, eight bytes at a time: in each little-endian word, the
     * lowest byte equal to {@code \n} is the lowest byte of {@code word ^ 0x0A…0A} that is zero,
     * and {@code (x - 0x01…01) & ~x & 0x80…80} has the high bit set in exactly that byte and
     * possibly in higher ones (a borrow only runs upwards), so its trailing zeros find it. About
     * eight times fewer steps than a byte at a time: the thread that cuts the lines for {@link
     * ParallelJsonLines}' workers does little else.
     */
    @Override
    int lineEnd(int from, int to) {
      int stop = from;
      for (int last = to - Long.BYTES; stop <= last; stop += Long.BYTES) {
        long x = (long) WORDS.get(chunk, stop) ^ NEWLINES;
        long found = (x - ONES) & ~x & HIGH_BITS;
        if (found != 0) {
          return stop + (Long.numberOfTrailingZeros(found) >>> 3);
        }
      }
      while (stop < to && chunk[stop] != '\n') {
        stop++;
      }
      return stop;
    }

    @Override
    boolean carriageReturnAt(int index) {
      return chunk[index] == '\r';
    }

    @Override
    byte[] grow(byte[] array, int length) {
      return java.util.Arrays.copyOf(array, length);
    }

    @Override
    int lineCapacity() {
      return line.length;
    }

    @Override
    boolean startsWithByteOrderMark() {
      return length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF;
    }

    @Override
    void skipByteOrderMark() throws IOException {
      while (end - position < 3 && fill()) {
        // read until three bytes are there or the input ends
      }
      if (end - position >= 3
          && chunk[position] == (byte) 0xEF
          && chunk[position + 1] == (byte) 0xBB
          && chunk[position + 2] == (byte) 0xBF) {
        position += 3;
      }
    }

    @Override
    boolean blank() {
      for (int i = 0; i < length; i++) {
        if (!whitespace(line[i])) {
          return false;
        }
      }
      return true;
    }

    @Override
    public JsonParser parser(JsonFactory factory) throws IOException {
      return factory.createParser(line, 0, length);
    }

    @Override
    LineBuffer newBuffer(int capacity) {
      return new ByteLines(capacity);
    }

    @Override
    String unit() {
      return "bytes";
    }
  }

  /** Characters, as the reader decodes them. The limit counts characters (UTF-16 units). */
  private static final class Chars extends Chunked<char[]> {
    private final Reader in;

    Chars(Reader in, long maxLength) {
      super(maxLength, new char[CHUNK], char[]::new);
      this.in = in;
    }

    @Override
    int read(int offset, int count) throws IOException {
      return in.read(chunk, offset, count);
    }

    @Override
    int lineEnd(int from, int to) {
      int stop = from;
      while (stop < to && chunk[stop] != '\n') {
        stop++;
      }
      return stop;
    }

    @Override
    boolean carriageReturnAt(int index) {
      return chunk[index] == '\r';
    }

    @Override
    char[] grow(char[] array, int length) {
      return java.util.Arrays.copyOf(array, length);
    }

    @Override
    int lineCapacity() {
      return line.length;
    }

    @Override
    boolean startsWithByteOrderMark() {
      return length >= 1 && line[0] == '\uFEFF';
    }

    @Override
    void skipByteOrderMark() throws IOException {
      while (end - position < 1 && fill()) {
        // read until a character is there or the input ends
      }
      if (end - position >= 1 && chunk[position] == '\uFEFF') {
        position++;
      }
    }

    @Override
    boolean blank() {
      for (int i = 0; i < length; i++) {
        if (!whitespace(line[i])) {
          return false;
        }
      }
      return true;
    }

    @Override
    public JsonParser parser(JsonFactory factory) throws IOException {
      return factory.createParser(line, 0, length);
    }

    @Override
    LineBuffer newBuffer(int capacity) {
      return new CharLines(capacity);
    }

    @Override
    String unit() {
      return "characters";
    }
  }

  /** Copies of lines of a {@link Bytes} source. */
  private static final class ByteLines extends LineBuffer {
    private byte[] units;

    ByteLines(int capacity) {
      units = new byte[capacity];
    }

    @Override
    int capacity() {
      return units.length;
    }

    @Override
    int append(LineSource source) {
      Bytes bytes = (Bytes) source;
      int offset = used;
      if (used + bytes.length > units.length) {
        units = java.util.Arrays.copyOf(units, grown(units.length, used + bytes.length));
      }
      System.arraycopy(bytes.line, 0, units, used, bytes.length);
      used += bytes.length;
      return offset;
    }

    @Override
    JsonParser parser(JsonFactory factory, int offset, int length) throws IOException {
      return factory.createParser(units, offset, length);
    }
  }

  /** Copies of lines of a {@link Chars} source. */
  private static final class CharLines extends LineBuffer {
    private char[] units;

    CharLines(int capacity) {
      units = new char[capacity];
    }

    @Override
    int capacity() {
      return units.length;
    }

    @Override
    int append(LineSource source) {
      Chars chars = (Chars) source;
      int offset = used;
      if (used + chars.length > units.length) {
        units = java.util.Arrays.copyOf(units, grown(units.length, used + chars.length));
      }
      System.arraycopy(chars.line, 0, units, used, chars.length);
      used += chars.length;
      return offset;
    }

    @Override
    JsonParser parser(JsonFactory factory, int offset, int length) throws IOException {
      return factory.createParser(units, offset, length);
    }
  }
}
