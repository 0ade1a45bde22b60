package org.shangliang.deliberation.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code shangliang}: the root command. It holds the options every command shares ({@code --lang},
 * {@code --debug}) and the {@link CliContext}; the work is done by its subcommands.
 */
@Command(
    name = "shangliang",
    mixinStandardHelpOptions = true,
    versionProvider = ShangliangCommand.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Community deliberation (基层协商议事) records from the shell: validate them against a profile,"
          + " list what is due, find the month's recurring problems, compare profiles, generate test data."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  done; every record compliant (or nothing to judge)",
      "  1  done; at least one record breaks a rule",
      "  2  usage error: unknown option, missing or unreadable file or profile",
      "  3  bad input: some records or lines could not be read (the rest were judged)",
      " 70  internal error",
      " 74  standard output closed or not writable (e.g. piped into head); stopped there"
    },
    subcommands = {
      CommandLine.HelpCommand.class,
      ValidateCommand.class,
      ObligationsCommand.class,
      ThemesCommand.class,
      ClassifyCommand.class,
      ProfileCommand.class,
      RulesCommand.class,
      ExplainCommand.class,
      SchemaCommand.class,
      GenerateCommand.class
    })
final class ShangliangCommand implements Runnable {

  private final CliContext context;

  @Spec CommandSpec spec;

  @Option(
      names = "--lang",
      paramLabel = "zh|en",
      scope = ScopeType.INHERIT,
      description = "Language of readable output: zh (zh-CN) or en. Default: from the locale.")
  Lang lang;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Show the stack trace of a failure.")
  boolean debug;

  ShangliangCommand(CliContext context) {
    this.context = context;
  }

  /**
   * The context the tool runs in.
   *
   * @return the context
   */
  CliContext context() {
    return context;
  }

  /**
   * The language of readable output: {@code --lang}, else from the context's locale.
   *
   * @return the language
   */
  Lang lang() {
    return lang != null ? lang : Lang.of(context.locale());
  }

  /**
   * The root command of a command's spec.
   *
   * @param spec a command's spec
   * @return the root command object
   */
  static ShangliangCommand root(CommandSpec spec) {
    return (ShangliangCommand) spec.root().userObject();
  }

  @Override
  public void run() {
    // no subcommand: show what there is
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The tool's version, from the build. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"shangliang " + properties.getProperty("version", "(unknown version)")};
    }
  }
}
