package org.shangliang.deliberation.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.unit.UnitId;

/** Malformed accountability records fail when they are built, naming the field and the value. */
class AccountabilityModelTest {
  private static final Instant T0 = Instant.parse("2026-12-14T06:00:00Z");
  private static final PartyId DESK = PartyId.of("hotline-1");

  private static HotlineCase.Builder hotline() {
    return new HotlineCase.Builder()
        .ticketId("12345-1")
        .receivedAt(T0)
        .firstContact(DESK)
        .addDepartments(PartyId.of("housing-1"));
  }

  private static Escalation.Builder escalation() {
    return new Escalation.Builder()
        .fromUnit(UnitId.of("c-1"))
        .toUnit(UnitId.of("s-1"))
        .reason("超出社区职权")
        .escalatedAt(T0)
        .deadline(T0.plusSeconds(86_400));
  }

  @Test
  void acceptsHotlineTimesFromReceiptOn() {
    assertThat(hotline().forwardedAt(T0).repliedAt(T0).handledAt(T0.plusSeconds(60)).build().handledAt())
        .contains(T0.plusSeconds(60));
  }

  @Test
  void rejectsHotlineTimesBeforeReceipt() {
    assertThatThrownBy(() -> hotline().repliedAt(T0.minusSeconds(1)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "repliedAt: must not be before receivedAt 2026-12-14T06:00:00Z, was 2026-12-14T05:59:59Z");
    assertThatThrownBy(() -> hotline().forwardedAt(T0.minusSeconds(1)).build())
        .hasMessageStartingWith("forwardedAt: must not be before receivedAt");
    assertThatThrownBy(() -> hotline().coordinationConvenedAt(T0.minusSeconds(1)).build())
        .hasMessageStartingWith("coordinationConvenedAt: must not be before receivedAt");
    assertThatThrownBy(() -> hotline().handledAt(T0.minusSeconds(1)).build())
        .hasMessageStartingWith("handledAt: must not be before receivedAt");
  }

  @Test
  void rejectsEscalationFollowUpOrResolutionBeforeItWasSent() {
    assertThatThrownBy(
            () -> escalation().addFollowUps(FollowUp.of(T0.minusSeconds(60), "提前跟进")).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("followUps[0].at: must not be before escalatedAt");
    assertThatThrownBy(() -> escalation().resolvedAt(T0.minusSeconds(60)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("resolvedAt: must not be before escalatedAt");
    assertThat(escalation().resolvedAt(T0).build().resolvedAt()).contains(T0);
  }

  @Test
  void rejectsACompletionRecordOnAnOpenDuty() {
    assertThatThrownBy(
            () ->
                new Duty.Builder()
                    .id("d-1")
                    .description("维修")
                    .completionRecord("验收单 1")
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("completionRecord: only for a completed item, was \"验收单 1\"");
  }

  @Test
  void rejectsAnAppraisalScaleWhoseBoundsDoNotNest() {
    assertThatThrownBy(() -> AppraisalScale.of(1, 5, 5))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("poorAtMost: must have min < max");
    assertThat(AppraisalScale.of(1, 5, 2).isPoor(2)).isTrue();
    assertThat(AppraisalScale.of(1, 5, 2).isPoor(3)).isFalse();
    assertThat(AppraisalScale.of(1, 5, 2).isPoor(0)).isFalse();
  }

  @Test
  void knowsWhenAllItemsAreFinished() {
    OutcomeFacts facts =
        new OutcomeFacts.Builder()
            .agreementReached(true)
            .withinPowers(true)
            .roundsHeld(1)
            .disagreement(Disagreement.NONE)
            .wideScopeOrComplexCauses(false)
            .build();
    Duty open = new Duty.Builder().id("a").description("甲").build();
    Duty done =
        new Duty.Builder().id("b").description("乙").completedAt(T0.plusSeconds(10)).build();
    OutcomeRecord.Builder record =
        new OutcomeRecord.Builder().kind(OutcomeKind.IMMEDIATE).facts(facts).classifiedAt(T0);
    OutcomeRecord partly = record.addDuties(open, done).build();
    assertThat(partly.isCompleted()).isFalse();
    assertThat(partly.completedAt()).isEmpty();
    OutcomeRecord finished =
        new OutcomeRecord.Builder()
            .kind(OutcomeKind.IMMEDIATE)
            .facts(facts)
            .classifiedAt(T0)
            .addDuties(done)
            .takeUpAgainOn(Optional.<LocalDate>empty())
            .build();
    assertThat(finished.completedAt()).contains(T0.plusSeconds(10));
    assertThat(
            new OutcomeRecord.Builder()
                .kind(OutcomeKind.SHELVED)
                .facts(facts)
                .classifiedAt(T0)
                .build()
                .isCompleted())
        .isFalse();
  }

  @Test
  void rejectsFollowUpsOutOfTimeOrder() {
    assertThatThrownBy(
            () ->
                escalation()
                    .addFollowUps(
                        FollowUp.of(T0.plusSeconds(20 * 86_400), "第二次"),
                        FollowUp.of(T0.plusSeconds(10 * 86_400), "第一次"))
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("escalations.followUps[1].at: must not be before the previous follow-up");
  }

  @Test
  void rejectsFieldsOfOneOutcomeKindOnAnother() {
    OutcomeFacts facts =
        new OutcomeFacts.Builder()
            .agreementReached(true)
            .withinPowers(true)
            .roundsHeld(1)
            .disagreement(Disagreement.NONE)
            .wideScopeOrComplexCauses(false)
            .build();
    assertThatThrownBy(
            () ->
                new OutcomeRecord.Builder()
                    .kind(OutcomeKind.IMMEDIATE)
                    .facts(facts)
                    .classifiedAt(T0)
                    .takeUpAgainOn(LocalDate.of(2027, 1, 1))
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("takeUpAgainOn: only for a SHELVED outcome, was 2027-01-01 on IMMEDIATE");
    assertThatThrownBy(
            () ->
                new OutcomeRecord.Builder()
                    .kind(OutcomeKind.SHELVED)
                    .facts(facts)
                    .classifiedAt(T0)
                    .proposedSolution("移站")
                    .build())
        .hasMessage("proposedSolution: only for a RECOMMENDATION, was set on SHELVED");
    assertThatThrownBy(
            () ->
                new OutcomeRecord.Builder()
                    .kind(OutcomeKind.COMMITTED)
                    .facts(facts)
                    .classifiedAt(T0)
                    .solvedAt(T0)
                    .build())
        .hasMessageStartingWith("solvedAt: only for a RECOMMENDATION");
  }
}
