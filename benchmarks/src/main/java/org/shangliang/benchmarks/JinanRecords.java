package org.shangliang.benchmarks;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.shangliang.deliberation.decision.Ballot;
import org.shangliang.deliberation.decision.Choice;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.meeting.ConflictOfInterest;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.meeting.MeetingResult;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.meeting.Publicity;
import org.shangliang.deliberation.meeting.SignIn;
import org.shangliang.deliberation.meeting.SpeakingTurn;
import org.shangliang.deliberation.meeting.StageRecord;
import org.shangliang.deliberation.meeting.Vote;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.Disagreement;
import org.shangliang.deliberation.outcome.Duty;
import org.shangliang.deliberation.outcome.OutcomeFacts;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.outcome.Revisit;
import org.shangliang.deliberation.outcome.Supervision;
import org.shangliang.deliberation.outcome.SupervisionPhase;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.party.PartyRole;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.PartyActKind;
import org.shangliang.deliberation.process.PartyOrganisationAct;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationEvent;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.process.EventType;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.Validator;
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
 * The records the benchmarks validate: a full Jinan lift-installation deliberation (加装电梯) carried
 * from its topic to its appraisal, built through the core's public API only.
 *
 * <p>{@link #compliant()} is the record with 20 parties: the community party organisation (convener),
 * the residents' committee, the owners' committee, the property company, one resident representative,
 * the twelve owners of building 3 with their floor areas, and the district's discipline inspection,
 * finance and audit as public-funds supervisors. It holds one regular community meeting on the 11th
 * with all seven stages (七定), 19 sign-ins, five speaking turns, a declared conflict, the owners'
 * ballot vote under the double threshold of {@link Profiles#ownersMajorMatterRule()} and its
 * publicity; the five steps (五步); a committed outcome (承诺件) with two duties and monthly progress
 * reports; supervision before, during and after; a revisit; three appraisals; and the event history
 * from the topic raised to the appraisal. It breaks no rule of {@link Profiles#jinanOwnersExample()}.
 *
 * <p>{@link #broken()} is the same record with twelve rules broken (listed there). The scaling
 * variants keep the same shape and grow one part: the owners voting ({@link #withOwners(int)}, from a
 * fixed seed), the meetings ({@link #withMeetings(int)}) or the events ({@link #withEvents(int)}).
 * Every record is judged at the instant its {@link Sample} carries, after the appraisal.
 */
public final class JinanRecords {
  /** The city. */
  public static final UnitId CITY = UnitId.of("jinan");
  /** The district. */
  public static final UnitId DISTRICT = UnitId.of("jinan.lixia");
  /** The sub-district. */
  public static final UnitId SUB_DISTRICT = UnitId.of("jinan.lixia.quancheng");
  /** The community that deliberates. */
  public static final UnitId COMMUNITY = UnitId.of("jinan.lixia.quancheng.dianliu-1");
  /** The grid of building 3. */
  public static final UnitId GRID = UnitId.of("jinan.lixia.quancheng.dianliu-1.g1");
  /** Building 3, six storeys, two flats a floor. */
  public static final UnitId BUILDING = UnitId.of("jinan.lixia.quancheng.dianliu-1.g1.b3");

  /** The community party organisation: convener and chair. */
  public static final PartyId CONVENER = PartyId.of("dianliu-1-party-committee");
  /** The residents' committee: recorder. */
  public static final PartyId RESIDENTS_COMMITTEE = PartyId.of("dianliu-1-residents-committee");
  /** The owners' committee. */
  public static final PartyId OWNERS_COMMITTEE = PartyId.of("dianliu-1-owners-committee");
  /** The property company, which builds the lift and declares a conflict of interest. */
  public static final PartyId PROPERTY_COMPANY = PartyId.of("dianliu-property-co");
  /** The resident representative of building 3. */
  public static final PartyId REPRESENTATIVE = PartyId.of("rep-b3-1");
  /** The district's discipline inspection. */
  public static final PartyId DISCIPLINE = PartyId.of("lixia-discipline");
  /** The district's finance bureau, which does not sign in at the meeting. */
  public static final PartyId FINANCE = PartyId.of("lixia-finance");
  /** The district's audit bureau. */
  public static final PartyId AUDIT = PartyId.of("lixia-audit");

  /** The seed of the generated owners of {@link #withOwners(int)}. */
  public static final long SEED = 20261211L;

  private static final LocalDate FIRST_MEETING_MONTH = LocalDate.of(2026, 12, 1);
  private static final Instant RAISED = Instant.parse("2026-10-20T01:00:00Z");
  private static final Instant ADMITTED = Instant.parse("2026-11-02T02:00:00Z");
  private static final Instant PARTIES_IDENTIFIED = Instant.parse("2026-11-03T09:00:00Z");
  private static final Instant TOPIC_SET = Instant.parse("2026-11-05T09:00:00Z");
  private static final Duration DAY = Duration.ofDays(1);

  /** The flats of building 3 in the 20-party record, with floor areas in m² and their ballots. */
  private static final String[][] FLATS = {
    {"101", "62.40", "NO"},
    {"102", "58.30", "ABSTAIN"},
    {"201", "78.15", "YES"},
    {"202", "74.60", "YES"},
    {"301", "78.15", "YES"},
    {"302", "74.60", "YES"},
    {"401", "89.50", "YES"},
    {"402", "86.20", "YES"},
    {"501", "89.50", "YES"},
    {"502", "86.20", "YES"},
    {"601", "95.20", "YES"},
    {"602", "92.80", "YES"},
  };

  private JinanRecords() {}

  /**
   * A record and the instant it is judged at.
   *
   * @param record the deliberation
   * @param now the instant the validator judges it at (after the appraisal)
   */
  public record Sample(Deliberation record, Instant now) {}

  /**
   * The unit tree from the city down to building 3.
   *
   * @return the units, parents before children
   */
  public static List<AdministrativeUnit> units() {
    return List.of(
        AdministrativeUnit.root(CITY, TierLevel.CITY, "济南市"),
        AdministrativeUnit.of(DISTRICT, TierLevel.DISTRICT, "历下区", CITY),
        AdministrativeUnit.of(SUB_DISTRICT, TierLevel.SUB_DISTRICT, "泉城路街道", DISTRICT),
        AdministrativeUnit.of(COMMUNITY, TierLevel.COMMUNITY, "甸柳新村第一社区", SUB_DISTRICT),
        AdministrativeUnit.of(GRID, TierLevel.GRID, "第一网格", COMMUNITY),
        AdministrativeUnit.of(BUILDING, TierLevel.COURTYARD, "3号楼", GRID));
  }

  /**
   * The jurisdiction of {@link #units()}.
   *
   * @return the jurisdiction
   */
  public static Jurisdiction jurisdiction() {
    return Jurisdiction.of(units());
  }

  /**
   * The profile the records follow: Jinan's, with the owners' double threshold for lift installation.
   *
   * @return {@link Profiles#jinanOwnersExample()}
   */
  public static Profile profile() {
    return Profiles.jinanOwnersExample();
  }

  /**
   * The work calendar: weekends only.
   *
   * @return the calendar
   */
  public static WorkCalendar calendar() {
    return WorkCalendar.weekendsOnly();
  }

  /**
   * A validator of {@link #profile()} over {@link #jurisdiction()} and {@link #calendar()}.
   *
   * @return the validator
   */
  public static Validator validator() {
    return Validator.builder(profile()).jurisdiction(jurisdiction()).calendar(calendar()).build();
  }

  /**
   * The compliant record with 20 parties.
   *
   * @return the record, judged after its appraisal
   */
  public static Sample compliant() {
    return new Spec(fixedOwners(), 1, 0, false).build();
  }

  /**
   * The 20-party record with twelve rules broken: owner 201 votes twice ({@code
   * meeting.ballot.duplicate}); owner 602 votes without signing in ({@code
   * meeting.ballot.not-signed-in}); the property company speaks 7 minutes ({@code
   * meeting.speaking-time.exceeded}); the rules are read before the parties are introduced ({@code
   * meeting.stage.order}); the result is up 3 days ({@code meeting.publicity.too-short}) and recorded
   * as failed though the vote passed ({@code meeting.vote.outcome-mismatch}), so the carrying-out
   * starts without a decision ({@code step.carried-out-before-decision}); the lift duty has no
   * measures ({@code outcome.duty.incomplete}); audit never supervises ({@code
   * supervision.public-funds-missing}); the revisit comes 35 days after completion ({@code
   * revisit.missing}); an appraisal scores 6 of 5 ({@code appraisal.score-out-of-scale}); and the event
   * history classifies a committed outcome without a decision event ({@code history.event-rejected}).
   *
   * @return the record
   */
  public static Sample broken() {
    return new Spec(fixedOwners(), 1, 0, true).build();
  }

  /**
   * The compliant record with {@code owners} owners voting in its one meeting instead of twelve: floor
   * areas from 45.00 to 144.99 m², about 97% signed in, about 98% of those voting (85% yes, 10% no, 5%
   * abstain), all drawn from {@link #SEED}; the recorded outcome is the one the vote computes.
   *
   * @param owners the number of owners, at least 5
   * @return the record
   */
  public static Sample withOwners(int owners) {
    if (owners < 5) {
      throw new IllegalArgumentException("owners: at least 5, was " + owners);
    }
    SplittableRandom random = new SplittableRandom(SEED);
    List<Owner> list = new ArrayList<>(owners);
    for (int i = 0; i < owners; i++) {
      BigDecimal area = BigDecimal.valueOf(4_500 + random.nextInt(10_000), 2);
      // the first two owners speak at the meeting, so they sign in and vote
      boolean signedIn = i < 2 || random.nextInt(100) < 97;
      Choice choice = null;
      if (signedIn && (i < 2 || random.nextInt(100) < 98)) {
        int draw = random.nextInt(100);
        choice = draw < 85 ? Choice.YES : draw < 95 ? Choice.NO : Choice.ABSTAIN;
      }
      list.add(new Owner(PartyId.of(String.format("b3-owner-%06d", i + 1)), area, signedIn, choice));
    }
    return new Spec(list, 1, 0, false).build();
  }

  /**
   * The compliant 20-party record deliberated over {@code meetings} regular monthly meetings (the 11th,
   * or the next working day), each a full meeting like the one of {@link #compliant()}; what follows
   * the last meeting follows it as it follows the one meeting there.
   *
   * @param meetings the number of meetings, 1 to 5000
   * @return the record
   */
  public static Sample withMeetings(int meetings) {
    if (meetings < 1 || meetings > 5_000) {
      throw new IllegalArgumentException("meetings: 1 to 5000, was " + meetings);
    }
    return new Spec(fixedOwners(), meetings, 0, false).build();
  }

  /**
   * The compliant 20-party record with exactly {@code events} events: its own sixteen, and progress
   * publications spread over the carrying-out.
   *
   * @param events the number of events, at least 16
   * @return the record
   */
  public static Sample withEvents(int events) {
    int own = new Spec(fixedOwners(), 1, 0, false).build().record().events().size();
    if (events < own) {
      throw new IllegalArgumentException("events: at least " + own + ", was " + events);
    }
    return new Spec(fixedOwners(), 1, events - own, false).build();
  }

  /**
   * A regular date of the community's council: the 11th of a month, moved to the next working day.
   *
   * @param month any day of the month
   * @return the date
   */
  static LocalDate regularDate(LocalDate month) {
    LocalDate date = month.withDayOfMonth(11);
    while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
      date = date.plusDays(1);
    }
    return date;
  }

  private static List<Owner> fixedOwners() {
    List<Owner> owners = new ArrayList<>();
    for (String[] flat : FLATS) {
      owners.add(
          new Owner(
              PartyId.of("b3-owner-" + flat[0]),
              new BigDecimal(flat[1]),
              true,
              Choice.valueOf(flat[2])));
    }
    return owners;
  }

  /** An owner of building 3: its id, floor area, whether it signs in, and its ballot (or none). */
  private static final class Owner {
    final PartyId id;
    final BigDecimal area;
    final boolean signedIn;
    final Choice choice;

    Owner(PartyId id, BigDecimal area, boolean signedIn, Choice choice) {
      this.id = id;
      this.area = area;
      this.signedIn = signedIn;
      this.choice = choice;
    }
  }

  /** What varies between the records; {@link #build()} lays out the rest. */
  private static final class Spec {
    final List<Owner> owners;
    final int meetings;
    final int extraEvents;
    final boolean broken;

    Spec(List<Owner> owners, int meetings, int extraEvents, boolean broken) {
      this.owners = owners;
      this.meetings = meetings;
      this.extraEvents = extraEvents;
      this.broken = broken;
    }

    Sample build() {
      List<Meeting> held = new ArrayList<>(meetings);
      for (int k = 0; k < meetings; k++) {
        LocalDate date = regularDate(FIRST_MEETING_MONTH.plusMonths(k));
        held.add(meeting(date, date.atTime(11, 0).toInstant(ZoneOffset.UTC)));
      }
      Meeting last = held.get(held.size() - 1);
      Instant start = last.startedAt();
      Instant end = last.endedAt();
      Instant classified = start.plus(DAY);
      Instant completed = start.plus(DAY.multipliedBy(160));

      List<Party> parties = new ArrayList<>();
      parties.add(
          new Party.Builder()
              .id(CONVENER)
              .kind(PartyKind.PARTY_ORGANISATION)
              .unit(COMMUNITY)
              .addRoles(PartyRole.CONVENER, PartyRole.DELIBERATOR)
              .build());
      parties.add(Party.of(RESIDENTS_COMMITTEE, PartyKind.RESIDENTS_COMMITTEE, COMMUNITY));
      parties.add(Party.of(OWNERS_COMMITTEE, PartyKind.OWNERS_COMMITTEE, COMMUNITY));
      parties.add(Party.of(PROPERTY_COMPANY, PartyKind.PROPERTY_COMPANY, COMMUNITY));
      parties.add(Party.of(REPRESENTATIVE, PartyKind.RESIDENT_REPRESENTATIVE, BUILDING));
      for (Owner owner : owners) {
        parties.add(
            new Party.Builder()
                .id(owner.id)
                .kind(PartyKind.STAKEHOLDER)
                .unit(BUILDING)
                .addRole(PartyRole.DELIBERATOR)
                .weight(owner.area)
                .build());
      }
      parties.add(supervisor(DISCIPLINE, PartyKind.DISCIPLINE_INSPECTION));
      parties.add(supervisor(FINANCE, PartyKind.FINANCE));
      parties.add(supervisor(AUDIT, PartyKind.AUDIT));

      Topic topic =
          new Topic.Builder()
              .id(TopicId.of("dianliu-1-2026-lift"))
              .title("3号楼加装电梯")
              .category(TopicCategory.PUBLIC_AFFAIRS)
              .catalogueEntry(Profiles.LIFT_INSTALLATION)
              .matterSize(MatterSize.MAJOR)
              .addAffectedUnits(BUILDING)
              .source(TopicSource.of(SourceKind.RESIDENT_PROPOSAL))
              .raisedAt(RAISED)
              .publicFunds(PublicFunds.of(new BigDecimal("240000.00")))
              .build();

      List<Publicity> progress = new ArrayList<>();
      for (int k = 1; k <= 5; k++) {
        Instant from = classified.plus(DAY.multipliedBy(28L * k));
        progress.add(Publicity.of("3号楼单元公示栏：加装电梯进度", from, from.plus(DAY.multipliedBy(7))));
      }
      Duty.Builder lift =
          new Duty.Builder()
              .id("b3-lift")
              .description("3号楼加装电梯：设计、施工、验收")
              .responsible(PROPERTY_COMPANY)
              .deadline(start.plus(DAY.multipliedBy(200)))
              .completedAt(completed)
              .completionRecord("电梯验收合格证 JN-2027-0520");
      if (!broken) {
        lift.measures("委托有资质单位设计施工；业主按楼层分摊自筹资金；街道协调规划许可");
      }
      OutcomeRecord outcome =
          new OutcomeRecord.Builder()
              .kind(OutcomeKind.COMMITTED)
              .facts(
                  new OutcomeFacts.Builder()
                      .agreementReached(true)
                      .withinPowers(true)
                      .addBlockingFactors("规划许可尚在审批")
                      .roundsHeld(1)
                      .disagreement(Disagreement.MODERATE)
                      .wideScopeOrComplexCauses(false)
                      .build())
              .classifiedAt(classified)
              .addDuties(
                  lift.build(),
                  new Duty.Builder()
                      .id("b3-budget")
                      .description("公示加装电梯资金预算")
                      .responsible(RESIDENTS_COMMITTEE)
                      .measures("在单元公示栏和业主群公示预算明细7天")
                      .deadline(start.plus(DAY.multipliedBy(20)))
                      .completedAt(start.plus(DAY.multipliedBy(7)))
                      .completionRecord("预算公示记录")
                      .build())
              .addAllProgressReports(progress)
              .build();

      Deliberation.Builder record =
          new Deliberation.Builder()
              .id(DeliberationId.of("dianliu-1-2026-lift"))
              .topic(topic)
              .parties(PartyList.of(parties))
              .deliberatingUnit(COMMUNITY)
              .admission(Admission.admitted(ADMITTED))
              .plannedMeetingDate(held.get(0).scheduledDate())
              .addAllMeetings(held)
              .addSteps(
                  StepEvent.completed(
                      "identify-parties", Instant.parse("2026-11-02T01:00:00Z"), PARTIES_IDENTIFIED,
                      CONVENER),
                  StepEvent.completed("set-topic", PARTIES_IDENTIFIED, TOPIC_SET, CONVENER),
                  StepEvent.completed("deliberate", TOPIC_SET, end, CONVENER),
                  StepEvent.completed(
                      "carry-out", start.plus(DAY.multipliedBy(8)), completed, PROPERTY_COMPANY),
                  StepEvent.completed(
                      "evaluate", start.plus(DAY.multipliedBy(166)), start.plus(DAY.multipliedBy(176)),
                      CONVENER))
              .outcome(outcome)
              // the acts Jinan requires of the community's party organisation (把关定向)
              .addPartyActs(
                  PartyOrganisationAct.of(
                      PartyActKind.REVIEWED_TOPIC, CONVENER, RAISED.plus(DAY)),
                  PartyOrganisationAct.of(
                      PartyActKind.SET_PROCEDURE, CONVENER, ADMITTED.plus(Duration.ofHours(1))),
                  PartyOrganisationAct.namedOrganiser(
                      CONVENER, ADMITTED.plus(Duration.ofHours(1)), RESIDENTS_COMMITTEE));
      record.addSupervision(
          Supervision.of(SupervisionPhase.BEFORE, REPRESENTATIVE, start.plus(DAY.multipliedBy(3)),
              "审阅施工方案与资金分摊方案"),
          Supervision.of(SupervisionPhase.BEFORE, FINANCE, start.plus(DAY.multipliedBy(4)),
              "核定财政补贴额度"),
          Supervision.of(SupervisionPhase.DURING, DISCIPLINE, start.plus(DAY.multipliedBy(90)),
              "抽查施工招标程序"),
          Supervision.of(SupervisionPhase.DURING, REPRESENTATIVE, start.plus(DAY.multipliedBy(91)),
              "查看施工进度"));
      if (!broken) {
        record.addSupervision(
            Supervision.of(SupervisionPhase.AFTER, AUDIT, start.plus(DAY.multipliedBy(165)),
                "审计补贴资金使用"));
      }
      record.addSupervision(
          Supervision.of(SupervisionPhase.AFTER, REPRESENTATIVE, start.plus(DAY.multipliedBy(166)),
              "参加竣工验收"));
      record.addRevisits(
          Revisit.of(start.plus(DAY.multipliedBy(broken ? 195 : 170)), RESIDENTS_COMMITTEE,
              "住户反映电梯运行平稳，低层采光影响小于预期"));
      Instant appraised = start.plus(DAY.multipliedBy(196));
      record.addAppraisals(
          Appraisal.of(appraised, owners.get(4).id, 5),
          Appraisal.of(appraised, owners.get(0).id, broken ? 6 : 4),
          Appraisal.of(appraised, REPRESENTATIVE, 5));
      record.addAllEvents(events(held, classified, completed, progress, appraised));
      return new Sample(record.build(), start.plus(DAY.multipliedBy(200)));
    }

    private List<DeliberationEvent> events(
        List<Meeting> held,
        Instant classified,
        Instant completed,
        List<Publicity> progress,
        Instant appraised) {
      Instant start = held.get(held.size() - 1).startedAt();
      List<DeliberationEvent> events = new ArrayList<>();
      events.add(DeliberationEvent.of(EventType.TOPIC_RAISED, RAISED, REPRESENTATIVE));
      events.add(DeliberationEvent.of(EventType.ADMITTED, ADMITTED, CONVENER));
      events.add(DeliberationEvent.of(EventType.PARTIES_IDENTIFIED, PARTIES_IDENTIFIED, CONVENER));
      for (Meeting meeting : held) {
        events.add(DeliberationEvent.of(EventType.MEETING_HELD, meeting.endedAt(), CONVENER));
      }
      if (!broken) {
        events.add(
            DeliberationEvent.of(
                EventType.DECISION_MADE, held.get(held.size() - 1).endedAt(), CONVENER));
      }
      events.add(DeliberationEvent.classified(OutcomeKind.COMMITTED, classified, CONVENER));
      events.add(DeliberationEvent.of(EventType.DUTY_ASSIGNED, classified, CONVENER));
      events.add(DeliberationEvent.of(EventType.DUTY_ASSIGNED, classified, CONVENER));
      List<DeliberationEvent> carryingOut = new ArrayList<>();
      for (Publicity report : progress) {
        carryingOut.add(
            DeliberationEvent.of(EventType.PROGRESS_PUBLISHED, report.from(), RESIDENTS_COMMITTEE));
      }
      long span = Duration.between(classified, completed).getSeconds();
      for (int k = 1; k <= extraEvents; k++) {
        Instant at = classified.plusSeconds(span * k / (extraEvents + 1L));
        carryingOut.add(DeliberationEvent.of(EventType.PROGRESS_PUBLISHED, at, RESIDENTS_COMMITTEE));
      }
      carryingOut.sort((a, b) -> a.at().compareTo(b.at()));
      events.addAll(carryingOut);
      events.add(DeliberationEvent.of(EventType.COMPLETED, completed, PROPERTY_COMPANY));
      events.add(
          DeliberationEvent.of(
              EventType.REVISITED, start.plus(DAY.multipliedBy(170)), RESIDENTS_COMMITTEE));
      events.add(DeliberationEvent.of(EventType.APPRAISED, appraised, CONVENER));
      return events;
    }

    /** One full regular meeting of the community council, 19:00 to 21:30 Beijing time. */
    private Meeting meeting(LocalDate date, Instant start) {
      Meeting.Builder meeting =
          new Meeting.Builder()
              .unit(COMMUNITY)
              .kind(MeetingKind.REGULAR)
              .scheduledDate(date)
              .startedAt(start)
              .endedAt(start.plus(Duration.ofMinutes(150)))
              .chair(CONVENER)
              .recorder(RESIDENTS_COMMITTEE);
      List<PartyId> invited = new ArrayList<>();
      invited.add(CONVENER);
      invited.add(RESIDENTS_COMMITTEE);
      invited.add(OWNERS_COMMITTEE);
      invited.add(PROPERTY_COMPANY);
      invited.add(REPRESENTATIVE);
      for (Owner owner : owners) {
        invited.add(owner.id);
      }
      invited.add(DISCIPLINE);
      invited.add(FINANCE);
      invited.add(AUDIT);
      meeting.addAllInvited(invited);

      // everyone signs in ten minutes early but finance (and, broken, the last owner); the second
      // owner signs the paper sheet
      Owner absent = broken ? owners.get(owners.size() - 1) : null;
      Instant signIn = start.minus(Duration.ofMinutes(10));
      Set<PartyId> present = new LinkedHashSet<>();
      for (PartyId party : invited) {
        if (!party.equals(FINANCE) && (absent == null || !party.equals(absent.id))) {
          present.add(party);
        }
      }
      for (Owner owner : owners) {
        if (!owner.signedIn) {
          present.remove(owner.id);
        }
      }
      for (PartyId party : present) {
        meeting.addAttendance(
            party.equals(owners.get(1).id)
                ? SignIn.withEvidence(party, signIn, "签到表第2页")
                : SignIn.of(party, signIn));
      }

      String[] summaries = {
        "受邀" + invited.size() + "人，签到" + present.size() + "人",
        "说明3号楼加装电梯方案与资金来源",
        "介绍各协商主体",
        "宣读议事规则：每人发言不超过5分钟",
        "低层业主提出采光与噪声顾虑，物业回应",
        "业主表决",
        "结果张贴于单元公示栏"
      };
      int[] minutes = {0, 10, 25, 35, 45, 120, 140};
      MeetingStage[] order = MeetingStage.values();
      if (broken) {
        // the rules are read before the parties are introduced
        order = order.clone();
        order[2] = MeetingStage.READ_RULES;
        order[3] = MeetingStage.INTRODUCE_PARTIES;
      }
      for (int i = 0; i < order.length; i++) {
        meeting.addStages(
            StageRecord.of(order[i], start.plus(Duration.ofMinutes(minutes[i])), summaries[i]));
      }
      meeting.addSpeakingTurns(
          SpeakingTurn.of(owners.get(0).id, Duration.ofMinutes(4)),
          SpeakingTurn.of(PROPERTY_COMPANY, Duration.ofMinutes(broken ? 7 : 3)),
          SpeakingTurn.of(owners.get(1).id, Duration.ofSeconds(150)),
          SpeakingTurn.of(REPRESENTATIVE, Duration.ofMinutes(5)),
          SpeakingTurn.of(OWNERS_COMMITTEE, Duration.ofMinutes(2)));
      meeting.addConflicts(ConflictOfInterest.of(PROPERTY_COMPANY, "关联企业参与电梯招标"));

      Vote.Builder vote =
          new Vote.Builder()
              .rule(Profiles.ownersMajorMatterRule())
              .closedAt(start.plus(Duration.ofMinutes(135)));
      for (Owner owner : owners) {
        vote.addEligible(Voter.of(owner.id, PartyKind.STAKEHOLDER, owner.area));
      }
      for (Owner owner : owners) {
        if (owner.choice != null) {
          vote.addBallots(Ballot.of(owner.id, owner.choice));
        }
      }
      if (broken) {
        // owner 201 votes a second time
        vote.addBallots(Ballot.of(owners.get(2).id, Choice.NO));
      }
      Vote built = vote.build();
      Outcome outcome = broken ? Outcome.FAILED : built.decide(present).outcome();
      Instant end = start.plus(Duration.ofMinutes(150));
      return meeting
          .vote(built)
          .result(MeetingResult.of("同意3号楼加装电梯，按楼层分摊自筹部分", outcome))
          .publicity(
              Publicity.of("3号楼单元公示栏", end, end.plus(DAY.multipliedBy(broken ? 3 : 7))))
          .build();
    }

    private Party supervisor(PartyId id, PartyKind kind) {
      return new Party.Builder()
          .id(id)
          .kind(kind)
          .unit(DISTRICT)
          .addRole(PartyRole.SUPERVISOR)
          .build();
    }
  }
}
