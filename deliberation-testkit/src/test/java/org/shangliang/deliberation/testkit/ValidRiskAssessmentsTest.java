package org.shangliang.deliberation.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.RiskAssessment;
import org.shangliang.deliberation.process.RiskLevel;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.topic.MatterSize;

/**
 * Valid scenarios exercise risk assessments (重大决策风险评估): where the profile requires one for the
 * matter, every record with meetings has one before its first meeting, by a listed party; where it
 * does not, some records have one anyway, at every level, and a high one always names measures.
 */
class ValidRiskAssessmentsTest {
  private static final int COUNT = 300;

  private static Instant firstStart(Deliberation record) {
    Instant first = null;
    for (Meeting meeting : record.meetings()) {
      if (first == null || meeting.startedAt().isBefore(first)) {
        first = meeting.startedAt();
      }
    }
    return first;
  }

  @Test
  void aMatterTheProfileRequiresAssessedIsAssessedBeforeItsFirstMeeting() {
    ScenarioGen gen =
        Scenarios.valid(
            DerivedProfiles.custom(),
            Shape.any().withMatterSize(MatterSize.MAJOR).withOutcome(OutcomeKind.IMMEDIATE));
    for (long seed = 0; seed < COUNT; seed++) {
      Deliberation record = gen.generate(seed).record();
      assertThat(record.riskAssessments()).as("seed %d", seed).isNotEmpty();
      for (RiskAssessment assessment : record.riskAssessments()) {
        assertThat(assessment.assessedAt()).isBefore(firstStart(record));
        assertThat(record.parties().has(assessment.assessor())).isTrue();
      }
    }
  }

  @Test
  void aProfileThatRequiresNoneStillRecordsSomeAssessmentsAtEveryLevel() {
    ScenarioGen gen = Scenarios.valid(Profiles.jinan(), Shape.any().with(Shape.Feature.MEETING));
    Set<RiskLevel> levels = EnumSet.noneOf(RiskLevel.class);
    int with = 0;
    for (long seed = 0; seed < COUNT; seed++) {
      Deliberation record = gen.generate(seed).record();
      if (!record.riskAssessments().isEmpty()) {
        with++;
      }
      for (RiskAssessment assessment : record.riskAssessments()) {
        levels.add(assessment.level());
        if (assessment.level() == RiskLevel.HIGH) {
          assertThat(assessment.measures()).isNotEmpty();
        }
      }
    }
    assertThat(with).isBetween(COUNT / 8, COUNT / 2);
    assertThat(levels).containsExactlyInAnyOrder(RiskLevel.values());
  }
}
