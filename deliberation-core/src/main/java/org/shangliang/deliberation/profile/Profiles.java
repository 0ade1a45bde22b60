package org.shangliang.deliberation.profile;

import java.time.Duration;
import java.util.Map;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.decision.Base;
import org.shangliang.deliberation.decision.DecisionRule;
import org.shangliang.deliberation.decision.DoubleThreshold;
import org.shangliang.deliberation.decision.Fraction;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.decision.Measure;
import org.shangliang.deliberation.decision.Participation;
import org.shangliang.deliberation.decision.Quorum;
import org.shangliang.deliberation.decision.Threshold;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.outcome.AppraisalScale;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.process.PartyActKind;
import org.shangliang.deliberation.process.Step;
import org.shangliang.deliberation.process.StepPlan;
import org.shangliang.deliberation.process.StepRole;
import org.shangliang.deliberation.tier.Cadence;
import org.shangliang.deliberation.tier.NonWorkingDayRule;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.topic.CatalogueEntry;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.TopicCatalogue;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.unit.TierLevel;

/**
 * The built-in profiles: {@link #jinan()}, {@link #haidian()}, {@link #bishan()}, and one example
 * ({@link #jinanOwnersExample()}). Each is built from its source article (docs/domain.md
 * "Sources"); where the articles give no number or list, the profile uses a default that its
 * Javadoc marks <b>(default)</b>, and a city may change it with {@link Profile.Builder} or the
 * {@code with…} copies of {@link Profile}. docs/domain.md "Profiles and defaults" tabulates them.
 */
public final class Profiles {
  /** Id of the catalogue entry 加装电梯, lift installation. */
  public static final String LIFT_INSTALLATION = "lift-installation";

  /** Id of the catalogue entry 停车, parking. */
  public static final String PARKING = "parking";

  /** Id of the catalogue entry 物业管理, property management. */
  public static final String PROPERTY_MANAGEMENT = "property-management";

  /** Id of the catalogue entry 老年助餐, elderly meals. */
  public static final String ELDERLY_MEALS = "elderly-meals";

  /** Id of the catalogue entry 管道维修, pipe repair. */
  public static final String PIPE_REPAIR = "pipe-repair";

  /** Id of the catalogue entry 环境整治, environment. */
  public static final String ENVIRONMENT = "environment";

  /** Id of the catalogue entry 邻里纠纷, neighbour dispute. */
  public static final String NEIGHBOUR_DISPUTE = "neighbour-dispute";

  /** Id of the catalogue entry 垃圾分类, waste sorting (carrying out policy). */
  public static final String WASTE_SORTING = "waste-sorting";

  /** Default quorums: major ≥ 2/3 of the invited, minor and urgent ≥ 1/2 (at least 3). */
  private static final Map<MatterSize, Quorum> DEFAULT_QUORUMS =
      Map.of(
          MatterSize.MAJOR, Quorum.ofInvited(Fraction.of(2, 3)),
          MatterSize.MINOR, new Quorum.Builder().minimumCount(3).fraction(Fraction.half()).build(),
          MatterSize.URGENT, new Quorum.Builder().minimumCount(3).fraction(Fraction.half()).build());

  /** Default decision rules: major ≥ 2/3 of those present; minor and urgent more than half of those voting yes or no. */
  private static final Map<MatterSize, DecisionRule> DEFAULT_DECISION_RULES =
      Map.of(
          MatterSize.MAJOR, MajorityRule.supermajority(Fraction.of(2, 3), false, Base.PRESENT),
          MatterSize.MINOR, MajorityRule.simple(Base.DECISIVE),
          MatterSize.URGENT, MajorityRule.simple(Base.DECISIVE));

  private static final Duration DEFAULT_SPEAKING_TIME = Duration.ofMinutes(5);
  private static final Duration DEFAULT_PROGRESS_INTERVAL = Duration.ofDays(30);
  private static final Duration DEFAULT_REVISIT_WINDOW = Duration.ofDays(30);
  private static final Duration DEFAULT_FOLLOW_UP_WINDOW = Duration.ofDays(15);
  private static final Duration DEFAULT_HOTLINE_REPLY = Duration.ofHours(24);
  private static final Duration DEFAULT_HOTLINE_HANDLING = Duration.ofDays(7);
  private static final Duration DEFAULT_SHELVED_EXPLANATION = Duration.ofDays(7);
  private static final Duration DEFAULT_RECOMMENDATION_NOTICE = Duration.ofDays(7);
  private static final AppraisalScale DEFAULT_SCALE = AppraisalScale.of(1, 5, 2);
  private static final PartyKind[] SUPERVISORS = {
    PartyKind.PARTY_CONGRESS_DEPUTY,
    PartyKind.PEOPLES_CONGRESS_DEPUTY,
    PartyKind.CPPCC_MEMBER,
    PartyKind.RESIDENT_REPRESENTATIVE,
    PartyKind.STAKEHOLDER
  };
  private static final Duration DEFAULT_PUBLICITY = Duration.ofDays(7);
  private static final Duration DEFAULT_URGENT_WINDOW = Duration.ofHours(48);

  private static final Profile JINAN = buildJinan();
  private static final Profile HAIDIAN = buildHaidian();
  private static final Profile BISHAN = buildBishan();
  private static final Profile JINAN_OWNERS_EXAMPLE =
      JINAN
          .withIdentity(
              "jinan-owners-example",
              LocalizedText.of(
                  "济南 三个一（示例：加装电梯适用业主共同决定规则）",
                  "Jinan \"three ones\" (example: owners' rule for lift installation)"))
          .withEntryDecisionRules(Map.of(LIFT_INSTALLATION, ownersMajorMatterRule()));

  private Profiles() {}

  /**
   * Jinan's "three ones" (三个一协商民主工作规程) with 三事五步七定 (Jinan 2018 (人民网, 2018-09-13); docs/domain.md).
   *
   * <p><b>From the article:</b> six linked levels; the community's body meets on the 11th of every
   * month ("111"); grids and buildings meet whenever residents ask; the sub-district runs a joint
   * conference (协商联席会议); the district a 12345 coordination group; the city a leading group; the
   * three categories of the catalogue; the community party organisation as convener; discipline
   * inspection, finance and audit supervise where public money is spent; the "two representatives and
   * one member", resident representatives and stakeholders supervise before, during and after; the
   * four outcome kinds and their duties; the party organisation's acts (把关定向): it reviews the topic,
   * sets the form and procedure (the sub-district party working committee for a cross-community
   * matter) and names the person who drafts the plan and invites the parties, all required.
   *
   * <p>Procedure from the article: the five steps (五步: identify parties → set the topic → deliberate →
   * carry out → evaluate); the seven stages of every meeting (七定); parties speak within a set time
   * limit; urgent matters are deliberated at once.
   *
   * <p><b>(default)</b>, not in the article: quorum at sign-in (major: at least 2/3 of the invited;
   * minor and urgent: at least 1/2 and at least 3); decision rules (major: at least 2/3 of those
   * present; minor and urgent: more than half of the yes and no votes); a speaking limit of 5
   * minutes; results publicised for at least 7 days; online micro-deliberation for minor matters of
   * one unit; urgent matters deliberated within 48 hours of being raised; progress of a committed item
   * published every 30 days; finished items revisited within 30 days; appraisal on a scale of 1 to 5,
   * 2 or less being poor, without reopening; shelving normal after 2 rounds; a shelved matter
   * explained to residents within 7 days, and residents told within 7 days of the higher tier solving
   * a recommendation ("及时"); escalations followed up every 15 days; 12345 hotline cases replied to within 24 hours and handled within 7 days; a regular
   * date that is not a working day moves to the
   * next working day; the sub-district, district and city bodies meet on demand; courtyards and grids
   * may decide minor and urgent matters only, higher tiers every size; each tier escalates to the next
   * level up; the ledger entries and the party kinds each category and entry requires (every category
   * requires a party organisation; public affairs also the residents' committee and resident
   * representatives; carrying out policy the residents' committee and a government department;
   * daily life and disputes a stakeholder; lift installation stakeholders, the owners' committee and
   * the property company; and so on as listed in the catalogue).
   *
   * @return the profile
   */
  public static Profile jinan() {
    return JINAN;
  }

  /**
   * Beijing Haidian's 大家商量着办 (Haidian 2025 (人民日报, 2025-09-10); docs/domain.md).
   *
   * <p><b>From the article:</b> the five-step method 集议办督评 (collect → deliberate → handle →
   * supervise → evaluate); an organisation from the sub-district party committee down to
   * party-member households, with deliberation venues in communities (e.g. 红柳会客厅); the base-level
   * party organisation reviews what residents raise (把关定向), so the review of the topic is required
   * (the article names no other act of the party organisation, so the others are not).
   *
   * <p><b>(default)</b>, not in the article: tiers at the sub-district (街道议事协商会), community (社区议事厅)
   * and courtyard (楼门院议事) levels, all meeting on demand, with the same powers and escalation as
   * Jinan's; the catalogue, supervisor kinds, quorums, decision rules, speaking limit, publicity
   * minimum, online scope, urgent window and accountability settings of {@link #jinan()}, except that
   * a poor appraisal reopens the deliberation ("how well: appraised openly"); no fixed meeting stages
   * (the article names none).
   *
   * @return the profile
   */
  public static Profile haidian() {
    return HAIDIAN;
  }

  /**
   * Chongqing Bishan's three-tier courtyard meetings (院坝会; Bishan 2024 (seminar report, undated);
   * docs/domain.md).
   *
   * <p><b>From the article:</b> courtyard meetings at three tiers (三级院坝会); a party organisation
   * reaching from the town or sub-district down to the courtyard; a problem raised at a courtyard
   * meeting is solved on the spot or gets a proposed solution within 24 hours. The article names no
   * act of the party organisation at the gates of a deliberation, so none is required.
   *
   * <p><b>(default)</b>, not in the article: the three tiers are the town or sub-district, the
   * village or community and the courtyard (the article does not name them), and they meet on
   * demand; the courtyard tier may decide minor and urgent matters, higher tiers every size; the
   * catalogue, supervisor kinds, quorums, decision rules, supervisors, progress, revisit, appraisal,
   * escalation and notice settings of {@link #jinan()}; no hotline settings, no step plan and no fixed
   * meeting stages (the article names none).
   *
   * @return the profile
   */
  public static Profile bishan() {
    return BISHAN;
  }

  /**
   * <b>An example</b>, not a built-in procedure: {@link #jinan()} where a lift-installation vote is
   * decided by {@link #ownersMajorMatterRule()}, the owners' double threshold of the PRC Civil Code.
   *
   * @return the example profile, id {@code jinan-owners-example}
   */
  public static Profile jinanOwnersExample() {
    return JINAN_OWNERS_EXAMPLE;
  }

  /**
   * <b>An example</b> of a double threshold: owners' joint decisions on major matters of common parts
   * (e.g. rebuilding, changing the use of common parts; lift installation is commonly decided so).
   * Source: 《中华人民共和国民法典》 (PRC Civil Code, 2021) art. 278: owners holding at least two thirds of
   * the floor area and at least two thirds of the owners take part, and at least three quarters of the
   * participating owners and of their floor area approve. Check the law in force before relying on it.
   *
   * @return a double threshold on headcount and on floor area
   */
  public static DoubleThreshold ownersMajorMatterRule() {
    return DoubleThreshold.of(ownersSide(Measure.HEADCOUNT), ownersSide(Measure.WEIGHT));
  }

  private static MajorityRule ownersSide(Measure measure) {
    return new MajorityRule.Builder()
        .participation(Participation.of(Fraction.of(2, 3), false, measure))
        .approval(Threshold.of(Fraction.of(3, 4), false, Base.CAST, measure))
        .build();
  }

  private static Profile buildHaidian() {
    return withDefaults(new Profile.Builder())
        .id("haidian")
        .name(LocalizedText.of("北京海淀 大家商量着办", "Beijing Haidian \"talk it over together\""))
        .catalogue(JINAN.catalogue())
        .addTier(
            tier(TierLevel.COURTYARD, "楼门院议事", "courtyard council", Cadence.onDemand(),
                TierLevel.COMMUNITY, MatterSize.MINOR, MatterSize.URGENT))
        .addTier(
            tier(TierLevel.COMMUNITY, "社区议事厅", "community deliberation hall", Cadence.onDemand(),
                TierLevel.SUB_DISTRICT, MatterSize.values()))
        .addTier(
            topTier(TierLevel.SUB_DISTRICT, "街道议事协商会", "sub-district deliberation council"))
        .stepPlan(
            new StepPlan.Builder()
                .name(LocalizedText.of("集议办督评", "collect, deliberate, handle, supervise, evaluate"))
                .addStep(Step.of("collect", LocalizedText.of("集", "collect"), StepRole.PREPARE))
                .addStep(Step.of("deliberate", LocalizedText.of("议", "deliberate"), StepRole.DELIBERATE))
                .addStep(Step.of("handle", LocalizedText.of("办", "handle"), StepRole.CARRY_OUT))
                .addStep(Step.of("supervise", LocalizedText.of("督", "supervise"), StepRole.SUPERVISE))
                .addStep(Step.of("evaluate", LocalizedText.of("评", "evaluate"), StepRole.EVALUATE))
                .build())
        .speakingTimeLimit(DEFAULT_SPEAKING_TIME)
        .minimumPublicity(DEFAULT_PUBLICITY)
        .urgentWindow(DEFAULT_URGENT_WINDOW)
        .reopenOnPoorAppraisal(true)
        .hotlineReplyWindow(DEFAULT_HOTLINE_REPLY)
        .hotlineHandlingWindow(DEFAULT_HOTLINE_HANDLING)
        .addRequiredPartyActs(PartyActKind.REVIEWED_TOPIC)
        .build();
  }

  private static Profile buildBishan() {
    return withDefaults(new Profile.Builder())
        .id("bishan")
        .name(LocalizedText.of("重庆璧山 三级院坝会", "Chongqing Bishan three-tier courtyard meetings"))
        .catalogue(JINAN.catalogue())
        .addTier(
            tier(TierLevel.COURTYARD, "院落院坝会", "courtyard meeting", Cadence.onDemand(),
                TierLevel.COMMUNITY, MatterSize.MINOR, MatterSize.URGENT))
        .addTier(
            tier(TierLevel.COMMUNITY, "村（社区）院坝会", "village or community courtyard meeting",
                Cadence.onDemand(), TierLevel.SUB_DISTRICT, MatterSize.values()))
        .addTier(
            topTier(TierLevel.SUB_DISTRICT, "镇街院坝会", "town or sub-district courtyard meeting"))
        .problemSolutionWindow(Duration.ofHours(24))
        .build();
  }

  private static Profile buildJinan() {
    TopicCatalogue catalogue =
        new TopicCatalogue.Builder()
            .addCategory(
                new TopicCategory.Builder()
                    .id(TopicCategory.DAILY_LIFE_AND_DISPUTES)
                    .name(LocalizedText.of("日常生活及矛盾类", "daily life and disputes"))
                    .addRequiredPartyKind(PartyKind.PARTY_ORGANISATION)
                    .addRequiredPartyKind(PartyKind.STAKEHOLDER)
                    .build())
            .addCategory(
                new TopicCategory.Builder()
                    .id(TopicCategory.PUBLIC_AFFAIRS)
                    .name(LocalizedText.of("公共事务类", "public affairs"))
                    .addRequiredPartyKind(PartyKind.PARTY_ORGANISATION)
                    .addRequiredPartyKind(PartyKind.RESIDENTS_COMMITTEE)
                    .addRequiredPartyKind(PartyKind.RESIDENT_REPRESENTATIVE)
                    .build())
            .addCategory(
                new TopicCategory.Builder()
                    .id(TopicCategory.CARRYING_OUT_POLICY)
                    .name(LocalizedText.of("政策部署执行类", "carrying out policy"))
                    .addRequiredPartyKind(PartyKind.PARTY_ORGANISATION)
                    .addRequiredPartyKind(PartyKind.RESIDENTS_COMMITTEE)
                    .addRequiredPartyKind(PartyKind.GOVERNMENT_DEPARTMENT)
                    .build())
            .addEntry(
                entry(LIFT_INSTALLATION, TopicCategory.PUBLIC_AFFAIRS, "加装电梯", "lift installation",
                    MatterSize.MAJOR, PartyKind.STAKEHOLDER, PartyKind.OWNERS_COMMITTEE,
                    PartyKind.PROPERTY_COMPANY))
            .addEntry(
                entry(PARKING, TopicCategory.PUBLIC_AFFAIRS, "停车管理", "parking",
                    MatterSize.MAJOR, PartyKind.OWNERS_COMMITTEE, PartyKind.PROPERTY_COMPANY))
            .addEntry(
                entry(PROPERTY_MANAGEMENT, TopicCategory.PUBLIC_AFFAIRS, "物业管理",
                    "property management", MatterSize.MAJOR, PartyKind.OWNERS_COMMITTEE,
                    PartyKind.PROPERTY_COMPANY))
            .addEntry(
                entry(ELDERLY_MEALS, TopicCategory.PUBLIC_AFFAIRS, "老年助餐", "elderly meals",
                    MatterSize.MAJOR, PartyKind.PROPERTY_COMPANY))
            .addEntry(
                entry(PIPE_REPAIR, TopicCategory.DAILY_LIFE_AND_DISPUTES, "管道维修", "pipe repair",
                    MatterSize.MINOR, PartyKind.PROPERTY_COMPANY))
            .addEntry(
                entry(ENVIRONMENT, TopicCategory.PUBLIC_AFFAIRS, "环境整治", "environment",
                    MatterSize.MINOR, PartyKind.PROPERTY_COMPANY))
            .addEntry(
                entry(NEIGHBOUR_DISPUTE, TopicCategory.DAILY_LIFE_AND_DISPUTES, "邻里纠纷",
                    "neighbour dispute", MatterSize.MINOR, PartyKind.MEDIATOR))
            .addEntry(
                entry(WASTE_SORTING, TopicCategory.CARRYING_OUT_POLICY, "垃圾分类", "waste sorting",
                    MatterSize.MINOR))
            .build();
    return withDefaults(new Profile.Builder())
        .id("jinan")
        .name(LocalizedText.of("济南 三个一协商民主工作规程", "Jinan \"three ones\" deliberation procedure"))
        .catalogue(catalogue)
        .addTier(
            tier(TierLevel.COURTYARD, "楼院议事会", "courtyard council", Cadence.onDemand(),
                TierLevel.GRID, MatterSize.MINOR, MatterSize.URGENT))
        .addTier(
            tier(TierLevel.GRID, "网格议事会", "grid council", Cadence.onDemand(),
                TierLevel.COMMUNITY, MatterSize.MINOR, MatterSize.URGENT))
        .addTier(
            tier(TierLevel.COMMUNITY, "社区协商议事会", "community deliberation council",
                Cadence.monthly(11, NonWorkingDayRule.NEXT_WORKING_DAY), TierLevel.SUB_DISTRICT,
                MatterSize.values()))
        .addTier(
            tier(TierLevel.SUB_DISTRICT, "协商联席会议", "joint deliberation conference",
                Cadence.onDemand(), TierLevel.DISTRICT, MatterSize.values()))
        .addTier(
            tier(TierLevel.DISTRICT, "12345平台协调小组", "12345 platform coordination group",
                Cadence.onDemand(), TierLevel.CITY, MatterSize.values()))
        .addTier(
            topTier(TierLevel.CITY, "协商民主工作领导小组", "deliberation leading group"))
        .stepPlan(
            new StepPlan.Builder()
                .name(LocalizedText.of("五步", "five steps"))
                .addStep(Step.of("identify-parties", LocalizedText.of("明确主体", "identify parties"), StepRole.PREPARE))
                .addStep(Step.of("set-topic", LocalizedText.of("确定议题", "set the topic"), StepRole.SET_TOPIC))
                .addStep(Step.of("deliberate", LocalizedText.of("开展协商", "deliberate"), StepRole.DELIBERATE))
                .addStep(Step.of("carry-out", LocalizedText.of("落实协商结果", "carry out the result"), StepRole.CARRY_OUT))
                .addStep(Step.of("evaluate", LocalizedText.of("评价落实结果", "evaluate the carrying-out"), StepRole.EVALUATE))
                .build())
        .addMeetingStages(MeetingStage.values())
        .speakingTimeLimit(DEFAULT_SPEAKING_TIME)
        .minimumPublicity(DEFAULT_PUBLICITY)
        .urgentWindow(DEFAULT_URGENT_WINDOW)
        .hotlineReplyWindow(DEFAULT_HOTLINE_REPLY)
        .hotlineHandlingWindow(DEFAULT_HOTLINE_HANDLING)
        .addRequiredPartyActs(PartyActKind.values())
        .build();
  }

  /**
   * What every built-in profile shares: discipline inspection, finance and audit supervising public
   * money (Jinan's article), the supervisor kinds, and the defaults for quorums, decision rules,
   * progress publicity, revisits, appraisal and escalation follow-up, and the windows for a shelved
   * matter's explanation and a solved recommendation's notice.
   */
  private static Profile.Builder withDefaults(Profile.Builder profile) {
    return profile
        .addPublicFundsSupervisorKinds(
            PartyKind.DISCIPLINE_INSPECTION, PartyKind.FINANCE, PartyKind.AUDIT)
        .addSupervisorKinds(SUPERVISORS)
        .putAllQuorums(DEFAULT_QUORUMS)
        .putAllDecisionRules(DEFAULT_DECISION_RULES)
        .progressPublicityInterval(DEFAULT_PROGRESS_INTERVAL)
        .revisitWindow(DEFAULT_REVISIT_WINDOW)
        .appraisalScale(DEFAULT_SCALE)
        .shelvedExplanationWindow(DEFAULT_SHELVED_EXPLANATION)
        .recommendationNoticeWindow(DEFAULT_RECOMMENDATION_NOTICE)
        .escalationFollowUpWindow(DEFAULT_FOLLOW_UP_WINDOW);
  }

  private static TierRule topTier(TierLevel level, String zh, String en) {
    return new TierRule.Builder()
        .level(level)
        .body(LocalizedText.of(zh, en))
        .convenerKind(PartyKind.PARTY_ORGANISATION)
        .cadence(Cadence.onDemand())
        .addMatterSizes(MatterSize.values())
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

  private static TierRule tier(
      TierLevel level, String zh, String en, Cadence cadence, TierLevel escalatesTo,
      MatterSize... sizes) {
    return new TierRule.Builder()
        .level(level)
        .body(LocalizedText.of(zh, en))
        .convenerKind(PartyKind.PARTY_ORGANISATION)
        .cadence(cadence)
        .addMatterSizes(sizes)
        .escalatesTo(escalatesTo)
        .build();
  }
}
