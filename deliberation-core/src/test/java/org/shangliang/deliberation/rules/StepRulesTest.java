package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.rules.MeetingCase.FIVE_STEP_CARRY_OUT;
import static org.shangliang.deliberation.rules.MeetingCase.FIVE_STEP_DELIBERATE;
import static org.shangliang.deliberation.rules.MeetingCase.FIVE_STEP_EVALUATE;
import static org.shangliang.deliberation.rules.MeetingCase.FIVE_STEP_IDENTIFY;
import static org.shangliang.deliberation.rules.MeetingCase.FIVE_STEP_SET_TOPIC;
import static org.shangliang.deliberation.rules.MeetingCase.OC;
import static org.shangliang.deliberation.rules.MeetingCase.PC;
import static org.shangliang.deliberation.rules.MeetingCase.PO;
import static org.shangliang.deliberation.rules.MeetingCase.RC;
import static org.shangliang.deliberation.rules.MeetingCase.at;
import static org.shangliang.deliberation.rules.ReportAssert.assertClean;
import static org.shangliang.deliberation.rules.ReportAssert.assertOnly;
import static org.shangliang.deliberation.rules.ReportAssert.assertSingle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.decision.Ballot;
import org.shangliang.deliberation.decision.Choice;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.meeting.MeetingResult;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.Step;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.process.StepPlan;
import org.shangliang.deliberation.process.StepRole;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.profile.RuleSetting;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.Violation;

class StepRulesTest {
  private static final StepPlan FIVE_STEPS = Profiles.jinan().stepPlan().get();
  private static final Instant TOPIC_SET = Instant.parse("2026-11-02T02:00:00Z");

  /**
   * Nine steps in the shape of Guangzhou Tianhe's 民主商议九步法. The article does not list them
   * (DOMAIN.md, "other variants"), so these ids and names are made up for the test.
   */
  static final StepPlan NINE_STEPS =
      new StepPlan.Builder()
          .name(LocalizedText.of("民主商议九步法（示例）", "nine-step democratic deliberation (example)"))
          .addStep(Step.of("propose", LocalizedText.of("提出议题", "propose"), StepRole.PREPARE))
          .addStep(Step.of("review", LocalizedText.of("审核议题", "review"), StepRole.SET_TOPIC))
          .addStep(Step.of("research", LocalizedText.of("调查研究", "research"), StepRole.OTHER))
          .addStep(Step.of("announce", LocalizedText.of("公告议题", "announce"), StepRole.OTHER))
          .addStep(Step.of("deliberate", LocalizedText.of("民主商议", "deliberate"), StepRole.DELIBERATE))
          .addStep(Step.of("publicise", LocalizedText.of("公示结果", "publicise"), StepRole.OTHER))
          .addStep(Step.of("carry-out", LocalizedText.of("组织实施", "carry out"), StepRole.CARRY_OUT))
          .addStep(Step.of("supervise", LocalizedText.of("监督实施", "supervise"), StepRole.SUPERVISE))
          .addStep(Step.of("evaluate", LocalizedText.of("评议效果", "evaluate"), StepRole.EVALUATE))
          .build();

  private static LocalizedText name(String step) {
    return FIVE_STEPS.step(step).get().name();
  }

  private static Instant day(String date) {
    return Instant.parse(date + "T01:00:00Z");
  }

  /**
   * A profile with everything of {@code base} but its step plan. Profile has no {@code withStepPlan};
   * {@link Profile#withProcedureOf} takes the plan from a profile whose procedure is otherwise
   * {@code base}'s.
   */
  static Profile withStepPlan(Profile base, String id, StepPlan plan) {
    Profile procedure =
        new Profile.Builder()
            .id(id)
            .name(plan.name())
            .catalogue(base.catalogue())
            .stepPlan(plan)
            .addAllMeetingStages(base.meetingStages())
            .putAllQuorums(base.quorums())
            .putAllDecisionRules(base.decisionRules())
            .putAllEntryDecisionRules(base.entryDecisionRules())
            .speakingTimeLimit(base.speakingTimeLimit())
            .minimumPublicity(base.minimumPublicity())
            .onlineMaxAffectedUnits(base.onlineMaxAffectedUnits())
            .urgentWindow(base.urgentWindow())
            .problemSolutionWindow(base.problemSolutionWindow())
            .build();
    return base.withProcedureOf(procedure).withIdentity(id, plan.name());
  }

  /** The meeting case under a Jinan derived with the nine-step plan, going through all nine. */
  private static MeetingCase nineSteps() {
    MeetingCase c = new MeetingCase();
    c.profile = withStepPlan(Profiles.jinan(), "jinan-nine-steps", NINE_STEPS);
    c.steps.clear();
    c.steps.addAll(
        List.of(
            StepEvent.completed("propose", day("2026-10-21"), day("2026-10-24"), PO),
            StepEvent.completed("review", day("2026-10-24"), day("2026-10-28"), PO),
            StepEvent.completed("research", day("2026-10-28"), day("2026-11-02"), RC),
            StepEvent.completed("announce", day("2026-11-02"), day("2026-11-05"), RC),
            StepEvent.completed("deliberate", day("2026-11-05"), at("04:00"), PO),
            StepEvent.completed("publicise", at("04:00"), day("2026-12-18"), RC),
            StepEvent.completed("carry-out", day("2026-12-18"), day("2027-02-26"), PC),
            StepEvent.completed("supervise", day("2027-02-26"), day("2027-03-01"), RC),
            StepEvent.completed("evaluate", day("2027-03-01"), day("2027-03-12"), RC)));
    return c;
  }

  /** The meeting case under Haidian, going through 集议办督评. */
  private static MeetingCase haidian() {
    MeetingCase c = new MeetingCase();
    c.profile = Profiles.haidian();
    c.steps.clear();
    c.steps.addAll(
        List.of(
            StepEvent.completed("collect", day("2026-10-21"), TOPIC_SET, PO),
            StepEvent.completed("deliberate", TOPIC_SET, at("04:00"), PO),
            StepEvent.completed("handle", day("2026-12-14"), day("2027-02-26"), PC),
            StepEvent.completed("supervise", day("2027-02-26"), day("2027-03-01"), RC),
            StepEvent.completed("evaluate", day("2027-03-01"), day("2027-03-12"), RC)));
    return c;
  }

  // the five steps

  @Test
  void acceptsTheFiveStepsInOrder() {
    MeetingCase c = new MeetingCase();
    assertThat(c.steps)
        .extracting(StepEvent::step)
        .containsExactly(
            FIVE_STEP_IDENTIFY, FIVE_STEP_SET_TOPIC, FIVE_STEP_DELIBERATE, FIVE_STEP_CARRY_OUT,
            FIVE_STEP_EVALUATE);
    assertClean(c.validate());
  }

  @Test
  void acceptsRecordStoppedPartWayThroughThePlan() {
    assertClean(new MeetingCase().withoutMeeting().validate());
    assertClean(new MeetingCase().beforeCarryingOut().validate());
  }

  @Test
  void acceptsRecordWithoutSteps() {
    MeetingCase c = new MeetingCase();
    c.steps.clear();
    assertClean(c.validate());
  }

  // step.unknown

  @Test
  void rejectsStepNotInThePlan() {
    MeetingCase c = new MeetingCase();
    c.steps.add(StepEvent.completed("revisit", day("2027-03-12"), day("2027-03-15"), RC));
    Violation v = assertSingle(c.validate(), RuleCodes.STEP_UNKNOWN, "steps[5].step", Severity.ERROR);
    assertThat(v.args()).containsExactly("revisit", FIVE_STEPS.name());
  }

  @Test
  void ignoresStepsWhereTheProfileSetsNoPlan() {
    MeetingCase c = new MeetingCase();
    c.profile = Profiles.bishan();
    c.steps.clear();
    c.steps.add(StepEvent.completed("evaluate", day("2026-10-01"), day("2026-10-02"), RC));
    c.steps.add(StepEvent.underWay("revisit", day("2027-03-12"), RC));
    assertThat(Profiles.bishan().stepPlan()).isEmpty();
    assertClean(c.validate());
  }

  // step.actor-not-listed

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

  // step.order

  @Test
  void rejectsSkippedStep() {
    MeetingCase c = new MeetingCase();
    c.steps.remove(1);
    Violation v = assertSingle(c.validate(), RuleCodes.STEP_ORDER, "steps[1].step", Severity.ERROR);
    assertThat(v.args()).containsExactly(name(FIVE_STEP_DELIBERATE), name(FIVE_STEP_SET_TOPIC));
  }

  @Test
  void rejectsRecordThatDoesNotStartAtTheFirstStep() {
    MeetingCase c = new MeetingCase();
    c.steps.remove(0);
    Violation v = assertSingle(c.validate(), RuleCodes.STEP_ORDER, "steps[0].step", Severity.ERROR);
    assertThat(v.args()).containsExactly(name(FIVE_STEP_SET_TOPIC), name(FIVE_STEP_IDENTIFY));
  }

  @Test
  void rejectsEvaluatingBeforeCarryingOut() {
    MeetingCase c = new MeetingCase();
    c.steps.subList(3, 5).clear();
    c.steps.add(StepEvent.completed(FIVE_STEP_EVALUATE, day("2026-12-14"), day("2026-12-20"), RC));
    c.steps.add(StepEvent.completed(FIVE_STEP_CARRY_OUT, day("2026-12-20"), day("2027-02-26"), PC));
    List<Violation> violations =
        assertOnly(c.validate(), RuleCodes.STEP_ORDER, "steps[3].step", "steps[4].step");
    assertThat(violations.get(0).args())
        .containsExactly(name(FIVE_STEP_EVALUATE), name(FIVE_STEP_CARRY_OUT));
    assertThat(violations.get(1).args()).containsExactly(name(FIVE_STEP_CARRY_OUT), "—");
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
  void acceptsStepsResumingAtDeliberationAfterAReopening() {
    MeetingCase c = new MeetingCase();
    c.reopenings.add(Reopening.of(Instant.parse("2027-03-13T01:00:00Z"), "居民评议不满意"));
    c.steps.add(
        StepEvent.underWay(
            MeetingCase.FIVE_STEP_DELIBERATE, Instant.parse("2027-03-14T01:00:00Z"), MeetingCase.PO));
    assertClean(c.validate());
  }

  @Test
  void rejectsStepsResumingWithoutAReopening() {
    MeetingCase c = new MeetingCase();
    c.steps.add(
        StepEvent.underWay(
            MeetingCase.FIVE_STEP_DELIBERATE, Instant.parse("2027-03-14T01:00:00Z"), MeetingCase.PO));
    assertSingle(c.validate(), RuleCodes.STEP_ORDER, "steps[5].step", Severity.ERROR);
  }

  @Test
  void ignoresAReopeningBeforeTheFirstStep() {
    MeetingCase c = new MeetingCase();
    c.reopenings.add(Reopening.of(Instant.parse("2026-10-20T01:00:00Z"), "此前的一次重新协商"));
    assertThat(c.validate().violationsOf(RuleCodes.STEP_ORDER)).isEmpty();
  }

  @Test
  void judgesNoOrderOfARecordWithoutStepsThatWasReopened() {
    MeetingCase c = new MeetingCase();
    c.steps.clear();
    c.reopenings.add(Reopening.of(Instant.parse("2027-03-13T01:00:00Z"), "居民评议不满意"));
    assertThat(c.validate().violationsOf(RuleCodes.STEP_ORDER)).isEmpty();
  }

  @Test
  void resumesAtTheFirstStepAfterAReopeningWhereThePlanHasNoDeliberateStep() {
    StepPlan plan =
        new StepPlan.Builder()
            .name(LocalizedText.of("三步（示例）", "three steps (example)"))
            .addStep(Step.of("collect", LocalizedText.of("收集", "collect"), StepRole.PREPARE))
            .addStep(Step.of("handle", LocalizedText.of("办理", "handle"), StepRole.OTHER))
            .addStep(Step.of("evaluate", LocalizedText.of("评价", "evaluate"), StepRole.EVALUATE))
            .build();
    MeetingCase c = new MeetingCase();
    c.profile = withStepPlan(Profiles.jinan(), "three-steps", plan);
    c.steps.clear();
    c.steps.addAll(
        List.of(
            StepEvent.completed("collect", day("2026-10-21"), day("2026-10-24"), PO),
            StepEvent.completed("handle", day("2026-10-24"), day("2026-12-18"), PC),
            StepEvent.completed("evaluate", day("2026-12-18"), day("2027-03-12"), RC)));
    c.reopenings.add(Reopening.of(Instant.parse("2027-03-13T01:00:00Z"), "居民评议不满意"));
    c.steps.add(StepEvent.underWay("collect", Instant.parse("2027-03-14T01:00:00Z"), PO));
    assertThat(c.validate().violationsOf(RuleCodes.STEP_ORDER)).isEmpty();
    c.steps.set(3, StepEvent.underWay("handle", Instant.parse("2027-03-14T01:00:00Z"), PO));
    assertThat(c.validate().violationsOf(RuleCodes.STEP_ORDER))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).hasToString("steps[3].step"));
  }

  // step.started-early

  @Test
  void rejectsStepEnteredBeforeItsPredecessorWasCompleted() {
    MeetingCase c = new MeetingCase();
    c.restep(
        FIVE_STEP_CARRY_OUT,
        StepEvent.completed(FIVE_STEP_CARRY_OUT, at("03:30"), day("2027-02-26"), PC));
    Violation v =
        assertSingle(c.validate(), RuleCodes.STEP_STARTED_EARLY, "steps[3].enteredAt", Severity.ERROR);
    assertThat(v.args()).containsExactly(FIVE_STEP_CARRY_OUT, FIVE_STEP_DELIBERATE, at("04:00"));
  }

  @Test
  void rejectsStepEnteredWhileItsPredecessorIsStillUnderWay() {
    MeetingCase c = new MeetingCase();
    c.restep(
        FIVE_STEP_SET_TOPIC, StepEvent.underWay(FIVE_STEP_SET_TOPIC, day("2026-10-28"), PO));
    Violation v =
        assertSingle(c.validate(), RuleCodes.STEP_STARTED_EARLY, "steps[2].enteredAt", Severity.ERROR);
    assertThat(v.args()).containsExactly(FIVE_STEP_DELIBERATE, FIVE_STEP_SET_TOPIC, "—");
  }

  @Test
  void acceptsStepEnteredAtTheInstantItsPredecessorWasCompleted() {
    MeetingCase c = new MeetingCase();
    assertThat(c.steps.get(1).enteredAt()).isEqualTo(c.steps.get(0).completedAt().get());
    assertClean(c.validate());
  }

  // step.deliberate.no-meeting

  @Test
  void rejectsCompletedDeliberateStepThatContainsNoMeeting() {
    MeetingCase c = new MeetingCase();
    Instant completed = day("2026-12-10");
    c.restep(
        FIVE_STEP_DELIBERATE, StepEvent.completed(FIVE_STEP_DELIBERATE, TOPIC_SET, completed, PO));
    Violation v =
        assertSingle(c.validate(), RuleCodes.STEP_DELIBERATE_NO_MEETING, "steps[2]", Severity.ERROR);
    assertThat(v.args()).containsExactly(name(FIVE_STEP_DELIBERATE), TOPIC_SET, completed);
  }

  @Test
  void rejectsCompletedDeliberateStepOfRecordWithoutMeetings() {
    MeetingCase c = new MeetingCase().withoutMeeting();
    c.restep(
        FIVE_STEP_DELIBERATE,
        StepEvent.completed(FIVE_STEP_DELIBERATE, TOPIC_SET, day("2026-12-12"), PO));
    assertSingle(c.validate(), RuleCodes.STEP_DELIBERATE_NO_MEETING, "steps[2]", Severity.ERROR);
  }

  @Test
  void rejectsDeliberateStepEnteredAfterItsOnlyMeetingStarted() {
    MeetingCase c = new MeetingCase();
    Instant entered = MeetingCase.STARTED.plusSeconds(1);
    c.restep(
        FIVE_STEP_DELIBERATE, StepEvent.completed(FIVE_STEP_DELIBERATE, entered, at("04:00"), PO));
    Violation v =
        assertSingle(c.validate(), RuleCodes.STEP_DELIBERATE_NO_MEETING, "steps[2]", Severity.ERROR);
    assertThat(v.args()).containsExactly(name(FIVE_STEP_DELIBERATE), entered, at("04:00"));
  }

  @Test
  void acceptsDeliberateStepUnderWayBeforeAnyMeeting() {
    MeetingCase c = new MeetingCase().withoutMeeting();
    assertThat(c.steps.get(2).completedAt()).isEmpty();
    assertClean(c.validate());
  }

  @Test
  void acceptsMeetingStartingAtTheBoundsOfTheDeliberateStep() {
    MeetingCase c = new MeetingCase();
    c.restep(
        FIVE_STEP_DELIBERATE,
        StepEvent.completed(FIVE_STEP_DELIBERATE, TOPIC_SET, MeetingCase.STARTED, PO));
    assertClean(c.validate());
    c.restep(
        FIVE_STEP_DELIBERATE,
        StepEvent.completed(FIVE_STEP_DELIBERATE, MeetingCase.STARTED, at("04:00"), PO));
    c.restep(
        FIVE_STEP_SET_TOPIC,
        StepEvent.completed(FIVE_STEP_SET_TOPIC, day("2026-10-28"), MeetingCase.STARTED, PO));
    assertClean(c.validate());
  }

  // step.carried-out-before-decision

  @Test
  void rejectsCarryingOutWhileTheMeetingIsStillInSession() {
    MeetingCase c = new MeetingCase();
    c.restep(
        FIVE_STEP_DELIBERATE, StepEvent.completed(FIVE_STEP_DELIBERATE, TOPIC_SET, at("02:00"), PO));
    c.restep(
        FIVE_STEP_CARRY_OUT,
        StepEvent.completed(FIVE_STEP_CARRY_OUT, at("02:30"), day("2027-02-26"), PC));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.STEP_CARRIED_OUT_BEFORE_DECISION,
            "steps[3].enteredAt",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(name(FIVE_STEP_CARRY_OUT), at("02:30"));
  }

  @Test
  void rejectsCarryingOutBeforeAnyMeeting() {
    MeetingCase c = new MeetingCase().withoutMeeting();
    c.profile =
        Profiles.jinan().withRuleSettings(List.of(RuleSetting.off(RuleCodes.STEP_STARTED_EARLY)));
    Instant entered = day("2026-11-20");
    c.steps.add(StepEvent.underWay(FIVE_STEP_CARRY_OUT, entered, PC));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.STEP_CARRIED_OUT_BEFORE_DECISION,
            "steps[3].enteredAt",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(name(FIVE_STEP_CARRY_OUT), entered);
  }

  @Test
  void rejectsCarryingOutAfterAMeetingThatFormedNoResult() {
    MeetingCase c = new MeetingCase();
    c.result = Optional.empty();
    assertThat(c.validate().violationsOf(RuleCodes.STEP_CARRIED_OUT_BEFORE_DECISION))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).hasToString("steps[3].enteredAt"));
  }

  /** The only meeting's vote failed 2 to 2 (two thirds of the four present needed). */
  private static MeetingCase afterFailedVote() {
    MeetingCase c = new MeetingCase();
    c.ballots.set(2, Ballot.of(OC, Choice.NO));
    c.result = Optional.of(MeetingResult.of("未达到三分之二，暂缓", Outcome.FAILED));
    return c;
  }

  @Test
  void acceptsFailedVoteThatNothingIsCarriedOutAfter() {
    assertClean(afterFailedVote().beforeCarryingOut().validate());
  }

  @Test
  void rejectsCarryingOutAfterAMeetingWhoseVoteFailed() {
    MeetingCase c = afterFailedVote();
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.STEP_CARRIED_OUT_BEFORE_DECISION,
            "steps[3].enteredAt",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(name(FIVE_STEP_CARRY_OUT), day("2026-12-14"));
  }

  @Test
  void acceptsCarryingOutAfterALaterMeetingPassedWhatTheFirstFailed() {
    MeetingCase c = afterFailedVote();
    c.meetings.add(new MeetingCase().shiftMeeting(Duration.ofDays(31)).meeting());
    Instant secondMeetingDone = Instant.parse("2027-01-11T04:00:00Z");
    c.restep(
        FIVE_STEP_DELIBERATE,
        StepEvent.completed(FIVE_STEP_DELIBERATE, TOPIC_SET, secondMeetingDone, PO));
    c.restep(
        FIVE_STEP_CARRY_OUT,
        StepEvent.completed(FIVE_STEP_CARRY_OUT, day("2027-01-14"), day("2027-02-26"), PC));
    assertClean(c.validate());
  }

  @Test
  void acceptsCarryingOutAResultReachedByConsultationWithoutVote() {
    MeetingCase c = new MeetingCase();
    c.voted = false;
    c.result = Optional.of(MeetingResult.of("协商一致，同意加装"));
    assertClean(c.validate());
  }

  // other plans

  @Test
  void acceptsNineStepsInOrderUnderANineStepPlan() {
    MeetingCase c = nineSteps();
    assertThat(c.profile.stepPlan()).contains(NINE_STEPS);
    assertClean(c.validate());
  }

  @Test
  void rejectsSkippedStepOfANineStepPlan() {
    MeetingCase c = nineSteps();
    c.steps.remove(3);
    Violation v = assertSingle(c.validate(), RuleCodes.STEP_ORDER, "steps[3].step", Severity.ERROR);
    assertThat(v.args())
        .containsExactly(
            NINE_STEPS.step("deliberate").get().name(), NINE_STEPS.step("announce").get().name());
  }

  @Test
  void rejectsFiveStepIdsUnderTheNineStepPlan() {
    MeetingCase c = new MeetingCase();
    c.profile = withStepPlan(Profiles.jinan(), "jinan-nine-steps", NINE_STEPS);
    c.steps.subList(2, 5).clear();
    List<Violation> violations =
        assertOnly(c.validate(), RuleCodes.STEP_UNKNOWN, "steps[0].step", "steps[1].step");
    assertThat(violations.get(0).args()).containsExactly(FIVE_STEP_IDENTIFY, NINE_STEPS.name());
  }

  @Test
  void acceptsHaidiansCollectDeliberateHandleSuperviseEvaluate() {
    assertClean(haidian().validate());
  }

  @Test
  void treatsHaidiansHandleStepAsCarryingOut() {
    MeetingCase c = haidian();
    c.ballots.set(2, Ballot.of(OC, Choice.NO));
    c.result = Optional.of(MeetingResult.of("未达到三分之二，暂缓", Outcome.FAILED));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.STEP_CARRIED_OUT_BEFORE_DECISION,
            "steps[2].enteredAt",
            Severity.ERROR);
    assertThat(v.args())
        .containsExactly(
            Profiles.haidian().stepPlan().get().step("handle").get().name(), day("2026-12-14"));
  }

  @Test
  void rejectsHaidianRecordThatSkipsSupervision() {
    MeetingCase c = haidian();
    c.steps.remove(3);
    Violation v = assertSingle(c.validate(), RuleCodes.STEP_ORDER, "steps[3].step", Severity.ERROR);
    StepPlan plan = Profiles.haidian().stepPlan().get();
    assertThat(v.args())
        .containsExactly(plan.step("evaluate").get().name(), plan.step("supervise").get().name());
  }
}
