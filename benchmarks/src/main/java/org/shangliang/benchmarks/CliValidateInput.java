package org.shangliang.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.Scenario;
import org.shangliang.deliberation.testkit.Scenarios;

/**
 * Writes the input of {@code scripts/cli-validate-timing.sh}: the JSON Lines file of {@link
 * JsonLinesBenchmark}'s corpus ({@value JsonLinesBenchmark#SCENARIOS} distinct records repeated in
 * turn up to the count asked for), the unit tree of its first scenario ({@code units.json}) and, on
 * standard output, the file's path and the first scenario's instant, one a line. Every file is
 * written once and kept.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.shangliang.benchmarks.CliValidateInput DIRECTORY
 * RECORDS}.
 */
public final class CliValidateInput {

  private CliValidateInput() {}

  /**
   * Writes the files if they are missing and prints where they are.
   *
   * @param args the directory and the number of records
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("arguments: DIRECTORY RECORDS, was " + args.length + " arguments");
    }
    Path directory = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    if (count < 1) {
      throw new IllegalArgumentException("RECORDS: must be at least 1, was " + count);
    }
    Path file = JsonLinesBenchmark.Corpus.generate().file(directory, count);
    Scenario first =
        Scenarios.valid(Profiles.jinan()).generate(JsonLinesBenchmark.FIRST_SEED, JsonLinesBenchmark.PARTIES);
    Path units = directory.resolve("units.json");
    if (!Files.isRegularFile(units)) {
      DeliberationJson.create().write(DocumentKind.JURISDICTION, first.jurisdiction(), units);
    }
    System.out.println(file);
    System.out.println(first.at());
  }
}
