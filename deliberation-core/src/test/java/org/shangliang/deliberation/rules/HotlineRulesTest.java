package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.rules.OutcomeCase.GAS;
import static org.shangliang.deliberation.rules.OutcomeCase.HOTLINE_DESK;
import static org.shangliang.deliberation.rules.OutcomeCase.HOUSING;
import static org.shangliang.deliberation.rules.OutcomeCase.RECEIVED;
import static org.shangliang.deliberation.rules.OutcomeCase.TICKET;
import static org.shangliang.deliberation.rules.ReportAssert.assertClean;
import static org.shangliang.deliberation.rules.ReportAssert.assertOnly;
import static org.shangliang.deliberation.rules.ReportAssert.assertSingle;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.Violation;

/**
 * The 12345 hotline rules (接诉即办): first contact, forwarding or coordination, reply within 24 hours
 * and handling within 7 days under Jinan's defaults (DOMAIN.md, Jinan "tiered, regular meetings";
 * Beijing 接诉即办, seeds/001).
 */
class HotlineRulesTest {
  private static final Instant REPLY_DUE = RECEIVED.plus(Duration.ofHours(24));
  private static final Instant HANDLING_DUE = RECEIVED.plus(Duration.ofDays(7));

  /** The record whose topic came from a hotline case as the draft describes it. */
  private static OutcomeCase with(OutcomeCase.HotlineDraft draft) {
    OutcomeCase c = new OutcomeCase().withHotline();
    c.hotlineCase = Optional.of(draft.build());
    return c;
  }

  /** A case about two departments, put before the coordination group two days after it came in. */
  private static OutcomeCase.HotlineDraft twoDepartments() {
    OutcomeCase.HotlineDraft draft = OutcomeCase.hotline();
    draft.departments.add(GAS);
    draft.forwardedAt = Optional.empty();
    draft.coordinationConvenedAt = Optional.of(RECEIVED.plus(Duration.ofDays(2)));
    return draft;
  }

  @Test
  void acceptsCompliantHotlineCase() {
    OutcomeCase c = new OutcomeCase().withHotline();
    assertThat(c.build().hotlineCase()).isPresent();
    assertThat(c.profile.hotlineReplyWindow()).contains(Duration.ofHours(24));
    assertThat(c.profile.hotlineHandlingWindow()).contains(Duration.ofDays(7));
    assertClean(c.validate());
  }

  // hotline.party-not-listed

  @Test
  void rejectsFirstContactNotOnTheList() {
    OutcomeCase.HotlineDraft draft = OutcomeCase.hotline();
    draft.firstContact = PartyId.of("operator-7");
    Violation v =
        assertSingle(
            with(draft).validate(),
            RuleCodes.HOTLINE_PARTY_NOT_LISTED,
            "hotlineCase.firstContact",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(PartyId.of("operator-7"));
  }

  @Test
  void rejectsDepartmentNotOnTheList() {
    OutcomeCase.HotlineDraft draft = twoDepartments();
    draft.departments.set(1, PartyId.of("water-1"));
    Violation v =
        assertSingle(
            with(draft).validate(),
            RuleCodes.HOTLINE_PARTY_NOT_LISTED,
            "hotlineCase.departments[1]",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(PartyId.of("water-1"));
  }

  @Test
  void reportsEveryUnlistedPartyOfTheCase() {
    OutcomeCase.HotlineDraft draft = OutcomeCase.hotline();
    OutcomeCase c = new OutcomeCase();
    c.hotlineCase = Optional.of(draft.build());
    c.source = org.shangliang.deliberation.topic.TopicSource.hotline(OutcomeCase.TICKET);
    assertOnly(
        c.validate(),
        RuleCodes.HOTLINE_PARTY_NOT_LISTED,
        "hotlineCase.firstContact",
        "hotlineCase.departments[0]");
  }

  // hotline.not-forwarded

  @Test
  void rejectsOneDepartmentCaseNotForwarded() {
    OutcomeCase.HotlineDraft draft = OutcomeCase.hotline();
    draft.forwardedAt = Optional.empty();
    Violation v =
        assertSingle(
            with(draft).validate(),
            RuleCodes.HOTLINE_NOT_FORWARDED,
            "hotlineCase.forwardedAt",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(TICKET, HOUSING);
  }

  @Test
  void rejectsOneDepartmentCaseSentToTheGroupInsteadOfForwarded() {
    OutcomeCase.HotlineDraft draft = OutcomeCase.hotline();
    draft.forwardedAt = Optional.empty();
    draft.coordinationConvenedAt = Optional.of(RECEIVED.plus(Duration.ofDays(1)));
    assertSingle(
        with(draft).validate(),
        RuleCodes.HOTLINE_NOT_FORWARDED,
        "hotlineCase.forwardedAt",
        Severity.ERROR);
  }

  // hotline.not-coordinated

  @Test
  void acceptsSeveralDepartmentCaseConvenedByTheGroup() {
    assertClean(with(twoDepartments()).validate());
  }

  @Test
  void rejectsSeveralDepartmentCaseNotPutBeforeTheGroup() {
    OutcomeCase.HotlineDraft draft = twoDepartments();
    draft.coordinationConvenedAt = Optional.empty();
    Violation v =
        assertSingle(
            with(draft).validate(),
            RuleCodes.HOTLINE_NOT_COORDINATED,
            "hotlineCase.coordinationConvenedAt",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(TICKET, 2);
  }

  @Test
  void rejectsSeveralDepartmentCaseForwardedToOneInsteadOfCoordinated() {
    OutcomeCase.HotlineDraft draft = twoDepartments();
    draft.coordinationConvenedAt = Optional.empty();
    draft.forwardedAt = Optional.of(RECEIVED.plus(Duration.ofHours(1)));
    assertSingle(
        with(draft).validate(),
        RuleCodes.HOTLINE_NOT_COORDINATED,
        "hotlineCase.coordinationConvenedAt",
        Severity.ERROR);
  }

  // hotline.reply-late

  @Test
  void acceptsReplyAtTheEndOfTheWindow() {
    OutcomeCase.HotlineDraft draft = OutcomeCase.hotline();
    draft.repliedAt = Optional.of(REPLY_DUE);
    assertClean(with(draft).validate());
  }

  @Test
  void rejectsReplyAfter24Hours() {
    OutcomeCase.HotlineDraft draft = OutcomeCase.hotline();
    draft.repliedAt = Optional.of(REPLY_DUE.plusSeconds(60));
    Violation v =
        assertSingle(
            with(draft).validate(),
            RuleCodes.HOTLINE_REPLY_LATE,
            "hotlineCase.repliedAt",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(TICKET, RECEIVED, REPLY_DUE);
  }

  @Test
  void rejectsCaseStillWithoutReplyAfter24Hours() {
    OutcomeCase.HotlineDraft draft = OutcomeCase.hotline();
    draft.repliedAt = Optional.empty();
    Violation v =
        assertSingle(
            with(draft).validate(),
            RuleCodes.HOTLINE_REPLY_LATE,
            "hotlineCase.repliedAt",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(TICKET, RECEIVED, REPLY_DUE);
  }

  @Test
  void acceptsCaseWithoutReplyOrHandlingWhileBothWindowsRun() {
    OutcomeCase.HotlineDraft draft = OutcomeCase.hotline();
    draft.repliedAt = Optional.empty();
    draft.handledAt = Optional.empty();
    OutcomeCase c = with(draft);
    c.now = RECEIVED.plus(Duration.ofHours(23));
    assertClean(c.validate());
  }

  // hotline.handling-late

  @Test
  void acceptsHandlingAtTheEndOfTheWindow() {
    OutcomeCase.HotlineDraft draft = OutcomeCase.hotline();
    draft.handledAt = Optional.of(HANDLING_DUE);
    assertClean(with(draft).validate());
  }

  @Test
  void rejectsHandlingAfter7Days() {
    OutcomeCase.HotlineDraft draft = OutcomeCase.hotline();
    draft.handledAt = Optional.of(HANDLING_DUE.plus(Duration.ofDays(2)));
    Violation v =
        assertSingle(
            with(draft).validate(),
            RuleCodes.HOTLINE_HANDLING_LATE,
            "hotlineCase.handledAt",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(TICKET, RECEIVED, HANDLING_DUE);
  }

  @Test
  void rejectsCaseStillUnhandledAfter7Days() {
    OutcomeCase.HotlineDraft draft = OutcomeCase.hotline();
    draft.handledAt = Optional.empty();
    OutcomeCase c = with(draft);
    c.now = HANDLING_DUE.plusSeconds(1);
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.HOTLINE_HANDLING_LATE, "hotlineCase.handledAt", Severity.ERROR);
    assertThat(v.args()).containsExactly(TICKET, RECEIVED, HANDLING_DUE);
  }

  @Test
  void acceptsUnhandledCaseBeforeTheWindowEnds() {
    OutcomeCase.HotlineDraft draft = OutcomeCase.hotline();
    draft.handledAt = Optional.empty();
    OutcomeCase c = with(draft);
    c.now = HANDLING_DUE;
    assertClean(c.validate());
  }

  @Test
  void asksNoTimeLimitWhereTheProfileSetsNone() {
    assertThat(Profiles.bishan().hotlineReplyWindow()).isEmpty();
    assertThat(Profiles.bishan().hotlineHandlingWindow()).isEmpty();
    OutcomeCase.HotlineDraft draft = OutcomeCase.hotline();
    draft.repliedAt = Optional.empty();
    draft.handledAt = Optional.empty();
    OutcomeCase c = with(draft);
    c.profile = Profiles.bishan();
    c.steps.clear();
    assertThat(c.validate().violationsOf(RuleCodes.HOTLINE_REPLY_LATE)).isEmpty();
    assertThat(c.validate().violationsOf(RuleCodes.HOTLINE_HANDLING_LATE)).isEmpty();
  }

  @Test
  void keepsTheFirstContactAndDepartmentsOnTheList() {
    OutcomeCase c = new OutcomeCase().withHotline();
    assertThat(c.build().parties().has(HOTLINE_DESK)).isTrue();
    assertThat(c.build().parties().has(HOUSING)).isTrue();
    assertThat(c.build().parties().has(GAS)).isTrue();
  }

  @Test
  void rejectsHotlineCaseWhoseTicketIsNotTheTopicsSource() {
    OutcomeCase c = new OutcomeCase().withHotline();
    c.source = org.shangliang.deliberation.topic.TopicSource.hotline("12345-other");
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.HOTLINE_TICKET_MISMATCH, "hotlineCase.ticketId", Severity.ERROR);
    assertThat(v.args()).containsExactly(OutcomeCase.TICKET, "12345-other");
  }

  @Test
  void rejectsHotlineCaseOnATopicThatDidNotComeFromTheHotline() {
    OutcomeCase c = new OutcomeCase().withHotline();
    c.source =
        org.shangliang.deliberation.topic.TopicSource.of(
            org.shangliang.deliberation.topic.SourceKind.RESIDENT_PROPOSAL);
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.HOTLINE_TICKET_MISMATCH, "hotlineCase.ticketId", Severity.ERROR);
    assertThat(v.args()).containsExactly(OutcomeCase.TICKET, "—");
  }

  @Test
  void rejectsHotlineCaseWhoseTicketIsTheReferenceOfAnotherKindOfSource() {
    OutcomeCase c = new OutcomeCase().withHotline();
    c.source =
        org.shangliang.deliberation.topic.TopicSource.of(
            org.shangliang.deliberation.topic.SourceKind.RESIDENT_PROPOSAL, OutcomeCase.TICKET);
    assertSingle(c.validate(), RuleCodes.HOTLINE_TICKET_MISMATCH, "hotlineCase.ticketId", Severity.ERROR);
  }
}
