package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.rules.ReportAssert.assertClean;
import static org.shangliang.deliberation.rules.ReportAssert.assertSingle;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.AdmissionStatus;
import org.shangliang.deliberation.process.Approval;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.SettledElsewhere;
import org.shangliang.deliberation.topic.SettlingAuthority;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.topic.TwoPartyDispute;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.Violation;

/**
 * Rules of the topic.* prefix: admission of a topic (settled elsewhere, two-party disputes) and the
 * profile's topic catalogue.
 */
class TopicRulesTest {
  private static final Instant DECIDED = Instant.parse("2026-11-02T02:00:00Z");
  private static final Instant APPROVED = Instant.parse("2026-10-30T07:00:00Z");
  private static final PartyId MEDIATOR = PartyId.of("med-1");
  private static final TopicId TOPIC = TopicId.of("t-lift-b3");
  private static final String UNKNOWN_CATEGORY = "housing-reform";
  private static final String UNKNOWN_ENTRY = "roof-repair";

  /**
   * A compliant neighbour dispute between households of building 3: a minor matter of the daily-life
   * category, mediated by a listed mediator, approved by a party-organisation meeting and admitted.
   */
  private static LiftCase neighbourDispute() {
    LiftCase c = new LiftCase();
    c.category = TopicCategory.DAILY_LIFE_AND_DISPUTES;
    c.entry = Optional.of(Profiles.NEIGHBOUR_DISPUTE);
    c.size = MatterSize.MINOR;
    c.funds = Optional.empty();
    c.parties.add(Party.of(MEDIATOR, PartyKind.MEDIATOR, LiftCase.COMMUNITY_1));
    c.dispute = Optional.of(TwoPartyDispute.mediatedBy(MEDIATOR));
    c.admission = Optional.of(admittedWith(Optional.of(Approval.of(APPROVED, "社区党委会议纪要〔2026〕11号"))));
    return c;
  }

  private static Admission admittedWith(Optional<Approval> approval) {
    return new Admission.Builder()
        .status(AdmissionStatus.ADMITTED)
        .decidedAt(DECIDED)
        .approval(approval)
        .build();
  }

  private static LiftCase dispute(Instant approvedAt) {
    LiftCase c = new LiftCase();
    c.category = TopicCategory.DAILY_LIFE_AND_DISPUTES;
    c.entry = Optional.of(Profiles.NEIGHBOUR_DISPUTE);
    c.size = MatterSize.MINOR;
    c.funds = Optional.empty();
    c.parties.add(
        org.shangliang.deliberation.party.Party.of(MEDIATOR, PartyKind.MEDIATOR, LiftCase.COMMUNITY_1));
    c.dispute = Optional.of(TwoPartyDispute.mediatedBy(MEDIATOR));
    c.admission =
        Optional.of(
            new Admission.Builder()
                .status(AdmissionStatus.ADMITTED)
                .decidedAt(DECIDED)
                .approval(Approval.of(approvedAt, "社区党委会议纪要〔2026〕11号"))
                .build());
    return c;
  }

  @Test
  void acceptsAdmittedTopicWithKnownCategoryAndMatchingEntry() {
    assertClean(new LiftCase().validate());
  }

  @Test
  void acceptsSettledTopicRefusedWithExplanation() {
    LiftCase c = new LiftCase();
    c.settled = Optional.of(SettledElsewhere.of(SettlingAuthority.LAW, "《物权法》第七十六条"));
    c.admission = Optional.of(Admission.refused(DECIDED, "已由法律规定，向居民解释说明"));
    assertClean(c.validate());
  }

  @Test
  void rejectsTopicAlreadySettledByLaw() {
    LiftCase c = new LiftCase();
    c.settled = Optional.of(SettledElsewhere.of(SettlingAuthority.LAW, "《物权法》第七十六条"));
    c.admission =
        Optional.of(
            new Admission.Builder()
                .status(org.shangliang.deliberation.process.AdmissionStatus.ADMITTED)
                .decidedAt(DECIDED)
                .explanationToResidents("已解释")
                .build());
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.TOPIC_SETTLED_ELSEWHERE_ADMITTED, "admission.status", Severity.ERROR);
    assertThat(v.args()).containsExactly(SettlingAuthority.LAW, "《物权法》第七十六条");
  }

  @Test
  void requiresExplanationToResidentsForSettledTopic() {
    LiftCase c = new LiftCase();
    c.settled =
        Optional.of(SettledElsewhere.of(SettlingAuthority.HIGHER_PARTY_COMMITTEE, "区委〔2026〕3号"));
    c.admission =
        Optional.of(
            new Admission.Builder()
                .status(org.shangliang.deliberation.process.AdmissionStatus.REFUSED)
                .decidedAt(DECIDED)
                .build());
    assertSingle(
        c.validate(),
        RuleCodes.TOPIC_SETTLED_ELSEWHERE_EXPLANATION_MISSING,
        "admission.explanationToResidents",
        Severity.ERROR);
  }

  @Test
  void acceptsSettledTopicWhileAdmissionIsPending() {
    LiftCase c = new LiftCase();
    c.settled = Optional.of(SettledElsewhere.of(SettlingAuthority.LAW, "《物权法》第七十六条"));
    c.admission = Optional.empty();
    assertClean(c.validate());
  }

  @Test
  void acceptsDisputeWithListedMediatorAndApproval() {
    assertClean(neighbourDispute().validate());
  }

  @Test
  void rejectsDisputeAdmittedWithoutApproval() {
    LiftCase c = neighbourDispute();
    c.admission = Optional.of(admittedWith(Optional.empty()));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.TOPIC_DISPUTE_APPROVAL_MISSING, "admission.approval", Severity.ERROR);
    assertThat(v.args()).containsExactly(TOPIC);
  }

  @Test
  void acceptsDisputeApprovedBeforeItWasAdmitted() {
    assertClean(dispute(DECIDED.minusSeconds(3600)).validate());
    assertClean(dispute(DECIDED).validate());
  }

  @Test
  void rejectsDisputeAdmittedBeforeItWasApproved() {
    Instant approved = DECIDED.plusSeconds(86_400);
    Violation v =
        assertSingle(
            dispute(approved).validate(),
            RuleCodes.TOPIC_DISPUTE_APPROVAL_LATE,
            "admission.approval.approvedAt",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(approved, DECIDED);
  }

  @Test
  void rejectsDisputeAdmittedWithoutMediator() {
    LiftCase c = neighbourDispute();
    c.dispute = Optional.of(TwoPartyDispute.withoutMediator());
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.TOPIC_DISPUTE_MEDIATOR_MISSING,
            "topic.dispute.mediator",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(TOPIC);
  }

  @Test
  void rejectsMediatorWhoIsNotOnThePartyList() {
    LiftCase c = neighbourDispute();
    c.dispute = Optional.of(TwoPartyDispute.mediatedBy(PartyId.of("med-9")));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.TOPIC_DISPUTE_MEDIATOR_NOT_LISTED,
            "topic.dispute.mediator",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(PartyId.of("med-9"));
  }

  @Test
  void acceptsRefusedDisputeWithoutMediatorOrApproval() {
    LiftCase c = neighbourDispute();
    c.dispute = Optional.of(TwoPartyDispute.withoutMediator());
    c.admission = Optional.of(Admission.refused(DECIDED, "个人矛盾，已交由专人调解"));
    assertClean(c.validate());
  }

  @Test
  void acceptsPendingDisputeWithoutMediatorOrApproval() {
    LiftCase c = neighbourDispute();
    c.dispute = Optional.of(TwoPartyDispute.withoutMediator());
    c.admission = Optional.empty();
    assertClean(c.validate());
  }

  @Test
  void acceptsRefusedOrPendingDisputeWhoseMediatorIsNotOnTheList() {
    LiftCase c = neighbourDispute();
    c.dispute = Optional.of(TwoPartyDispute.mediatedBy(PartyId.of("med-9")));
    c.admission = Optional.of(Admission.refused(DECIDED, "个人矛盾，已交由专人调解"));
    assertClean(c.validate());
    c.admission = Optional.empty();
    assertClean(c.validate());
  }

  // topic.category.unknown, topic.catalogue-entry.*

  @Test
  void acceptsTopicWithoutCatalogueEntry() {
    LiftCase c = new LiftCase();
    c.entry = Optional.empty();
    assertClean(c.validate());
  }

  @Test
  void acceptsAnotherEntryOfTheTopicsCategory() {
    LiftCase c = new LiftCase();
    c.entry = Optional.of(Profiles.PARKING);
    assertClean(c.validate());
  }

  @Test
  void rejectsCategoryNotInCatalogue() {
    LiftCase c = new LiftCase();
    c.category = UNKNOWN_CATEGORY;
    c.entry = Optional.empty();
    Violation v =
        assertSingle(c.validate(), RuleCodes.TOPIC_CATEGORY_UNKNOWN, "topic.category", Severity.ERROR);
    assertThat(v.args()).containsExactly(UNKNOWN_CATEGORY, "jinan");
  }

  @Test
  void requiresNoPartyKindsFromUnknownCategory() {
    LiftCase c = new LiftCase();
    c.category = UNKNOWN_CATEGORY;
    c.entry = Optional.empty();
    // public affairs would require these two kinds; an unknown category requires nothing
    c.withoutPartiesOfKind(PartyKind.RESIDENTS_COMMITTEE)
        .withoutPartiesOfKind(PartyKind.RESIDENT_REPRESENTATIVE)
        .organisedBy(PartyId.of("oc-1"));
    assertSingle(c.validate(), RuleCodes.TOPIC_CATEGORY_UNKNOWN, "topic.category", Severity.ERROR);
  }

  @Test
  void doesNotReportEntryCategoryMismatchWhenCategoryIsUnknown() {
    LiftCase c = new LiftCase();
    c.category = UNKNOWN_CATEGORY; // the lift entry belongs to public affairs
    assertSingle(c.validate(), RuleCodes.TOPIC_CATEGORY_UNKNOWN, "topic.category", Severity.ERROR);
  }

  @Test
  void rejectsCatalogueEntryNotInCatalogue() {
    LiftCase c = new LiftCase();
    c.entry = Optional.of(UNKNOWN_ENTRY);
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.TOPIC_CATALOGUE_ENTRY_UNKNOWN, "topic.catalogueEntry", Severity.ERROR);
    assertThat(v.args()).containsExactly(UNKNOWN_ENTRY, "jinan");
  }

  @Test
  void requiresNoPartyKindsFromUnknownEntry() {
    LiftCase c = new LiftCase();
    c.entry = Optional.of(UNKNOWN_ENTRY);
    // the lift entry would require these two kinds; an unknown entry requires nothing
    c.withoutPartiesOfKind(PartyKind.OWNERS_COMMITTEE)
        .withoutPartiesOfKind(PartyKind.PROPERTY_COMPANY);
    assertSingle(
        c.validate(), RuleCodes.TOPIC_CATALOGUE_ENTRY_UNKNOWN, "topic.catalogueEntry", Severity.ERROR);
  }

  @Test
  void rejectsCatalogueEntryOfAnotherCategory() {
    LiftCase c = new LiftCase();
    c.entry = Optional.of(Profiles.PIPE_REPAIR); // daily life and disputes; the topic is public affairs
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.TOPIC_CATALOGUE_ENTRY_CATEGORY_MISMATCH,
            "topic.catalogueEntry",
            Severity.ERROR);
    assertThat(v.args())
        .containsExactly(
            Profiles.PIPE_REPAIR, TopicCategory.DAILY_LIFE_AND_DISPUTES, TopicCategory.PUBLIC_AFFAIRS);
  }

  @Test
  void acceptsEntryOnceTopicIsMovedToTheEntrysCategory() {
    LiftCase c = new LiftCase();
    c.category = TopicCategory.DAILY_LIFE_AND_DISPUTES;
    c.entry = Optional.of(Profiles.PIPE_REPAIR);
    assertClean(c.validate());
  }
}
