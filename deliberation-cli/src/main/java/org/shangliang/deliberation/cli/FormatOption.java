package org.shangliang.deliberation.cli;

import picocli.CommandLine.Option;

/** The {@code --format table|json} option of the table commands (a picocli mixin). */
final class FormatOption {

  @Option(
      names = "--format",
      paramLabel = "table|json",
      defaultValue = "table",
      description = "table (readable, in the chosen language) or json (an array of row objects). Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  /**
   * Whether JSON is asked for.
   *
   * @return true for {@code --format json}
   */
  boolean json() {
    return format == OutputFormat.JSON;
  }
}
