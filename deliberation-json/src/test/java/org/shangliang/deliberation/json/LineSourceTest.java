package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The lines a {@link LineSource} cuts, against a plain byte-by-byte split. */
class LineSourceTest {

  /** The lines of {@code input} as the format defines them, a byte at a time. */
  private static List<byte[]> plainSplit(byte[] input) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < input.length; i++) {
      if (input[i] == '\n') {
        lines.add(trimCarriageReturn(Arrays.copyOfRange(input, start, i)));
        start = i + 1;
      }
    }
    if (start < input.length) {
      lines.add(trimCarriageReturn(Arrays.copyOfRange(input, start, input.length)));
    }
    return lines;
  }

  private static byte[] trimCarriageReturn(byte[] line) {
    return line.length > 0 && line[line.length - 1] == '\r'
        ? Arrays.copyOf(line, line.length - 1)
        : line;
  }

  private static List<byte[]> cut(InputStream in) {
    LineSource source = LineSource.of(in, 1 << 20);
    LineBuffer buffer = source.newBuffer(16);
    List<byte[]> lines = new ArrayList<>();
    try {
      while (source.next()) {
        int offset = buffer.append(source);
        // the copy in the buffer is what a worker parses
        byte[] copy = Arrays.copyOfRange(unitsOf(buffer), offset, offset + source.length);
        assertThat(source.number).isEqualTo(lines.size() + 1);
        lines.add(copy);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  /** The buffer's array (private to it: read here only to compare the copies). */
  private static byte[] unitsOf(LineBuffer buffer) {
    try {
      var field = buffer.getClass().getDeclaredField("units");
      field.setAccessible(true);
      return (byte[]) field.get(buffer);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** A stream that gives at most a few bytes a read, so that lines straddle every chunk border. */
  private static InputStream trickling(byte[] input, SplittableRandom random) {
    return new ByteArrayInputStream(input) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + random.nextInt(40)));
      }
    };
  }

  @Test
  void everyNewlineIsFoundWhereverItStandsInAWordOrAChunk() {
    SplittableRandom random = new SplittableRandom(20_261_204L);
    byte[] alphabet = {'\n', '\r', ' ', '{', '}', 'a', (byte) 0x8A, (byte) 0xFF, 0x0B, 0x09, 0};
    for (int round = 0; round < 2_000; round++) {
      byte[] input = new byte[random.nextInt(300)];
      int newlineEvery = 1 + random.nextInt(40);
      for (int i = 0; i < input.length; i++) {
        input[i] =
            random.nextInt(newlineEvery) == 0
                ? (byte) '\n'
                : alphabet[1 + random.nextInt(alphabet.length - 1)];
      }
      List<byte[]> expected = plainSplit(input);
      assertThat(cut(new ByteArrayInputStream(input)))
          .as("round %d", round)
          .usingElementComparator(Arrays::compare)
          .containsExactlyElementsOf(expected);
      assertThat(cut(trickling(input, random)))
          .as("round %d, trickling", round)
          .usingElementComparator(Arrays::compare)
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void aNewlineAtEachPositionOfALongLineEndsItThere() {
    for (int at = 0; at < 3 * LineSource.CHUNK / 1024 + 40; at++) {
      int position = at < 40 ? at : (at - 40) * 1024 + 7;
      byte[] input = new byte[position + 20];
      Arrays.fill(input, (byte) 'x');
      input[position] = '\n';
      List<byte[]> lines = cut(new ByteArrayInputStream(input));
      assertThat(lines).hasSize(position + 1 < input.length ? 2 : 1);
      assertThat(lines.get(0)).hasSize(position);
    }
  }
}
