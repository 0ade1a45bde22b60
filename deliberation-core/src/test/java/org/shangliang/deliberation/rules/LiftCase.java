package org.shangliang.deliberation.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.Escalation;
import org.shangliang.deliberation.outcome.HotlineCase;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.outcome.Revisit;
import org.shangliang.deliberation.outcome.Supervision;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.party.PartyRole;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.process.PartyActKind;
import org.shangliang.deliberation.process.PartyOrganisationAct;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.PublicFunds;
import org.shangliang.deliberation.topic.SettledElsewhere;
import org.shangliang.deliberation.topic.SourceKind;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.topic.TopicSource;
import org.shangliang.deliberation.topic.TwoPartyDispute;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.ValidationReport;

/**
 * A compliant Jinan lift-installation record that tests change one fact at a time. Fields are mutable
 * on purpose: set them, then call {@link #build()} or {@link #validate()}. It holds no meeting, no
 * step, no outcome and nothing after the result (supervision, escalations, revisits, appraisals,
 * reopenings, a hotline case) unless a test adds them; {@link MeetingCase} adds a compliant meeting
 * and five steps, and {@link OutcomeCase} a compliant outcome and what follows it.
 */
class LiftCase {
  static final UnitId CITY = UnitId.of("jinan");
  static final UnitId DISTRICT = UnitId.of("lixia");
  static final UnitId SUB_DISTRICT = UnitId.of("quancheng");
  static final UnitId COMMUNITY_1 = UnitId.of("dianliu-1");
  static final UnitId COMMUNITY_2 = UnitId.of("dianliu-2");
  static final UnitId GRID_1 = UnitId.of("dianliu-1.grid-1");
  static final UnitId GRID_2 = UnitId.of("dianliu-2.grid-1");
  static final UnitId BUILDING_3 = UnitId.of("dianliu-1.b3");
  static final UnitId BUILDING_4 = UnitId.of("dianliu-1.b4");
  static final UnitId BUILDING_7 = UnitId.of("dianliu-2.b7");
  static final UnitId ELSEWHERE = UnitId.of("qingdao");

  static final Jurisdiction JURISDICTION =
      Jurisdiction.of(
          AdministrativeUnit.root(CITY, TierLevel.CITY, "济南市"),
          AdministrativeUnit.of(DISTRICT, TierLevel.DISTRICT, "历下区", CITY),
          AdministrativeUnit.of(SUB_DISTRICT, TierLevel.SUB_DISTRICT, "泉城路街道", DISTRICT),
          AdministrativeUnit.of(COMMUNITY_1, TierLevel.COMMUNITY, "甸柳新村第一社区", SUB_DISTRICT),
          AdministrativeUnit.of(COMMUNITY_2, TierLevel.COMMUNITY, "甸柳新村第二社区", SUB_DISTRICT),
          AdministrativeUnit.of(GRID_1, TierLevel.GRID, "第一网格", COMMUNITY_1),
          AdministrativeUnit.of(GRID_2, TierLevel.GRID, "第一网格", COMMUNITY_2),
          AdministrativeUnit.of(BUILDING_3, TierLevel.COURTYARD, "3号楼", GRID_1),
          AdministrativeUnit.of(BUILDING_4, TierLevel.COURTYARD, "4号楼", GRID_1),
          AdministrativeUnit.of(BUILDING_7, TierLevel.COURTYARD, "7号楼", GRID_2),
          AdministrativeUnit.root(ELSEWHERE, TierLevel.CITY, "青岛市"));

  static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

  Profile profile = Profiles.jinan();
  WorkCalendar calendar = WorkCalendar.weekendsOnly();
  String category = TopicCategory.PUBLIC_AFFAIRS;
  Optional<String> entry = Optional.of(Profiles.LIFT_INSTALLATION);
  MatterSize size = MatterSize.MAJOR;
  List<UnitId> affected = new ArrayList<>(List.of(BUILDING_3));
  Optional<PublicFunds> funds = Optional.of(PublicFunds.of(new BigDecimal("240000.00")));
  Optional<SettledElsewhere> settled = Optional.empty();
  Optional<TwoPartyDispute> dispute = Optional.empty();
  List<Party> parties = new ArrayList<>(defaultParties());
  UnitId deliberatingUnit = COMMUNITY_1;
  Optional<Admission> admission =
      Optional.of(Admission.admitted(Instant.parse("2026-11-02T02:00:00Z")));
  Optional<LocalDate> planned = Optional.of(LocalDate.of(2026, 12, 11));
  Instant raisedAt = Instant.parse("2026-10-20T01:00:00Z");
  TopicSource source = TopicSource.of(SourceKind.RESIDENT_PROPOSAL);
  List<Meeting> meetings = new ArrayList<>();
  List<StepEvent> steps = new ArrayList<>();
  Optional<OutcomeRecord> outcome = Optional.empty();
  List<Supervision> supervision = new ArrayList<>();
  List<Escalation> escalations = new ArrayList<>();
  List<Revisit> revisits = new ArrayList<>();
  List<Appraisal> appraisals = new ArrayList<>();
  List<Reopening> reopenings = new ArrayList<>();
  List<org.shangliang.deliberation.process.DeliberationEvent> events = new ArrayList<>();
  Optional<HotlineCase> hotlineCase = Optional.empty();
  List<org.shangliang.deliberation.process.RiskAssessment> riskAssessments = new ArrayList<>();
  /**
   * The party organisation's acts Jinan requires: po-1 (the community's party organisation) reviews
   * the topic an hour after it was raised, then sets the procedure and names rc-1 the organiser.
   */
  List<PartyOrganisationAct> partyActs = new ArrayList<>(defaultPartyActs());

  static List<Party> defaultParties() {
    List<Party> list = new ArrayList<>();
    list.add(Party.of(PartyId.of("po-1"), PartyKind.PARTY_ORGANISATION, COMMUNITY_1));
    list.add(Party.of(PartyId.of("rc-1"), PartyKind.RESIDENTS_COMMITTEE, COMMUNITY_1));
    list.add(Party.of(PartyId.of("rep-1"), PartyKind.RESIDENT_REPRESENTATIVE, BUILDING_3));
    list.add(Party.of(PartyId.of("oc-1"), PartyKind.OWNERS_COMMITTEE, COMMUNITY_1));
    list.add(Party.of(PartyId.of("pc-1"), PartyKind.PROPERTY_COMPANY, COMMUNITY_1));
    list.add(
        new Party.Builder()
            .id(PartyId.of("owner-301"))
            .kind(PartyKind.STAKEHOLDER)
            .unit(BUILDING_3)
            .addRole(PartyRole.DELIBERATOR)
            .weight(new BigDecimal("89.5"))
            .displayName("王某")
            .build());
    list.add(supervisor("di-1", PartyKind.DISCIPLINE_INSPECTION));
    list.add(supervisor("fin-1", PartyKind.FINANCE));
    list.add(supervisor("audit-1", PartyKind.AUDIT));
    return list;
  }

  static List<PartyOrganisationAct> defaultPartyActs() {
    return List.of(
        PartyOrganisationAct.of(
            PartyActKind.REVIEWED_TOPIC, PartyId.of("po-1"), Instant.parse("2026-10-20T02:00:00Z")),
        PartyOrganisationAct.of(
            PartyActKind.SET_PROCEDURE, PartyId.of("po-1"), Instant.parse("2026-10-20T03:00:00Z")),
        PartyOrganisationAct.namedOrganiser(
            PartyId.of("po-1"), Instant.parse("2026-10-20T03:00:00Z"), PartyId.of("rc-1")));
  }

  static Party supervisor(String id, PartyKind kind) {
    return new Party.Builder()
        .id(PartyId.of(id))
        .kind(kind)
        .unit(DISTRICT)
        .addRole(PartyRole.SUPERVISOR)
        .build();
  }

  static PartyOrganisationAct act(
      PartyActKind kind, PartyId actor, Instant at, Optional<PartyId> named) {
    return new PartyOrganisationAct.Builder().kind(kind).actor(actor).at(at).named(named).build();
  }

  /** Gives every act of the party organisation to another actor, e.g. the sub-district's. */
  LiftCase actsBy(PartyId actor) {
    partyActs.replaceAll(act -> act(act.kind(), actor, act.at(), act.named()));
    return this;
  }

  /**
   * Lists a party organisation of another unit (e.g. the grid that deliberates) and gives it every
   * act of the party organisation.
   */
  LiftCase actsByPartyOrganisationOf(UnitId unit) {
    PartyId id = PartyId.of("po-" + unit.value());
    parties.add(Party.of(id, PartyKind.PARTY_ORGANISATION, unit));
    return actsBy(id);
  }

  /** Names another organiser (to draft the plan and invite the parties) in place of rc-1. */
  LiftCase organisedBy(PartyId named) {
    partyActs.replaceAll(
        act ->
            act.named().isPresent() ? act(act.kind(), act.actor(), act.at(), Optional.of(named)) : act);
    return this;
  }

  LiftCase withoutPartiesOfKind(PartyKind kind) {
    parties.removeIf(p -> p.kind() == kind);
    return this;
  }

  Deliberation build() {
    Topic topic =
        new Topic.Builder()
            .id(TopicId.of("t-lift-b3"))
            .title("3号楼加装电梯")
            .category(category)
            .catalogueEntry(entry)
            .matterSize(size)
            .addAllAffectedUnits(affected)
            .source(source)
            .raisedAt(raisedAt)
            .publicFunds(funds)
            .settledElsewhere(settled)
            .dispute(dispute)
            .build();
    return new Deliberation.Builder()
        .id(DeliberationId.of("d-lift-b3"))
        .topic(topic)
        .parties(PartyList.of(parties))
        .deliberatingUnit(deliberatingUnit)
        .admission(admission)
        .plannedMeetingDate(planned)
        .addAllMeetings(meetings())
        .addAllSteps(steps)
        .outcome(outcome())
        .addAllSupervision(supervision)
        .addAllEscalations(escalations)
        .addAllRevisits(revisits)
        .addAllAppraisals(appraisals)
        .addAllReopenings(reopenings)
        .addAllEvents(events)
        .hotlineCase(hotlineCase)
        .addAllRiskAssessments(riskAssessments)
        .addAllPartyActs(partyActs)
        .build();
  }

  /** The meetings the record holds, in order: {@link #meetings} here; a subclass may add its own. */
  List<Meeting> meetings() {
    return meetings;
  }

  /** The outcome the record holds: {@link #outcome} here; a subclass may build its own. */
  Optional<OutcomeRecord> outcome() {
    return outcome;
  }

  Validator validator() {
    return Validator.builder(profile).jurisdiction(JURISDICTION).calendar(calendar).build();
  }

  ValidationReport validate() {
    return validator().validate(build(), NOW);
  }
}
