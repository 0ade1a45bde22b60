package org.shangliang.deliberation.cli;

/**
 * The exit codes of {@code shangliang}, the same for every command.
 *
 * <table>
 *   <caption>Exit codes</caption>
 *   <tr><th>code</th><th>meaning</th></tr>
 *   <tr><td>0</td><td>done: every record read was compliant (or the command has no verdict)</td></tr>
 *   <tr><td>1</td><td>done: at least one record breaks a rule (a violation of any severity)</td></tr>
 *   <tr><td>2</td><td>usage error: an unknown option or command, a missing or unreadable file, a
 *       profile, unit tree or calendar that cannot be read; nothing was judged</td></tr>
 *   <tr><td>3</td><td>bad input: at least one record or line could not be read; the others were
 *       judged and every line is accounted for in the summary (wins over 1)</td></tr>
 *   <tr><td>70</td><td>internal error: a fault of the tool itself (a bug; {@code --debug} shows the
 *       stack trace)</td></tr>
 *   <tr><td>74</td><td>output failed: standard output stopped taking what was written (the program
 *       reading it, such as {@code head}, closed it; or the disk is full); the command stopped there
 *       without reading the rest of its input (wins over every other code but 2)</td></tr>
 * </table>
 */
final class ExitCodes {

  /** Done; compliant, or no verdict to give. */
  static final int OK = 0;

  /** Done; at least one record breaks a rule. */
  static final int VIOLATIONS = 1;

  /** The command line or one of the files it names cannot be used; nothing was judged. */
  static final int USAGE = 2;

  /** Some input could not be read; the rest was processed and every line is counted. */
  static final int BAD_INPUT = 3;

  /** A fault of the tool itself (EX_SOFTWARE of sysexits.h). */
  static final int INTERNAL = 70;

  /**
   * Standard output could not be written (closed by its reader, or a full disk); the command stopped
   * there (EX_IOERR of sysexits.h).
   */
  static final int OUTPUT_FAILED = 74;

  private ExitCodes() {}
}
