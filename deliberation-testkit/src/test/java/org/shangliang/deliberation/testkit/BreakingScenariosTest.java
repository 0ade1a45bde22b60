package org.shangliang.deliberation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.profile.RuleSetting;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.validation.Messages;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

class BreakingScenariosTest {
  private static final int SEEDS = 20;
  private static final int[] SIZES = {20, 8, 40, 3};

  static Stream<RuleCode> builtInCodes() {
    return RuleCodes.all().stream();
  }

  static List<Profile> profiles() {
    return List.of(
        Profiles.jinan(),
        Profiles.haidian(),
        Profiles.bishan(),
        Profiles.jinanOwnersExample(),
        DerivedProfiles.custom());
  }

  @Test
  void everyBuiltInRuleCodeHasABreakingGenerator() {
    assertThat(Scenarios.breakableCodes()).containsExactlyElementsOf(RuleCodes.all());
  }

  @ParameterizedTest
  @MethodSource("builtInCodes")
  void breakingScenariosReportExactlyTheirDeclaredCodesOverTwentySeeds(RuleCode code) {
    List<String> failures = new ArrayList<>();
    int profilesThatBreakIt = 0;
    for (Profile profile : profiles()) {
      if (!Scenarios.canBreak(profile, code)) {
        continue;
      }
      profilesThatBreakIt++;
      ScenarioGen gen = Scenarios.breaking(profile, code);
      for (int seed = 0; seed < SEEDS; seed++) {
        Scenario s = gen.generate(seed, SIZES[seed % SIZES.length]);
        assertThat(s.expectedCodes()).as(s::snippet).contains(code);
        ValidationReport report = s.validate();
        Set<RuleCode> reported =
            report.violations().stream().map(Violation::code).collect(Collectors.toSet());
        if (!reported.equals(s.expectedCodes())) {
          failures.add(describe(s, report));
        }
      }
    }
    assertThat(profilesThatBreakIt)
        .as("profiles that can break %s", code.value())
        .isPositive();
    assertThat(failures).as("scenarios whose report differs from their declared codes").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("builtInCodes")
  void aBreakingScenarioRebuildsFromItsSnippet(RuleCode code) {
    Profile profile =
        profiles().stream().filter(p -> Scenarios.canBreak(p, code)).findFirst().orElseThrow();
    Scenario s = Scenarios.breaking(profile, code).generate(11L, 12);
    assertThat(s.rebuild().record()).isEqualTo(s.record());
    assertThat(s.rebuild().expectedCodes()).isEqualTo(s.expectedCodes());
    assertThat(s.snippet()).contains("Scenarios.breaking(").contains("\"" + code.value() + "\"");
  }

  @Test
  void aRuleTheProfileSwitchesOffCannotBeBroken() {
    RuleCode code = RuleCodes.MEETING_QUORUM_NOT_MET;
    Profile off =
        Profiles.jinan()
            .withIdentity("jinan-no-quorum", Profiles.jinan().name())
            .withRuleSettings(List.of(RuleSetting.off(code)));
    assertThat(Scenarios.canBreak(off, code)).isFalse();
    assertThat(Scenarios.whyNotBreakable(off, code)).hasValueSatisfying(
        why -> assertThat(why).contains("switches the rule meeting.quorum.not-met off"));
    assertThatThrownBy(() -> Scenarios.breaking(off, code).generate(1L))
        .isInstanceOf(GenerationException.class)
        .hasMessageContaining("meeting.quorum.not-met");
  }

  @Test
  void anUnknownCodeIsRefusedWithItsText() {
    assertThatThrownBy(() -> Scenarios.breaking(Profiles.jinan(), "no.such.rule"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"no.such.rule\"");
    assertThatThrownBy(() -> Scenarios.breaking(Profiles.jinan(), "Not A Code"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a rule code");
  }

  @Test
  void ruleFailedIsNotABuiltInRuleAndHasNoBreakingGenerator() {
    assertThat(Scenarios.breakableCodes()).doesNotContain(RuleCode.of("rule.failed"));
    assertThat(Scenarios.canBreak(Profiles.jinan(), RuleCode.of("rule.failed"))).isFalse();
  }

  static String describe(Scenario s, ValidationReport report) {
    StringBuilder text =
        new StringBuilder(s.snippet()).append(" expected ").append(codes(s.expectedCodes()));
    text.append(" but reported:");
    for (Violation v : report.violations()) {
      text.append("\n    ").append(v.code().value()).append(" @ ").append(v.path()).append(": ")
          .append(Messages.render(v, Locale.ENGLISH, s.profile().zone()));
    }
    return text.toString();
  }

  private static Set<String> codes(Set<RuleCode> codes) {
    return codes.stream().map(RuleCode::value).collect(Collectors.toCollection(TreeSet::new));
  }
}
