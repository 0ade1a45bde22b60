package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.rules.LiftCase.COMMUNITY_1;
import static org.shangliang.deliberation.rules.LiftCase.COMMUNITY_2;
import static org.shangliang.deliberation.rules.LiftCase.DISTRICT;
import static org.shangliang.deliberation.rules.LiftCase.GRID_1;
import static org.shangliang.deliberation.rules.LiftCase.SUB_DISTRICT;
import static org.shangliang.deliberation.rules.MeetingCase.AFTER_ALL;
import static org.shangliang.deliberation.rules.MeetingCase.AUDIT;
import static org.shangliang.deliberation.rules.MeetingCase.DI;
import static org.shangliang.deliberation.rules.MeetingCase.FIN;
import static org.shangliang.deliberation.rules.MeetingCase.OWNER;
import static org.shangliang.deliberation.rules.MeetingCase.PC;
import static org.shangliang.deliberation.rules.MeetingCase.RC;
import static org.shangliang.deliberation.rules.MeetingCase.REP;
import static org.shangliang.deliberation.rules.OutcomeCase.AFTER_AT;
import static org.shangliang.deliberation.rules.OutcomeCase.COMPLETED;
import static org.shangliang.deliberation.rules.OutcomeCase.DURING_AT;
import static org.shangliang.deliberation.rules.OutcomeCase.ESCALATED;
import static org.shangliang.deliberation.rules.OutcomeCase.OTHER_SUB_DISTRICT;
import static org.shangliang.deliberation.rules.OutcomeCase.REVISIT_DUE;
import static org.shangliang.deliberation.rules.ReportAssert.assertClean;
import static org.shangliang.deliberation.rules.ReportAssert.assertOnly;
import static org.shangliang.deliberation.rules.ReportAssert.assertSingle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.FollowUp;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.outcome.Revisit;
import org.shangliang.deliberation.outcome.Supervision;
import org.shangliang.deliberation.outcome.SupervisionPhase;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.Violation;

/**
 * The rules after the result: escalation, supervision, revisit and appraisal (DOMAIN.md, Jinan "after
 * the result", seeds/003; Haidian 督 and 评, seeds/000).
 */
class AccountabilityRulesTest {
  private static final Duration FIFTEEN_DAYS = Duration.ofDays(15);
  private static final PartyId NPC = PartyId.of("npc-1");

  /** The recommendation with its one escalation replaced by the draft's. */
  private static OutcomeCase escalated(OutcomeCase.EscalationDraft draft) {
    OutcomeCase c = new OutcomeCase().recommendation();
    c.escalations.set(0, draft.build());
    return c;
  }

  /** An escalation still open: not resolved, no follow-up; the recommendation not solved. */
  private static OutcomeCase openEscalation(FollowUp... followUps) {
    OutcomeCase.EscalationDraft draft = OutcomeCase.escalation();
    draft.followUps.clear();
    draft.followUps.addAll(List.of(followUps));
    draft.resolvedAt = Optional.empty();
    OutcomeCase c = escalated(draft);
    c.solvedAt = Optional.empty();
    c.residentsNotice = Optional.empty();
    return c;
  }

  // escalation.wrong-level

  @Test
  void acceptsCommunityEscalatingToItsSubDistrict() {
    OutcomeCase c = new OutcomeCase().recommendation();
    assertThat(c.build().escalations().get(0).toUnit()).isEqualTo(SUB_DISTRICT);
    assertThat(c.profile.tier(TierLevel.COMMUNITY).get().escalatesTo()).contains(TierLevel.SUB_DISTRICT);
    assertClean(c.validate());
  }

  @Test
  void rejectsCommunitySkippingItsSubDistrictForTheDistrict() {
    OutcomeCase c = escalated(OutcomeCase.escalation().to(DISTRICT));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.ESCALATION_WRONG_LEVEL, "escalations[0].toUnit", Severity.ERROR);
    assertThat(v.args()).containsExactly(DISTRICT, COMMUNITY_1, SUB_DISTRICT);
  }

  @Test
  void rejectsCommunityEscalatingToAnotherSubDistrict() {
    OutcomeCase c = escalated(OutcomeCase.escalation().to(OTHER_SUB_DISTRICT));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.ESCALATION_WRONG_LEVEL, "escalations[0].toUnit", Severity.ERROR);
    assertThat(v.args()).containsExactly(OTHER_SUB_DISTRICT, COMMUNITY_1, SUB_DISTRICT);
  }

  @Test
  void rejectsEscalationSidewaysToAnotherCommunity() {
    OutcomeCase c = escalated(OutcomeCase.escalation().to(COMMUNITY_2));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.ESCALATION_WRONG_LEVEL, "escalations[0].toUnit", Severity.ERROR);
    assertThat(v.args()).containsExactly(COMMUNITY_2, COMMUNITY_1, SUB_DISTRICT);
  }

  @Test
  void acceptsGridEscalatingToItsCommunity() {
    OutcomeCase.EscalationDraft draft = OutcomeCase.escalation().to(COMMUNITY_1);
    draft.from = GRID_1;
    OutcomeCase c = escalated(draft);
    // the record deliberated at the community; only the level rule is under test here
    c.profile =
        c.profile.withRuleSettings(
            java.util.List.of(
                org.shangliang.deliberation.profile.RuleSetting.off(
                    RuleCodes.ESCALATION_FROM_OTHER_UNIT)));
    assertClean(c.validate());
  }

  // escalation.follower-missing

  @Test
  void rejectsEscalationWithoutNamedFollower() {
    OutcomeCase.EscalationDraft draft = OutcomeCase.escalation();
    draft.follower = Optional.empty();
    Violation v =
        assertSingle(
            escalated(draft).validate(),
            RuleCodes.ESCALATION_FOLLOWER_MISSING,
            "escalations[0].follower",
            Severity.ERROR);
    assertThat(v.args()).containsExactly("—");
  }

  @Test
  void rejectsFollowerNotOnTheList() {
    OutcomeCase.EscalationDraft draft = OutcomeCase.escalation();
    draft.follower = Optional.of(PartyId.of("clerk-9"));
    Violation v =
        assertSingle(
            escalated(draft).validate(),
            RuleCodes.ESCALATION_FOLLOWER_MISSING,
            "escalations[0].follower",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(PartyId.of("clerk-9"));
  }

  @Test
  void acceptsFollowerOnTheList() {
    OutcomeCase.EscalationDraft draft = OutcomeCase.escalation();
    draft.follower = Optional.of(RC);
    assertClean(escalated(draft).validate());
  }

  // escalation.follow-up-late

  @Test
  void rejectsOpenEscalationLeftSilentPast15Days() {
    OutcomeCase c = openEscalation();
    c.now = ESCALATED.plus(Duration.ofDays(16));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.ESCALATION_FOLLOW_UP_LATE,
            "escalations[0].followUps",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(ESCALATED.plus(FIFTEEN_DAYS), FIFTEEN_DAYS);
  }

  @Test
  void acceptsOpenEscalationWithoutFollowUpUntilTheWindowEnds() {
    OutcomeCase c = openEscalation();
    c.now = ESCALATED.plus(FIFTEEN_DAYS);
    assertClean(c.validate());
  }

  @Test
  void acceptsOpenEscalationFollowedUpEvery10Days() {
    OutcomeCase c =
        openEscalation(
            FollowUp.of(ESCALATED.plus(Duration.ofDays(10)), "街道已受理"),
            FollowUp.of(ESCALATED.plus(Duration.ofDays(20)), "住建部门现场勘察"),
            FollowUp.of(ESCALATED.plus(Duration.ofDays(30)), "补贴方案报区政府"));
    c.now = ESCALATED.plus(Duration.ofDays(40));
    assertClean(c.validate());
  }

  @Test
  void rejectsAFollowUpThatCameTooLateEvenIfLaterOnesWereInTime() {
    OutcomeCase c =
        openEscalation(
            FollowUp.of(ESCALATED.plus(Duration.ofDays(10)), "街道已受理"),
            FollowUp.of(ESCALATED.plus(Duration.ofDays(27)), "住建部门现场勘察"),
            FollowUp.of(ESCALATED.plus(Duration.ofDays(35)), "补贴方案报区政府"));
    c.now = ESCALATED.plus(Duration.ofDays(40));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.ESCALATION_FOLLOW_UP_LATE,
            "escalations[0].followUps",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(ESCALATED.plus(Duration.ofDays(25)), FIFTEEN_DAYS);
  }

  @Test
  void acceptsEscalationResolvedBeforeTheWindowPassed() {
    OutcomeCase.EscalationDraft draft = OutcomeCase.escalation();
    draft.followUps.clear();
    draft.resolvedAt = Optional.of(ESCALATED.plus(Duration.ofDays(12)));
    OutcomeCase c = escalated(draft);
    c.solvedAt = draft.resolvedAt;
    c.now = AFTER_ALL;
    assertClean(c.validate());
  }

  @Test
  void rejectsEscalationResolvedAfterASilentWindow() {
    OutcomeCase.EscalationDraft draft = OutcomeCase.escalation();
    draft.followUps.clear();
    OutcomeCase c = escalated(draft);
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.ESCALATION_FOLLOW_UP_LATE,
            "escalations[0].followUps",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(ESCALATED.plus(FIFTEEN_DAYS), FIFTEEN_DAYS);
  }

  @Test
  void ignoresFollowUpsAfterTheResolution() {
    OutcomeCase.EscalationDraft draft = OutcomeCase.escalation();
    draft.followUps.add(FollowUp.of(AFTER_ALL, "回访居民"));
    assertClean(escalated(draft).validate());
  }

  // supervision.phase-missing

  @Test
  void acceptsOpenItemsSupervisedBeforeOnly() {
    OutcomeCase c = new OutcomeCase().carryingOut();
    c.supervision.removeIf(s -> s.phase() != SupervisionPhase.BEFORE);
    assertClean(c.validate());
  }

  @Test
  void rejectsOpenItemsNotSupervisedBefore() {
    OutcomeCase c = new OutcomeCase().carryingOut();
    c.rephase(SupervisionPhase.BEFORE, SupervisionPhase.DURING);
    Violation v =
        assertSingle(c.validate(), RuleCodes.SUPERVISION_PHASE_MISSING, "supervision", Severity.ERROR);
    assertThat(v.args()).containsExactly(SupervisionPhase.BEFORE);
  }

  @Test
  void rejectsFinishedItemsNotSupervisedAfter() {
    OutcomeCase c = new OutcomeCase();
    c.rephase(SupervisionPhase.AFTER, SupervisionPhase.DURING);
    Violation v =
        assertSingle(c.validate(), RuleCodes.SUPERVISION_PHASE_MISSING, "supervision", Severity.ERROR);
    assertThat(v.args()).containsExactly(SupervisionPhase.AFTER);
  }

  @Test
  void reportsEachPhaseMissingOnceItemsAreFinished() {
    OutcomeCase c = new OutcomeCase();
    c.rephase(SupervisionPhase.BEFORE, SupervisionPhase.AFTER);
    c.rephase(SupervisionPhase.DURING, SupervisionPhase.AFTER);
    List<Violation> violations =
        assertOnly(c.validate(), RuleCodes.SUPERVISION_PHASE_MISSING, "supervision", "supervision");
    assertThat(violations.get(0).args()).containsExactly(SupervisionPhase.BEFORE);
    assertThat(violations.get(1).args()).containsExactly(SupervisionPhase.DURING);
  }

  @Test
  void asksNoSupervisionOfAnOutcomeWithoutItems() {
    OutcomeCase c = new OutcomeCase().shelved();
    assertThat(c.supervision).isEmpty();
    assertClean(c.validate());
  }

  // supervision.supervisor-not-allowed

  @Test
  void acceptsSupervisorsOfTheProfilesKindsAndPublicFundsKinds() {
    OutcomeCase c = new OutcomeCase().addParty(NPC.value(), PartyKind.PEOPLES_CONGRESS_DEPUTY, DISTRICT);
    // records are kept in time order: these come after the fixture's last one (AFTER_AT)
    c.supervision.add(
        Supervision.of(SupervisionPhase.AFTER, NPC, AFTER_AT.plusSeconds(3600), "人大代表视察电梯运行"));
    c.supervision.add(
        Supervision.of(SupervisionPhase.AFTER, OWNER, AFTER_AT.plusSeconds(7200), "利益相关方参加验收"));
    assertClean(c.validate());
  }

  @Test
  void rejectsSupervisorNotOnTheList() {
    OutcomeCase c = new OutcomeCase();
    c.supervision.add(
        Supervision.of(SupervisionPhase.AFTER, NPC, AFTER_AT.plusSeconds(3600), "人大代表视察电梯运行"));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.SUPERVISION_SUPERVISOR_NOT_ALLOWED,
            "supervision[6].supervisor",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(NPC, "—");
  }

  @Test
  void rejectsThePropertyCompanySupervisingItsOwnWork() {
    OutcomeCase c = new OutcomeCase();
    c.supervision.add(2, Supervision.of(SupervisionPhase.DURING, PC, DURING_AT, "自查施工进度"));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.SUPERVISION_SUPERVISOR_NOT_ALLOWED,
            "supervision[2].supervisor",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(PC, PartyKind.PROPERTY_COMPANY);
  }

  @Test
  void rejectsFinanceSupervisingWhereNoPublicMoneyIsSpent() {
    OutcomeCase c = new OutcomeCase();
    c.funds = Optional.empty();
    c.supervision.removeIf(s -> s.supervisor().equals(DI) || s.supervisor().equals(AUDIT));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.SUPERVISION_SUPERVISOR_NOT_ALLOWED,
            "supervision[1].supervisor",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(FIN, PartyKind.FINANCE);
  }

  @Test
  void acceptsResidentSupervisionAloneWhereNoPublicMoneyIsSpent() {
    OutcomeCase c = new OutcomeCase();
    c.funds = Optional.empty();
    c.supervision.removeIf(s -> !s.supervisor().equals(REP));
    assertClean(c.validate());
  }

  // supervision.public-funds-missing

  @Test
  void rejectsFinishedPublicWorksNeverAudited() {
    OutcomeCase c = new OutcomeCase();
    c.supervision.removeIf(s -> s.supervisor().equals(AUDIT));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.SUPERVISION_PUBLIC_FUNDS_MISSING, "supervision", Severity.ERROR);
    assertThat(v.args()).containsExactly(PartyKind.AUDIT);
  }

  @Test
  void reportsEachPublicFundsKindThatNeverSupervised() {
    OutcomeCase c = new OutcomeCase();
    c.supervision.removeIf(s -> !s.supervisor().equals(REP));
    List<Violation> violations =
        assertOnly(
            c.validate(),
            RuleCodes.SUPERVISION_PUBLIC_FUNDS_MISSING,
            "supervision",
            "supervision",
            "supervision");
    assertThat(violations)
        .extracting(v -> v.args().get(0))
        .containsExactlyInAnyOrder(PartyKind.DISCIPLINE_INSPECTION, PartyKind.FINANCE, PartyKind.AUDIT);
  }

  @Test
  void asksNoAuditWhileTheItemsAreOpen() {
    OutcomeCase c = new OutcomeCase().carryingOut();
    c.supervision.removeIf(s -> s.supervisor().equals(AUDIT));
    assertClean(c.validate());
  }

  // revisit.missing

  @Test
  void acceptsRevisitWithinTheWindow() {
    OutcomeCase c = new OutcomeCase();
    c.now = REVISIT_DUE.plus(Duration.ofDays(60));
    assertClean(c.validate());
  }

  @Test
  void acceptsNoRevisitYetBeforeTheWindowEnds() {
    OutcomeCase c = new OutcomeCase();
    c.revisits.clear();
    assertThat(c.now).isBefore(REVISIT_DUE);
    assertClean(c.validate());
    c.now = REVISIT_DUE;
    assertClean(c.validate());
  }

  @Test
  void rejectsFinishedItemsNotRevisitedWithin30Days() {
    OutcomeCase c = new OutcomeCase();
    c.revisits.clear();
    c.now = REVISIT_DUE.plusSeconds(1);
    Violation v = assertSingle(c.validate(), RuleCodes.REVISIT_MISSING, "revisits", Severity.ERROR);
    assertThat(v.args()).containsExactly(COMPLETED, REVISIT_DUE);
  }

  @Test
  void rejectsALateRevisit() {
    OutcomeCase c = new OutcomeCase();
    c.revisits.set(0, Revisit.of(REVISIT_DUE.plus(Duration.ofDays(3)), RC, "居民反映电梯运行平稳"));
    c.now = REVISIT_DUE.plus(Duration.ofDays(10));
    Violation v = assertSingle(c.validate(), RuleCodes.REVISIT_MISSING, "revisits", Severity.ERROR);
    assertThat(v.args()).containsExactly(COMPLETED, REVISIT_DUE);
  }

  @Test
  void doesNotCountAVisitBeforeCompletionAsTheRevisit() {
    OutcomeCase c = new OutcomeCase();
    c.revisits.set(0, Revisit.of(COMPLETED.minus(Duration.ofDays(2)), RC, "施工期间走访"));
    c.now = REVISIT_DUE.plus(Duration.ofDays(1));
    assertSingle(c.validate(), RuleCodes.REVISIT_MISSING, "revisits", Severity.ERROR);
  }

  @Test
  void asksNoRevisitWhileItemsAreOpen() {
    OutcomeCase c = new OutcomeCase().carryingOut();
    c.now = Instant.parse("2027-02-28T00:00:00Z");
    assertThat(c.revisits).isEmpty();
    assertClean(c.validate());
  }

  // appraisal.score-out-of-scale

  @Test
  void acceptsScoresAtBothEndsOfTheScale() {
    OutcomeCase c = new OutcomeCase();
    c.appraisals.set(0, Appraisal.of(c.appraisals.get(0).at(), OWNER, 5));
    c.appraisals.set(1, Appraisal.of(c.appraisals.get(1).at(), REP, 1));
    assertClean(c.validate());
  }

  @Test
  void rejectsScoreAboveTheScale() {
    OutcomeCase c = new OutcomeCase();
    c.appraisals.set(1, Appraisal.of(c.appraisals.get(1).at(), REP, 6));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.APPRAISAL_SCORE_OUT_OF_SCALE, "appraisals[1].score", Severity.ERROR);
    assertThat(v.args()).containsExactly(6, 1, 5);
  }

  @Test
  void rejectsScoreBelowTheScale() {
    OutcomeCase c = new OutcomeCase();
    c.appraisals.set(0, Appraisal.of(c.appraisals.get(0).at(), OWNER, 0));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.APPRAISAL_SCORE_OUT_OF_SCALE, "appraisals[0].score", Severity.ERROR);
    assertThat(v.args()).containsExactly(0, 1, 5);
  }

  // appraisal.poor-not-reopened

  @Test
  void acceptsPoorAppraisalWithoutReopeningUnderJinan() {
    OutcomeCase c = new OutcomeCase();
    assertThat(c.profile.reopenOnPoorAppraisal()).isFalse();
    c.appraisals.set(0, Appraisal.of(c.appraisals.get(0).at(), OWNER, 2));
    assertClean(c.validate());
  }

  @Test
  void acceptsTheRecordUnderHaidianWithItsFiveSteps() {
    OutcomeCase c = new OutcomeCase().haidian();
    assertThat(c.profile.reopenOnPoorAppraisal()).isTrue();
    assertThat(c.profile.appraisalScale().get().poorAtMost()).isEqualTo(2);
    assertClean(c.validate());
  }

  @Test
  void rejectsPoorAppraisalNotReopenedUnderHaidian() {
    OutcomeCase c = new OutcomeCase().haidian();
    Instant at = c.appraisals.get(0).at();
    c.appraisals.set(0, Appraisal.of(at, OWNER, 2));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.APPRAISAL_POOR_NOT_REOPENED, "appraisals[0]", Severity.ERROR);
    assertThat(v.args()).containsExactly(2, at);
  }

  @Test
  void acceptsPoorAppraisalFollowedByAReopeningUnderHaidian() {
    OutcomeCase c = new OutcomeCase().haidian();
    Instant at = c.appraisals.get(0).at();
    c.appraisals.set(0, Appraisal.of(at, OWNER, 1));
    c.reopenings.add(Reopening.of(at.plus(Duration.ofDays(2)), "居民反映电梯噪音大，重新协商整改"));
    assertClean(c.validate());
  }

  @Test
  void doesNotCountAReopeningBeforeThePoorAppraisal() {
    OutcomeCase c = new OutcomeCase().haidian();
    Instant at = c.appraisals.get(1).at();
    c.appraisals.set(1, Appraisal.of(at, REP, 2));
    c.reopenings.add(Reopening.of(at.minus(Duration.ofDays(1)), "此前一次重新协商"));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.APPRAISAL_POOR_NOT_REOPENED, "appraisals[1]", Severity.ERROR);
    assertThat(v.args()).containsExactly(2, at);
  }

  @Test
  void acceptsScoreAbovePoorUnderHaidianWithoutReopening() {
    OutcomeCase c = new OutcomeCase().haidian();
    c.appraisals.set(0, Appraisal.of(c.appraisals.get(0).at(), OWNER, 3));
    assertClean(c.validate());
  }

  @Test
  void rejectsEscalationToAUnitOutsideTheJurisdiction() {
    OutcomeCase c = escalated(OutcomeCase.escalation().to(org.shangliang.deliberation.unit.UnitId.of("nowhere")));
    Violation v =
        assertSingle(c.validate(), RuleCodes.UNIT_UNKNOWN, "escalations[0].toUnit", Severity.ERROR);
    assertThat(v.args()).containsExactly(org.shangliang.deliberation.unit.UnitId.of("nowhere"));
  }

  @Test
  void rejectsEscalationFromAnotherUnitThanTheDeliberatingOne() {
    OutcomeCase.EscalationDraft draft = OutcomeCase.escalation();
    draft.from = LiftCase.GRID_1;
    draft.to = LiftCase.COMMUNITY_1;
    OutcomeCase c = escalated(draft);
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.ESCALATION_FROM_OTHER_UNIT, "escalations[0].fromUnit", Severity.ERROR);
    assertThat(v.args()).containsExactly(LiftCase.GRID_1, LiftCase.COMMUNITY_1);
  }
}
