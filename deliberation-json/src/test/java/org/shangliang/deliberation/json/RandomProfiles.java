package org.shangliang.deliberation.json;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.outcome.AppraisalScale;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.RecordRole;
import org.shangliang.deliberation.process.PartyActKind;
import org.shangliang.deliberation.process.Step;
import org.shangliang.deliberation.process.StepPlan;
import org.shangliang.deliberation.process.StepRole;
import org.shangliang.deliberation.profile.DutyKind;
import org.shangliang.deliberation.profile.ForbiddenRoles;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.profile.RuleSetting;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.testkit.Generators;
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
 * Profiles for round trips: either one of the built-in procedures with some of its properties
 * replaced, dropped or emptied (written as extensions), or a profile of random parts with its own
 * catalogue (written in full).
 */
final class RandomProfiles {
  private static final List<Profile> BASES =
      List.of(Profiles.jinan(), Profiles.haidian(), Profiles.bishan());

  private RandomProfiles() {}

  static Profile generate(RandomGenerator random) {
    Optional<Profile> base =
        random.nextInt(3) == 0
            ? Optional.empty()
            : Optional.of(BASES.get(random.nextInt(BASES.size())));
    // how often a property of the base is replaced
    int change = base.isPresent() ? 1 + random.nextInt(4) : 10;
    TopicCatalogue catalogue =
        base.isPresent() && !chance(random, change) ? base.get().catalogue() : catalogue(random);
    Profile.Builder profile =
        new Profile.Builder()
            .id("p" + random.nextInt(1000))
            .name(text(random, "profile"))
            .catalogue(catalogue);
    Profile from = base.orElse(null);
    profile.zone(
        keep(random, from, change)
            ? from.zone()
            : List.of(Profile.DEFAULT_ZONE, ZoneId.of("Asia/Urumqi"), ZoneId.of("Asia/Hong_Kong"))
                .get(random.nextInt(3)));
    profile.addAllTiers(
        keep(random, from, change) && from.catalogue().equals(catalogue)
            ? from.tiers()
            : tiers(random, catalogue));
    profile.addAllPublicFundsSupervisorKinds(
        keep(random, from, change) ? from.publicFundsSupervisorKinds() : kinds(random));
    profile.addAllRuleSettings(keep(random, from, change) ? from.ruleSettings() : settings(random));
    profile.stepPlan(
        keep(random, from, change) ? from.stepPlan() : maybe(random, () -> stepPlan(random)));
    profile.addAllMeetingStages(keep(random, from, change) ? from.meetingStages() : stages(random));
    if (keep(random, from, change)) {
      profile.putAllQuorums(from.quorums());
    } else {
      for (MatterSize size : MatterSize.values()) {
        if (random.nextBoolean()) {
          profile.putQuorum(size, Generators.quorums().generate(random, 20));
        }
      }
    }
    if (keep(random, from, change)) {
      profile.putAllDecisionRules(from.decisionRules());
    } else {
      for (MatterSize size : MatterSize.values()) {
        if (random.nextBoolean()) {
          profile.putDecisionRule(
              size, Generators.anyDecisionRules(List.of(PartyKind.values())).generate(random, 20));
        }
      }
    }
    if (keep(random, from, change) && from.catalogue().equals(catalogue)) {
      profile.putAllEntryDecisionRules(from.entryDecisionRules());
    } else {
      for (CatalogueEntry entry : catalogue.entries()) {
        if (random.nextInt(3) == 0) {
          profile.putEntryDecisionRule(
              entry.id(),
              Generators.anyDecisionRules(List.of(PartyKind.values())).generate(random, 20));
        }
      }
    }
    profile.speakingTimeLimit(
        keep(random, from, change) ? from.speakingTimeLimit() : window(random));
    profile.minimumPublicity(keep(random, from, change) ? from.minimumPublicity() : window(random));
    profile.onlineMaxAffectedUnits(
        keep(random, from, change) ? from.onlineMaxAffectedUnits() : random.nextInt(4));
    profile.urgentWindow(keep(random, from, change) ? from.urgentWindow() : window(random));
    profile.problemSolutionWindow(
        keep(random, from, change) ? from.problemSolutionWindow() : window(random));
    profile.addAllSupervisorKinds(
        keep(random, from, change) ? from.supervisorKinds() : kinds(random));
    profile.progressPublicityInterval(
        keep(random, from, change) ? from.progressPublicityInterval() : window(random));
    profile.revisitWindow(keep(random, from, change) ? from.revisitWindow() : window(random));
    profile.appraisalScale(
        keep(random, from, change)
            ? from.appraisalScale()
            : maybe(
                random,
                () -> {
                  int min = random.nextInt(3);
                  int max = min + 1 + random.nextInt(10);
                  return AppraisalScale.of(min, max, min + random.nextInt(max - min));
                }));
    profile.reopenOnPoorAppraisal(
        keep(random, from, change) ? from.reopenOnPoorAppraisal() : random.nextBoolean());
    profile.minRoundsBeforeShelving(
        keep(random, from, change) ? from.minRoundsBeforeShelving() : 1 + random.nextInt(4));
    profile.escalationFollowUpWindow(
        keep(random, from, change) ? from.escalationFollowUpWindow() : window(random));
    profile.hotlineReplyWindow(
        keep(random, from, change) ? from.hotlineReplyWindow() : window(random));
    profile.hotlineHandlingWindow(
        keep(random, from, change) ? from.hotlineHandlingWindow() : window(random));
    profile.shelvedExplanationWindow(
        keep(random, from, change) ? from.shelvedExplanationWindow() : window(random));
    profile.recommendationNoticeWindow(
        keep(random, from, change) ? from.recommendationNoticeWindow() : window(random));
    profile.addAllDutyKinds(keep(random, from, change) ? from.dutyKinds() : dutyKinds(random));
    profile.addAllForbiddenRoles(
        keep(random, from, change) ? from.forbiddenRoles() : forbiddenRoles(random));
    profile.linkedMembersRequired(
        keep(random, from, change) ? from.linkedMembersRequired() : random.nextBoolean());
    profile.addAllRequiredPartyActs(
        keep(random, from, change) ? from.requiredPartyActs() : partyActs(random));
    // drawn last, so that the properties above are what the same seed gave before
    if (!keep(random, from, change)) {
      for (MatterSize size : MatterSize.values()) {
        if (random.nextBoolean()) {
          profile.addRiskAssessedSizes(size);
        }
      }
      for (CatalogueEntry entry : catalogue.entries()) {
        if (random.nextInt(3) == 0) {
          profile.addRiskAssessedEntries(entry.id());
        }
      }
    }
    return profile.build();
  }

  private static java.util.Set<PartyActKind> partyActs(RandomGenerator random) {
    java.util.Set<PartyActKind> kinds = java.util.EnumSet.noneOf(PartyActKind.class);
    for (PartyActKind kind : PartyActKind.values()) {
      if (random.nextBoolean()) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  private static boolean chance(RandomGenerator random, int outOfTen) {
    return random.nextInt(10) < outOfTen;
  }

  private static boolean keep(RandomGenerator random, Profile from, int change) {
    return from != null && !chance(random, change);
  }

  private interface Make<T> {
    T make();
  }

  private static <T> Optional<T> maybe(RandomGenerator random, Make<T> make) {
    return random.nextInt(3) == 0 ? Optional.empty() : Optional.of(make.make());
  }

  private static LocalizedText text(RandomGenerator random, String what) {
    int n = random.nextInt(100);
    return LocalizedText.of(what + "名" + n, what + " \"" + n + "\"");
  }

  private static Optional<Duration> window(RandomGenerator random) {
    switch (random.nextInt(5)) {
      case 0:
        return Optional.empty();
      case 1:
        return Optional.of(Duration.ofDays(1 + random.nextInt(60)));
      case 2:
        return Optional.of(Duration.ofHours(1 + random.nextInt(100)));
      case 3:
        return Optional.of(Duration.ofMinutes(1 + random.nextInt(300)));
      default:
        return Optional.of(
            Duration.ofSeconds(1 + random.nextInt(100_000), random.nextInt(3) * 250_000_000L));
    }
  }

  private static Set<PartyKind> kinds(RandomGenerator random) {
    Set<PartyKind> kinds = EnumSet.noneOf(PartyKind.class);
    for (PartyKind kind : PartyKind.values()) {
      if (random.nextInt(4) == 0) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  /** Up to three duty kinds, each carried by one or more kinds of party. */
  private static List<DutyKind> dutyKinds(RandomGenerator random) {
    List<DutyKind> duties = new ArrayList<>();
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      Set<PartyKind> carriers = kinds(random);
      carriers.add(any(random, PartyKind.values()));
      duties.add(
          new DutyKind.Builder()
              .id("duty-" + i)
              .label(text(random, "职责"))
              .addAllCarriers(carriers)
              .build());
    }
    return duties;
  }

  /** A negative-list line for about one kind of party in eight, each forbidding one or more roles. */
  private static List<ForbiddenRoles> forbiddenRoles(RandomGenerator random) {
    List<ForbiddenRoles> lines = new ArrayList<>();
    for (PartyKind kind : PartyKind.values()) {
      if (random.nextInt(8) == 0) {
        Set<RecordRole> roles = EnumSet.noneOf(RecordRole.class);
        for (RecordRole role : RecordRole.values()) {
          if (random.nextInt(3) == 0) {
            roles.add(role);
          }
        }
        roles.add(any(random, RecordRole.values()));
        lines.add(new ForbiddenRoles.Builder().kind(kind).addAllRoles(roles).build());
      }
    }
    return lines;
  }

  private static <E extends Enum<E>> E any(RandomGenerator random, E[] values) {
    return values[random.nextInt(values.length)];
  }

  private static TopicCatalogue catalogue(RandomGenerator random) {
    TopicCatalogue.Builder catalogue = new TopicCatalogue.Builder();
    int categories = 1 + random.nextInt(3);
    for (int i = 0; i < categories; i++) {
      catalogue.addCategory(
          new TopicCategory.Builder()
              .id("category-" + i)
              .name(text(random, "类"))
              .addAllRequiredPartyKinds(kinds(random))
              .build());
    }
    int entries = random.nextInt(5);
    for (int i = 0; i < entries; i++) {
      catalogue.addEntry(
          new CatalogueEntry.Builder()
              .id("entry-" + i)
              .category("category-" + random.nextInt(categories))
              .name(text(random, "项"))
              .defaultMatterSize(any(random, MatterSize.values()))
              .addAllRequiredPartyKinds(kinds(random))
              .build());
    }
    return catalogue.build();
  }

  private static List<TierRule> tiers(RandomGenerator random, TopicCatalogue catalogue) {
    List<TierLevel> levels = new ArrayList<>();
    for (TierLevel level : TierLevel.values()) {
      if (random.nextBoolean()) {
        levels.add(level);
      }
    }
    Collections.shuffle(levels, new java.util.Random(random.nextLong()));
    List<TierRule> tiers = new ArrayList<>();
    for (TierLevel level : levels) {
      TierRule.Builder tier =
          new TierRule.Builder()
              .level(level)
              .body(text(random, "会"))
              .convenerKind(any(random, PartyKind.values()))
              .cadence(cadence(random));
      Set<MatterSize> sizes = EnumSet.noneOf(MatterSize.class);
      while (sizes.isEmpty()) {
        for (MatterSize size : MatterSize.values()) {
          if (random.nextBoolean()) {
            sizes.add(size);
          }
        }
      }
      tier.addAllMatterSizes(sizes);
      for (TopicCategory category : catalogue.categories()) {
        if (random.nextInt(3) == 0) {
          tier.addCategory(category.id());
        }
      }
      List<TierLevel> higher = new ArrayList<>();
      for (TierLevel other : TierLevel.values()) {
        if (other.isHigherThan(level)) {
          higher.add(other);
        }
      }
      if (!higher.isEmpty() && random.nextBoolean()) {
        tier.escalatesTo(higher.get(random.nextInt(higher.size())));
      }
      tiers.add(tier.build());
    }
    return tiers;
  }

  private static Cadence cadence(RandomGenerator random) {
    switch (random.nextInt(3)) {
      case 0:
        return Cadence.onDemand();
      case 1:
        return Cadence.monthly(1 + random.nextInt(31), any(random, NonWorkingDayRule.values()));
      default:
        return Cadence.weekly(
            any(random, DayOfWeek.values()), any(random, NonWorkingDayRule.values()));
    }
  }

  private static List<RuleSetting> settings(RandomGenerator random) {
    List<RuleSetting> settings = new ArrayList<>();
    if (random.nextBoolean()) {
      settings.add(RuleSetting.off(RuleCodes.MEETING_QUORUM_NOT_MET));
    }
    if (random.nextBoolean()) {
      settings.add(
          RuleSetting.severity(
              RuleCodes.MEETING_SPEAKING_TIME_EXCEEDED, any(random, Severity.values())));
    }
    if (random.nextBoolean()) {
      settings.add(RuleSetting.off(RuleCodes.TIMING_NOT_REGULAR_DATE));
    }
    Collections.shuffle(settings, new java.util.Random(random.nextLong()));
    return settings;
  }

  private static StepPlan stepPlan(RandomGenerator random) {
    StepPlan.Builder plan = new StepPlan.Builder().name(text(random, "步"));
    int steps = 1 + random.nextInt(9);
    for (int i = 0; i < steps; i++) {
      plan.addStep(Step.of("step-" + i, text(random, "步"), any(random, StepRole.values())));
    }
    return plan.build();
  }

  private static List<MeetingStage> stages(RandomGenerator random) {
    List<MeetingStage> stages = new ArrayList<>();
    for (MeetingStage stage : MeetingStage.values()) {
      if (random.nextBoolean()) {
        stages.add(stage);
      }
    }
    Collections.shuffle(stages, new java.util.Random(random.nextLong()));
    return stages;
  }
}
