package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks that {@code docs/schema/} holds a copy of every schema the module ships, byte for byte, and
 * nothing else, so the published schemas cannot drift from the jar's. A stale copy fails the build;
 * with the system property {@value #WRITE_PROPERTY}{@code =true} the test rewrites the copies
 * instead, by the command in {@link #REGENERATE}.
 */
class SchemaDocsTest {
  private static final Path DOCS = Path.of("..", "docs", "schema");
  /** The system property that makes the test rewrite the copies instead of failing. */
  static final String WRITE_PROPERTY = "schema.docs.write";
  /** The command, run from the repository root, that rewrites the copies. */
  static final String REGENERATE =
      "./mvnw -q -pl deliberation-json -am verify -Dtest=SchemaDocsTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -D" + WRITE_PROPERTY + "=true";

  private static Path copy(URI id) {
    String id0 = id.toString();
    return DOCS.resolve(id0.substring(id0.lastIndexOf('/') + 1));
  }

  @Test
  void docsHoldACopyOfEverySchemaAndNothingElse() throws IOException {
    Map<URI, String> schemas = JsonSchemas.all();
    if (Boolean.getBoolean(WRITE_PROPERTY)) {
      Files.createDirectories(DOCS);
      try (Stream<Path> old = Files.list(DOCS)) {
        for (Path file : old.toList()) {
          Files.delete(file);
        }
      }
      for (Map.Entry<URI, String> schema : schemas.entrySet()) {
        Files.writeString(copy(schema.getKey()), schema.getValue(), StandardCharsets.UTF_8);
      }
    }
    for (Map.Entry<URI, String> schema : schemas.entrySet()) {
      Path file = copy(schema.getKey());
      String actual = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
      assertThat(actual)
          .as("%s is stale: rewrite docs/schema with `%s` and commit it", file, REGENERATE)
          .isEqualTo(schema.getValue());
    }
    try (Stream<Path> files = Files.list(DOCS)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
          .as("docs/schema holds only the schemas of the module")
          .containsExactlyElementsOf(
              schemas.keySet().stream().map(id -> copy(id).getFileName().toString()).sorted().toList());
    }
  }
}
