package org.shangliang.deliberation.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.tier.Cadence;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.validation.Severity;

/**
 * A malformed profile cannot be built: no setting twice, counts and time windows in range, tiers
 * naming only categories the catalogue has. Each failure names the field.
 */
class ProfileWellFormednessTest {
  private static Profile.Builder minimal() {
    return new Profile.Builder()
        .id("test")
        .name(LocalizedText.of("测试", "test"))
        .catalogue(Profiles.jinan().catalogue());
  }

  private static TierRule tier(TierLevel level, String... categories) {
    return new TierRule.Builder()
        .level(level)
        .body(LocalizedText.of("议事会", "council"))
        .convenerKind(org.shangliang.deliberation.party.PartyKind.PARTY_ORGANISATION)
        .cadence(Cadence.onDemand())
        .addMatterSizes(MatterSize.MINOR)
        .addCategories(categories)
        .build();
  }

  private static void assertRejected(Profile.Builder builder, String field) {
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining(field);
  }

  /** Every time window of a profile, with the builder's setter for it. */
  private static final Map<String, BiFunction<Profile.Builder, Duration, Profile.Builder>> WINDOWS =
      Map.of(
          "speakingTimeLimit", Profile.Builder::speakingTimeLimit,
          "minimumPublicity", Profile.Builder::minimumPublicity,
          "urgentWindow", Profile.Builder::urgentWindow,
          "problemSolutionWindow", Profile.Builder::problemSolutionWindow,
          "progressPublicityInterval", Profile.Builder::progressPublicityInterval,
          "revisitWindow", Profile.Builder::revisitWindow,
          "escalationFollowUpWindow", Profile.Builder::escalationFollowUpWindow,
          "hotlineReplyWindow", Profile.Builder::hotlineReplyWindow,
          "hotlineHandlingWindow", Profile.Builder::hotlineHandlingWindow);

  @Test
  void acceptsEveryTimeWindowOfADay() {
    WINDOWS.forEach(
        (field, setter) ->
            assertThat(setter.apply(minimal(), Duration.ofDays(1)).build())
                .as(field)
                .isNotNull());
  }

  @Test
  void rejectsEveryTimeWindowNegativeOrLongerThanACenturyNamingIt() {
    WINDOWS.forEach(
        (field, setter) -> {
          assertRejected(setter.apply(minimal(), Duration.ofSeconds(-1)), field);
          assertRejected(setter.apply(minimal(), Duration.ofDays(40_000)), field);
        });
  }

  @Test
  void rejectsTwoTiersAtOneLevel() {
    assertRejected(
        minimal().addTier(tier(TierLevel.GRID)).addTier(tier(TierLevel.GRID)), "tiers");
    assertThat(minimal().addTier(tier(TierLevel.GRID)).addTier(tier(TierLevel.COMMUNITY)).build().tiers())
        .hasSize(2);
  }

  @Test
  void rejectsTwoSettingsOfOneRule() {
    assertRejected(
        minimal()
            .addRuleSettings(
                RuleSetting.off(RuleCodes.STEP_ORDER),
                RuleSetting.severity(RuleCodes.STEP_ORDER, Severity.WARNING)),
        "ruleSettings");
    assertThat(
            minimal()
                .addRuleSettings(
                    RuleSetting.off(RuleCodes.STEP_ORDER), RuleSetting.off(RuleCodes.STEP_UNKNOWN))
                .build()
                .ruleSettings())
        .hasSize(2);
  }

  @Test
  void rejectsAMeetingStageListedTwice() {
    assertRejected(
        minimal().addMeetingStages(MeetingStage.SIGN_IN, MeetingStage.DISCUSSION, MeetingStage.SIGN_IN),
        "meetingStages");
    assertThat(minimal().addMeetingStages(MeetingStage.SIGN_IN, MeetingStage.DISCUSSION).build().meetingStages())
        .hasSize(2);
  }

  @Test
  void rejectsANegativeOnlineScopeAndAcceptsZero() {
    assertRejected(minimal().onlineMaxAffectedUnits(-1), "onlineMaxAffectedUnits");
    assertThat(minimal().onlineMaxAffectedUnits(0).build().onlineMaxAffectedUnits()).isZero();
  }

  @Test
  void rejectsShelvingBeforeOneRoundAndAcceptsOne() {
    assertRejected(minimal().minRoundsBeforeShelving(0), "minRoundsBeforeShelving");
    assertThat(minimal().minRoundsBeforeShelving(1).build().minRoundsBeforeShelving()).isEqualTo(1);
  }

  @Test
  void rejectsATierNamingACategoryTheCatalogueLacks() {
    assertRejected(minimal().addTier(tier(TierLevel.GRID, "housing-reform")), "categories");
    String known = Profiles.jinan().catalogue().categories().get(0).id();
    assertThat(minimal().addTier(tier(TierLevel.GRID, known)).build().tiers().get(0).categories())
        .containsExactly(known);
  }
}
