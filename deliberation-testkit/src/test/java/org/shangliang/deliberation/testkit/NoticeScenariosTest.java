package org.shangliang.deliberation.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.Obligations;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.validation.Obligation;
import org.shangliang.deliberation.validation.RuleCode;

/**
 * Valid scenarios (of no particular shape) give the notices to residents in time — a shelved matter's explanation within the
 * profile's window after the shelving, a solved recommendation's notice after the solution and within
 * the window — or are judged before the window has passed, the notice then still due.
 */
class NoticeScenariosTest {
  private static final int SEEDS = 400;

  private static List<Profile> profiles() {
    return List.of(Profiles.jinan(), Profiles.bishan(), DerivedProfiles.custom());
  }

  @Test
  void shelvedMattersAreExplainedInTimeOrStillWithinTheWindow() {
    for (Profile profile : profiles()) {
      int explained = 0;
      int due = 0;
      ScenarioGen gen = Scenarios.valid(profile);
      for (long seed = 0; seed < SEEDS; seed++) {
        Scenario s = gen.generate(seed);
        if (!kind(s, OutcomeKind.SHELVED)) {
          continue;
        }
        OutcomeRecord outcome = s.record().outcome().orElseThrow();
        Instant end = outcome.classifiedAt().plus(profile.shelvedExplanationWindow().orElseThrow());
        assertThat(s.validate().isCompliant()).as("%s seed %d", profile.id(), seed).isTrue();
        if (outcome.residentsNotice().isPresent()) {
          explained++;
          assertThat(outcome.residentsNotice().get().from()).isBetween(outcome.classifiedAt(), end);
        } else {
          due++;
          assertThat(s.at()).isBetween(outcome.classifiedAt(), end);
          assertThat(owed(s, RuleCodes.OUTCOME_SHELVED_EXPLANATION_MISSING)).containsExactly(end);
        }
      }
      assertThat(explained).as(profile.id()).isPositive();
      assertThat(due).as(profile.id()).isPositive();
    }
  }

  @Test
  void solvedRecommendationsAreToldInTimeOrStillWithinTheWindow() {
    for (Profile profile : profiles()) {
      int told = 0;
      int due = 0;
      ScenarioGen gen = Scenarios.valid(profile);
      for (long seed = 0; seed < SEEDS; seed++) {
        Scenario s = gen.generate(seed);
        if (!kind(s, OutcomeKind.RECOMMENDATION)
            || s.record().outcome().get().solvedAt().isEmpty()) {
          continue;
        }
        OutcomeRecord outcome = s.record().outcome().orElseThrow();
        Instant solved = outcome.solvedAt().orElseThrow();
        Instant end = solved.plus(profile.recommendationNoticeWindow().orElseThrow());
        assertThat(s.validate().isCompliant()).as("%s seed %d", profile.id(), seed).isTrue();
        if (outcome.residentsNotice().isPresent()) {
          told++;
          assertThat(outcome.residentsNotice().get().from()).isBetween(solved, end);
        } else {
          due++;
          assertThat(s.at()).isBetween(solved, end);
          assertThat(owed(s, RuleCodes.OUTCOME_RECOMMENDATION_RESIDENTS_NOT_TOLD)).containsExactly(end);
        }
      }
      assertThat(told).as(profile.id()).isPositive();
      assertThat(due).as(profile.id()).isPositive();
    }
  }

  private static boolean kind(Scenario s, OutcomeKind kind) {
    return s.record().outcome().isPresent() && s.record().outcome().get().kind() == kind;
  }

  private static List<Instant> owed(Scenario s, RuleCode code) {
    return Obligations.of(s.profile()).at(s.record(), s.at()).stream()
        .filter(o -> o.code().equals(code))
        .map(Obligation::dueAt)
        .collect(java.util.stream.Collectors.toList());
  }
}
