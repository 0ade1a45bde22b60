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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    // a monotonic clock that advances one millisecond per reading
    AtomicLong nanos = new AtomicLong();
    CliContext context =
        new CliContext(
            new ByteArrayInputStream(stdin),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Clock.fixed(NOW, ZoneOffset.UTC),
            locale,
            terminal,
            () -> nanos.addAndGet(1_000_000L));
    int code = Cli.run(context, args);
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * What a run gave.
   *
   * @param exitCode the exit code
   * @param out standard output
   * @param err standard error
   */
  record Result(int exitCode, String out, String err) {}
}
