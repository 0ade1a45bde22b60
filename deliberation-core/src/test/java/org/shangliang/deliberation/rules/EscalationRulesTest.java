package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.rules.LiftCase.COMMUNITY_1;
import static org.shangliang.deliberation.rules.LiftCase.COMMUNITY_2;
import static org.shangliang.deliberation.rules.LiftCase.DISTRICT;
import static org.shangliang.deliberation.rules.LiftCase.GRID_1;
import static org.shangliang.deliberation.rules.LiftCase.SUB_DISTRICT;
import static org.shangliang.deliberation.rules.MeetingCase.AFTER_ALL;
import static org.shangliang.deliberation.rules.MeetingCase.RC;
import static org.shangliang.deliberation.rules.OutcomeCase.ESCALATED;
import static org.shangliang.deliberation.rules.OutcomeCase.OTHER_SUB_DISTRICT;
import static org.shangliang.deliberation.rules.ReportAssert.assertClean;
import static org.shangliang.deliberation.rules.ReportAssert.assertSingle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.outcome.FollowUp;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/**
 * Rules of the escalation.* prefix: where a matter goes up, who follows it up, how often, and when
 * the higher tier answers.
 */
class EscalationRulesTest {
  private static final Duration FIFTEEN_DAYS = Duration.ofDays(15);

  /** The recommendation with its one escalation replaced by the draft's. */
  private static OutcomeCase escalated(OutcomeCase.EscalationDraft draft) {
    OutcomeCase c = new OutcomeCase().recommendation();
    c.escalations.set(0, draft.build());
    return c;
  }

  /** An escalation still open: not resolved, no follow-up; the recommendation not solved. */
  private static OutcomeCase openEscalation(FollowUp... followUps) {
    OutcomeCase.EscalationDraft draft = OutcomeCase.escalation();
    draft.followUps.clear();
    draft.followUps.addAll(List.of(followUps));
    draft.resolvedAt = Optional.empty();
    OutcomeCase c = escalated(draft);
    c.solvedAt = Optional.empty();
    c.residentsNotice = Optional.empty();
    return c;
  }

  /** LiftCase's units with the sub-district left out: communities sit directly in the district. */
  private static Jurisdiction withoutSubDistrict() {
    List<AdministrativeUnit> units = new ArrayList<>();
    for (AdministrativeUnit unit : OutcomeCase.JURISDICTION_WITH_NEIGHBOUR.units()) {
      if (unit.id().equals(LiftCase.SUB_DISTRICT) || unit.id().equals(OutcomeCase.OTHER_SUB_DISTRICT)) {
        continue;
      }
      boolean inSubDistrict = unit.parent().map(LiftCase.SUB_DISTRICT::equals).orElse(false);
      units.add(
          inSubDistrict
              ? AdministrativeUnit.of(unit.id(), unit.level(), unit.name(), LiftCase.DISTRICT)
              : unit);
    }
    return Jurisdiction.of(units);
  }

  // escalation.wrong-level

  @Test
  void acceptsCommunityEscalatingToItsSubDistrict() {
    OutcomeCase c = new OutcomeCase().recommendation();
    assertThat(c.build().escalations().get(0).toUnit()).isEqualTo(SUB_DISTRICT);
    assertThat(c.profile.tier(TierLevel.COMMUNITY).get().escalatesTo()).contains(TierLevel.SUB_DISTRICT);
    assertClean(c.validate());
  }

  @Test
  void rejectsCommunitySkippingItsSubDistrictForTheDistrict() {
    OutcomeCase c = escalated(OutcomeCase.escalation().to(DISTRICT));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.ESCALATION_WRONG_LEVEL, "escalations[0].toUnit", Severity.ERROR);
    assertThat(v.args()).containsExactly(DISTRICT, COMMUNITY_1, SUB_DISTRICT);
  }

  @Test
  void rejectsCommunityEscalatingToAnotherSubDistrict() {
    OutcomeCase c = escalated(OutcomeCase.escalation().to(OTHER_SUB_DISTRICT));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.ESCALATION_WRONG_LEVEL, "escalations[0].toUnit", Severity.ERROR);
    assertThat(v.args()).containsExactly(OTHER_SUB_DISTRICT, COMMUNITY_1, SUB_DISTRICT);
  }

  @Test
  void rejectsEscalationSidewaysToAnotherCommunity() {
    OutcomeCase c = escalated(OutcomeCase.escalation().to(COMMUNITY_2));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.ESCALATION_WRONG_LEVEL, "escalations[0].toUnit", Severity.ERROR);
    assertThat(v.args()).containsExactly(COMMUNITY_2, COMMUNITY_1, SUB_DISTRICT);
  }

  @Test
  void escalatesToTheFirstUnitAboveWhereTheJurisdictionSkipsTheNamedLevel() {
    OutcomeCase c = new OutcomeCase().recommendation();
    OutcomeCase.EscalationDraft toDistrict = OutcomeCase.escalation().to(LiftCase.DISTRICT);
    c.escalations.set(0, toDistrict.build());
    ValidationReport report =
        org.shangliang.deliberation.rules.Validator.builder(c.profile)
            .jurisdiction(withoutSubDistrict())
            .calendar(WorkCalendar.weekendsOnly())
            .build()
            .validate(c.build(), c.now);
    assertThat(report.violationsOf(RuleCodes.ESCALATION_WRONG_LEVEL)).isEmpty();
    // with the sub-district present, the district is the wrong place
    assertThat(c.validate().violationsOf(RuleCodes.ESCALATION_WRONG_LEVEL)).hasSize(1);
  }

  @Test
  void escalatesPastALevelTheProfileGivesNoBody() {
    OutcomeCase toDistrict = escalated(OutcomeCase.escalation().to(DISTRICT));
    toDistrict.profile = ProfileVariants.jinanWithoutTier("no-sub-district", TierLevel.SUB_DISTRICT);
    assertThat(toDistrict.validate().violationsOf(RuleCodes.ESCALATION_WRONG_LEVEL)).isEmpty();
    OutcomeCase toSubDistrict = new OutcomeCase().recommendation();
    toSubDistrict.profile = toDistrict.profile;
    assertThat(toSubDistrict.validate().violationsOf(RuleCodes.ESCALATION_WRONG_LEVEL))
        .singleElement()
        .satisfies(v -> assertThat(v.args()).containsExactly(SUB_DISTRICT, COMMUNITY_1, DISTRICT));
  }

  @Test
  void namesNoUnitToEscalateToFromALevelTheProfileGivesNoBody() {
    OutcomeCase c = new OutcomeCase().recommendation();
    c.profile = ProfileVariants.jinanWithoutTier("no-community", TierLevel.COMMUNITY);
    assertThat(c.validate().violationsOf(RuleCodes.ESCALATION_WRONG_LEVEL))
        .singleElement()
        .satisfies(v -> assertThat(v.args()).containsExactly(SUB_DISTRICT, COMMUNITY_1, "—"));
  }

  @Test
  void acceptsGridEscalatingToItsCommunity() {
    OutcomeCase.EscalationDraft draft = OutcomeCase.escalation().to(COMMUNITY_1);
    draft.from = GRID_1;
    OutcomeCase c = escalated(draft);
    // the record deliberated at the community; only the level rule is under test here
    c.profile =
        c.profile.withRuleSettings(
            java.util.List.of(
                org.shangliang.deliberation.profile.RuleSetting.off(
                    RuleCodes.ESCALATION_FROM_OTHER_UNIT)));
    assertClean(c.validate());
  }

  // escalation.from-other-unit

  @Test
  void rejectsEscalationFromAnotherUnitThanTheDeliberatingOne() {
    OutcomeCase.EscalationDraft draft = OutcomeCase.escalation();
    draft.from = LiftCase.GRID_1;
    draft.to = LiftCase.COMMUNITY_1;
    OutcomeCase c = escalated(draft);
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.ESCALATION_FROM_OTHER_UNIT, "escalations[0].fromUnit", Severity.ERROR);
    assertThat(v.args()).containsExactly(LiftCase.GRID_1, LiftCase.COMMUNITY_1);
  }

  // escalation.answer-late

  @Test
  void acceptsAnEscalationAnsweredByItsDeadline() {
    assertClean(new OutcomeCase().recommendation().validate());
  }

  @Test
  void rejectsAnEscalationAnsweredAfterItsDeadline() {
    OutcomeCase c = new OutcomeCase().recommendation();
    OutcomeCase.EscalationDraft late = OutcomeCase.escalation();
    Instant deadline = late.deadline;
    late.followUps.add(
        org.shangliang.deliberation.outcome.FollowUp.of(
            Instant.parse("2027-01-10T02:00:00Z"), "街道协调会"));
    late.followUps.add(
        org.shangliang.deliberation.outcome.FollowUp.of(
            Instant.parse("2027-01-24T02:00:00Z"), "住建部门答复仍在研究"));
    late.resolvedAt = Optional.of(deadline.plusSeconds(86_400));
    c.escalations.set(0, late.build());
    c.solvedAt = late.resolvedAt;
    c.residentsNotice =
        Optional.of(
            org.shangliang.deliberation.meeting.Publicity.of(
                "社区公示栏", deadline.plusSeconds(90_000), deadline.plusSeconds(700_000)));
    c.now = deadline.plusSeconds(800_000);
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.ESCALATION_ANSWER_LATE, "escalations[0].deadline", Severity.ERROR);
    assertThat(v.args()).containsExactly(LiftCase.SUB_DISTRICT, deadline);
  }

  // escalation.follower-missing

  @Test
  void rejectsEscalationWithoutNamedFollower() {
    OutcomeCase.EscalationDraft draft = OutcomeCase.escalation();
    draft.follower = Optional.empty();
    Violation v =
        assertSingle(
            escalated(draft).validate(),
            RuleCodes.ESCALATION_FOLLOWER_MISSING,
            "escalations[0].follower",
            Severity.ERROR);
    assertThat(v.args()).containsExactly("—");
  }

  @Test
  void rejectsFollowerNotOnTheList() {
    OutcomeCase.EscalationDraft draft = OutcomeCase.escalation();
    draft.follower = Optional.of(PartyId.of("clerk-9"));
    Violation v =
        assertSingle(
            escalated(draft).validate(),
            RuleCodes.ESCALATION_FOLLOWER_MISSING,
            "escalations[0].follower",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(PartyId.of("clerk-9"));
  }

  @Test
  void acceptsFollowerOnTheList() {
    OutcomeCase.EscalationDraft draft = OutcomeCase.escalation();
    draft.follower = Optional.of(RC);
    assertClean(escalated(draft).validate());
  }

  // escalation.follow-up-late

  @Test
  void rejectsOpenEscalationLeftSilentPast15Days() {
    OutcomeCase c = openEscalation();
    c.now = ESCALATED.plus(Duration.ofDays(16));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.ESCALATION_FOLLOW_UP_LATE,
            "escalations[0].followUps",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(ESCALATED.plus(FIFTEEN_DAYS), FIFTEEN_DAYS);
  }

  @Test
  void acceptsOpenEscalationWithoutFollowUpUntilTheWindowEnds() {
    OutcomeCase c = openEscalation();
    c.now = ESCALATED.plus(FIFTEEN_DAYS);
    assertClean(c.validate());
  }

  @Test
  void acceptsOpenEscalationFollowedUpEvery10Days() {
    OutcomeCase c =
        openEscalation(
            FollowUp.of(ESCALATED.plus(Duration.ofDays(10)), "街道已受理"),
            FollowUp.of(ESCALATED.plus(Duration.ofDays(20)), "住建部门现场勘察"),
            FollowUp.of(ESCALATED.plus(Duration.ofDays(30)), "补贴方案报区政府"));
    c.now = ESCALATED.plus(Duration.ofDays(40));
    assertClean(c.validate());
  }

  @Test
  void rejectsAFollowUpThatCameTooLateEvenIfLaterOnesWereInTime() {
    OutcomeCase c =
        openEscalation(
            FollowUp.of(ESCALATED.plus(Duration.ofDays(10)), "街道已受理"),
            FollowUp.of(ESCALATED.plus(Duration.ofDays(27)), "住建部门现场勘察"),
            FollowUp.of(ESCALATED.plus(Duration.ofDays(35)), "补贴方案报区政府"));
    c.now = ESCALATED.plus(Duration.ofDays(40));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.ESCALATION_FOLLOW_UP_LATE,
            "escalations[0].followUps",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(ESCALATED.plus(Duration.ofDays(25)), FIFTEEN_DAYS);
  }

  @Test
  void acceptsEscalationResolvedBeforeTheWindowPassed() {
    OutcomeCase.EscalationDraft draft = OutcomeCase.escalation();
    draft.followUps.clear();
    draft.resolvedAt = Optional.of(ESCALATED.plus(Duration.ofDays(12)));
    OutcomeCase c = escalated(draft);
    c.solvedAt = draft.resolvedAt;
    c.residentsNotice = Optional.of(OutcomeCase.progress(draft.resolvedAt.get().plus(Duration.ofDays(1))));
    c.now = AFTER_ALL;
    assertClean(c.validate());
  }

  @Test
  void rejectsEscalationResolvedAfterASilentWindow() {
    OutcomeCase.EscalationDraft draft = OutcomeCase.escalation();
    draft.followUps.clear();
    OutcomeCase c = escalated(draft);
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.ESCALATION_FOLLOW_UP_LATE,
            "escalations[0].followUps",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(ESCALATED.plus(FIFTEEN_DAYS), FIFTEEN_DAYS);
  }

  @Test
  void ignoresFollowUpsAfterTheResolution() {
    OutcomeCase.EscalationDraft draft = OutcomeCase.escalation();
    draft.followUps.add(FollowUp.of(AFTER_ALL, "回访居民"));
    assertClean(escalated(draft).validate());
  }
}
