package org.shangliang.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.testkit.Scenario;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Violation;

/**
 * The hand-written baseline of {@link ValidateBenchmark} judges the notices to residents by when they
 * were given exactly as the validator does (same codes, same paths), on Jinan scenarios breaking each
 * notice rule, and on compliant ones.
 */
class HandWrittenNoticeChecksTest {
  private static final Set<RuleCode> NOTICE_CODES =
      Set.of(
          RuleCodes.OUTCOME_COMMITTED_PROGRESS_MISSING,
          RuleCodes.OUTCOME_COMMITTED_PROGRESS_LATE,
          RuleCodes.OUTCOME_SHELVED_EXPLANATION_MISSING,
          RuleCodes.OUTCOME_SHELVED_EXPLANATION_LATE,
          RuleCodes.OUTCOME_RECOMMENDATION_RESIDENTS_NOT_TOLD,
          RuleCodes.OUTCOME_RECOMMENDATION_TOLD_BEFORE_SOLVED,
          RuleCodes.OUTCOME_RECOMMENDATION_RESIDENTS_TOLD_LATE);

  private static List<String> byValidator(Scenario scenario) {
    List<String> found = new ArrayList<>();
    for (Violation v : scenario.validate().violations()) {
      if (NOTICE_CODES.contains(v.code())) {
        found.add(v.code().value() + "@" + v.path());
      }
    }
    found.sort(null);
    return found;
  }

  private static List<String> byHand(Scenario scenario) {
    List<String> found = new ArrayList<>();
    ValidateBenchmark.Units units = ValidateBenchmark.Units.of(scenario.jurisdiction().units());
    for (String violation : ValidateBenchmark.handWrittenChecks(scenario.record(), scenario.at(), units)) {
      if (NOTICE_CODES.contains(RuleCode.of(violation.substring(0, violation.indexOf('@'))))) {
        found.add(violation);
      }
    }
    found.sort(null);
    return found;
  }

  @Test
  void agreesWithTheValidatorOnJinanScenariosBreakingEachNoticeRule() {
    for (RuleCode code : NOTICE_CODES) {
      for (long seed = 0; seed < 10; seed++) {
        Scenario scenario = Scenarios.breaking(Profiles.jinan(), code).generate(seed);
        assertThat(byValidator(scenario)).as("%s, seed %d", code, seed).contains(code.value() + "@"
            + scenario.validate().violationsOf(code).get(0).path());
        assertThat(byHand(scenario)).as("%s, seed %d", code, seed).isEqualTo(byValidator(scenario));
      }
    }
  }

  @Test
  void agreesWithTheValidatorOnCompliantJinanScenarios() {
    for (long seed = 0; seed < 40; seed++) {
      Scenario scenario = Scenarios.valid(Profiles.jinan()).generate(seed);
      assertThat(byHand(scenario)).as("seed %d", seed).isEqualTo(byValidator(scenario)).isEmpty();
    }
  }
}
