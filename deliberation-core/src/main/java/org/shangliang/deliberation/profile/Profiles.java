package org.shangliang.deliberation.profile;

import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.tier.Cadence;
import org.shangliang.deliberation.tier.NonWorkingDayRule;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.topic.CatalogueEntry;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.TopicCatalogue;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.unit.TierLevel;

/**
 * The built-in profiles. Each is built from DOMAIN.md; where the articles give no number or list, the
 * profile uses a default that its Javadoc marks <b>(default)</b>, and a city may change it with {@link
 * Profile.Builder}.
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

  private static final Profile JINAN = buildJinan();

  private Profiles() {}

  /**
   * Jinan's "three ones" (三个一协商民主工作规程) with 三事五步七定 (DOMAIN.md, Jinan, seeds/003).
   *
   * <p><b>From the article:</b> six linked levels; the community's body meets on the 11th of every
   * month ("111"); grids and buildings meet whenever residents ask; the sub-district runs a joint
   * conference (协商联席会议); the district a 12345 coordination group; the city a leading group; the
   * three categories of the catalogue; the community party organisation as convener; discipline
   * inspection, finance and audit supervise where public money is spent.
   *
   * <p><b>(default)</b>, not in the article: a regular date that is not a working day moves to the
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
    return new Profile.Builder()
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
            new TierRule.Builder()
                .level(TierLevel.CITY)
                .body(LocalizedText.of("协商民主工作领导小组", "deliberation leading group"))
                .convenerKind(PartyKind.PARTY_ORGANISATION)
                .cadence(Cadence.onDemand())
                .addMatterSizes(MatterSize.values())
                .build())
        .addPublicFundsSupervisorKinds(
            PartyKind.DISCIPLINE_INSPECTION, PartyKind.FINANCE, PartyKind.AUDIT)
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
