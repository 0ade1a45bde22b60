package org.shangliang.deliberation.cli;

import java.io.PrintStream;

/**
 * Whether standard output still takes what is written. A {@link PrintStream} never throws: when the
 * program reading a pipe goes away (as {@code head} does once it has its lines) or a disk fills up,
 * it only remembers the fault. The commands that stream much output ask here now and then, so that
 * {@code shangliang validate big.jsonl | head} stops reading the file instead of judging the rest for
 * nobody.
 */
final class StandardOutput {

  /** The one line on standard error when standard output fails. */
  static final String FAILED =
      "cannot write standard output (closed by the program reading it, or the disk is full); stopped";

  private StandardOutput() {}

  /**
   * Flushes {@code out} and checks that it took everything so far.
   *
   * @param out standard output
   * @throws CliFailure with {@link ExitCodes#OUTPUT_FAILED} if it did not
   */
  static void ensureWritable(PrintStream out) {
    if (out.checkError()) {
      throw failed();
    }
  }

  /**
   * The failure that stops a command whose standard output failed.
   *
   * @return the failure, with {@link ExitCodes#OUTPUT_FAILED}
   */
  static CliFailure failed() {
    return new CliFailure(FAILED, ExitCodes.OUTPUT_FAILED, null);
  }
}
