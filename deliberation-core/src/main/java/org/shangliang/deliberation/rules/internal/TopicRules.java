package org.shangliang.deliberation.rules.internal;

import java.util.Optional;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.topic.CatalogueEntry;
import org.shangliang.deliberation.topic.SettledElsewhere;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicCatalogue;
import org.shangliang.deliberation.topic.TwoPartyDispute;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;

/** Rules on topics (topic.*): admitting a topic and its place in the catalogue. */
final class TopicRules {
  private TopicRules() {}

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

  /** Base of the rules on a two-party dispute that was admitted for deliberation. */
  abstract static class OnAdmittedDispute extends BuiltInRule {
    OnAdmittedDispute(org.shangliang.deliberation.validation.RuleCode code) {
      super(code, Severity.ERROR, ADMISSION);
    }

    @Override
    public final void check(RuleContext context) {
      Deliberation deliberation = context.deliberation();
      Optional<TwoPartyDispute> dispute = deliberation.topic().dispute();
      Optional<Admission> admission = deliberation.admission();
      if (dispute.isPresent() && admission.isPresent() && admission.get().isAdmitted()) {
        check(context, dispute.get(), admission.get());
      }
    }

    abstract void check(RuleContext context, TwoPartyDispute dispute, Admission admission);
  }

  /** topic.dispute.approval-missing: an admitted dispute has a party-organisation approval. */
  static final class DisputeApprovalMissing extends OnAdmittedDispute {
    DisputeApprovalMissing() {
      super(RuleCodes.TOPIC_DISPUTE_APPROVAL_MISSING);
    }

    @Override
    void check(RuleContext context, TwoPartyDispute dispute, Admission admission) {
      if (admission.approval().isEmpty()) {
        context.report(Path.of("admission", "approval"), context.deliberation().topic().id());
      }
    }
  }

  /** topic.dispute.approval-late: a dispute is admitted only after the approval. */
  static final class DisputeApprovalLate extends OnAdmittedDispute {
    DisputeApprovalLate() {
      super(RuleCodes.TOPIC_DISPUTE_APPROVAL_LATE);
    }

    @Override
    void check(RuleContext context, TwoPartyDispute dispute, Admission admission) {
      if (admission.approval().isPresent()
          && admission.approval().get().approvedAt().isAfter(admission.decidedAt())) {
        context.report(
            Path.of("admission", "approval", "approvedAt"),
            admission.approval().get().approvedAt(),
            admission.decidedAt());
      }
    }
  }

  /** topic.dispute.mediator-missing: an admitted dispute has a designated mediator. */
  static final class DisputeMediatorMissing extends OnAdmittedDispute {
    DisputeMediatorMissing() {
      super(RuleCodes.TOPIC_DISPUTE_MEDIATOR_MISSING);
    }

    @Override
    void check(RuleContext context, TwoPartyDispute dispute, Admission admission) {
      if (dispute.mediator().isEmpty()) {
        context.report(Path.of("topic", "dispute", "mediator"), context.deliberation().topic().id());
      }
    }
  }

  /**
   * topic.dispute.mediator-not-listed: an admitted dispute's designated mediator is on the party list
   * (a refused dispute is mediated outside the deliberation).
   */
  static final class DisputeMediatorNotListed extends OnAdmittedDispute {
    DisputeMediatorNotListed() {
      super(RuleCodes.TOPIC_DISPUTE_MEDIATOR_NOT_LISTED);
    }

    @Override
    void check(RuleContext context, TwoPartyDispute dispute, Admission admission) {
      if (dispute.mediator().isPresent()
          && !context.deliberation().parties().has(dispute.mediator().get())) {
        context.report(Path.of("topic", "dispute", "mediator"), dispute.mediator().get());
      }
    }
  }

  /** topic.category.unknown: the topic's category is in the catalogue. */
  static final class CategoryUnknown extends BuiltInRule {
    CategoryUnknown() {
      super(RuleCodes.TOPIC_CATEGORY_UNKNOWN, Severity.ERROR, CATALOGUE);
    }

    @Override
    public void check(RuleContext context) {
      Topic topic = context.deliberation().topic();
      if (context.profile().catalogue().category(topic.category()).isEmpty()) {
        context.report(Path.of("topic", "category"), topic.category(), context.profile().id());
      }
    }
  }

  /** topic.catalogue-entry.unknown: the topic's catalogue entry is in the catalogue. */
  static final class EntryUnknown extends BuiltInRule {
    EntryUnknown() {
      super(RuleCodes.TOPIC_CATALOGUE_ENTRY_UNKNOWN, Severity.ERROR, CATALOGUE);
    }

    @Override
    public void check(RuleContext context) {
      Topic topic = context.deliberation().topic();
      if (topic.catalogueEntry().isPresent()
          && context.profile().catalogue().entry(topic.catalogueEntry().get()).isEmpty()) {
        context.report(
            Path.of("topic", "catalogueEntry"),
            topic.catalogueEntry().get(),
            context.profile().id());
      }
    }
  }

  /** topic.catalogue-entry.category-mismatch: the entry belongs to the topic's category. */
  static final class EntryCategoryMismatch extends BuiltInRule {
    EntryCategoryMismatch() {
      super(RuleCodes.TOPIC_CATALOGUE_ENTRY_CATEGORY_MISMATCH, Severity.ERROR, CATALOGUE);
    }

    @Override
    public void check(RuleContext context) {
      Topic topic = context.deliberation().topic();
      TopicCatalogue catalogue = context.profile().catalogue();
      if (topic.catalogueEntry().isEmpty() || catalogue.category(topic.category()).isEmpty()) {
        return;
      }
      Optional<CatalogueEntry> entry = catalogue.entry(topic.catalogueEntry().get());
      if (entry.isPresent() && !entry.get().category().equals(topic.category())) {
        context.report(
            Path.of("topic", "catalogueEntry"),
            entry.get().id(),
            entry.get().category(),
            topic.category());
      }
    }
  }
}
