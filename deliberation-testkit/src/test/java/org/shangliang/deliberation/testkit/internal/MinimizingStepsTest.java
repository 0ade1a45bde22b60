package org.shangliang.deliberation.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.Minimized;
import org.shangliang.deliberation.testkit.Minimizer;
import org.shangliang.deliberation.testkit.Scenario;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.testkit.internal.minimizing.Part;
import org.shangliang.deliberation.testkit.internal.minimizing.Sites;
import org.shangliang.deliberation.testkit.internal.minimizing.Step;

/** The minimizer's steps on a record that holds every field of the model. */
class MinimizingStepsTest {
  private static final Profile PROFILE = Profiles.jinan();

  /** Record A with both meetings (the second votes by a show of hands): every field present. */
  private static Deliberation full() {
    return RecordDraft.edit(
        FullValues.recordA(),
        d -> d.meetings = new ArrayList<>(List.of(FullValues.meetingA(), FullValues.meetingB())));
  }

  @Test
  void everyKindOfPlaceInAFullRecordHasItsSingleSteps() {
    Set<String> places = new TreeSet<>();
    for (Step step : Sites.steps(PROFILE, full())) {
      places.add(step.description().replaceFirst(" \\(\\d+ of \\d+\\)$", ""));
    }
    assertThat(places)
        .contains(
            // the record's lists
            "remove meetings[0]",
            "remove escalations[0]",
            "remove supervision[0]",
            "remove revisits[0]",
            "remove appraisals[0]",
            "remove reopenings[0]",
            "remove steps[0]",
            "remove events[0]",
            "remove riskAssessments[0]",
            "remove parties[1]",
            "remove topic.affectedUnits[1]",
            // lists inside
            "remove meetings[0].invited[1]",
            "remove meetings[0].attendance[0]",
            "remove meetings[0].stages[0]",
            "remove meetings[0].speakingTurns[0]",
            "remove meetings[0].conflicts[0]",
            "remove meetings[0].problems[0]",
            "remove meetings[0].vote.ballots[0]",
            "remove meetings[0].vote.eligible[1]",
            "remove outcome.duties[0]",
            "remove outcome.progressReports[0]",
            "remove outcome.facts.blockingFactors[0]",
            "remove escalations[0].followUps[0]",
            "remove hotlineCase.departments[1]",
            "remove parties[0].roles[1]",
            // optional parts
            "drop outcome",
            "drop hotlineCase",
            "drop admission",
            "drop plannedMeetingDate",
            "drop topic.catalogueEntry",
            "drop topic.publicFunds",
            "drop topic.settledElsewhere",
            "drop topic.dispute",
            "drop parties[0].weight",
            "drop parties[0].displayName",
            "drop meetings[0].vote",
            "drop meetings[0].result",
            "drop meetings[0].publicity",
            "drop meetings[1].vote.showOfHands",
            "drop meetings[0].attendance[0].evidence",
            "drop meetings[0].problems[0].solutionProposedAt",
            "drop steps[0].completedAt",
            "drop outcome.residentsNotice",
            "drop outcome.proposedSolution",
            "drop outcome.solvedAt",
            "drop outcome.duties[0].responsible",
            "drop outcome.duties[0].measures",
            "drop outcome.duties[0].deadline",
            "drop outcome.duties[0].completionRecord",
            "drop escalations[0].follower",
            "drop escalations[0].resolvedAt",
            "drop hotlineCase.forwardedAt",
            "drop admission.explanationToResidents",
            "drop admission.approval",
            // texts
            "shorten topic.title",
            "shorten parties[0].otherLabel",
            "shorten parties[0].displayName",
            "shorten topic.settledElsewhere.reference",
            "shorten meetings[0].stages[0].summary",
            "shorten meetings[0].conflicts[0].description",
            "shorten meetings[0].problems[0].description",
            "shorten meetings[0].result.text",
            "shorten meetings[0].publicity.channel",
            "shorten supervision[0].note",
            "shorten escalations[0].reason",
            "shorten escalations[0].followUps[0].note",
            "shorten revisits[0].feedback",
            "shorten reopenings[0].reason",
            "shorten riskAssessments[0].findings",
            "shorten outcome.duties[0].description",
            "shorten outcome.proposedSolution",
            "shorten outcome.facts.blockingFactors[0]",
            "shorten admission.approval.reference",
            // numbers
            "lower topic.publicFunds.amount",
            "lower parties[0].weight",
            "lower meetings[0].vote.eligible[1].weight",
            "lower appraisals[0].score",
            "lower outcome.facts.roundsHeld",
            "lower meetings[1].vote.showOfHands.yes",
            "shorten meetings[0].speakingTurns[0].duration",
            // instants
            "move meetings[0].endedAt",
            "move meetings[0].attendance[0].at",
            "move meetings[1].stages[0].startedAt",
            "move meetings[0].vote.closedAt",
            "move meetings[0].publicity.until",
            "move meetings[0].problems[0].solutionProposedAt",
            "move steps[0].completedAt",
            "move escalations[0].deadline",
            "move escalations[0].resolvedAt",
            "move escalations[0].followUps[0].at",
            "move hotlineCase.handledAt",
            "move outcome.residentsNotice.until");
  }

  @Test
  void everySingleStepOfAFullRecordMakesAnotherRecordOrIsRefusedByTheModel() {
    Deliberation full = full();
    int built = 0;
    int refused = 0;
    for (Step step : Sites.steps(PROFILE, full)) {
      Deliberation candidate;
      try {
        candidate = step.candidate().get();
      } catch (InvalidModelException byTheModel) {
        refused++;
        continue;
      }
      built++;
      assertThat(candidate).as(step.description()).isNotEqualTo(full);
    }
    assertThat(built).isGreaterThan(100);
    assertThat(refused).isPositive(); // e.g. the parties' last role, the stage moved before start
  }

  @Test
  void aCheckThatFailsOnEverythingLeavesOnlyWhatTheModelRequires() {
    Scenario scenario = Scenarios.valid(PROFILE).generate(1L, 5).withRecord(full(), Set.of());

    Minimized minimized = Minimizer.minimize(scenario, s -> true);

    Deliberation least = minimized.scenario().record();
    assertThat(least.parties().parties()).isEmpty();
    assertThat(least.meetings()).isEmpty();
    assertThat(least.steps()).isEmpty();
    assertThat(least.events()).isEmpty();
    assertThat(least.supervision()).isEmpty();
    assertThat(least.escalations()).isEmpty();
    assertThat(least.revisits()).isEmpty();
    assertThat(least.appraisals()).isEmpty();
    assertThat(least.reopenings()).isEmpty();
    assertThat(least.outcome()).isEmpty();
    assertThat(least.hotlineCase()).isEmpty();
    assertThat(least.admission()).isEmpty();
    assertThat(least.plannedMeetingDate()).isEmpty();
    assertThat(least.topic().affectedUnits()).hasSize(1);
    assertThat(least.topic().title().codePointCount(0, least.topic().title().length()))
        .isEqualTo(1);
    assertThat(least.topic().publicFunds()).isEmpty();
    assertThat(least.topic().catalogueEntry()).isEmpty();
    assertThat(least.topic().settledElsewhere()).isEmpty();
    assertThat(least.topic().dispute()).isEmpty();
    assertThat(least.id()).isEqualTo(full().id());
    assertThat(minimized.locallyMinimal()).isTrue();
    assertThat(minimized.refused()).isPositive();
    // locally minimal for a check that fails on everything: the model refuses every step left
    List<Step> left = Sites.steps(PROFILE, least);
    assertThat(left).extracting(Step::description).contains("remove topic.affectedUnits[0]");
    for (Step step : left) {
      assertThatThrownBy(() -> step.candidate().get())
          .as(step.description())
          .isInstanceOf(InvalidModelException.class);
    }
  }

  @Test
  void aPartPastTheEndOfItsListIsNotThere() {
    Part<List<org.shangliang.deliberation.meeting.Meeting>> meetings =
        Part.record()
            .field(
                "meetings",
                Deliberation::meetings,
                (d, v) -> RecordDraft.edit(d, r -> r.meetings = new ArrayList<>(v)));
    assertThat(Part.element(meetings, 1).get(full())).contains(FullValues.meetingB());
    assertThat(Part.element(meetings, 2).get(full())).isEmpty();
    assertThat(Part.element(meetings, 1).path()).isEqualTo("meetings[1]");
    assertThat(Part.element(meetings, 0).set(full(), FullValues.meetingB()).meetings())
        .containsExactly(FullValues.meetingB(), FullValues.meetingB());
  }
}
