package org.shangliang.deliberation.cli;

import picocli.CommandLine.Option;

/** {@code --format table|json}, for the commands that write a table or a JSON document. A picocli mixin. */
final class TableOrJson {

  /** Output formats. */
  enum Format {
    /** A table for people. */
    TABLE,
    /** A JSON document. */
    JSON
  }

  @Option(
      names = "--format",
      paramLabel = "table|json",
      defaultValue = "table",
      description = "Output: table or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  /** Whether JSON was asked for. */
  boolean json() {
    return format == Format.JSON;
  }
}
