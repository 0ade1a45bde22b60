package org.shangliang.deliberation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.party.PartyId;

/**
 * A risk assessment is well-formed when built: its instant is in range, its findings and each measure
 * are not blank; a refusal names the field and never repeats the text (it may hold personal data).
 */
class RiskAssessmentTest {
  private static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");

  private static RiskAssessment.Builder assessment(Instant at, String findings) {
    return new RiskAssessment.Builder()
        .assessor(PartyId.of("expert-1"))
        .assessedAt(at)
        .level(RiskLevel.HIGH)
        .findings(findings);
  }

  private static RiskAssessment.Builder assessment() {
    return assessment(AT, "施工期间通道封闭，住户李某反对");
  }

  @Test
  void keepsItsMeasuresInTheOrderGiven() {
    RiskAssessment built = assessment().addMeasures("先行公示施工方案", "设置临时通道").build();
    assertThat(built.measures()).containsExactly("先行公示施工方案", "设置临时通道");
    assertThat(built.level().label().zh()).isEqualTo("高风险");
  }

  @Test
  void redactsFindingsAndMeasuresFromToString() {
    String text = assessment().addMeasures("约谈李某").build().toString();
    assertThat(text).contains("expert-1").contains("HIGH").doesNotContain("李某");
  }

  @Test
  void refusesBlankFindingsWithoutRepeatingThem() {
    assertThatThrownBy(() -> assessment(AT, " \t").build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> assertThat(e.path().toString()).isEqualTo("findings"))
        .hasMessageNotContaining("\t");
  }

  @Test
  void refusesABlankMeasureNamingItsPosition() {
    assertThatThrownBy(() -> assessment().addAllMeasures(List.of("设置临时通道", "  ")).build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> assertThat(e.path().toString()).isEqualTo("measures[1]"));
  }

  @Test
  void refusesAnInstantBeyondTheYear9999() {
    assertThatThrownBy(() -> assessment(Instant.parse("+10000-01-01T00:00:00Z"), "通道封闭").build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> assertThat(e.path().toString()).isEqualTo("assessedAt"));
  }
}
