package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.Gen;
import org.shangliang.deliberation.testkit.Generators;
import org.shangliang.deliberation.unit.Jurisdiction;

class JurisdictionJsonTest {
  private static final DeliberationJson JSON = DeliberationJson.create();

  @Test
  void generatedUnitTreesReadBackEqualAndWriteBackTheSameText() {
    Gen<Jurisdiction> trees = Generators.jurisdictions(Profiles.jinan());
    for (long seed = 0; seed < 500; seed++) {
      Jurisdiction tree = trees.generate(new SplittableRandom(seed), (int) (seed % 200));
      String text = JSON.write(DocumentKind.JURISDICTION, tree);
      Jurisdiction read = JSON.read(DocumentKind.JURISDICTION, text);
      assertThat(read).as(text).isEqualTo(tree);
      assertThat(read.units()).isEqualTo(tree.units());
      assertThat(JSON.write(DocumentKind.JURISDICTION, read)).isEqualTo(text);
      String pretty = JSON.writePretty(DocumentKind.JURISDICTION, tree);
      assertThat(JSON.writePretty(DocumentKind.JURISDICTION, JSON.read(DocumentKind.JURISDICTION, pretty)))
          .isEqualTo(pretty);
    }
  }

  @Test
  void aParentTheTreeLacksIsReportedAtItsPointer() {
    String text =
        "{\"schemaVersion\":\"1.0\",\"units\":[\n"
            + "{\"id\":\"c\",\"level\":\"city\",\"name\":\"C\"},\n"
            + "{\"id\":\"d\",\"level\":\"district\",\"name\":\"D\",\"parent\":\"x\"}]}";
    assertThatThrownBy(() -> JSON.read(DocumentKind.JURISDICTION, text))
        .isInstanceOfSatisfying(
            DeliberationJsonException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo("/units/1/parent");
              assertThat(e.line()).isEqualTo(1);
            });
  }

  @Test
  void aWrongTypeIsReportedAtItsPointerLineAndColumn() {
    String text = "{\"schemaVersion\":\"1.0\",\"units\":[\n{\"id\":\"c\",\"level\":3,\"name\":\"C\"}]}";
    assertThatThrownBy(() -> JSON.read(DocumentKind.JURISDICTION, text))
        .isInstanceOfSatisfying(
            DeliberationJsonException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo("/units/0/level");
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isEqualTo(19);
              assertThat(e.fault()).contains("must be a string, was the number 3");
            });
  }

  @Test
  void unknownAndDuplicatePropertiesAndTrailingTokensAreRefused() {
    assertThatThrownBy(() -> JSON.read(DocumentKind.JURISDICTION, "{\"schemaVersion\":\"1.0\",\"units\":[],\"extra\":1}"))
        .isInstanceOf(DeliberationJsonException.class)
        .hasMessageContaining("unknown property \"extra\"");
    assertThatThrownBy(() -> JSON.read(DocumentKind.JURISDICTION, "{\"schemaVersion\":\"1.0\",\"units\":[],\"units\":[]}"))
        .isInstanceOf(DeliberationJsonException.class)
        .hasMessageContaining("Duplicate field 'units'");
    assertThatThrownBy(() -> JSON.read(DocumentKind.JURISDICTION, "{\"schemaVersion\":\"1.0\",\"units\":[]} {}"))
        .isInstanceOf(DeliberationJsonException.class)
        .hasMessageContaining("must hold one value");
    assertThatThrownBy(() -> JSON.read(DocumentKind.JURISDICTION, "{\"schemaVersion\":\"2.0\",\"units\":[]}"))
        .isInstanceOf(DeliberationJsonException.class)
        .hasMessageContaining("newer than 1.0");
  }

  @Test
  void duplicateKeysAreRefusedEvenByAParserThatDoesNotRefuseThem() throws Exception {
    com.fasterxml.jackson.core.JsonFactory lenient = new com.fasterxml.jackson.core.JsonFactory();
    String text =
        "{\"schemaVersion\":\"1.0\",\"units\":[{\"id\":\"c\",\"level\":\"city\",\"id\":\"d\",\"name\":\"C\"}]}";
    try (com.fasterxml.jackson.core.JsonParser parser = lenient.createParser(text)) {
      org.shangliang.deliberation.json.internal.JsonIn in =
          new org.shangliang.deliberation.json.internal.JsonIn(parser, java.util.Optional.empty());
      assertThatThrownBy(() -> org.shangliang.deliberation.json.internal.UnitCodecs.JURISDICTION.read(in))
          .isInstanceOfSatisfying(
              DeliberationJsonException.class,
              e -> {
                assertThat(e.pointer()).isEqualTo("/units/0/id");
                assertThat(e.fault()).contains("Duplicate field 'id'");
              });
    }
  }
}
