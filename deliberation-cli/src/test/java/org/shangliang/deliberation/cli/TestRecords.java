package org.shangliang.deliberation.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.Scenarios;

/** Records for the commands' tests: the testkit's valid Jinan scenarios from fixed seeds, as JSON Lines. */
final class TestRecords {

  private static final DeliberationJson JSON = DeliberationJson.create();

  private TestRecords() {}

  /** The valid Jinan record of a seed. */
  static Deliberation valid(long seed) {
    return Scenarios.valid(Profiles.jinan()).generate(seed).record();
  }

  /** One record as a JSON line. */
  static String line(Deliberation record) {
    return JSON.write(DocumentKind.RECORD, record).replace("\n", "");
  }

  /**
   * Writes JSON Lines: the valid records of the seeds, in order.
   *
   * @param file the file
   * @param seeds the seeds
   * @return the file
   */
  static Path writeValid(Path file, long... seeds) {
    List<String> lines = new ArrayList<>();
    for (long seed : seeds) {
      lines.add(line(valid(seed)));
    }
    return write(file, lines);
  }

  /** Writes lines to a file, each ending in a line feed. */
  static Path write(Path file, List<String> lines) {
    try {
      Files.writeString(file, String.join("\n", lines) + "\n");
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
