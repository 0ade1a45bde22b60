package org.shangliang.deliberation.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar on standard error: lines read and lines per second, redrawn in place with a
 * carriage return at most every 250 ms of the context's monotonic clock and cleared at the end. It
 * shows when forced ({@code --progress}); or, unless turned off ({@code --no-progress}), when standard
 * error is a terminal and the input is large (at least 5 MB of files) or the work has taken a second.
 */
final class Progress {

  /** Files of at least this many bytes in all show the bar from the start. */
  static final long LARGE_INPUT_BYTES = 5L * 1024 * 1024;

  private static final long REDRAW_NANOS = 250_000_000L;
  private static final long SLOW_NANOS = 1_000_000_000L;

  private final CliContext context;
  private final Lang lang;
  private final boolean enabled;
  private final boolean immediately;
  private final long start;
  private long lastDraw;
  private int drawnWidth;
  private long lines;

  /**
   * A progress bar.
   *
   * @param context the context (standard error, terminal, monotonic clock)
   * @param lang the language of the bar
   * @param option {@code TRUE} for {@code --progress}, {@code FALSE} for {@code --no-progress}, null for
   *     neither
   * @param inputBytes the size of the files read (standard input not counted)
   */
  Progress(CliContext context, Lang lang, Boolean option, long inputBytes) {
    this.context = context;
    this.lang = lang;
    this.enabled = option == null ? context.terminal() : option;
    this.immediately = Boolean.TRUE.equals(option) || inputBytes >= LARGE_INPUT_BYTES;
    this.start = enabled ? context.nanoTime().getAsLong() : 0;
    this.lastDraw = start;
  }

  /** Counts one more line read, redrawing the bar when it is due. */
  void line() {
    lines++;
    if (!enabled) {
      return;
    }
    long now = context.nanoTime().getAsLong();
    if (now - lastDraw < REDRAW_NANOS || (!immediately && now - start < SLOW_NANOS)) {
      return;
    }
    lastDraw = now;
    long rate = lines * 1_000_000_000L / Math.max(1, now - start);
    String text =
        lang.pick(
            String.format(java.util.Locale.ROOT, "已读 %,d 行，%,d 行/秒", lines, rate),
            String.format(java.util.Locale.ROOT, "%,d lines read, %,d lines/s", lines, rate));
    int width = TextTable.width(text);
    PrintStream err = context.err();
    err.print("\r" + text + " ".repeat(Math.max(0, drawnWidth - width)));
    err.flush();
    drawnWidth = Math.max(drawnWidth, width);
  }

  /** Clears the bar, if it was drawn. */
  void clear() {
    if (drawnWidth > 0) {
      PrintStream err = context.err();
      err.print("\r" + " ".repeat(drawnWidth) + "\r");
      err.flush();
      drawnWidth = 0;
    }
  }
}
