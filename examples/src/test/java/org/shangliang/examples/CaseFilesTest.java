package org.shangliang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DocumentKind;

/**
 * The case files the demo reads are the Java cases written as JSON: this test fails when a file
 * differs from what the Java case writes. After changing a case, rewrite the files and commit them:
 * {@code ./mvnw -q -pl examples -am test -Dtest=CaseFilesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dexamples.cases.write=true}.
 */
class CaseFilesTest {
  private static final DeliberationJson JSON = DeliberationJson.create();
  private static final Path FOLDER = Path.of("src/main/resources" + Cases.FOLDER);

  /** Every case file and the text the Java case writes. */
  static Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    record(files, "jinan-lift", JinanLiftCase.compliant());
    record(files, "jinan-lift-broken", JinanLiftCase.broken());
    record(files, "jinan-meeting", JinanMeetingCase.record());
    record(files, "bishan-courtyard-open", BishanCourtyardCase.record(Optional.empty()));
    record(
        files,
        "bishan-courtyard-answered",
        BishanCourtyardCase.record(Optional.of(BishanCourtyardCase.RAISED.plusSeconds(20 * 3600))));
    record(files, "jinan-outcome-midway", JinanOutcomeCase.record(Demo.JINAN_MIDWAY));
    record(files, "jinan-outcome-done", JinanOutcomeCase.record(JinanOutcomeCase.END));
    record(files, "haidian-sent-up", HaidianRecommendationCase.record(Demo.HAIDIAN_SENT_UP));
    record(files, "haidian-stalled", HaidianRecommendationCase.record(Demo.HAIDIAN_STALLED));
    record(files, "haidian-closed", HaidianRecommendationCase.record(Demo.HAIDIAN_CLOSED));
    record(files, "similar-shelved-lift", SimilarCasesCase.shelvedLift());
    record(files, "similar-parking", SimilarCasesCase.parking());
    files.put("jinan-units", JSON.writePretty(DocumentKind.JURISDICTION, JinanLiftCase.jurisdiction()));
    files.put("bishan-units", JSON.writePretty(DocumentKind.JURISDICTION, BishanCourtyardCase.jurisdiction()));
    files.put("haidian-units", JSON.writePretty(DocumentKind.JURISDICTION, HaidianRecommendationCase.jurisdiction()));
    return files;
  }

  private static void record(
      Map<String, String> files, String name, org.shangliang.deliberation.process.Deliberation record) {
    files.put(name, JSON.writePretty(DocumentKind.RECORD, record));
  }

  @Test
  void theCaseFilesAreTheJavaCasesWrittenAsJson() throws IOException {
    boolean write = Boolean.getBoolean("examples.cases.write");
    for (Map.Entry<String, String> file : files().entrySet()) {
      Path path = FOLDER.resolve(file.getKey() + ".json");
      if (write) {
        Files.createDirectories(FOLDER);
        Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      }
      assertThat(path).as("missing: rewrite with -Dexamples.cases.write=true").exists();
      assertThat(Files.readString(path, StandardCharsets.UTF_8))
          .as("%s differs from its Java case: rewrite with -Dexamples.cases.write=true", path)
          .isEqualTo(file.getValue());
    }
    try (var listed = Files.list(FOLDER)) {
      assertThat(listed.map(p -> p.getFileName().toString().replace(".json", "")))
          .as("case files without a Java case")
          .containsExactlyInAnyOrderElementsOf(files().keySet());
    }
  }

  @Test
  void theDemoReadsTheCasesEqualToTheJavaOnes() {
    assertThat(Cases.record("jinan-lift")).isEqualTo(JinanLiftCase.compliant());
    assertThat(Cases.record("haidian-closed"))
        .isEqualTo(HaidianRecommendationCase.record(Demo.HAIDIAN_CLOSED));
    assertThat(Cases.jurisdiction("bishan-units")).isEqualTo(BishanCourtyardCase.jurisdiction());
    assertThat(Instant.EPOCH).isBefore(Demo.HAIDIAN_CLOSED);
  }
}
