package org.shangliang.deliberation.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.decision.Base;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.outcome.AppraisalScale;

class ProfileSettingsTest {
  private static Profile.Builder minimal() {
    return new Profile.Builder()
        .id("test")
        .name(LocalizedText.of("测试", "test"))
        .catalogue(Profiles.jinan().catalogue());
  }

  @Test
  void acceptsTimeWindowsFromOneSecondToAHundredYears() {
    assertThat(minimal().revisitWindow(Duration.ofSeconds(1)).build().revisitWindow())
        .contains(Duration.ofSeconds(1));
    assertThat(minimal().revisitWindow(Profile.MAX_WINDOW).build().revisitWindow())
        .contains(Profile.MAX_WINDOW);
  }

  @Test
  void rejectsTimeWindowsTooShortOrTooLongNamingTheField() {
    assertThatThrownBy(() -> minimal().progressPublicityInterval(Duration.ofNanos(1)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("progressPublicityInterval: must be from 1 second to 36500 days, was PT0.000000001S");
    assertThatThrownBy(
            () -> minimal().problemSolutionWindow(Duration.ofSeconds(Long.MAX_VALUE)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("problemSolutionWindow: must be from 1 second to 36500 days");
    assertThatThrownBy(() -> minimal().hotlineReplyWindow(Duration.ZERO).build())
        .hasMessageStartingWith("hotlineReplyWindow:");
  }

  @Test
  void rejectsADecisionRuleForAnEntryTheCatalogueLacks() {
    assertThatThrownBy(
            () ->
                minimal()
                    .putEntryDecisionRule("lift-instalation", MajorityRule.simple(Base.CAST))
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("entryDecisionRules: unknown catalogue entry, was lift-instalation");
  }

  @Test
  void takesEveryProcedureAndTimeSettingFromAnotherProfile() {
    Profile settings =
        minimal()
            .progressPublicityInterval(Duration.ofDays(14))
            .revisitWindow(Duration.ofDays(10))
            .escalationFollowUpWindow(Duration.ofDays(7))
            .hotlineReplyWindow(Duration.ofHours(2))
            .hotlineHandlingWindow(Duration.ofDays(3))
            .appraisalScale(AppraisalScale.of(0, 10, 4))
            .reopenOnPoorAppraisal(true)
            .minRoundsBeforeShelving(3)
            .urgentWindow(Duration.ofHours(12))
            .build();
    Profile jinan = Profiles.jinan();
    Profile derived = jinan.withProcedureOf(settings);
    assertThat(derived.progressPublicityInterval()).contains(Duration.ofDays(14));
    assertThat(derived.revisitWindow()).contains(Duration.ofDays(10));
    assertThat(derived.escalationFollowUpWindow()).contains(Duration.ofDays(7));
    assertThat(derived.hotlineReplyWindow()).contains(Duration.ofHours(2));
    assertThat(derived.hotlineHandlingWindow()).contains(Duration.ofDays(3));
    assertThat(derived.appraisalScale()).contains(AppraisalScale.of(0, 10, 4));
    assertThat(derived.reopenOnPoorAppraisal()).isTrue();
    assertThat(derived.minRoundsBeforeShelving()).isEqualTo(3);
    assertThat(derived.urgentWindow()).contains(Duration.ofHours(12));
    assertThat(derived.id()).isEqualTo(jinan.id());
    assertThat(derived.tiers()).isEqualTo(jinan.tiers());
    assertThat(derived.catalogue()).isEqualTo(jinan.catalogue());
    assertThat(derived.supervisorKinds()).isEqualTo(jinan.supervisorKinds());
    assertThat(derived.stepPlan()).isEmpty();
    assertThat(derived.quorums()).isEqualTo(Map.of());
  }
}
