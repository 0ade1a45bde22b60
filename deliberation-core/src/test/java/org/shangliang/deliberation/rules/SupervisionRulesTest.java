package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.rules.LiftCase.DISTRICT;
import static org.shangliang.deliberation.rules.MeetingCase.AUDIT;
import static org.shangliang.deliberation.rules.MeetingCase.DI;
import static org.shangliang.deliberation.rules.MeetingCase.FIN;
import static org.shangliang.deliberation.rules.MeetingCase.OWNER;
import static org.shangliang.deliberation.rules.MeetingCase.PC;
import static org.shangliang.deliberation.rules.MeetingCase.REP;
import static org.shangliang.deliberation.rules.OutcomeCase.AFTER_AT;
import static org.shangliang.deliberation.rules.OutcomeCase.DURING_AT;
import static org.shangliang.deliberation.rules.ReportAssert.assertClean;
import static org.shangliang.deliberation.rules.ReportAssert.assertOnly;
import static org.shangliang.deliberation.rules.ReportAssert.assertSingle;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.outcome.Supervision;
import org.shangliang.deliberation.outcome.SupervisionPhase;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.Violation;

/**
 * Rules of the supervision.* prefix: supervision before and after the agreed items are carried out,
 * by allowed supervisors, and of public funds.
 */
class SupervisionRulesTest {
  private static final PartyId NPC = PartyId.of("npc-1");

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
}
