package org.shangliang.deliberation.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code profile}: what a profile (规程) sets, in words ({@code show}), how two profiles differ
 * ({@code diff}) and a Mermaid diagram of its procedure ({@code diagram}).
 */
@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    description = "Show a profile in words, compare two profiles, or draw a profile as a Mermaid diagram.",
    subcommands = {ProfileShowCommand.class, ProfileDiffCommand.class, ProfileDiagramCommand.class})
final class ProfileCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    // no subcommand: show what there is
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
