package org.shangliang.deliberation.rules.internal;

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
  private static final Path SUPERVISION_PATH = Path.of("supervision");

  private SupervisionRules() {}

  static {
    // the rules keep phases and party kinds as bits of a long
    if (SupervisionPhase.values().length > 64 || PartyKind.values().length > 64) {
      throw new AssertionError("more than 64 supervision phases or party kinds");
    }
  }

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
      long held = 0L; // bit per phase ordinal
      List<Supervision> records = context.deliberation().supervision();
      for (int i = 0; i < records.size(); i++) {
        held |= 1L << records.get(i).phase().ordinal();
      }
      if (outcome.isCompleted()) {
        for (SupervisionPhase phase : SupervisionPhase.values()) {
          if ((held & 1L << phase.ordinal()) == 0) {
            context.report(SUPERVISION_PATH, phase);
          }
        }
      } else if ((held & 1L << SupervisionPhase.BEFORE.ordinal()) == 0) {
        context.report(SUPERVISION_PATH, SupervisionPhase.BEFORE);
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
      Set<PartyKind> required = context.profile().publicFundsSupervisorKinds();
      if (required.isEmpty()) {
        return;
      }
      long supervised = 0L; // bit per party kind ordinal
      List<Supervision> records = deliberation.supervision();
      for (int i = 0; i < records.size(); i++) {
        Optional<Party> party = deliberation.parties().party(records.get(i).supervisor());
        if (party.isPresent()) {
          supervised |= 1L << party.get().kind().ordinal();
        }
      }
      for (PartyKind kind : required) {
        if ((supervised & 1L << kind.ordinal()) == 0) {
          context.report(SUPERVISION_PATH, kind);
        }
      }
    }
  }
}
