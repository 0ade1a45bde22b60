package org.shangliang.deliberation.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Runs {@code shangliang} in the given context and returns its exit code. The one place where failures
 * become exit codes: a {@link CliFailure} and picocli's parameter errors print one line (and a hint to
 * {@code --help}) with the usage exit code; anything else is an internal error. With {@code --debug}
 * the stack trace follows the line.
 */
final class Cli {

  private Cli() {}

  /**
   * Runs the tool.
   *
   * @param context standard streams, clock, locale
   * @param args the command line
   * @return the exit code, one of {@link ExitCodes}
   */
  static int run(CliContext context, String... args) {
    ShangliangCommand root = new ShangliangCommand(context);
    CommandLine cli = new CommandLine(root);
    PrintWriter out = new PrintWriter(context.out(), true);
    PrintWriter err = new PrintWriter(context.err(), true);
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExitCodeExceptionMapper(
        e -> e instanceof CliFailure f ? f.exitCode() : ExitCodes.INTERNAL);
    cli.setParameterExceptionHandler(parameterErrors(root));
    cli.setExecutionExceptionHandler(executionErrors(root));
    int code = cli.execute(args);
    out.flush();
    err.flush();
    // whatever the command, output that did not all arrive is a failure of the run (a command that
    // streams much output has stopped and said so already)
    if (code != ExitCodes.OUTPUT_FAILED && code != ExitCodes.USAGE && context.out().checkError()) {
      err.println("shangliang: " + StandardOutput.FAILED);
      err.flush();
      code = ExitCodes.OUTPUT_FAILED;
    }
    context.out().flush();
    context.err().flush();
    return code;
  }

  private static IParameterExceptionHandler parameterErrors(ShangliangCommand root) {
    return (ParameterException e, String[] args) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("shangliang: " + e.getMessage());
      String command = e.getCommandLine().getCommandSpec().qualifiedName();
      err.println("Try '" + command + " --help' for more information.");
      if (root.debug) {
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.USAGE;
    };
  }

  private static IExecutionExceptionHandler executionErrors(ShangliangCommand root) {
    return (Exception e, CommandLine commandLine, ParseResult parsed) -> {
      PrintWriter err = commandLine.getErr();
      int code;
      if (e instanceof CliFailure failure) {
        err.println("shangliang " + commandLine.getCommandName() + ": " + failure.getMessage());
        code = failure.exitCode();
      } else {
        err.println(
            "shangliang "
                + commandLine.getCommandName()
                + ": internal error: "
                + e
                + (root.debug ? "" : " (run again with --debug for the stack trace)"));
        code = ExitCodes.INTERNAL;
      }
      if (root.debug) {
        e.printStackTrace(err);
      }
      err.flush();
      return code;
    };
  }

  /** Standard output's and error's encoding: always UTF-8, whatever the platform's default. */
  static final java.nio.charset.Charset ENCODING = StandardCharsets.UTF_8;
}
