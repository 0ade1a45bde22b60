package org.shangliang.deliberation.json;

import java.util.List;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.topic.MatterSize;

/**
 * A profile that requires a risk assessment (重大决策风险评估) before a decision, which no built-in
 * profile does: Jinan's, with major matters and lift installations assessed. The JSON tests that go
 * over every breakable rule or every profile property add it to the built-ins, so that the risk.*
 * rules and the profile's {@code riskAssessedSizes} and {@code riskAssessedEntries} are written and
 * read too.
 */
final class RiskProfiles {
  private static final Profile JINAN_ASSESSING =
      Profiles.jinan()
          .withRiskAssessed(List.of(MatterSize.MAJOR), List.of(Profiles.LIFT_INSTALLATION))
          .withIdentity(
              "jinan-risk-assessed",
              LocalizedText.of("济南 重大事项决策前风险评估", "Jinan with risk assessment of major matters"));

  private RiskProfiles() {}

  /**
   * Jinan, requiring a risk assessment before deciding a major matter or a lift installation.
   *
   * @return the profile, id {@code jinan-risk-assessed}
   */
  static Profile jinanAssessing() {
    return JINAN_ASSESSING;
  }
}
