package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FaultMessagesTest {
  private static final DeliberationJson JSON = DeliberationJson.create();

  @Test
  void lineBreaksAndControlCharactersInTheInputNeverReachAMessageUnescaped() {
    String text = "{\"schemaVersion\":\"1.0\",\"units\":[],\"forged\\nERROR admin logged in\":1}";
    assertThatThrownBy(() -> JSON.read(DocumentKind.JURISDICTION, text))
        .isInstanceOfSatisfying(
            DeliberationJsonException.class,
            e -> {
              assertThat(e.getMessage()).doesNotContain("\n").contains("forged\\u000aERROR");
              assertThat(e.pointer()).contains("\n"); // the pointer itself is exact
            });
    String value = "{\"schemaVersion\":\"1.0\",\"units\":[{\"id\":\"c\",\"level\":\"ci\\rty\",\"name\":\"C\"}]}";
    assertThatThrownBy(() -> JSON.read(DocumentKind.JURISDICTION, value))
        .isInstanceOfSatisfying(
            DeliberationJsonException.class,
            e -> assertThat(e.getMessage()).doesNotContain("\r").contains("ci\\u000dty"));
  }

  @Test
  void theNestingDepthACallerMayAllowIsBoundedSoReadingCannotExhaustTheStack() {
    assertThat(JsonLimits.DEFAULT.withMaxNestingDepth(JsonLimits.MAX_NESTING_DEPTH).maxNestingDepth())
        .isEqualTo(1_000);
    assertThatThrownBy(() -> JsonLimits.DEFAULT.withMaxNestingDepth(1_001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNestingDepth: must be at most 1000, was 1001");
    DeliberationJson deep =
        DeliberationJson.builder()
            .limits(JsonLimits.DEFAULT.withMaxNestingDepth(JsonLimits.MAX_NESTING_DEPTH))
            .build();
    String nested = "[".repeat(999) + "]".repeat(999);
    String text = "{\"schemaVersion\":\"1.0\",\"units\":" + nested + "}";
    assertThatThrownBy(() -> deep.read(DocumentKind.JURISDICTION, text))
        .isInstanceOf(DeliberationJsonException.class);
  }

  @Test
  void theKindsAreTheSevenConstantsHoweverManyRenderingsAreMade() {
    java.util.List<DocumentKind<?>> before = DocumentKind.values();
    for (int i = 0; i < 3; i++) {
      DocumentKind.reportWithMessages(
          org.shangliang.deliberation.validation.Messages.builtIn(),
          java.time.ZoneId.of("Asia/Shanghai"),
          org.shangliang.deliberation.unit.Jurisdiction.of(),
          java.util.Locale.ENGLISH);
    }
    assertThat(DocumentKind.values())
        .isEqualTo(before)
        .containsExactly(
            DocumentKind.RECORD,
            DocumentKind.JURISDICTION,
            DocumentKind.CALENDAR,
            DocumentKind.REPORT,
            DocumentKind.OBLIGATIONS,
            DocumentKind.PROFILE,
            DocumentKind.HOUSEHOLD_LINKS);
  }

  @Test
  void aFaultAfterARuleNamedByTextIsReportedAtItsOwnPointer() {
    String profile =
        "{\"schemaVersion\":\"1.0\",\"id\":\"p\",\"extends\":\"jinan\","
            + "\"name\":{\"zh\":\"甲\",\"en\":\"a\"},"
            + "\"entryDecisionRules\":{\"parking\":\"major\","
            + "\"lift-installation\":{\"type\":\"majority\",\"minimumYes\":0}}}";
    assertThatThrownBy(() -> JSON.read(DocumentKind.PROFILE, profile))
        .isInstanceOfSatisfying(
            DeliberationJsonException.class,
            e -> assertThat(e.pointer()).isEqualTo("/entryDecisionRules/lift-installation/approval"));
  }
}
