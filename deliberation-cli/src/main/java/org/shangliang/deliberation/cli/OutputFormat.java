package org.shangliang.deliberation.cli;

/** The output format of a table command ({@code --format table|json}). */
enum OutputFormat {
  /** A readable table in the chosen language. */
  TABLE,
  /** A JSON array of row objects. */
  JSON
}
