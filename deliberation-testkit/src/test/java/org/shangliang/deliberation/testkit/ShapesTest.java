package org.shangliang.deliberation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.decision.Consensus;
import org.shangliang.deliberation.decision.DoubleThreshold;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.meeting.Vote;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.outcome.SupervisionPhase;
import org.shangliang.deliberation.process.AdmissionStatus;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.process.StepRole;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.topic.MatterSize;

/**
 * Every wither of {@link Shape} yields compliant scenarios that really hold what it asks, for a
 * built-in profile where the structure exists; a shape the profile cannot satisfy throws.
 */
class ShapesTest {
  private static final long FIRST_SEED = 77_000L;
  private static final int COUNT = 300;

  private static Arguments shape(String what, Profile profile, Shape shape, Predicate<Deliberation> holds) {
    return Arguments.of(what, profile, shape, holds);
  }

  private static Stream<Meeting> meetings(Deliberation d) {
    return d.meetings().stream();
  }

  private static Stream<Vote> votes(Deliberation d) {
    return meetings(d).flatMap(m -> m.vote().stream());
  }

  private static boolean kind(Deliberation d, OutcomeKind kind) {
    return d.outcome().map(OutcomeRecord::kind).orElse(null) == kind;
  }

  private static boolean completedStep(Deliberation d, Profile p, StepRole role) {
    for (StepEvent step : d.steps()) {
      if (step.completedAt().isPresent()
          && p.stepPlan().get().step(step.step()).get().role() == role) {
        return true;
      }
    }
    return false;
  }

  static Stream<Arguments> shapes() {
    Profile jinan = Profiles.jinan();
    Profile haidian = Profiles.haidian();
    Profile bishan = Profiles.bishan();
    Profile owners = Profiles.jinanOwnersExample();
    return Stream.of(
        shape("no outcome", jinan, Shape.any().withoutOutcome(), d -> d.outcome().isEmpty()),
        shape("immediate", jinan, Shape.any().withOutcome(OutcomeKind.IMMEDIATE), d -> kind(d, OutcomeKind.IMMEDIATE)),
        shape("committed", haidian, Shape.any().withOutcome(OutcomeKind.COMMITTED), d -> kind(d, OutcomeKind.COMMITTED)),
        shape("shelved", bishan, Shape.any().withOutcome(OutcomeKind.SHELVED), d -> kind(d, OutcomeKind.SHELVED) && d.outcome().get().residentsNotice().isPresent()),
        shape("recommendation", jinan, Shape.any().withOutcome(OutcomeKind.RECOMMENDATION), d -> kind(d, OutcomeKind.RECOMMENDATION) && !d.escalations().isEmpty() && d.outcome().get().proposedSolution().isPresent()),
        shape("regular meeting", jinan, Shape.any().withMeetingKind(MeetingKind.REGULAR), d -> !d.meetings().isEmpty() && meetings(d).allMatch(m -> m.kind() == MeetingKind.REGULAR)),
        shape("urgent meeting", haidian, Shape.any().withMeetingKind(MeetingKind.URGENT), d -> !d.meetings().isEmpty() && meetings(d).allMatch(m -> m.kind() == MeetingKind.URGENT)),
        shape("small meeting", bishan, Shape.any().withMeetingKind(MeetingKind.SMALL), d -> !d.meetings().isEmpty() && meetings(d).allMatch(m -> m.kind() == MeetingKind.SMALL) && d.topic().matterSize() != MatterSize.MAJOR),
        shape("online meeting", jinan, Shape.any().withMeetingKind(MeetingKind.ONLINE_MICRO), d -> !d.meetings().isEmpty() && meetings(d).allMatch(m -> m.kind() == MeetingKind.ONLINE_MICRO) && d.topic().matterSize() == MatterSize.MINOR),
        shape("major matter", jinan, Shape.any().withMatterSize(MatterSize.MAJOR).withMeetings(1), d -> d.topic().matterSize() == MatterSize.MAJOR && !d.meetings().isEmpty()),
        shape("urgent matter", jinan, Shape.any().withMatterSize(MatterSize.URGENT).withMeetings(1), d -> d.topic().matterSize() == MatterSize.URGENT && !d.meetings().isEmpty()),
        shape("minor matter", bishan, Shape.any().withMatterSize(MatterSize.MINOR), d -> d.topic().matterSize() == MatterSize.MINOR),
        shape("catalogue entry", jinan, Shape.any().withCatalogueEntry(Profiles.PIPE_REPAIR), d -> d.topic().catalogueEntry().equals(Optional.of(Profiles.PIPE_REPAIR))),
        shape("no catalogue entry", haidian, Shape.any().withoutCatalogueEntry(), d -> d.topic().catalogueEntry().isEmpty()),
        shape("ballots", jinan, Shape.any().withVote(Shape.VoteForm.BALLOTS), d -> votes(d).anyMatch(v -> !v.ballots().isEmpty() || v.showOfHands().isEmpty())),
        shape("show of hands", haidian, Shape.any().withVote(Shape.VoteForm.SHOW_OF_HANDS), d -> votes(d).anyMatch(v -> v.showOfHands().isPresent())),
        shape("no vote", bishan, Shape.any().withoutVote(), d -> votes(d).count() == 0),
        shape("majority rule", jinan, Shape.any().withDecisionRule(Shape.RuleKind.MAJORITY), d -> votes(d).anyMatch(v -> v.rule() instanceof MajorityRule)),
        shape("double threshold", owners, Shape.any().withDecisionRule(Shape.RuleKind.DOUBLE_THRESHOLD), d -> votes(d).anyMatch(v -> v.rule() instanceof DoubleThreshold && !v.ballots().isEmpty())),
        shape("dispute", jinan, Shape.any().withDispute(), d -> d.topic().dispute().isPresent() && d.admission().get().isAdmitted() && d.admission().get().approval().isPresent()),
        shape("settled elsewhere", haidian, Shape.any().withSettledElsewhere(), d -> d.topic().settledElsewhere().isPresent() && d.admission().get().status() == AdmissionStatus.REFUSED),
        shape("public funds", jinan, Shape.any().withPublicFunds(), d -> d.topic().publicFunds().isPresent()),
        shape("no public funds", jinan, Shape.any().withoutPublicFunds(), d -> d.topic().publicFunds().isEmpty()),
        shape("hotline, one department", jinan, Shape.any().withHotline(1), d -> d.hotlineCase().isPresent() && d.hotlineCase().get().departments().size() == 1 && d.hotlineCase().get().forwardedAt().isPresent()),
        shape("hotline, three departments", haidian, Shape.any().withHotline(3), d -> d.hotlineCase().isPresent() && d.hotlineCase().get().departments().size() == 3 && d.hotlineCase().get().coordinationConvenedAt().isPresent()),
        shape("escalation", jinan, Shape.any().withEscalation(), d -> !d.escalations().isEmpty() && !d.escalations().get(0).followUps().isEmpty() && d.escalations().get(0).follower().isPresent()),
        shape("solved recommendation", bishan, Shape.any().withSolvedRecommendation(), d -> kind(d, OutcomeKind.RECOMMENDATION) && d.outcome().get().solvedAt().isPresent() && d.outcome().get().residentsNotice().isPresent()),
        shape("duties", haidian, Shape.any().withDuties(), d -> d.outcome().isPresent() && !d.outcome().get().duties().isEmpty()),
        shape("completed duties", jinan, Shape.any().withCompletedDuties(), d -> d.outcome().isPresent() && d.outcome().get().isCompleted()),
        shape("supervision", jinan, Shape.any().withSupervision(), d -> d.supervision().stream().anyMatch(s -> s.phase() == SupervisionPhase.BEFORE)),
        shape("public funds supervised", jinan, Shape.any().withPublicFunds().withCompletedDuties(), d -> d.topic().publicFunds().isPresent() && d.outcome().get().isCompleted() && d.supervision().size() >= 6),
        shape("revisit", bishan, Shape.any().withRevisit(), d -> !d.revisits().isEmpty()),
        shape("appraisal", jinan, Shape.any().withAppraisal(), d -> !d.appraisals().isEmpty()),
        shape("poor appraisal, reopened", haidian, Shape.any().withPoorAppraisal(), d -> d.appraisals().stream().anyMatch(a -> a.score() <= 2) && !d.reopenings().isEmpty()),
        shape("poor appraisal, not reopening", jinan, Shape.any().withPoorAppraisal(), d -> d.appraisals().stream().anyMatch(a -> a.score() <= 2)),
        shape("progress reports", jinan, Shape.any().withProgressReports(), d -> kind(d, OutcomeKind.COMMITTED) && !d.outcome().get().progressReports().isEmpty()),
        shape("take up again", haidian, Shape.any().withTakeUpAgain(), d -> kind(d, OutcomeKind.SHELVED) && d.outcome().get().takeUpAgainOn().isPresent()),
        shape("reopening of a shelved matter", jinan, Shape.any().withOutcome(OutcomeKind.SHELVED).withReopening(), d -> d.outcome().get().takeUpAgainOn().isPresent() && !d.reopenings().isEmpty()),
        shape("raised problems", bishan, Shape.any().withRaisedProblems(), d -> meetings(d).anyMatch(m -> !m.problems().isEmpty())),
        shape("speaking turns", jinan, Shape.any().withSpeakingTurns(), d -> meetings(d).anyMatch(m -> !m.speakingTurns().isEmpty())),
        shape("conflict of interest", jinan, Shape.any().withConflictOfInterest(), d -> meetings(d).anyMatch(m -> !m.conflicts().isEmpty() && m.vote().isPresent() && m.vote().get().showOfHands().isEmpty())),
        shape("publicity", haidian, Shape.any().withPublicity(), d -> meetings(d).anyMatch(m -> m.result().isPresent() && m.publicity().isPresent())),
        shape("steps through deliberation", jinan, Shape.any().withStep(StepRole.DELIBERATE), d -> completedStep(d, jinan, StepRole.DELIBERATE)),
        shape("steps through carrying out", haidian, Shape.any().withStep(StepRole.CARRY_OUT), d -> completedStep(d, haidian, StepRole.CARRY_OUT)),
        shape("steps through evaluation", jinan, Shape.any().withStep(StepRole.EVALUATE), d -> completedStep(d, jinan, StepRole.EVALUATE) && d.steps().size() == 5),
        shape("steps through supervision", haidian, Shape.any().withStep(StepRole.SUPERVISE), d -> completedStep(d, haidian, StepRole.SUPERVISE)),
        shape("several meetings", bishan, Shape.any().withMeetings(3), d -> d.meetings().size() >= 3),
        shape("events", jinan, Shape.any().withEvents(), d -> !d.events().isEmpty()),
        shape("no events", haidian, Shape.any().withoutEvents(), d -> d.events().isEmpty()),
        shape("regular date", jinan, Shape.any().withRegularDate(), d -> d.plannedMeetingDate().isPresent() && d.meetings().get(0).kind() == MeetingKind.REGULAR && d.meetings().get(0).scheduledDate().getDayOfMonth() >= 11),
        shape("events with everything after", haidian, Shape.any().withEvents().withCompletedDuties().withRevisit().withAppraisal(), d -> d.events().size() >= 8 && !d.appraisals().isEmpty()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void everyShapeYieldsCompliantScenariosHoldingWhatItAsks(
      String what, Profile profile, Shape shape, Predicate<Deliberation> holds) {
    ScenarioGen valid = Scenarios.valid(profile, shape);
    for (long seed = FIRST_SEED; seed < FIRST_SEED + COUNT; seed++) {
      Scenario scenario = valid.generate(seed);
      Compliance.assertCompliant(scenario);
      assertThat(holds.test(scenario.record()))
          .as(() -> scenario.snippet() + " does not hold " + what)
          .isTrue();
    }
  }

  static Stream<Arguments> impossibleShapes() {
    return Stream.of(
        Arguments.of(Profiles.bishan(), Shape.any().withStep(StepRole.DELIBERATE), "no step plan"),
        Arguments.of(Profiles.jinan(), Shape.any().withOutcome(OutcomeKind.SHELVED).withDuties(), "no outcome kind"),
        Arguments.of(Profiles.jinan(), Shape.any().withDecisionRule(Shape.RuleKind.CONSENSUS), "no topic"),
        Arguments.of(Profiles.jinanOwnersExample(), Shape.any().withCatalogueEntry(Profiles.LIFT_INSTALLATION).withVote(Shape.VoteForm.SHOW_OF_HANDS), "no topic"),
        Arguments.of(Profiles.haidian(), Shape.any().withRegularDate(), "no topic"),
        Arguments.of(Profiles.jinan(), Shape.any().withCatalogueEntry("no-such-entry"), "no entry no-such-entry"),
        Arguments.of(Profiles.jinan(), Shape.any().withSettledElsewhere().withMeetings(1), "settled elsewhere"),
        Arguments.of(Profiles.jinan(), Shape.any().withPoorAppraisal().withOutcome(OutcomeKind.RECOMMENDATION), "no outcome kind"),
        Arguments.of(Profiles.haidian(), Shape.any().withPoorAppraisal().withEvents(), "event history"),
        Arguments.of(Profiles.jinan(), Shape.any().withMatterSize(MatterSize.MAJOR).withMeetingKind(MeetingKind.ONLINE_MICRO), "no topic"));
  }

  @ParameterizedTest
  @MethodSource("impossibleShapes")
  void aShapeTheProfileCannotSatisfyThrows(Profile profile, Shape shape, String reason) {
    ScenarioGen valid = Scenarios.valid(profile, shape);
    for (long seed = 0; seed < 20; seed++) {
      long s = seed;
      assertThatThrownBy(() -> valid.generate(s))
          .isInstanceOf(GenerationException.class)
          .hasMessageContaining(profile.id())
          .hasMessageContaining(reason);
    }
  }

  @Test
  void aShapeIsTheJavaExpressionThatMakesIt() {
    Shape shape = Shape.any().withVote(Shape.VoteForm.BALLOTS).withOutcome(OutcomeKind.IMMEDIATE).withCatalogueEntry("a\"b");
    assertThat(shape).hasToString(
        "Shape.any().withVote(Shape.VoteForm.BALLOTS).withOutcome(OutcomeKind.IMMEDIATE).withCatalogueEntry(\"a\\\"b\")");
    assertThat(Shape.any().withDispute()).isEqualTo(Shape.any().with(Shape.Feature.DISPUTE));
    assertThat(Shape.any().withDispute().without(Shape.Feature.DISPUTE).wants(Shape.Feature.DISPUTE)).isFalse();
    assertThat(List.of(Shape.any())).containsExactly(Shape.any());
  }

  @Test
  void consensusIsReachedWhereTheProfileSetsNoRule() {
    Profile bare =
        new Profile.Builder()
            .id("bare")
            .name(Profiles.bishan().name())
            .catalogue(Profiles.bishan().catalogue())
            .build();
    // Bishan's tiers and catalogue without any procedure: no quorum, no rule, no window
    Profile noRules =
        Profiles.bishan().withProcedureOf(bare).withIdentity("bishan-no-rules", Profiles.bishan().name());
    ScenarioGen valid = Scenarios.valid(noRules, Shape.any().withDecisionRule(Shape.RuleKind.CONSENSUS));
    for (long seed = 0; seed < COUNT; seed++) {
      Scenario scenario = valid.generate(seed);
      Compliance.assertCompliant(scenario);
      assertThat(votes(scenario.record()).anyMatch(v -> v.rule() instanceof Consensus)).isTrue();
    }
  }
}
