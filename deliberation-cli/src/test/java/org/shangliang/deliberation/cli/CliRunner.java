package org.shangliang.deliberation.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs {@code shangliang} in process with a fixed clock (2026-12-05T02:00:00Z), a chosen locale, given
 * standard input and captured output.
 */
final class CliRunner {

  /** The instant the tests' clock reads. */
  static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");

  private Locale locale = Locale.ENGLISH;
  private byte[] stdin = new byte[0];
  private boolean terminal;
  private long outLimit = Long.MAX_VALUE;

  /** A runner with the English locale, empty standard input, no terminal. */
  static CliRunner cli() {
    return new CliRunner();
  }

  CliRunner locale(Locale newLocale) {
    this.locale = newLocale;
    return this;
  }

  CliRunner stdin(String text) {
    this.stdin = text.getBytes(StandardCharsets.UTF_8);
    return this;
  }

  CliRunner stdin(byte[] bytes) {
    this.stdin = bytes.clone();
    return this;
  }

  /**
   * Standard output that takes {@code bytes} bytes and then fails every write, as a pipe does once the
   * program reading it (such as {@code head}) has gone.
   */
  CliRunner stdoutClosedAfter(long bytes) {
    this.outLimit = bytes;
    return this;
  }

  CliRunner terminal(boolean isTerminal) {
    this.terminal = isTerminal;
    return this;
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @return exit code, standard output and standard error
   */
  Result run(String... args) {
    ClosingOutput out = new ClosingOutput(outLimit);
    ByteArrayInputStream in = new ByteArrayInputStream(stdin);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    // a monotonic clock that advances one millisecond per reading
    AtomicLong nanos = new AtomicLong();
    CliContext context =
        new CliContext(
            in,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Clock.fixed(NOW, ZoneOffset.UTC),
            locale,
            terminal,
            () -> nanos.addAndGet(1_000_000L));
    int code = Cli.run(context, args);
    return new Result(
        code,
        out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8),
        in.available(),
        out.offered);
  }

  /** Standard output that takes bytes up to a limit and then fails like a closed pipe. */
  private static final class ClosingOutput extends java.io.OutputStream {
    private final ByteArrayOutputStream taken = new ByteArrayOutputStream();
    private final long limit;
    /** Every byte offered, taken or not. */
    long offered;

    ClosingOutput(long limit) {
      this.limit = limit;
    }

    @Override
    public synchronized void write(int b) throws java.io.IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws java.io.IOException {
      offered += len;
      long room = Math.max(0, limit - taken.size());
      taken.write(b, off, (int) Math.min(len, room));
      if (len > room) {
        throw new java.io.IOException("Broken pipe");
      }
    }

    String toString(java.nio.charset.Charset charset) {
      return taken.toString(charset);
    }
  }

  /**
   * What a run gave.
   *
   * @param exitCode the exit code
   * @param out standard output
   * @param err standard error
   * @param stdinLeft bytes of standard input never read
   * @param outOffered bytes offered to standard output, also those it refused once closed
   */
  record Result(int exitCode, String out, String err, int stdinLeft, long outOffered) {}
}
