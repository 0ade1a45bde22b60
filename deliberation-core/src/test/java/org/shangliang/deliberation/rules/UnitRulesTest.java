package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.rules.ReportAssert.assertOnly;
import static org.shangliang.deliberation.rules.ReportAssert.assertSingle;

import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.Violation;

/** Rules of the unit.* prefix: every unit the record names is in the jurisdiction. */
class UnitRulesTest {
  private static final UnitId NOWHERE = UnitId.of("nowhere");

  private static Party partyOf(String id, PartyKind kind, UnitId unit) {
    return Party.of(PartyId.of(id), kind, unit);
  }

  /** The recommendation with its one escalation replaced by the draft's. */
  private static OutcomeCase escalated(OutcomeCase.EscalationDraft draft) {
    OutcomeCase c = new OutcomeCase().recommendation();
    c.escalations.set(0, draft.build());
    return c;
  }

  // unit.unknown

  @Test
  void rejectsDeliberatingUnitNotInJurisdiction() {
    LiftCase c = new LiftCase();
    c.deliberatingUnit = NOWHERE;
    Violation v = assertSingle(c.validate(), RuleCodes.UNIT_UNKNOWN, "deliberatingUnit", Severity.ERROR);
    assertThat(v.args()).containsExactly(NOWHERE);
  }

  @Test
  void rejectsAffectedUnitNotInJurisdiction() {
    LiftCase c = new LiftCase();
    c.affected.add(NOWHERE);
    Violation v =
        assertSingle(c.validate(), RuleCodes.UNIT_UNKNOWN, "topic.affectedUnits[1]", Severity.ERROR);
    assertThat(v.args()).containsExactly(NOWHERE);
  }

  @Test
  void rejectsPartyOfUnitNotInJurisdiction() {
    LiftCase c = new LiftCase();
    c.parties.add(partyOf("expert-1", PartyKind.EXPERT, NOWHERE));
    Violation v =
        assertSingle(c.validate(), RuleCodes.UNIT_UNKNOWN, "parties[9].unit", Severity.ERROR);
    assertThat(v.args()).containsExactly(NOWHERE);
  }

  @Test
  void rejectsMeetingAtUnitNotInTheJurisdiction() {
    MeetingCase c = new MeetingCase();
    c.unit = UnitId.of("nowhere");
    Violation v = assertSingle(c.validate(), RuleCodes.UNIT_UNKNOWN, "meetings[0].unit", Severity.ERROR);
    assertThat(v.args()).containsExactly(UnitId.of("nowhere"));
  }

  @Test
  void rejectsEscalationToAUnitOutsideTheJurisdiction() {
    OutcomeCase c = escalated(OutcomeCase.escalation().to(org.shangliang.deliberation.unit.UnitId.of("nowhere")));
    Violation v =
        assertSingle(c.validate(), RuleCodes.UNIT_UNKNOWN, "escalations[0].toUnit", Severity.ERROR);
    assertThat(v.args()).containsExactly(org.shangliang.deliberation.unit.UnitId.of("nowhere"));
  }

  @Test
  void rejectsEscalationFromAUnitOutsideTheJurisdictionOnlyAsUnknown() {
    OutcomeCase.EscalationDraft draft = OutcomeCase.escalation();
    draft.from = NOWHERE;
    Violation v =
        assertSingle(escalated(draft).validate(), RuleCodes.UNIT_UNKNOWN, "escalations[0].fromUnit", Severity.ERROR);
    assertThat(v.args()).containsExactly(NOWHERE);
  }

  @Test
  void rejectsEscalationBetweenUnitsOutsideTheJurisdictionOnlyAsUnknown() {
    OutcomeCase.EscalationDraft draft = OutcomeCase.escalation().to(UnitId.of("elsewhere"));
    draft.from = NOWHERE;
    assertOnly(
        escalated(draft).validate(),
        RuleCodes.UNIT_UNKNOWN,
        "escalations[0].fromUnit",
        "escalations[0].toUnit");
  }
}
