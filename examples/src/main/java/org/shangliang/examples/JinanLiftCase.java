package org.shangliang.examples;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.party.PartyRole;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.PartyActKind;
import org.shangliang.deliberation.process.PartyOrganisationAct;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.PublicFunds;
import org.shangliang.deliberation.topic.SourceKind;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.topic.TopicSource;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;

/**
 * The Jinan lift-installation case (加装电梯): a six-storey building of 甸柳新村第一社区 wants a lift; the
 * owners (with their floor areas), the owners' committee, the property company, the community party
 * organisation and resident representatives deliberate; public funds are involved, so discipline
 * inspection, finance and audit supervise. All names and numbers are invented for the example.
 */
public final class JinanLiftCase {
  /** The city. */
  public static final UnitId CITY = UnitId.of("jinan");
  /** The district. */
  public static final UnitId DISTRICT = UnitId.of("jinan.lixia");
  /** The sub-district. */
  public static final UnitId SUB_DISTRICT = UnitId.of("jinan.lixia.quancheng");
  /** The community of building 3. */
  public static final UnitId DIANLIU_1 = UnitId.of("jinan.lixia.quancheng.dianliu-1");
  /** The neighbouring community. */
  public static final UnitId DIANLIU_2 = UnitId.of("jinan.lixia.quancheng.dianliu-2");
  /** The grid of building 3. */
  public static final UnitId GRID_1 = UnitId.of("jinan.lixia.quancheng.dianliu-1.g1");
  /** A grid of the neighbouring community. */
  public static final UnitId GRID_2 = UnitId.of("jinan.lixia.quancheng.dianliu-2.g1");
  /** Building 3, six storeys. */
  public static final UnitId BUILDING_3 = UnitId.of("jinan.lixia.quancheng.dianliu-1.g1.b3");
  /** Building 7, in the neighbouring community. */
  public static final UnitId BUILDING_7 = UnitId.of("jinan.lixia.quancheng.dianliu-2.g1.b7");

  /** When the demo judges the records. */
  public static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

  private JinanLiftCase() {}

  /**
   * The units from the city down to the buildings.
   *
   * @return the jurisdiction
   */
  public static Jurisdiction jurisdiction() {
    return Jurisdiction.of(
        AdministrativeUnit.root(CITY, TierLevel.CITY, "济南市"),
        AdministrativeUnit.of(DISTRICT, TierLevel.DISTRICT, "历下区", CITY),
        AdministrativeUnit.of(SUB_DISTRICT, TierLevel.SUB_DISTRICT, "泉城路街道", DISTRICT),
        AdministrativeUnit.of(DIANLIU_1, TierLevel.COMMUNITY, "甸柳新村第一社区", SUB_DISTRICT),
        AdministrativeUnit.of(DIANLIU_2, TierLevel.COMMUNITY, "甸柳新村第二社区", SUB_DISTRICT),
        AdministrativeUnit.of(GRID_1, TierLevel.GRID, "第一网格", DIANLIU_1),
        AdministrativeUnit.of(GRID_2, TierLevel.GRID, "第一网格", DIANLIU_2),
        AdministrativeUnit.of(BUILDING_3, TierLevel.COURTYARD, "3号楼", GRID_1),
        AdministrativeUnit.of(BUILDING_7, TierLevel.COURTYARD, "7号楼", GRID_2));
  }

  /**
   * The caller's work calendar: here weekends only. A real system passes this year's holidays and
   * make-up working days (调休).
   *
   * @return the calendar
   */
  public static WorkCalendar calendar() {
    return WorkCalendar.weekendsOnly();
  }

  /**
   * The compliant record: deliberated by the community on its regular date (the 11th).
   *
   * @return the record
   */
  public static Deliberation compliant() {
    return deliberation(List.of(BUILDING_3), parties(), DIANLIU_1).build();
  }

  /**
   * The compliant record's party list: the community party organisation (convener), residents'
   * committee, owners' committee, property company, two resident representatives, the six owners of
   * building 3 with their floor areas, and the district's discipline inspection, finance and audit as
   * supervisors.
   *
   * @return the parties
   */
  public static List<Party> parties() {
    List<Party> parties = new ArrayList<>(coreParties());
    parties.addAll(owners(BUILDING_3, "b3"));
    parties.addAll(supervisors(true));
    return parties;
  }

  /**
   * The compliant record as a builder, for adding meetings and steps.
   *
   * @return a builder with every field of {@link #compliant()} set but meetings and steps
   */
  public static Deliberation.Builder compliantBuilder() {
    return deliberation(List.of(BUILDING_3), parties(), DIANLIU_1);
  }

  /**
   * The broken variant: the lift list now spans building 3 and building 7 of the neighbouring
   * community, yet it is deliberated at building 3's grid, and no audit party supervises.
   *
   * @return the record
   */
  public static Deliberation broken() {
    List<Party> parties = new ArrayList<>(coreParties());
    parties.addAll(owners(BUILDING_3, "b3"));
    parties.addAll(owners(BUILDING_7, "b7"));
    parties.addAll(supervisors(false));
    return deliberation(List.of(BUILDING_3, BUILDING_7), parties, GRID_1).build();
  }

  private static Deliberation.Builder deliberation(
      List<UnitId> affected, List<Party> parties, UnitId deliberatingUnit) {
    Topic topic =
        new Topic.Builder()
            .id(TopicId.of("dianliu-1-2026-lift"))
            .title("老旧住宅加装电梯")
            .category(TopicCategory.PUBLIC_AFFAIRS)
            .catalogueEntry(Profiles.LIFT_INSTALLATION)
            .matterSize(MatterSize.MAJOR)
            .addAllAffectedUnits(affected)
            .source(TopicSource.of(SourceKind.RESIDENT_PROPOSAL))
            .raisedAt(Instant.parse("2026-10-20T01:00:00Z"))
            .publicFunds(PublicFunds.of(new BigDecimal("240000.00")))
            .build();
    return new Deliberation.Builder()
        .id(DeliberationId.of("dianliu-1-2026-lift"))
        .topic(topic)
        .parties(PartyList.of(parties))
        .deliberatingUnit(deliberatingUnit)
        .admission(Admission.admitted(Instant.parse("2026-11-02T02:00:00Z")))
        .addAllPartyActs(partyActs())
        .plannedMeetingDate(LocalDate.of(2026, 12, 11));
  }

  /**
   * The community party committee's acts (把关定向): it reviews the topic before admitting it, then
   * sets the form and procedure and names the residents' committee to draft the plan and invite the
   * parties.
   */
  private static List<PartyOrganisationAct> partyActs() {
    PartyId committee = PartyId.of("dianliu-1-party-committee");
    Instant prepared = Instant.parse("2026-11-03T02:00:00Z");
    return List.of(
        PartyOrganisationAct.of(
            PartyActKind.REVIEWED_TOPIC, committee, Instant.parse("2026-10-28T02:00:00Z")),
        PartyOrganisationAct.of(PartyActKind.SET_PROCEDURE, committee, prepared),
        PartyOrganisationAct.namedOrganiser(
            committee, prepared, PartyId.of("dianliu-1-residents-committee")));
  }

  private static List<Party> coreParties() {
    return List.of(
        new Party.Builder()
            .id(PartyId.of("dianliu-1-party-committee"))
            .kind(PartyKind.PARTY_ORGANISATION)
            .unit(DIANLIU_1)
            .addRoles(PartyRole.CONVENER, PartyRole.DELIBERATOR)
            .build(),
        Party.of(PartyId.of("dianliu-1-residents-committee"), PartyKind.RESIDENTS_COMMITTEE, DIANLIU_1),
        Party.of(PartyId.of("dianliu-1-owners-committee"), PartyKind.OWNERS_COMMITTEE, DIANLIU_1),
        Party.of(PartyId.of("dianliu-property-co"), PartyKind.PROPERTY_COMPANY, DIANLIU_1),
        Party.of(PartyId.of("rep-b3-1"), PartyKind.RESIDENT_REPRESENTATIVE, BUILDING_3),
        Party.of(PartyId.of("rep-b3-2"), PartyKind.RESIDENT_REPRESENTATIVE, BUILDING_3));
  }

  /** One owner per floor of a six-storey building, with floor areas in m². */
  private static List<Party> owners(UnitId building, String prefix) {
    String[] areas = {"62.40", "78.15", "78.15", "89.50", "89.50", "95.20"};
    List<Party> owners = new ArrayList<>();
    for (int floor = 1; floor <= 6; floor++) {
      owners.add(
          new Party.Builder()
              .id(PartyId.of(prefix + "-owner-" + floor + "01"))
              .kind(PartyKind.STAKEHOLDER)
              .unit(building)
              .addRole(PartyRole.DELIBERATOR)
              .weight(new BigDecimal(areas[floor - 1]))
              .displayName("业主" + floor + "01")
              .build());
    }
    return owners;
  }

  private static List<Party> supervisors(boolean withAudit) {
    List<Party> supervisors = new ArrayList<>();
    supervisors.add(supervisor("lixia-discipline", PartyKind.DISCIPLINE_INSPECTION));
    supervisors.add(supervisor("lixia-finance", PartyKind.FINANCE));
    if (withAudit) {
      supervisors.add(supervisor("lixia-audit", PartyKind.AUDIT));
    }
    return supervisors;
  }

  private static Party supervisor(String id, PartyKind kind) {
    return new Party.Builder()
        .id(PartyId.of(id))
        .kind(kind)
        .unit(DISTRICT)
        .addRole(PartyRole.SUPERVISOR)
        .build();
  }
}
