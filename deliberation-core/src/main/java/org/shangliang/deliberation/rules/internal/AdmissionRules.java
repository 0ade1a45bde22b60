package org.shangliang.deliberation.rules.internal;

import java.util.Optional;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.topic.SettledElsewhere;
import org.shangliang.deliberation.topic.TwoPartyDispute;
import org.shangliang.deliberation.validation.Path;
import org.shangliang.deliberation.validation.Severity;

/** Rules on admitting a topic (DOMAIN.md, Jinan "admission of a topic"). */
final class AdmissionRules {
  private AdmissionRules() {}

  /** topic.settled-elsewhere.admitted: a matter settled by law or a higher committee is not admitted. */
  static final class SettledElsewhereAdmitted extends BuiltInRule {
    SettledElsewhereAdmitted() {
      super(RuleCodes.TOPIC_SETTLED_ELSEWHERE_ADMITTED, Severity.ERROR, ADMISSION);
    }

    @Override
    public void check(RuleContext context) {
      Deliberation deliberation = context.deliberation();
      Optional<SettledElsewhere> settled = deliberation.topic().settledElsewhere();
      Optional<Admission> admission = deliberation.admission();
      if (settled.isPresent() && admission.isPresent() && admission.get().isAdmitted()) {
        context.report(
            Path.of("admission", "status"), settled.get().by(), settled.get().reference());
      }
    }
  }

  /**
   * topic.settled-elsewhere.explanation-missing: once admission is decided, a settled matter has an
   * explanation to residents.
   */
  static final class SettledElsewhereExplanationMissing extends BuiltInRule {
    SettledElsewhereExplanationMissing() {
      super(RuleCodes.TOPIC_SETTLED_ELSEWHERE_EXPLANATION_MISSING, Severity.ERROR, ADMISSION);
    }

    @Override
    public void check(RuleContext context) {
      Deliberation deliberation = context.deliberation();
      Optional<SettledElsewhere> settled = deliberation.topic().settledElsewhere();
      Optional<Admission> admission = deliberation.admission();
      if (settled.isPresent()
          && admission.isPresent()
          && admission.get().explanationToResidents().isEmpty()) {
        context.report(
            Path.of("admission", "explanationToResidents"),
            settled.get().by(),
            settled.get().reference());
      }
    }
  }

  /** topic.dispute.approval-missing: an admitted dispute has a party-organisation approval. */
  static final class DisputeApprovalMissing extends BuiltInRule {
    DisputeApprovalMissing() {
      super(RuleCodes.TOPIC_DISPUTE_APPROVAL_MISSING, Severity.ERROR, ADMISSION);
    }

    @Override
    public void check(RuleContext context) {
      Deliberation deliberation = context.deliberation();
      Optional<Admission> admission = deliberation.admission();
      if (deliberation.topic().dispute().isPresent()
          && admission.isPresent()
          && admission.get().isAdmitted()
          && admission.get().approval().isEmpty()) {
        context.report(Path.of("admission", "approval"), deliberation.topic().id());
      }
    }
  }

  /** topic.dispute.approval-late: a dispute is admitted only after the approval. */
  static final class DisputeApprovalLate extends BuiltInRule {
    DisputeApprovalLate() {
      super(RuleCodes.TOPIC_DISPUTE_APPROVAL_LATE, Severity.ERROR, ADMISSION);
    }

    @Override
    public void check(RuleContext context) {
      Deliberation deliberation = context.deliberation();
      Optional<Admission> admission = deliberation.admission();
      if (deliberation.topic().dispute().isPresent()
          && admission.isPresent()
          && admission.get().isAdmitted()
          && admission.get().approval().isPresent()
          && admission.get().approval().get().approvedAt().isAfter(admission.get().decidedAt())) {
        context.report(
            Path.of("admission", "approval", "approvedAt"),
            admission.get().approval().get().approvedAt(),
            admission.get().decidedAt());
      }
    }
  }

  /** topic.dispute.mediator-missing: an admitted dispute has a designated mediator. */
  static final class DisputeMediatorMissing extends BuiltInRule {
    DisputeMediatorMissing() {
      super(RuleCodes.TOPIC_DISPUTE_MEDIATOR_MISSING, Severity.ERROR, ADMISSION);
    }

    @Override
    public void check(RuleContext context) {
      Deliberation deliberation = context.deliberation();
      Optional<TwoPartyDispute> dispute = deliberation.topic().dispute();
      Optional<Admission> admission = deliberation.admission();
      if (dispute.isPresent()
          && dispute.get().mediator().isEmpty()
          && admission.isPresent()
          && admission.get().isAdmitted()) {
        context.report(Path.of("topic", "dispute", "mediator"), deliberation.topic().id());
      }
    }
  }

  /**
   * topic.dispute.mediator-not-listed: an admitted dispute's designated mediator is on the party list
   * (a refused dispute is mediated outside the deliberation).
   */
  static final class DisputeMediatorNotListed extends BuiltInRule {
    DisputeMediatorNotListed() {
      super(RuleCodes.TOPIC_DISPUTE_MEDIATOR_NOT_LISTED, Severity.ERROR, ADMISSION);
    }

    @Override
    public void check(RuleContext context) {
      Deliberation deliberation = context.deliberation();
      Optional<TwoPartyDispute> dispute = deliberation.topic().dispute();
      Optional<Admission> admission = deliberation.admission();
      if (dispute.isPresent()
          && dispute.get().mediator().isPresent()
          && admission.isPresent()
          && admission.get().isAdmitted()) {
        PartyId mediator = dispute.get().mediator().get();
        if (!deliberation.parties().has(mediator)) {
          context.report(Path.of("topic", "dispute", "mediator"), mediator);
        }
      }
    }
  }
}
