package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every document in the repository — the built-in profiles shipped in the jar and the demo's cases
 * under examples (cases/ and hotline/) — reads and writes back as the same text: text, read, write gives the text again.
 * The schemas (docs/schema and the jar's copies) are not documents of a kind; the bad-document
 * corpus is refused by design (BadDocumentCorpusTest).
 */
class RepositoryDocumentsTest {
  private static final DeliberationJson JSON = DeliberationJson.create();
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void everyDocumentInTheRepositoryWritesBackAsTheSameText() throws IOException {
    List<Path> read = new ArrayList<>();
    read.addAll(check(DocumentKind.PROFILE,
        ROOT.resolve("deliberation-json/src/main/resources/org/shangliang/deliberation/json/profiles"), "*"));
    Path cases = ROOT.resolve("examples/src/main/resources/org/shangliang/examples/cases");
    read.addAll(check(DocumentKind.JURISDICTION, cases, "*-units"));
    read.addAll(check(DocumentKind.RECORD, cases, "record"));
    // the monthly theme's units; its cases are JSON Lines, checked by examples' MonthlyThemeCaseTest
    Path hotline = ROOT.resolve("examples/src/main/resources/org/shangliang/examples/hotline");
    read.addAll(check(DocumentKind.JURISDICTION, hotline, "*-units"));
    // the command line's test inputs; its golden outputs are checked by its own tests
    read.addAll(check(DocumentKind.JURISDICTION,
        ROOT.resolve("deliberation-cli/src/test/resources/inputs/validate"), "*-units", "units"));
    assertThat(read).hasSizeGreaterThanOrEqualTo(17);
    try (Stream<Path> all = Files.walk(ROOT)) {
      List<Path> documents =
          all.filter(p -> p.toString().endsWith(".json"))
              .filter(p -> !p.toString().contains("/target/"))
              .filter(p -> !p.toString().contains("/.git/"))
              .filter(p -> !p.toString().contains("/schema/"))
              .filter(p -> !p.toString().contains("/bad/"))
              .filter(p -> !p.toString().contains("/golden/"))
              .filter(p -> !p.toString().contains("/node_modules/"))
              // Spring Boot's configuration metadata (the starter's META-INF), not a document
              .filter(p -> !p.toString().contains("/META-INF/"))
              .map(Path::normalize)
              .toList();
      assertThat(read).as("documents this test does not check").containsExactlyInAnyOrderElementsOf(documents);
    }
  }

  private static <T> List<Path> check(DocumentKind<T> kind, Path folder, String which)
      throws IOException {
    return check(kind, folder, which, null);
  }

  /** As {@link #check(DocumentKind, Path, String)}, where a file named {@code alsoUnits}.json is units too. */
  private static <T> List<Path> check(DocumentKind<T> kind, Path folder, String which, String alsoUnits)
      throws IOException {
    List<Path> checked = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString().replace(".json", "");
        boolean units = name.endsWith("-units") || name.equals(alsoUnits);
        boolean wanted =
            which.equals("*") || (which.equals("*-units") ? units : !units);
        if (!wanted) {
          continue;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        T value = JSON.read(kind, file);
        assertThat(JSON.writePretty(kind, value)).as("%s written back", file).isEqualTo(text);
        checked.add(file.normalize());
      }
    }
    return checked;
  }
}
