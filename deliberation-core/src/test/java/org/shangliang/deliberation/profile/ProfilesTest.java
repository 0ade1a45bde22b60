package org.shangliang.deliberation.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.decision.Base;
import org.shangliang.deliberation.decision.Fraction;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.decision.Quorum;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.process.Step;
import org.shangliang.deliberation.process.StepPlan;
import org.shangliang.deliberation.process.StepRole;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.tier.Cadence;
import org.shangliang.deliberation.tier.NonWorkingDayRule;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.SourceKind;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.topic.TopicSource;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.Severity;

class ProfilesTest {
  private static final LocalizedText OTHER_NAME = LocalizedText.of("历下区规程", "Lixia procedure");

  private static Topic topic(Optional<String> entry, MatterSize size) {
    return new Topic.Builder()
        .id(TopicId.of("t-1"))
        .title("3号楼加装电梯")
        .category(TopicCategory.PUBLIC_AFFAIRS)
        .catalogueEntry(entry)
        .matterSize(size)
        .addAffectedUnit(UnitId.of("dianliu-1.b3"))
        .source(TopicSource.of(SourceKind.RESIDENT_PROPOSAL))
        .raisedAt(Instant.parse("2026-10-20T01:00:00Z"))
        .build();
  }

  private static List<String> stepIds(Profile profile) {
    return profile.stepPlan().get().steps().stream().map(Step::id).collect(Collectors.toList());
  }

  private static List<StepRole> stepRoles(Profile profile) {
    return profile.stepPlan().get().steps().stream().map(Step::role).collect(Collectors.toList());
  }

  private static List<TierLevel> levels(Profile profile) {
    return profile.tiers().stream().map(TierRule::level).collect(Collectors.toList());
  }

  // ids and identity

  @Test
  void namesEachBuiltInProfileByItsId() {
    assertThat(Profiles.jinan().id()).isEqualTo("jinan");
    assertThat(Profiles.haidian().id()).isEqualTo("haidian");
    assertThat(Profiles.bishan().id()).isEqualTo("bishan");
    assertThat(Profiles.jinanOwnersExample().id()).isEqualTo("jinan-owners-example");
    assertThat(Profiles.jinan().name().zh()).contains("三个一");
    assertThat(Profiles.haidian().name().zh()).contains("大家商量着办");
    assertThat(Profiles.bishan().name().zh()).contains("院坝会");
  }

  @Test
  void returnsTheSameValueOnEveryCall() {
    assertThat(Profiles.jinan()).isSameAs(Profiles.jinan());
    assertThat(Profiles.haidian()).isEqualTo(Profiles.haidian());
    assertThat(Profiles.bishan()).isEqualTo(Profiles.bishan());
  }

  // Jinan

  @Test
  void givesJinanTheFiveSteps() {
    assertThat(Profiles.jinan().stepPlan().get().name().zh()).isEqualTo("五步");
    assertThat(stepIds(Profiles.jinan()))
        .containsExactly("identify-parties", "set-topic", "deliberate", "carry-out", "evaluate");
    assertThat(stepRoles(Profiles.jinan()))
        .containsExactly(
            StepRole.PREPARE, StepRole.SET_TOPIC, StepRole.DELIBERATE, StepRole.CARRY_OUT,
            StepRole.EVALUATE);
  }

  @Test
  void givesJinanTheSevenStagesInOrder() {
    assertThat(Profiles.jinan().meetingStages())
        .containsExactly(
            MeetingStage.SIGN_IN,
            MeetingStage.EXPLAIN_TOPIC,
            MeetingStage.INTRODUCE_PARTIES,
            MeetingStage.READ_RULES,
            MeetingStage.DISCUSSION,
            MeetingStage.FORM_RESULT,
            MeetingStage.PUBLICISE_RESULT);
  }

  @Test
  void givesJinanSixTiersWithTheCommunityMeetingOnThe11th() {
    Profile jinan = Profiles.jinan();
    assertThat(levels(jinan))
        .containsExactly(
            TierLevel.COURTYARD, TierLevel.GRID, TierLevel.COMMUNITY, TierLevel.SUB_DISTRICT,
            TierLevel.DISTRICT, TierLevel.CITY);
    assertThat(jinan.tier(TierLevel.COMMUNITY).get().cadence())
        .isEqualTo(Cadence.monthly(11, NonWorkingDayRule.NEXT_WORKING_DAY));
    assertThat(jinan.tiers())
        .filteredOn(t -> t.level() != TierLevel.COMMUNITY)
        .allSatisfy(t -> assertThat(t.cadence().isRegular()).isFalse());
    assertThat(jinan.tiers())
        .allSatisfy(t -> assertThat(t.convenerKind()).isEqualTo(PartyKind.PARTY_ORGANISATION));
    assertThat(jinan.tier(TierLevel.COURTYARD).get().matterSizes())
        .containsExactlyInAnyOrder(MatterSize.MINOR, MatterSize.URGENT);
    assertThat(jinan.tier(TierLevel.COMMUNITY).get().escalatesTo()).contains(TierLevel.SUB_DISTRICT);
    assertThat(jinan.tier(TierLevel.CITY).get().escalatesTo()).isEmpty();
  }

  @Test
  void givesJinanItsDefaultSettings() {
    Profile jinan = Profiles.jinan();
    assertThat(jinan.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(jinan.speakingTimeLimit()).contains(Duration.ofMinutes(5));
    assertThat(jinan.minimumPublicity()).contains(Duration.ofDays(7));
    assertThat(jinan.urgentWindow()).contains(Duration.ofHours(48));
    assertThat(jinan.problemSolutionWindow()).isEmpty();
    assertThat(jinan.onlineMaxAffectedUnits()).isEqualTo(1);
    assertThat(jinan.ruleSettings()).isEmpty();
    assertThat(jinan.entryDecisionRules()).isEmpty();
    assertThat(jinan.publicFundsSupervisorKinds())
        .containsExactly(PartyKind.DISCIPLINE_INSPECTION, PartyKind.FINANCE, PartyKind.AUDIT);
  }

  @Test
  void givesJinanQuorumsAndDecisionRulesPerMatterSize() {
    Profile jinan = Profiles.jinan();
    assertThat(jinan.quorums())
        .containsOnly(
            Map.entry(MatterSize.MAJOR, Quorum.ofInvited(Fraction.of(2, 3))),
            Map.entry(
                MatterSize.MINOR,
                new Quorum.Builder().minimumCount(3).fraction(Fraction.half()).build()),
            Map.entry(
                MatterSize.URGENT,
                new Quorum.Builder().minimumCount(3).fraction(Fraction.half()).build()));
    assertThat(jinan.decisionRules())
        .containsOnly(
            Map.entry(MatterSize.MAJOR, MajorityRule.supermajority(Fraction.of(2, 3), false, Base.PRESENT)),
            Map.entry(MatterSize.MINOR, MajorityRule.simple(Base.DECISIVE)),
            Map.entry(MatterSize.URGENT, MajorityRule.simple(Base.DECISIVE)));
    assertThat(jinan.quorums().get(MatterSize.MAJOR).isMetBy(4, 6)).isTrue();
    assertThat(jinan.quorums().get(MatterSize.MAJOR).isMetBy(3, 6)).isFalse();
  }

  @Test
  void givesJinanTheThreeCategoriesAndTheLiftEntryAsMajor() {
    Profile jinan = Profiles.jinan();
    assertThat(jinan.catalogue().categories())
        .extracting(TopicCategory::id)
        .containsExactly(
            TopicCategory.DAILY_LIFE_AND_DISPUTES,
            TopicCategory.PUBLIC_AFFAIRS,
            TopicCategory.CARRYING_OUT_POLICY);
    assertThat(jinan.catalogue().entry(Profiles.LIFT_INSTALLATION).get().defaultMatterSize())
        .isEqualTo(MatterSize.MAJOR);
    assertThat(jinan.decisionRule(topic(Optional.of(Profiles.LIFT_INSTALLATION), MatterSize.MAJOR)))
        .contains(jinan.decisionRules().get(MatterSize.MAJOR));
  }

  // Haidian

  @Test
  void givesHaidianCollectDeliberateHandleSuperviseEvaluate() {
    Profile haidian = Profiles.haidian();
    assertThat(haidian.stepPlan().get().name().zh()).isEqualTo("集议办督评");
    assertThat(stepIds(haidian))
        .containsExactly("collect", "deliberate", "handle", "supervise", "evaluate");
    assertThat(stepRoles(haidian))
        .containsExactly(
            StepRole.PREPARE, StepRole.DELIBERATE, StepRole.CARRY_OUT, StepRole.SUPERVISE,
            StepRole.EVALUATE);
  }

  @Test
  void givesHaidianThreeOnDemandTiersAndNoFixedStages() {
    Profile haidian = Profiles.haidian();
    assertThat(levels(haidian))
        .containsExactly(TierLevel.COURTYARD, TierLevel.COMMUNITY, TierLevel.SUB_DISTRICT);
    assertThat(haidian.tiers()).allSatisfy(t -> assertThat(t.cadence().isRegular()).isFalse());
    assertThat(haidian.meetingStages()).isEmpty();
    assertThat(haidian.catalogue()).isEqualTo(Profiles.jinan().catalogue());
    assertThat(haidian.quorums()).isEqualTo(Profiles.jinan().quorums());
    assertThat(haidian.decisionRules()).isEqualTo(Profiles.jinan().decisionRules());
    assertThat(haidian.speakingTimeLimit()).isEqualTo(Profiles.jinan().speakingTimeLimit());
    assertThat(haidian.minimumPublicity()).isEqualTo(Profiles.jinan().minimumPublicity());
    assertThat(haidian.urgentWindow()).isEqualTo(Profiles.jinan().urgentWindow());
    assertThat(haidian.problemSolutionWindow()).isEmpty();
  }

  // Bishan

  @Test
  void givesBishanTheTwentyFourHourProblemWindow() {
    assertThat(Profiles.bishan().problemSolutionWindow()).contains(Duration.ofHours(24));
  }

  @Test
  void givesBishanThreeTiersOfCourtyardMeetings() {
    Profile bishan = Profiles.bishan();
    assertThat(levels(bishan))
        .containsExactly(TierLevel.COURTYARD, TierLevel.COMMUNITY, TierLevel.SUB_DISTRICT);
    assertThat(bishan.tiers()).allSatisfy(t -> assertThat(t.cadence().isRegular()).isFalse());
    assertThat(bishan.tier(TierLevel.COURTYARD).get().matterSizes())
        .containsExactlyInAnyOrder(MatterSize.MINOR, MatterSize.URGENT);
    assertThat(bishan.tier(TierLevel.COMMUNITY).get().matterSizes())
        .containsExactlyInAnyOrder(MatterSize.values());
    assertThat(bishan.tier(TierLevel.GRID)).isEmpty();
  }

  @Test
  void givesBishanNoStepPlanStagesOrTimeLimitsButThe24Hours() {
    Profile bishan = Profiles.bishan();
    assertThat(bishan.stepPlan()).isEmpty();
    assertThat(bishan.meetingStages()).isEmpty();
    assertThat(bishan.speakingTimeLimit()).isEmpty();
    assertThat(bishan.minimumPublicity()).isEmpty();
    assertThat(bishan.urgentWindow()).isEmpty();
    assertThat(bishan.quorums()).isEqualTo(Profiles.jinan().quorums());
    assertThat(bishan.decisionRules()).isEqualTo(Profiles.jinan().decisionRules());
  }

  // the owners' example

  @Test
  void decidesTheLiftEntryByTheOwnersRuleInTheExample() {
    Profile example = Profiles.jinanOwnersExample();
    assertThat(example.entryDecisionRules())
        .containsExactly(Map.entry(Profiles.LIFT_INSTALLATION, Profiles.ownersMajorMatterRule()));
    assertThat(example.decisionRule(topic(Optional.of(Profiles.LIFT_INSTALLATION), MatterSize.MAJOR)))
        .contains(Profiles.ownersMajorMatterRule());
    assertThat(example.decisionRule(topic(Optional.of(Profiles.PARKING), MatterSize.MAJOR)))
        .contains(Profiles.jinan().decisionRules().get(MatterSize.MAJOR));
    assertThat(example.decisionRule(topic(Optional.empty(), MatterSize.MINOR)))
        .contains(MajorityRule.simple(Base.DECISIVE));
  }

  @Test
  void differsFromJinanOnlyInIdentityAndTheLiftRule() {
    Profile example = Profiles.jinanOwnersExample();
    assertThat(example)
        .isEqualTo(
            Profiles.jinan()
                .withIdentity(example.id(), example.name())
                .withEntryDecisionRules(example.entryDecisionRules()));
    assertThat(example.name().zh()).contains("示例");
  }

  @Test
  void makesTheOwnersRuleTwoThirdsTakingPartAndThreeQuartersApproving() {
    MajorityRule heads = Profiles.ownersMajorMatterRule().headcount();
    MajorityRule weight = Profiles.ownersMajorMatterRule().weight();
    assertThat(heads.participation().get().fraction()).isEqualTo(Fraction.of(2, 3));
    assertThat(heads.approval().fraction()).isEqualTo(Fraction.of(3, 4));
    assertThat(heads.approval().base()).isEqualTo(Base.CAST);
    assertThat(weight.participation().get().fraction()).isEqualTo(Fraction.of(2, 3));
    assertThat(weight.approval().fraction()).isEqualTo(Fraction.of(3, 4));
  }

  // copies

  @Test
  void copiesWithAnotherIdentityOnly() {
    Profile jinan = Profiles.jinan();
    Profile copy = jinan.withIdentity("lixia", OTHER_NAME);
    assertThat(copy.id()).isEqualTo("lixia");
    assertThat(copy.name()).isEqualTo(OTHER_NAME);
    assertThat(copy).isNotEqualTo(jinan);
    assertThat(copy.withIdentity(jinan.id(), jinan.name())).isEqualTo(jinan);
    assertThat(jinan.id()).isEqualTo("jinan");
  }

  @Test
  void copiesWithOtherRuleSettingsOnly() {
    Profile jinan = Profiles.jinan();
    List<RuleSetting> settings =
        List.of(
            RuleSetting.off(RuleCodes.STEP_STARTED_EARLY),
            RuleSetting.severity(RuleCodes.MEETING_SPEAKING_TIME_EXCEEDED, Severity.ERROR));
    Profile copy = jinan.withRuleSettings(settings);
    assertThat(copy.ruleSettings()).containsExactlyElementsOf(settings);
    assertThat(copy.ruleSetting(RuleCodes.STEP_STARTED_EARLY).get().enabled()).isFalse();
    assertThat(copy).isNotEqualTo(jinan);
    assertThat(copy.withRuleSettings(jinan.ruleSettings())).isEqualTo(jinan);
    assertThat(jinan.ruleSettings()).isEmpty();
  }

  @Test
  void copiesWithTheProcedureOfAnotherProfileOnly() {
    Profile jinan = Profiles.jinan();
    Profile haidian = Profiles.haidian();
    Profile copy = jinan.withProcedureOf(haidian);
    assertThat(copy.stepPlan()).isEqualTo(haidian.stepPlan());
    assertThat(copy.meetingStages()).isEqualTo(haidian.meetingStages());
    assertThat(copy.quorums()).isEqualTo(haidian.quorums());
    assertThat(copy.decisionRules()).isEqualTo(haidian.decisionRules());
    assertThat(copy.entryDecisionRules()).isEqualTo(haidian.entryDecisionRules());
    assertThat(copy.speakingTimeLimit()).isEqualTo(haidian.speakingTimeLimit());
    assertThat(copy.minimumPublicity()).isEqualTo(haidian.minimumPublicity());
    assertThat(copy.onlineMaxAffectedUnits()).isEqualTo(haidian.onlineMaxAffectedUnits());
    assertThat(copy.urgentWindow()).isEqualTo(haidian.urgentWindow());
    assertThat(copy.problemSolutionWindow()).isEqualTo(haidian.problemSolutionWindow());
    assertThat(copy.id()).isEqualTo(jinan.id());
    assertThat(copy.name()).isEqualTo(jinan.name());
    assertThat(copy.zone()).isEqualTo(jinan.zone());
    assertThat(copy.catalogue()).isEqualTo(jinan.catalogue());
    assertThat(copy.tiers()).isEqualTo(jinan.tiers());
    assertThat(copy.publicFundsSupervisorKinds()).isEqualTo(jinan.publicFundsSupervisorKinds());
    assertThat(copy.ruleSettings()).isEqualTo(jinan.ruleSettings());
    assertThat(copy).isNotEqualTo(jinan);
    assertThat(copy.withProcedureOf(jinan)).isEqualTo(jinan);
  }

  @Test
  void takesBishansProblemWindowWithItsProcedure() {
    Profile copy = Profiles.jinan().withProcedureOf(Profiles.bishan());
    assertThat(copy.problemSolutionWindow()).contains(Duration.ofHours(24));
    assertThat(copy.stepPlan()).isEmpty();
    assertThat(copy.tiers()).isEqualTo(Profiles.jinan().tiers());
  }

  @Test
  void takesAnyOrderedStepPlanWithTheProcedure() {
    StepPlan nine =
        new StepPlan.Builder()
            .name(LocalizedText.of("九步法（示例）", "nine steps (example)"))
            .addStep(Step.of("s1", LocalizedText.of("一", "one"), StepRole.PREPARE))
            .addStep(Step.of("s2", LocalizedText.of("二", "two"), StepRole.OTHER))
            .addStep(Step.of("s3", LocalizedText.of("三", "three"), StepRole.OTHER))
            .addStep(Step.of("s4", LocalizedText.of("四", "four"), StepRole.OTHER))
            .addStep(Step.of("s5", LocalizedText.of("五", "five"), StepRole.DELIBERATE))
            .addStep(Step.of("s6", LocalizedText.of("六", "six"), StepRole.OTHER))
            .addStep(Step.of("s7", LocalizedText.of("七", "seven"), StepRole.CARRY_OUT))
            .addStep(Step.of("s8", LocalizedText.of("八", "eight"), StepRole.SUPERVISE))
            .addStep(Step.of("s9", LocalizedText.of("九", "nine"), StepRole.EVALUATE))
            .build();
    Profile donor =
        new Profile.Builder()
            .id("nine")
            .name(nine.name())
            .catalogue(Profiles.jinan().catalogue())
            .stepPlan(nine)
            .build();
    Profile copy = Profiles.jinan().withProcedureOf(donor);
    assertThat(copy.stepPlan()).contains(nine);
    assertThat(copy.stepPlan().get().indexOf("s9")).contains(8);
    assertThat(copy.meetingStages()).isEmpty();
  }
}
