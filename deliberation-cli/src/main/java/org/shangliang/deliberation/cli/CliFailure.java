package org.shangliang.deliberation.cli;

/**
 * A command cannot go on, for a reason the user can fix: a missing file, a profile that cannot be
 * read. The tool prints its message as one line on standard error and exits with {@link #exitCode()}
 * (usually {@link ExitCodes#USAGE}); never a stack trace unless {@code --debug}.
 */
final class CliFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /**
   * A usage failure (exit code {@link ExitCodes#USAGE}).
   *
   * @param message one line naming the option or file and the fault
   */
  CliFailure(String message) {
    this(message, ExitCodes.USAGE, null);
  }

  /**
   * A usage failure with its cause (shown with {@code --debug}).
   *
   * @param message one line naming the option or file and the fault
   * @param cause the exception behind it
   */
  CliFailure(String message, Throwable cause) {
    this(message, ExitCodes.USAGE, cause);
  }

  /**
   * A failure with the given exit code.
   *
   * @param message one line naming the option or file and the fault
   * @param exitCode the exit code, one of {@link ExitCodes}
   * @param cause the exception behind it, or null
   */
  CliFailure(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /**
   * The exit code the tool ends with.
   *
   * @return one of {@link ExitCodes}
   */
  int exitCode() {
    return exitCode;
  }
}
