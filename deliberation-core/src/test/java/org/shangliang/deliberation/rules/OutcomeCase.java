package org.shangliang.deliberation.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shangliang.deliberation.meeting.Publicity;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.Disagreement;
import org.shangliang.deliberation.outcome.Duty;
import org.shangliang.deliberation.outcome.Escalation;
import org.shangliang.deliberation.outcome.FollowUp;
import org.shangliang.deliberation.outcome.HotlineCase;
import org.shangliang.deliberation.outcome.OutcomeFacts;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.outcome.Revisit;
import org.shangliang.deliberation.outcome.Supervision;
import org.shangliang.deliberation.outcome.SupervisionPhase;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;

/**
 * The compliant {@link MeetingCase} with a compliant Jinan outcome and what follows it (DOMAIN.md,
 * Jinan "four outcome kinds" and "after the result"):
 *
 * <ul>
 *   <li>an immediate outcome (即办件) classified half an hour after the meeting from its facts
 *       (agreement, within the community's powers, no blocking factor, one round, no disagreement,
 *       narrow scope);
 *   <li>two agreed items, each with a responsible party on the list, measures and a deadline, both
 *       finished before their deadlines with a completion record: the budget publicised by the
 *       residents' committee, and the lift built by the property company (finished when the carry-out
 *       step ends, {@link #COMPLETED});
 *   <li>supervision before, during and after (事前、事中、事后) by the resident representative, and, as
 *       public money is spent, by finance, discipline inspection and audit;
 *   <li>a revisit a week after completion (window 30 days) and two appraisals of 4 and 5 on the scale
 *       1..5.
 * </ul>
 *
 * <p>It is judged at {@link MeetingCase#AFTER_ALL}. The variants ({@link #committed()}, {@link
 * #shelved()}, {@link #recommendation()}, {@link #carryingOut()}, {@link #haidian()}, {@link
 * #withHotline()}) are compliant too. Its validator knows a second sub-district, {@link
 * #OTHER_SUB_DISTRICT}, beside {@link LiftCase#SUB_DISTRICT}.
 */
final class OutcomeCase extends MeetingCase {
  static final UnitId OTHER_SUB_DISTRICT = UnitId.of("qianfoshan");
  static final Jurisdiction JURISDICTION_WITH_NEIGHBOUR = withNeighbour();

  static final PartyId HOUSING = PartyId.of("housing-1");
  static final PartyId GAS = PartyId.of("gas-1");
  static final PartyId HOTLINE_DESK = PartyId.of("hotline-1");

  static final Instant CLASSIFIED = at("03:30");
  static final String BUDGET = "budget-1";
  static final String LIFT = "lift-1";
  static final Instant BUDGET_DEADLINE = Instant.parse("2026-12-31T09:00:00Z");
  static final Instant BUDGET_DONE = Instant.parse("2026-12-18T02:00:00Z");
  static final Instant LIFT_DEADLINE = Instant.parse("2027-02-28T09:00:00Z");
  /** When the lift was finished: the end of the carry-out step, and of the outcome. */
  static final Instant COMPLETED = Instant.parse("2027-02-26T01:00:00Z");
  static final Instant REVISITED = Instant.parse("2027-03-05T02:00:00Z");
  static final Duration WINDOW_30_DAYS = Duration.ofDays(30);
  static final Instant REVISIT_DUE = COMPLETED.plus(WINDOW_30_DAYS);

  static final Instant BEFORE_AT = Instant.parse("2026-12-13T02:00:00Z");
  static final Instant DURING_AT = Instant.parse("2027-01-15T02:00:00Z");
  static final Instant AFTER_AT = Instant.parse("2027-02-27T02:00:00Z");

  /** The instant {@link #carryingOut()} is judged at: the lift is being built. */
  static final Instant MID_WORKS = Instant.parse("2027-02-01T00:00:00Z");

  static final Instant ESCALATED = at("06:00");
  static final Instant RESOLVED = Instant.parse("2027-01-08T02:00:00Z");

  static final Instant RECEIVED = Instant.parse("2026-10-19T02:00:00Z");
  static final String TICKET = "12345-20261019-0042";

  /** Whether the record holds an outcome; its parts follow. */
  boolean classified = true;

  OutcomeKind outcomeKind = OutcomeKind.IMMEDIATE;
  boolean agreementReached = true;
  boolean withinPowers = true;
  List<String> blockingFactors = new ArrayList<>();
  int roundsHeld = 1;
  Disagreement disagreement = Disagreement.NONE;
  boolean wideScopeOrComplexCauses = false;
  Instant classifiedAt = CLASSIFIED;
  List<DutyDraft> duties = new ArrayList<>(List.of(budgetDuty(), liftDuty()));
  List<Publicity> progressReports = new ArrayList<>();
  Optional<Publicity> residentsNotice = Optional.empty();
  Optional<LocalDate> takeUpAgainOn = Optional.empty();
  Optional<String> proposedSolution = Optional.empty();
  Optional<Instant> solvedAt = Optional.empty();

  OutcomeCase() {
    supervision.addAll(defaultSupervision());
    revisits.add(Revisit.of(REVISITED, RC, "居民反映电梯运行平稳"));
    appraisals.add(Appraisal.of(Instant.parse("2027-03-06T02:00:00Z"), OWNER, 4));
    appraisals.add(Appraisal.of(Instant.parse("2027-03-07T02:00:00Z"), REP, 5));
  }

  private static Jurisdiction withNeighbour() {
    List<AdministrativeUnit> units = new ArrayList<>(JURISDICTION.units());
    units.add(AdministrativeUnit.of(OTHER_SUB_DISTRICT, TierLevel.SUB_DISTRICT, "千佛山街道", DISTRICT));
    return Jurisdiction.of(units);
  }

  /** The budget item: publicised by the residents' committee, finished 2026-12-18. */
  static DutyDraft budgetDuty() {
    DutyDraft d = new DutyDraft(BUDGET, "公示加装电梯资金预算");
    d.responsible = Optional.of(RC);
    d.measures = Optional.of("在社区公示栏和业主群公示预算明细7天");
    d.deadline = Optional.of(BUDGET_DEADLINE);
    d.completedAt = Optional.of(BUDGET_DONE);
    d.completionRecord = Optional.of("预算公示记录 2026-12-18");
    return d;
  }

  /** The lift item: built by the property company with the contractor, finished {@link #COMPLETED}. */
  static DutyDraft liftDuty() {
    DutyDraft d = new DutyDraft(LIFT, "3号楼加装电梯施工");
    d.responsible = Optional.of(PC);
    d.measures = Optional.of("物业公司配合施工单位围挡施工，每周通报进度");
    d.deadline = Optional.of(LIFT_DEADLINE);
    d.completedAt = Optional.of(COMPLETED);
    d.completionRecord = Optional.of("竣工验收报告 2027-015");
    return d;
  }

  /** Before, during and after, each by the resident representative and a public-funds supervisor. */
  static List<Supervision> defaultSupervision() {
    return List.of(
        Supervision.of(SupervisionPhase.BEFORE, REP, BEFORE_AT, "审查施工方案"),
        Supervision.of(SupervisionPhase.BEFORE, FIN, BEFORE_AT, "审核资金预算"),
        Supervision.of(SupervisionPhase.DURING, REP, DURING_AT, "查看施工进度"),
        Supervision.of(SupervisionPhase.DURING, DI, DURING_AT, "施工现场廉洁监督"),
        Supervision.of(SupervisionPhase.AFTER, REP, AFTER_AT, "参加竣工验收"),
        Supervision.of(SupervisionPhase.AFTER, AUDIT, AFTER_AT, "竣工结算审计"));
  }

  /** The facts as the fields describe them. */
  OutcomeFacts facts() {
    return new OutcomeFacts.Builder()
        .agreementReached(agreementReached)
        .withinPowers(withinPowers)
        .addAllBlockingFactors(blockingFactors)
        .roundsHeld(roundsHeld)
        .disagreement(disagreement)
        .wideScopeOrComplexCauses(wideScopeOrComplexCauses)
        .build();
  }

  @Override
  Optional<OutcomeRecord> outcome() {
    if (!classified) {
      return outcome;
    }
    OutcomeRecord.Builder record = new OutcomeRecord.Builder();
    record
        .kind(outcomeKind)
        .facts(facts())
        .classifiedAt(classifiedAt)
        .addAllProgressReports(progressReports)
        .residentsNotice(residentsNotice)
        .takeUpAgainOn(takeUpAgainOn)
        .proposedSolution(proposedSolution)
        .solvedAt(solvedAt);
    for (DutyDraft duty : duties) {
      record.addDuty(duty.build());
    }
    return Optional.of(record.build());
  }

  @Override
  Validator validator() {
    return Validator.builder(profile).jurisdiction(JURISDICTION_WITH_NEIGHBOUR).calendar(calendar).build();
  }

  /** Replaces the phase of every supervision record of one phase by another. */
  OutcomeCase rephase(SupervisionPhase from, SupervisionPhase to) {
    supervision.replaceAll(
        s -> s.phase() == from ? Supervision.of(to, s.supervisor(), s.at(), s.note()) : s);
    return this;
  }

  /** Adds a party to the list. */
  OutcomeCase addParty(String id, PartyKind kind, UnitId unit) {
    parties.add(Party.of(PartyId.of(id), kind, unit));
    return this;
  }

  // variants

  /**
   * 承诺件: agreement, but the gas pipe in the lift shaft must be moved first; progress published at
   * the community board 30 and 60 days after the classification; the items are then finished as in
   * the immediate case (the next report, at 90 days, falls after completion).
   */
  OutcomeCase committed() {
    outcomeKind = OutcomeKind.COMMITTED;
    blockingFactors.add("井道内燃气管线需先迁移");
    progressReports.add(progress(classifiedAt.plus(WINDOW_30_DAYS)));
    progressReports.add(progress(classifiedAt.plus(WINDOW_30_DAYS.multipliedBy(2))));
    return this;
  }

  /**
   * The committed outcome with no progress report yet and the lift still to build by the end of June
   * 2027: supervised before and during, not revisited or appraised.
   */
  OutcomeCase committedStillOpen() {
    committed();
    progressReports.clear();
    duties.get(1).open().deadline = Optional.of(Instant.parse("2027-06-30T09:00:00Z"));
    rephase(SupervisionPhase.AFTER, SupervisionPhase.DURING);
    revisits.clear();
    appraisals.clear();
    return this;
  }

  /** A progress report published for a week from an instant. */
  static Publicity progress(Instant from) {
    return Publicity.of("社区公示栏", from, from.plus(Duration.ofDays(7)));
  }

  /**
   * 搁置件: no agreement after two rounds with moderate disagreement; residents told why the day after,
   * to be taken up again in June; no items, so no supervision, revisit or appraisal.
   */
  OutcomeCase shelved() {
    outcomeKind = OutcomeKind.SHELVED;
    agreementReached = false;
    roundsHeld = 2;
    disagreement = Disagreement.MODERATE;
    duties.clear();
    residentsNotice =
        Optional.of(Publicity.of("社区公示栏", at("09:00"), at("09:00").plus(Duration.ofDays(7))));
    takeUpAgainOn = Optional.of(LocalDate.of(2027, 6, 11));
    clearAfterTheResult();
    return this;
  }

  /**
   * 建议件: beyond the community's powers; the result and a proposed solution went up to the
   * sub-district the same day, followed by the community party organisation on 12-18 and 12-28,
   * resolved on 2027-01-08, and residents told the next day. No items of its own.
   */
  OutcomeCase recommendation() {
    outcomeKind = OutcomeKind.RECOMMENDATION;
    withinPowers = false;
    duties.clear();
    proposedSolution = Optional.of("由街道协调区住建部门统筹加装电梯补贴和规划审批");
    solvedAt = Optional.of(RESOLVED);
    residentsNotice =
        Optional.of(progress(RESOLVED.plus(Duration.ofDays(1))));
    clearAfterTheResult();
    escalations.add(escalation().build());
    return this;
  }

  /** The recommendation's compliant escalation, to change before building. */
  static EscalationDraft escalation() {
    EscalationDraft e = new EscalationDraft();
    e.followUps.add(FollowUp.of(Instant.parse("2026-12-18T02:00:00Z"), "街道已受理，召集住建部门"));
    e.followUps.add(FollowUp.of(Instant.parse("2026-12-28T02:00:00Z"), "住建部门现场勘察"));
    e.resolvedAt = Optional.of(RESOLVED);
    return e;
  }

  /**
   * The immediate outcome while the lift is being built, judged at {@link #MID_WORKS}: the budget
   * item finished, the lift item open (due {@link #LIFT_DEADLINE}); supervised before and during; the
   * carry-out step under way; nothing revisited or appraised yet.
   */
  OutcomeCase carryingOut() {
    now = MID_WORKS;
    DutyDraft lift = duties.get(1);
    lift.completedAt = Optional.empty();
    lift.completionRecord = Optional.empty();
    supervision.removeIf(s -> s.phase() == SupervisionPhase.AFTER);
    revisits.clear();
    appraisals.clear();
    steps.subList(4, steps.size()).clear();
    steps.set(
        3, StepEvent.underWay(FIVE_STEP_CARRY_OUT, Instant.parse("2026-12-14T01:00:00Z"), PC));
    return this;
  }

  /**
   * The same record under Haidian's profile (a poor appraisal reopens the deliberation): the five
   * steps 集议办督评 instead of Jinan's, the meeting held on demand.
   */
  OutcomeCase haidian() {
    profile = Profiles.haidian();
    steps.clear();
    steps.add(
        StepEvent.completed(
            "collect", Instant.parse("2026-10-21T01:00:00Z"), Instant.parse("2026-11-02T02:00:00Z"), PO));
    steps.add(
        StepEvent.completed("deliberate", Instant.parse("2026-11-02T02:00:00Z"), at("04:00"), PO));
    steps.add(
        StepEvent.completed(
            "handle", Instant.parse("2026-12-14T01:00:00Z"), COMPLETED, PC));
    steps.add(
        StepEvent.completed(
            "supervise", COMPLETED, Instant.parse("2027-03-01T01:00:00Z"), REP));
    steps.add(
        StepEvent.completed(
            "evaluate", Instant.parse("2027-03-01T01:00:00Z"), Instant.parse("2027-03-12T01:00:00Z"), RC));
    return this;
  }

  /**
   * The topic came in as a 12345 call about one department (district housing), first taken by the
   * residents' committee's hotline desk, forwarded within the hour, replied to the same day and
   * handled (put to deliberation) within four days.
   */
  OutcomeCase withHotline() {
    addParty(HOUSING.value(), PartyKind.GOVERNMENT_DEPARTMENT, DISTRICT);
    addParty(GAS.value(), PartyKind.GOVERNMENT_DEPARTMENT, DISTRICT);
    addParty(HOTLINE_DESK.value(), PartyKind.RESIDENTS_COMMITTEE, COMMUNITY_1);
    hotlineCase = Optional.of(hotline().build());
    source = org.shangliang.deliberation.topic.TopicSource.hotline(TICKET);
    return this;
  }

  /** The compliant one-department hotline case, to change before building. */
  static HotlineDraft hotline() {
    return new HotlineDraft();
  }

  private void clearAfterTheResult() {
    supervision.clear();
    revisits.clear();
    appraisals.clear();
  }

  /** A duty's parts, mutable, built into a {@link Duty}. */
  static final class DutyDraft {
    final String id;
    final String description;
    Optional<PartyId> responsible = Optional.empty();
    Optional<String> measures = Optional.empty();
    Optional<Instant> deadline = Optional.empty();
    Optional<Instant> completedAt = Optional.empty();
    Optional<String> completionRecord = Optional.empty();
    Optional<String> kind = Optional.empty();

    DutyDraft(String id, String description) {
      this.id = id;
      this.description = description;
    }

    /** Marks it open: no completion instant, no record. */
    DutyDraft open() {
      completedAt = Optional.empty();
      completionRecord = Optional.empty();
      return this;
    }

    Duty build() {
      return new Duty.Builder()
          .id(id)
          .description(description)
          .responsible(responsible)
          .measures(measures)
          .deadline(deadline)
          .completedAt(completedAt)
          .completionRecord(completionRecord)
          .kind(kind)
          .build();
    }
  }

  /** An escalation's parts, compliant by default (community to its sub-district), mutable. */
  static final class EscalationDraft {
    UnitId from = COMMUNITY_1;
    UnitId to = SUB_DISTRICT;
    Instant escalatedAt = ESCALATED;
    Instant deadline = Instant.parse("2027-01-31T09:00:00Z");
    Optional<PartyId> follower = Optional.of(PO);
    List<FollowUp> followUps = new ArrayList<>();
    Optional<Instant> resolvedAt = Optional.empty();

    EscalationDraft to(UnitId unit) {
      to = unit;
      return this;
    }

    Escalation build() {
      return new Escalation.Builder()
          .fromUnit(from)
          .toUnit(to)
          .reason("加装电梯补贴和规划审批超出社区职权")
          .escalatedAt(escalatedAt)
          .deadline(deadline)
          .follower(follower)
          .addAllFollowUps(followUps)
          .resolvedAt(resolvedAt)
          .build();
    }
  }

  /** A hotline case's parts, compliant by default (one department, forwarded, replied, handled). */
  static final class HotlineDraft {
    PartyId firstContact = HOTLINE_DESK;
    List<PartyId> departments = new ArrayList<>(List.of(HOUSING));
    Optional<Instant> forwardedAt = Optional.of(RECEIVED.plus(Duration.ofMinutes(40)));
    Optional<Instant> coordinationConvenedAt = Optional.empty();
    Optional<Instant> repliedAt = Optional.of(RECEIVED.plus(Duration.ofHours(6)));
    Optional<Instant> handledAt = Optional.of(RECEIVED.plus(Duration.ofDays(4)));

    HotlineCase build() {
      return new HotlineCase.Builder()
          .ticketId(TICKET)
          .receivedAt(RECEIVED)
          .firstContact(firstContact)
          .addAllDepartments(departments)
          .forwardedAt(forwardedAt)
          .coordinationConvenedAt(coordinationConvenedAt)
          .repliedAt(repliedAt)
          .handledAt(handledAt)
          .build();
    }
  }
}
