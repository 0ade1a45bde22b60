package org.shangliang.deliberation.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.party.PartyId;

/**
 * Malformed outcome records, agreed items and hotline cases cannot be built: ids are unique and
 * well-formed, texts are not blank, a hotline case goes to distinct departments. Each failure names
 * the field.
 */
class OutcomeWellFormednessTest {
  private static final Instant T0 = Instant.parse("2026-12-14T06:00:00Z");
  private static final PartyId DESK = PartyId.of("hotline-1");
  private static final PartyId HOUSING = PartyId.of("housing-1");

  private static OutcomeFacts facts() {
    return new OutcomeFacts.Builder()
        .agreementReached(true)
        .withinPowers(true)
        .roundsHeld(1)
        .disagreement(Disagreement.NONE)
        .wideScopeOrComplexCauses(false)
        .build();
  }

  private static Duty duty(String id) {
    return new Duty.Builder().id(id).description("维修").build();
  }

  private static OutcomeRecord.Builder outcome(OutcomeKind kind) {
    return new OutcomeRecord.Builder().kind(kind).facts(facts()).classifiedAt(T0);
  }

  private static HotlineCase.Builder hotline(String ticketId) {
    return new HotlineCase.Builder().ticketId(ticketId).receivedAt(T0).firstContact(DESK);
  }

  private static HotlineCase.Builder hotline() {
    return hotline("12345-1");
  }

  private static void assertRejected(Runnable build, String field) {
    assertThatThrownBy(build::run)
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining(field);
  }

  @Test
  void rejectsTwoAgreedItemsWithOneId() {
    assertRejected(
        () -> outcome(OutcomeKind.IMMEDIATE).addDuties(duty("d-1"), duty("d-1")).build(), "duties");
    assertThat(outcome(OutcomeKind.IMMEDIATE).addDuties(duty("d-1"), duty("d-2")).build().duties())
        .hasSize(2);
  }

  @Test
  void rejectsABlankProposedSolution() {
    assertRejected(
        () -> outcome(OutcomeKind.RECOMMENDATION).proposedSolution(" ").build(), "proposedSolution");
    assertThat(outcome(OutcomeKind.RECOMMENDATION).proposedSolution("移站").build().proposedSolution())
        .contains("移站");
  }

  @Test
  void rejectsAnAgreedItemWithoutAWellFormedId() {
    assertRejected(() -> duty(""), "id");
    assertRejected(() -> duty("d 1"), "id");
    assertThat(duty("d-1").id()).isEqualTo("d-1");
  }

  @Test
  void rejectsBlankTextsOfAnAgreedItem() {
    assertRejected(() -> new Duty.Builder().id("d-1").description(" ").build(), "description");
    assertRejected(
        () -> new Duty.Builder().id("d-1").description("维修").measures("\t").build(), "measures");
    assertRejected(
        () ->
            new Duty.Builder()
                .id("d-1")
                .description("维修")
                .completedAt(T0)
                .completionRecord(" ")
                .build(),
        "completionRecord");
    Duty done =
        new Duty.Builder()
            .id("d-1")
            .description("维修")
            .measures("更换管道")
            .completedAt(T0)
            .completionRecord("验收单 1")
            .build();
    assertThat(done.completionRecord()).contains("验收单 1");
  }

  @Test
  void rejectsAHotlineCaseWithoutTicketOrDepartment() {
    assertRejected(() -> hotline(" ").addDepartments(HOUSING).build(), "ticketId");
    assertRejected(() -> hotline().build(), "departments");
    assertThat(hotline().addDepartments(HOUSING).build().departments()).containsExactly(HOUSING);
  }

  @Test
  void rejectsAHotlineCaseNamingADepartmentTwice() {
    assertRejected(() -> hotline().addDepartments(HOUSING, HOUSING).build(), "departments");
    assertThat(hotline().addDepartments(HOUSING, PartyId.of("water-1")).build().departments())
        .hasSize(2);
  }

  @Test
  void rejectsInstantsOfAnAgreedItemOutsideTheYearsOneTo9999() {
    assertRejected(
        () -> new Duty.Builder().id("d-1").description("维修").deadline(Instant.MAX).build(),
        "deadline");
    assertRejected(
        () -> new Duty.Builder().id("d-1").description("维修").completedAt(Instant.MAX).build(),
        "completedAt");
    assertThat(new Duty.Builder().id("d-1").description("维修").deadline(T0).completedAt(T0).build().deadline())
        .contains(T0);
  }

  @Test
  void rejectsATakeUpDateOutsideTheYearsOneTo9999() {
    assertRejected(
        () -> outcome(OutcomeKind.SHELVED).takeUpAgainOn(java.time.LocalDate.MAX).build(),
        "takeUpAgainOn");
    assertThat(
            outcome(OutcomeKind.SHELVED)
                .takeUpAgainOn(java.time.LocalDate.of(2027, 6, 11))
                .build()
                .takeUpAgainOn())
        .contains(java.time.LocalDate.of(2027, 6, 11));
  }

  @Test
  void rejectsAnAppraisalScaleWhoseBoundsDoNotNest() {
    assertRejected(() -> AppraisalScale.of(3, 3, 3), "max");
    assertRejected(() -> AppraisalScale.of(5, 1, 3), "max");
    assertRejected(() -> AppraisalScale.of(1, 5, 0), "poorAtMost");
    assertRejected(() -> AppraisalScale.of(1, 5, 5), "poorAtMost");
    assertThat(AppraisalScale.of(1, 2, 1).poorAtMost()).isEqualTo(1);
    assertThat(AppraisalScale.of(1, 5, 4).poorAtMost()).isEqualTo(4);
  }

  private static Escalation.Builder escalation() {
    return new Escalation.Builder()
        .fromUnit(org.shangliang.deliberation.unit.UnitId.of("c-1"))
        .toUnit(org.shangliang.deliberation.unit.UnitId.of("s-1"))
        .reason("超出社区职权")
        .escalatedAt(T0);
  }

  @Test
  void rejectsAnEscalationDueBeforeItWasSent() {
    assertRejected(() -> escalation().deadline(T0.minusSeconds(1)).build(), "deadline");
    assertThat(escalation().deadline(T0).build().deadline()).isEqualTo(T0);
  }

  @Test
  void rejectsAFollowUpOutsideTheYearsOneTo9999() {
    assertRejected(
        () ->
            escalation()
                .deadline(T0.plusSeconds(86_400))
                .addFollowUps(FollowUp.of(Instant.MAX, "跟进"))
                .build(),
        "at: must be in the years 1 to 9999");
  }
}
