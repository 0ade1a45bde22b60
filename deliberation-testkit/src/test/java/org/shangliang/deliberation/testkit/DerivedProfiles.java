package org.shangliang.deliberation.testkit;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.decision.Base;
import org.shangliang.deliberation.decision.Consensus;
import org.shangliang.deliberation.decision.Fraction;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.decision.Quorum;
import org.shangliang.deliberation.decision.RestrictedVote;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.outcome.AppraisalScale;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.RecordRole;
import org.shangliang.deliberation.process.Step;
import org.shangliang.deliberation.process.StepPlan;
import org.shangliang.deliberation.process.StepRole;
import org.shangliang.deliberation.profile.DutyKind;
import org.shangliang.deliberation.profile.ForbiddenRoles;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.RuleSetting;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.tier.Cadence;
import org.shangliang.deliberation.tier.NonWorkingDayRule;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.topic.CatalogueEntry;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.TopicCatalogue;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.validation.Severity;

/**
 * A profile a city writes itself, sharing no data with the built-ins: its own categories and
 * entries, three tiers from the grid up with a weekly grid meeting, a four-step plan, five of the
 * seven stages, its own quorums and decision rules (consensus, a strict two-thirds of the eligible,
 * a vote restricted to resident representatives for one entry), its own windows, an appraisal
 * scale of 0 to 10, another zone, one rule at another severity and one switched off; a risk
 * assessment before the decision of every major matter and of every bicycle-shed entry, whatever its
 * size (the only profile of the tests that requires one, so that risk.* can be broken); a list of
 * powers and duties of three duty kinds, a negative list for stakeholders and property companies, and
 * linked party members required to take part.
 */
final class DerivedProfiles {
  private DerivedProfiles() {}

  static final String SHARED_SPACES = "shared-spaces";
  static final String NEIGHBOURHOOD_SERVICES = "neighbourhood-services";

  private static final Profile CUSTOM = build();

  static Profile custom() {
    return CUSTOM;
  }

  private static Profile build() {
    TopicCatalogue catalogue =
        new TopicCatalogue.Builder()
            .addCategory(
                new TopicCategory.Builder()
                    .id(SHARED_SPACES)
                    .name(LocalizedText.of("公共空间类", "shared spaces"))
                    .addRequiredPartyKind(PartyKind.PARTY_ORGANISATION)
                    .addRequiredPartyKind(PartyKind.RESIDENT_REPRESENTATIVE)
                    .build())
            .addCategory(
                new TopicCategory.Builder()
                    .id(NEIGHBOURHOOD_SERVICES)
                    .name(LocalizedText.of("邻里服务类", "neighbourhood services"))
                    .addRequiredPartyKind(PartyKind.RESIDENTS_COMMITTEE)
                    .addRequiredPartyKind(PartyKind.SOCIAL_ORGANISATION)
                    .build())
            .addEntry(
                entry("green-space", SHARED_SPACES, "绿地改造", "green space", MatterSize.MAJOR,
                    PartyKind.PROPERTY_COMPANY))
            .addEntry(
                entry("bicycle-shed", SHARED_SPACES, "车棚管理", "bicycle shed", MatterSize.MINOR))
            .addEntry(
                entry("child-care", NEIGHBOURHOOD_SERVICES, "托育服务", "child care",
                    MatterSize.MAJOR, PartyKind.EXPERT))
            .build();
    return new Profile.Builder()
        .id("example-city")
        .name(LocalizedText.of("示例市 邻里议事规程", "Example City neighbourhood deliberation"))
        .zone(ZoneId.of("Asia/Urumqi"))
        .catalogue(catalogue)
        .addTier(
            new TierRule.Builder()
                .level(TierLevel.GRID)
                .body(LocalizedText.of("网格议事会", "grid council"))
                .convenerKind(PartyKind.RESIDENTS_COMMITTEE)
                .cadence(Cadence.weekly(DayOfWeek.WEDNESDAY, NonWorkingDayRule.KEEP))
                .addMatterSizes(MatterSize.MINOR, MatterSize.URGENT)
                .escalatesTo(TierLevel.COMMUNITY)
                .build())
        .addTier(
            new TierRule.Builder()
                .level(TierLevel.COMMUNITY)
                .body(LocalizedText.of("社区议事会", "community council"))
                .convenerKind(PartyKind.PARTY_ORGANISATION)
                .cadence(Cadence.monthly(20, NonWorkingDayRule.NEXT_WORKING_DAY))
                .addMatterSizes(MatterSize.values())
                .escalatesTo(TierLevel.DISTRICT)
                .build())
        .addTier(
            new TierRule.Builder()
                .level(TierLevel.DISTRICT)
                .body(LocalizedText.of("区议事协调会", "district coordination council"))
                .convenerKind(PartyKind.GOVERNMENT_DEPARTMENT)
                .cadence(Cadence.onDemand())
                .addMatterSizes(MatterSize.values())
                .build())
        .stepPlan(
            new StepPlan.Builder()
                .name(LocalizedText.of("四步", "four steps"))
                .addStep(Step.of("gather", LocalizedText.of("收集", "gather"), StepRole.PREPARE))
                .addStep(Step.of("talk", LocalizedText.of("商议", "talk it over"), StepRole.DELIBERATE))
                .addStep(Step.of("act", LocalizedText.of("办理", "act"), StepRole.CARRY_OUT))
                .addStep(Step.of("review", LocalizedText.of("回顾", "review"), StepRole.EVALUATE))
                .build())
        .addMeetingStages(
            MeetingStage.SIGN_IN,
            MeetingStage.EXPLAIN_TOPIC,
            MeetingStage.DISCUSSION,
            MeetingStage.FORM_RESULT,
            MeetingStage.PUBLICISE_RESULT)
        .putQuorum(MatterSize.MAJOR, Quorum.ofInvited(Fraction.of(3, 4)))
        .putQuorum(MatterSize.MINOR, Quorum.ofCount(4))
        .putQuorum(MatterSize.URGENT, Quorum.ofCount(2))
        .putDecisionRule(
            MatterSize.MAJOR, MajorityRule.supermajority(Fraction.of(2, 3), true, Base.ELIGIBLE))
        .putDecisionRule(MatterSize.MINOR, MajorityRule.simple(Base.CAST))
        .putDecisionRule(MatterSize.URGENT, Consensus.strict())
        .putEntryDecisionRule(
            "bicycle-shed",
            RestrictedVote.of(PartyKind.RESIDENT_REPRESENTATIVE, MajorityRule.simple(Base.PRESENT)))
        .addPublicFundsSupervisorKinds(PartyKind.AUDIT)
        .addSupervisorKinds(
            PartyKind.RESIDENT_REPRESENTATIVE, PartyKind.PEOPLES_CONGRESS_DEPUTY, PartyKind.STAKEHOLDER)
        .speakingTimeLimit(Duration.ofMinutes(3))
        .minimumPublicity(Duration.ofDays(5))
        .onlineMaxAffectedUnits(2)
        .urgentWindow(Duration.ofHours(72))
        .problemSolutionWindow(Duration.ofHours(36))
        .progressPublicityInterval(Duration.ofDays(14))
        .revisitWindow(Duration.ofDays(21))
        .appraisalScale(AppraisalScale.of(0, 10, 4))
        .reopenOnPoorAppraisal(true)
        .minRoundsBeforeShelving(3)
        .escalationFollowUpWindow(Duration.ofDays(10))
        .hotlineReplyWindow(Duration.ofHours(12))
        .hotlineHandlingWindow(Duration.ofDays(5))
        .shelvedExplanationWindow(Duration.ofHours(36))
        .recommendationNoticeWindow(Duration.ofDays(3))
        .addRiskAssessedSizes(MatterSize.MAJOR)
        .addRiskAssessedEntries("bicycle-shed")
        .addDutyKinds(
            DutyKind.of(
                "publicity",
                LocalizedText.of("公开公示", "publicity"),
                PartyKind.RESIDENTS_COMMITTEE,
                PartyKind.PARTY_ORGANISATION),
            DutyKind.of(
                "coordination",
                LocalizedText.of("协调推进", "coordination"),
                PartyKind.PARTY_ORGANISATION,
                PartyKind.GOVERNMENT_DEPARTMENT),
            DutyKind.of(
                "works",
                LocalizedText.of("工程施工组织", "organising works"),
                PartyKind.PROPERTY_COMPANY,
                PartyKind.GOVERNMENT_DEPARTMENT))
        .addForbiddenRoles(
            ForbiddenRoles.of(
                PartyKind.STAKEHOLDER, RecordRole.CONVENER, RecordRole.OBSERVER, RecordRole.RESPONSIBLE),
            ForbiddenRoles.of(
                PartyKind.PROPERTY_COMPANY,
                RecordRole.RECORDER,
                RecordRole.OBSERVER,
                RecordRole.RESPONSIBLE))
        .linkedMembersRequired(true)
        .addAllRuleSettings(
            List.of(
                RuleSetting.severity(RuleCodes.MEETING_SPEAKING_TIME_EXCEEDED, Severity.WARNING),
                RuleSetting.off(RuleCodes.TIMING_NOT_REGULAR_DATE)))
        .build();
  }

  private static CatalogueEntry entry(
      String id, String category, String zh, String en, MatterSize size, PartyKind... required) {
    return new CatalogueEntry.Builder()
        .id(id)
        .category(category)
        .name(LocalizedText.of(zh, en))
        .defaultMatterSize(size)
        .addRequiredPartyKinds(required)
        .build();
  }
}
