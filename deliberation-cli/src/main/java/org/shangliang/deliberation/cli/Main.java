package org.shangliang.deliberation.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Locale;

/**
 * The entry point of {@code java -jar shangliang.jar}: the real standard streams (UTF-8, buffered),
 * the system clock, the default locale; exits with the command's exit code.
 */
public final class Main {

  private Main() {}

  /**
   * Runs {@code shangliang} and exits.
   *
   * @param args the command line; {@code --help} lists the commands
   */
  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false,
            Cli.ENCODING);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, Cli.ENCODING);
    CliContext context =
        new CliContext(
            new FileInputStream(FileDescriptor.in),
            out,
            err,
            Clock.systemUTC(),
            Locale.getDefault(),
            System.console() != null,
            System::nanoTime);
    int code = Cli.run(context, args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
