package org.shangliang.deliberation.testkit.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.Scenario;
import org.shangliang.deliberation.testkit.ScenarioGen;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.testkit.Shape;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/** The examples of docs/testing.md, "Testing a rule of your own", compiled and run. */
class OwnRuleGuideTest {

  // docs/testing.md: the oracle
  @Test
  void theRuleReportsExactlyTheMeetingsAnOracleFinds() {
    ScenarioGen votes =
        Scenarios.valid(
            Profiles.jinan(),
            Shape.any().withMatterSize(MatterSize.MAJOR).withVote(Shape.VoteForm.BALLOTS));
    int firing = 0;
    int quiet = 0;
    for (long seed = 1; seed <= 500; seed++) {
      Scenario scenario = votes.generate(seed);
      ValidationReport report = scenario.validateWith(new MajorVoteNeedsAnExpert());

      Set<Path> reported = new HashSet<>();
      for (Violation v : report.violationsOf(MajorVoteNeedsAnExpert.CODE)) {
        reported.add(v.path());
      }
      Set<Path> expected = meetingsVotingWithoutAnExpert(scenario.record());
      assertThat(reported).as(scenario.snippet()).isEqualTo(expected);

      // the other rules are the profile's: the scenario stays compliant with them
      assertThat(report.violations()).as(scenario.snippet()).allMatch(v -> v.code().equals(MajorVoteNeedsAnExpert.CODE));
      if (expected.isEmpty()) {
        quiet++;
      } else {
        firing++;
      }
    }
    // both sides of the rule were exercised, so this test can fail either way
    assertThat(firing).isPositive();
    assertThat(quiet).isPositive();
  }

  /** The oracle: the simplest statement of the rule, written apart from the rule itself. */
  private static Set<Path> meetingsVotingWithoutAnExpert(Deliberation record) {
    Set<Path> paths = new HashSet<>();
    for (int i = 0; i < record.meetings().size(); i++) {
      Meeting meeting = record.meetings().get(i);
      boolean expert =
          meeting.attendance().stream()
              .map(s -> record.parties().party(s.party()))
              .anyMatch(p -> p.isPresent() && p.get().kind() == PartyKind.EXPERT);
      if (record.topic().matterSize() == MatterSize.MAJOR && meeting.vote().isPresent() && !expert) {
        paths.add(Path.of("meetings").index(i).child("attendance"));
      }
    }
    return paths;
  }
  // end of docs/testing.md: the oracle
}
