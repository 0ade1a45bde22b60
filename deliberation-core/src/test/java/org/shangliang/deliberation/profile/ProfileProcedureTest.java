package org.shangliang.deliberation.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.decision.Base;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.decision.Quorum;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.outcome.AppraisalScale;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.process.PartyActKind;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.TopicCatalogue;

/**
 * {@link Profile#withProcedureOf} covers every setting of a profile: each is either identity-side (kept)
 * or procedure-side (taken from the other profile), and a setting added to {@link Profile} fails this
 * test until it is put on one side.
 */
class ProfileProcedureTest {
  /** Settings that stay with the profile whose procedure is replaced. */
  private static final Set<String> IDENTITY =
      Set.of(
          "id",
          "name",
          "zone",
          "catalogue",
          "tiers",
          "publicFundsSupervisorKinds",
          "supervisorKinds",
          "ruleSettings",
          "dutyKinds",
          "forbiddenRoles",
          "linkedMembersRequired");

  /** Settings taken from the other profile. */
  private static final Set<String> PROCEDURE =
      Set.of(
          "stepPlan",
          "meetingStages",
          "quorums",
          "decisionRules",
          "entryDecisionRules",
          "speakingTimeLimit",
          "minimumPublicity",
          "onlineMaxAffectedUnits",
          "urgentWindow",
          "problemSolutionWindow",
          "progressPublicityInterval",
          "revisitWindow",
          "appraisalScale",
          "reopenOnPoorAppraisal",
          "minRoundsBeforeShelving",
          "escalationFollowUpWindow",
          "hotlineReplyWindow",
          "hotlineHandlingWindow",
          "shelvedExplanationWindow",
          "recommendationNoticeWindow",
          "riskAssessedSizes",
          "riskAssessedEntries",
          "requiredPartyActs");

  /**
   * The settings of a profile: its public accessors without parameters that the generated immutable
   * class implements (abstract attributes and attributes with a default alike).
   */
  private static Set<String> settings() {
    Set<String> generated =
        Arrays.stream(ImmutableProfile.class.getDeclaredMethods())
            .filter(m -> m.getParameterCount() == 0)
            .map(Method::getName)
            .collect(Collectors.toSet());
    return Arrays.stream(Profile.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0)
        .map(Method::getName)
        .filter(generated::contains)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Object get(Profile profile, String setting) {
    try {
      return Profile.class.getMethod(setting).invoke(profile);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(setting, e);
    }
  }

  /** A profile that differs from Jinan's in every setting. */
  private static Profile unlikeJinan() {
    Profile jinan = Profiles.jinan();
    TopicCatalogue catalogue =
        new TopicCatalogue.Builder()
            .addAllCategories(jinan.catalogue().categories())
            .addEntries(jinan.catalogue().entry(Profiles.LIFT_INSTALLATION).get())
            .build();
    return new Profile.Builder()
        .id("donor")
        .name(LocalizedText.of("程序来源", "procedure donor"))
        .zone(ZoneOffset.UTC)
        .catalogue(catalogue)
        .addAllTiers(Profiles.haidian().tiers())
        .addPublicFundsSupervisorKinds(PartyKind.AUDIT)
        .addSupervisorKinds(PartyKind.AUDIT)
        .addRuleSettings(RuleSetting.off(RuleCodes.STEP_ORDER))
        .stepPlan(Profiles.haidian().stepPlan())
        .addMeetingStages(MeetingStage.SIGN_IN)
        .putQuorum(MatterSize.MAJOR, Quorum.ofCount(3))
        .putDecisionRule(MatterSize.MAJOR, MajorityRule.simple(Base.CAST))
        .putEntryDecisionRule(Profiles.LIFT_INSTALLATION, MajorityRule.simple(Base.CAST))
        .speakingTimeLimit(Duration.ofMinutes(7))
        .minimumPublicity(Duration.ofDays(3))
        .onlineMaxAffectedUnits(jinan.onlineMaxAffectedUnits() + 4)
        .urgentWindow(Duration.ofHours(12))
        .problemSolutionWindow(Duration.ofHours(24))
        .progressPublicityInterval(Duration.ofDays(14))
        .revisitWindow(Duration.ofDays(10))
        .appraisalScale(AppraisalScale.of(0, 10, 4))
        .reopenOnPoorAppraisal(!jinan.reopenOnPoorAppraisal())
        .minRoundsBeforeShelving(jinan.minRoundsBeforeShelving() + 2)
        .escalationFollowUpWindow(Duration.ofDays(7))
        .hotlineReplyWindow(Duration.ofHours(2))
        .hotlineHandlingWindow(Duration.ofDays(3))
        .shelvedExplanationWindow(Duration.ofDays(2))
        .recommendationNoticeWindow(Duration.ofDays(4))
        .addRiskAssessedSizes(MatterSize.MAJOR)
        .addRiskAssessedEntries(Profiles.LIFT_INSTALLATION)
        .addRequiredPartyActs(PartyActKind.SET_PROCEDURE)
        .addDutyKinds(DutyKind.of("works", LocalizedText.of("施工", "works"), PartyKind.PROPERTY_COMPANY))
        .addForbiddenRoles(
            ForbiddenRoles.of(
                PartyKind.PROPERTY_COMPANY, org.shangliang.deliberation.party.RecordRole.CHAIR))
        .linkedMembersRequired(true)
        .build();
  }

  @Test
  void putsEverySettingOnExactlyOneSide() {
    assertThat(IDENTITY).doesNotContainAnyElementsOf(PROCEDURE);
    assertThat(settings())
        .as("every setting of Profile is listed as identity or procedure")
        .containsExactlyInAnyOrderElementsOf(
            Stream.concat(IDENTITY.stream(), PROCEDURE.stream()).collect(Collectors.toSet()));
  }

  @Test
  void takesEveryProcedureSettingFromTheOtherProfileAndKeepsEveryIdentitySetting() {
    Profile jinan = Profiles.jinan();
    Profile donor = unlikeJinan();
    for (String setting : settings()) {
      assertThat(get(donor, setting)).as("the donor's %s differs", setting).isNotEqualTo(get(jinan, setting));
    }
    Profile copy = jinan.withProcedureOf(donor);
    for (String setting : PROCEDURE) {
      assertThat(get(copy, setting)).as(setting).isEqualTo(get(donor, setting));
    }
    for (String setting : IDENTITY) {
      assertThat(get(copy, setting)).as(setting).isEqualTo(get(jinan, setting));
    }
  }
}
