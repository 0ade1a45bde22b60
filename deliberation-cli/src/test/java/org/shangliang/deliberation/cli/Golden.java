package org.shangliang.deliberation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden outputs: expected texts under {@code src/test/resources/golden}. A test compares its output
 * with the file; run with {@code -Dgolden.write=true} to write the files from the outputs instead (then
 * review the diff before committing).
 */
final class Golden {

  private static final Path DIR = Path.of("src/test/resources/golden");

  private Golden() {}

  /**
   * Asserts that a text equals the golden file, or writes the file when {@code golden.write} is set.
   *
   * @param name the file's path under the golden directory, e.g. {@code validate/table.zh.txt}
   * @param actual the output
   */
  static void assertMatches(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (Boolean.getBoolean("golden.write")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file).as("golden file %s (write it with -Dgolden.write=true)", name).exists();
      assertThat(actual).as("output against golden file %s", name)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
