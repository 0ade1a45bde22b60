package org.shangliang.examples;

import java.time.Instant;
import java.util.List;
import org.shangliang.deliberation.meeting.Publicity;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.Duty;
import org.shangliang.deliberation.outcome.OutcomeFacts;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.outcome.Revisit;
import org.shangliang.deliberation.outcome.Supervision;
import org.shangliang.deliberation.outcome.SupervisionPhase;
import org.shangliang.deliberation.outcome.Disagreement;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.StepEvent;

/**
 * The Jinan lift case carried from its meeting to its appraisal: the owners agreed, but the planning
 * permit was pending, so the outcome is committed (承诺件) with progress published monthly; the lift was
 * installed and accepted, supervised before, during and after, revisited (回访) and appraised (评议).
 *
 * <p>{@link #record(Instant)} gives the record as it stood at an instant, so the demo can list what was
 * due then.
 */
public final class JinanOutcomeCase {
  /** The end of the story: after the appraisal. */
  public static final Instant END = Instant.parse("2027-06-15T02:00:00Z");

  private static final PartyId CHAIR = PartyId.of("dianliu-1-party-committee");
  private static final PartyId PROPERTY = PartyId.of("dianliu-property-co");
  private static final Instant CLASSIFIED = Instant.parse("2026-12-12T02:00:00Z");
  private static final Instant FINISHED = Instant.parse("2027-05-20T08:00:00Z");

  private JinanOutcomeCase() {}

  /**
   * The record as it stood at an instant: only what had happened by then.
   *
   * @param asOf the instant
   * @return the record
   */
  public static Deliberation record(Instant asOf) {
    boolean finished = !FINISHED.isAfter(asOf);
    Duty.Builder lift =
        new Duty.Builder()
            .id("b3-lift")
            .description("3号楼加装电梯：设计、施工、验收")
            .responsible(PROPERTY)
            .measures("委托有资质单位设计施工；业主按楼层分摊自筹资金；街道协调规划许可")
            .deadline(Instant.parse("2027-06-30T10:00:00Z"));
    if (finished) {
      lift.completedAt(FINISHED).completionRecord("电梯验收合格证 JN-2027-0520");
    }
    OutcomeRecord.Builder outcome =
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
            .classifiedAt(CLASSIFIED)
            .addDuties(lift.build());
    for (String month : List.of("2027-01-10", "2027-02-08", "2027-03-09", "2027-04-08", "2027-05-06")) {
      Instant from = Instant.parse(month + "T01:00:00Z");
      if (!from.isAfter(asOf)) {
        outcome.addProgressReports(
            Publicity.of("3号楼单元公示栏：加装电梯进度", from, from.plusSeconds(7 * 86_400)));
      }
    }
    Deliberation.Builder record =
        JinanLiftCase.compliantBuilder()
            .addMeeting(JinanMeetingCase.meeting())
            .outcome(outcome.build());
    addSteps(record, asOf);
    add(record, asOf, Supervision.of(SupervisionPhase.BEFORE, PartyId.of("rep-b3-1"),
        Instant.parse("2026-12-20T02:00:00Z"), "审阅施工方案与资金分摊方案"));
    add(record, asOf, Supervision.of(SupervisionPhase.BEFORE, PartyId.of("lixia-finance"),
        Instant.parse("2026-12-21T02:00:00Z"), "核定财政补贴额度"));
    add(record, asOf, Supervision.of(SupervisionPhase.DURING, PartyId.of("lixia-discipline"),
        Instant.parse("2027-03-15T02:00:00Z"), "抽查施工招标程序"));
    add(record, asOf, Supervision.of(SupervisionPhase.AFTER, PartyId.of("lixia-audit"),
        Instant.parse("2027-05-25T02:00:00Z"), "审计补贴资金使用"));
    add(record, asOf, Supervision.of(SupervisionPhase.AFTER, PartyId.of("rep-b3-2"),
        Instant.parse("2027-05-26T02:00:00Z"), "参加竣工验收"));
    if (!Instant.parse("2027-06-05T02:00:00Z").isAfter(asOf)) {
      record.addRevisits(
          Revisit.of(Instant.parse("2027-06-05T02:00:00Z"), PartyId.of("dianliu-1-residents-committee"),
              "住户反映电梯运行平稳，低层采光影响小于预期"));
    }
    Instant appraised = Instant.parse("2027-06-10T02:00:00Z");
    if (!appraised.isAfter(asOf)) {
      record.addAppraisals(
          Appraisal.of(appraised, PartyId.of("b3-owner-301"), 5),
          Appraisal.of(appraised, PartyId.of("b3-owner-101"), 4),
          Appraisal.of(appraised, PartyId.of("rep-b3-1"), 5));
    }
    return record.build();
  }

  private static void add(Deliberation.Builder record, Instant asOf, Supervision supervision) {
    if (!supervision.at().isAfter(asOf)) {
      record.addSupervision(supervision);
    }
  }

  private static void addSteps(Deliberation.Builder record, Instant asOf) {
    record.addSteps(
        StepEvent.completed("identify-parties", at("2026-11-02T01:00"), at("2026-11-03T09:00"), CHAIR),
        StepEvent.completed("set-topic", at("2026-11-03T09:00"), at("2026-11-05T09:00"), CHAIR),
        StepEvent.completed("deliberate", at("2026-11-05T09:00"), at("2026-12-11T13:30"), CHAIR));
    Instant carryOut = at("2026-12-19T01:00");
    if (carryOut.isAfter(asOf)) {
      return;
    }
    if (FINISHED.isAfter(asOf)) {
      record.addSteps(StepEvent.underWay("carry-out", carryOut, PROPERTY));
      return;
    }
    record.addSteps(StepEvent.completed("carry-out", carryOut, FINISHED, PROPERTY));
    Instant evaluate = at("2027-06-01T01:00");
    if (!evaluate.isAfter(asOf)) {
      Instant evaluated = at("2027-06-10T09:00");
      record.addSteps(
          evaluated.isAfter(asOf)
              ? StepEvent.underWay("evaluate", evaluate, CHAIR)
              : StepEvent.completed("evaluate", evaluate, evaluated, CHAIR));
    }
  }

  private static Instant at(String utc) {
    return Instant.parse(utc + ":00Z");
  }
}
