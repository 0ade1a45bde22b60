package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.rules.MeetingCase.FIVE_STEP_CARRY_OUT;
import static org.shangliang.deliberation.rules.MeetingCase.FIVE_STEP_DELIBERATE;
import static org.shangliang.deliberation.rules.MeetingCase.FIVE_STEP_IDENTIFY;
import static org.shangliang.deliberation.rules.MeetingCase.FIVE_STEP_SET_TOPIC;
import static org.shangliang.deliberation.rules.MeetingCase.PO;
import static org.shangliang.deliberation.rules.MeetingCase.at;
import static org.shangliang.deliberation.rules.ReportAssert.assertClean;
import static org.shangliang.deliberation.rules.ReportAssert.assertOnly;
import static org.shangliang.deliberation.rules.ReportAssert.assertSingle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.decision.Ballot;
import org.shangliang.deliberation.decision.Choice;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.meeting.MeetingResult;
import org.shangliang.deliberation.meeting.RaisedProblem;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.profile.RuleSetting;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.Violation;

/** Rules that tie meetings and steps to the rest of the record, and regressions found in review. */
class LinkRulesTest {
  @Test
  void acceptsMeetingHeldByTheDeliberatingUnitsBody() {
    assertClean(new MeetingCase().validate());
  }

  @Test
  void rejectsMeetingHeldByAnotherUnitsBody() {
    MeetingCase c = new MeetingCase();
    c.unit = LiftCase.COMMUNITY_2;
    c.profile = Profiles.jinan().withRuleSettings(
        List.of(RuleSetting.off(RuleCodes.MEETING_CHAIR_NOT_CONVENER)));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.MEETING_UNIT_NOT_DELIBERATING_UNIT,
            "meetings[0].unit",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(LiftCase.COMMUNITY_2, LiftCase.COMMUNITY_1);
  }

  @Test
  void rejectsMeetingAtUnitNotInTheJurisdiction() {
    MeetingCase c = new MeetingCase();
    c.unit = UnitId.of("nowhere");
    Violation v = assertSingle(c.validate(), RuleCodes.UNIT_UNKNOWN, "meetings[0].unit", Severity.ERROR);
    assertThat(v.args()).containsExactly(UnitId.of("nowhere"));
  }

  @Test
  void rejectsStepWhoseActorIsNotOnThePartyList() {
    MeetingCase c = new MeetingCase();
    StepEvent first = c.steps.get(0);
    c.steps.set(
        0,
        StepEvent.completed(
            first.step(), first.enteredAt(), first.completedAt().get(), PartyId.of("stranger")));
    Violation v =
        assertSingle(c.validate(), RuleCodes.STEP_ACTOR_NOT_LISTED, "steps[0].actor", Severity.ERROR);
    assertThat(v.args()).containsExactly(PartyId.of("stranger"));
  }

  @Test
  void reportsOnlyTheStepsOutOfPlaceWhenAStepIsMovedLater() {
    MeetingCase c = new MeetingCase();
    c.steps.subList(0, 3).clear();
    c.steps.addAll(
        0,
        List.of(
            StepEvent.completed(
                FIVE_STEP_IDENTIFY,
                Instant.parse("2026-10-21T01:00:00Z"),
                Instant.parse("2026-10-28T01:00:00Z"),
                PO),
            StepEvent.completed(
                FIVE_STEP_DELIBERATE, Instant.parse("2026-10-28T01:00:00Z"), at("04:00"), PO),
            StepEvent.completed(
                FIVE_STEP_SET_TOPIC, at("04:00"), Instant.parse("2026-12-12T01:00:00Z"), PO)));
    List<Violation> violations =
        assertOnly(c.validate(), RuleCodes.STEP_ORDER, "steps[1].step", "steps[2].step");
    assertThat(violations.get(1).args().get(0))
        .isEqualTo(Profiles.jinan().stepPlan().get().step(FIVE_STEP_SET_TOPIC).get().name());
    assertThat(violations.get(1).args().get(1))
        .isEqualTo(Profiles.jinan().stepPlan().get().step(FIVE_STEP_CARRY_OUT).get().name());
  }

  @Test
  void rejectsAResultThatDoesNotSayHowItsVoteEnded() {
    MeetingCase c = new MeetingCase();
    c.ballots.set(2, Ballot.of(MeetingCase.OC, Choice.NO));
    c.result = Optional.of(MeetingResult.of("同意加装"));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.MEETING_VOTE_OUTCOME_MISMATCH,
            "meetings[0].result.outcome",
            Severity.ERROR);
    assertThat(v.args()).containsExactly("—", Outcome.FAILED);
  }

  @Test
  void obligationsLeaveOutDutiesWhoseRuleTheProfileSwitchesOff() {
    MeetingCase c = new MeetingCase();
    c.problems.add(
        RaisedProblem.pending("供水管渗漏", MeetingCase.STARTED.plus(Duration.ofMinutes(20)), Optional.empty()));
    assertThat(Obligations.of(Profiles.bishan()).at(c.build(), MeetingCase.ENDED)).hasSize(1);
    assertThat(
            Obligations.of(
                    Profiles.bishan()
                        .withRuleSettings(
                            List.of(RuleSetting.off(RuleCodes.MEETING_PROBLEM_SOLUTION_LATE))))
                .at(c.build(), MeetingCase.ENDED))
        .isEmpty();
  }

  @Test
  void obligationsLeaveOutTheUrgentMeetingWhenItsRuleIsOff() {
    LiftCase c = new LiftCase();
    c.size = MatterSize.URGENT;
    c.raisedAt = LiftCase.NOW;
    assertThat(Obligations.of(Profiles.jinan()).at(c.build(), LiftCase.NOW)).hasSize(1);
    assertThat(
            Obligations.of(
                    Profiles.jinan()
                        .withRuleSettings(List.of(RuleSetting.off(RuleCodes.MEETING_URGENT_LATE))))
                .at(c.build(), LiftCase.NOW))
        .isEmpty();
  }
}
