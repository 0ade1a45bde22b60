package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.json.CodecHarness.assertRoundTrip;
import static org.shangliang.deliberation.json.CodecHarness.read;
import static org.shangliang.deliberation.json.CodecHarness.readFailure;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.json.internal.ProcessCodecs;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.RiskAssessment;
import org.shangliang.deliberation.process.RiskLevel;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.topic.MatterSize;

/**
 * Risk assessments (重大决策风险评估) and the profile settings that require them, in JSON: their wire
 * names, tokens and round trip, and refusals that name the property without repeating personal data.
 */
class RiskAssessmentJsonTest {
  private static final String HIGH =
      "{\"assessor\":\"po-1\",\"assessedAt\":\"2026-12-01T02:00:00Z\",\"level\":\"high\","
          + "\"findings\":\"一楼住户王某反对施工\",\"measures\":[\"设置临时通道\",\"约谈王某\"]}";

  @Test
  void readsAnAssessmentByItsWireNames() {
    RiskAssessment read = read(ProcessCodecs::readRiskAssessment, HIGH);
    assertThat(read.assessor()).isEqualTo(PartyId.of("po-1"));
    assertThat(read.assessedAt()).isEqualTo(Instant.parse("2026-12-01T02:00:00Z"));
    assertThat(read.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(read.measures()).containsExactly("设置临时通道", "约谈王某");
    assertThat(assertRoundTrip(ProcessCodecs::writeRiskAssessment, ProcessCodecs::readRiskAssessment, read))
        .isEqualTo(HIGH);
  }

  @Test
  void leavesOutEmptyMeasures() {
    RiskAssessment low =
        new RiskAssessment.Builder()
            .assessor(PartyId.of("expert-1"))
            .assessedAt(Instant.parse("2026-12-01T02:00:00Z"))
            .level(RiskLevel.LOW)
            .findings("风险可控")
            .build();
    assertThat(assertRoundTrip(ProcessCodecs::writeRiskAssessment, ProcessCodecs::readRiskAssessment, low))
        .doesNotContain("measures")
        .contains("\"level\":\"low\"");
  }

  @Test
  void refusesAnUnknownLevelAtItsProperty() {
    DeliberationJsonException e =
        readFailure(ProcessCodecs::readRiskAssessment, HIGH.replace("\"high\"", "\"severe\""));
    assertThat(e.pointer()).isEqualTo("/level");
  }

  @Test
  void refusesABlankMeasureWithoutRepeatingTheOthers() {
    DeliberationJsonException e =
        readFailure(ProcessCodecs::readRiskAssessment, HIGH.replace("\"设置临时通道\"", "\" \""));
    assertThat(e.pointer()).isEqualTo("/measures/0");
    assertThat(e.getMessage()).doesNotContain("王某");
  }

  @Test
  void roundTripsTheProfileSettings() {
    Profile profile = RiskProfiles.jinanAssessing();
    assertThat(profile.riskAssessedSizes()).containsExactly(MatterSize.MAJOR);
    String text = DeliberationJson.create().write(DocumentKind.PROFILE, profile);
    assertThat(text)
        .contains("\"riskAssessedSizes\":[\"major\"]")
        .contains("\"riskAssessedEntries\":[\"lift-installation\"]");
    assertThat(DeliberationJson.create().read(DocumentKind.PROFILE, text)).isEqualTo(profile);
  }
}
