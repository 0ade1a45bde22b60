package org.shangliang.deliberation.rules.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.outcome.Supervision;
import org.shangliang.deliberation.outcome.SupervisionPhase;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.validation.Severity;

/** Rules on supervising the carrying-out (supervision.*). */
final class SupervisionRules {
  private SupervisionRules() {}

  /**
   * supervision.phase-missing: an outcome with agreed items is supervised before; once they are
   * finished, also during and after.
   */
  static final class SupervisionPhaseMissing extends OnOutcome {
    SupervisionPhaseMissing() {
      super(RuleCodes.SUPERVISION_PHASE_MISSING, Severity.ERROR, SUPERVISION);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      if (outcome.duties().isEmpty()) {
        return;
      }
      Set<SupervisionPhase> held = EnumSet.noneOf(SupervisionPhase.class);
      for (Supervision supervision : context.deliberation().supervision()) {
        held.add(supervision.phase());
      }
      List<SupervisionPhase> required =
          outcome.isCompleted()
              ? List.of(SupervisionPhase.values())
              : List.of(SupervisionPhase.BEFORE);
      for (SupervisionPhase phase : required) {
        if (!held.contains(phase)) {
          context.report(Path.of("supervision"), phase);
        }
      }
    }
  }

  /**
   * supervision.supervisor-not-allowed: supervisors are on the party list and of the profile's
   * supervisor kinds (or, where public money is involved, its public-funds supervisor kinds).
   */
  static final class SupervisorNotAllowed extends BuiltInRule {
    SupervisorNotAllowed() {
      super(RuleCodes.SUPERVISION_SUPERVISOR_NOT_ALLOWED, Severity.ERROR, SUPERVISION);
    }

    @Override
    public void check(RuleContext context) {
      Profile profile = context.profile();
      Deliberation deliberation = context.deliberation();
      boolean funds = deliberation.topic().publicFunds().isPresent();
      List<Supervision> records = deliberation.supervision();
      for (int i = 0; i < records.size(); i++) {
        Optional<Party> supervisor = deliberation.parties().party(records.get(i).supervisor());
        if (supervisor.isEmpty()) {
          context.report(
              Path.of("supervision").index(i).child("supervisor"),
              records.get(i).supervisor(),
              TierRules.NONE);
          continue;
        }
        PartyKind kind = supervisor.get().kind();
        boolean allowed =
            profile.supervisorKinds().isEmpty()
                || profile.supervisorKinds().contains(kind)
                || funds && profile.publicFundsSupervisorKinds().contains(kind);
        if (!allowed) {
          context.report(
              Path.of("supervision").index(i).child("supervisor"), supervisor.get().id(), kind);
        }
      }
    }
  }

  /**
   * supervision.public-funds-missing: where public money is spent, each public-funds supervisor kind
   * has supervised by the time the items are finished.
   */
  static final class PublicFundsSupervisionMissing extends OnOutcome {
    PublicFundsSupervisionMissing() {
      super(RuleCodes.SUPERVISION_PUBLIC_FUNDS_MISSING, Severity.ERROR, SUPERVISION);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      Deliberation deliberation = context.deliberation();
      if (deliberation.topic().publicFunds().isEmpty() || !outcome.isCompleted()) {
        return;
      }
      for (PartyKind kind : context.profile().publicFundsSupervisorKinds()) {
        boolean supervised = false;
        for (Supervision supervision : deliberation.supervision()) {
          Optional<Party> party = deliberation.parties().party(supervision.supervisor());
          supervised |= party.isPresent() && party.get().kind() == kind;
        }
        if (!supervised) {
          context.report(Path.of("supervision"), kind);
        }
      }
    }
  }
}
