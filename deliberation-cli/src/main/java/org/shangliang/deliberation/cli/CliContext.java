package org.shangliang.deliberation.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * What a command may use of the world outside it: standard input, output and error, the clock (read
 * once, for a default instant), the environment's locale (for the default language), whether standard
 * error is a terminal (for the progress bar) and a monotonic nanosecond counter (for throughput).
 * {@link Main} passes the real ones; tests pass their own.
 *
 * @param in standard input
 * @param out standard output (UTF-8)
 * @param err standard error (UTF-8)
 * @param clock the clock a default instant is read from, once
 * @param locale the environment's locale
 * @param terminal whether standard error is an interactive terminal
 * @param nanoTime a monotonic clock for measuring throughput, as {@link System#nanoTime()}
 */
record CliContext(
    InputStream in,
    PrintStream out,
    PrintStream err,
    Clock clock,
    Locale locale,
    boolean terminal,
    LongSupplier nanoTime) {

  CliContext {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(nanoTime, "nanoTime");
  }
}
