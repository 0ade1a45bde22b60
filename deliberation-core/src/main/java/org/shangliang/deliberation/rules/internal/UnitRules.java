package org.shangliang.deliberation.rules.internal;

import java.util.List;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.outcome.Escalation;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.validation.Severity;

/** Rules about the units a record names. */
final class UnitRules {
  private UnitRules() {}

  /** Whether the deliberating unit and every affected unit are in the jurisdiction. */
  static boolean allTopicUnitsKnown(RuleContext context) {
    Jurisdiction jurisdiction = context.jurisdiction();
    Deliberation deliberation = context.deliberation();
    if (!jurisdiction.has(deliberation.deliberatingUnit())) {
      return false;
    }
    for (UnitId unit : deliberation.topic().affectedUnits()) {
      if (!jurisdiction.has(unit)) {
        return false;
      }
    }
    return true;
  }

  /** unit.unknown: every unit the record names is in the jurisdiction. */
  static final class UnitUnknown extends BuiltInRule {
    UnitUnknown() {
      super(
          RuleCodes.UNIT_UNKNOWN,
          Severity.ERROR,
          UNITS);
    }

    @Override
    public void check(RuleContext context) {
      Jurisdiction jurisdiction = context.jurisdiction();
      Deliberation deliberation = context.deliberation();
      if (!jurisdiction.has(deliberation.deliberatingUnit())) {
        context.report(Path.of("deliberatingUnit"), deliberation.deliberatingUnit());
      }
      List<UnitId> affected = deliberation.topic().affectedUnits();
      for (int i = 0; i < affected.size(); i++) {
        if (!jurisdiction.has(affected.get(i))) {
          context.report(Path.of("topic", "affectedUnits").index(i), affected.get(i));
        }
      }
      List<Party> parties = deliberation.parties().parties();
      for (int i = 0; i < parties.size(); i++) {
        if (!jurisdiction.has(parties.get(i).unit())) {
          context.report(
              Path.of("parties").index(i).child("unit"), parties.get(i).unit());
        }
      }
      List<Meeting> meetings = deliberation.meetings();
      for (int i = 0; i < meetings.size(); i++) {
        if (!jurisdiction.has(meetings.get(i).unit())) {
          context.report(Path.of("meetings").index(i).child("unit"), meetings.get(i).unit());
        }
      }
      List<Escalation> escalations = deliberation.escalations();
      for (int i = 0; i < escalations.size(); i++) {
        Escalation escalation = escalations.get(i);
        if (!jurisdiction.has(escalation.fromUnit())) {
          context.report(Path.of("escalations").index(i).child("fromUnit"), escalation.fromUnit());
        }
        if (!jurisdiction.has(escalation.toUnit())) {
          context.report(Path.of("escalations").index(i).child("toUnit"), escalation.toUnit());
        }
      }
    }
  }
}
