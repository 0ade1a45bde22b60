package org.shangliang.deliberation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.cli.CliRunner.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.profile.RuleSetting;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.validation.Severity;

class ProfileCommandsTest {

  @ParameterizedTest
  @EnumSource(Lang.class)
  void showsJinanInWordsAsTheGoldenTable(Lang lang) {
    CliRunner.Result result = cli().run("--lang", tag(lang), "profile", "show", "jinan");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.err()).isEmpty();
    Golden.assertMatches("profile/show-jinan." + tag(lang) + ".txt", result.out());
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void diffsJinanAndHaidianAsTheGoldenTable(Lang lang) {
    CliRunner.Result result = cli().run("--lang", tag(lang), "profile", "diff", "jinan", "haidian");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    Golden.assertMatches("profile/diff-jinan-haidian." + tag(lang) + ".txt", result.out());
  }

  @Test
  void showsExactThresholdsOfTheDecisionRules() {
    String out = cli().run("--lang", "en", "profile", "show", "jinan-owners-example").out();

    assertThat(out)
        .contains("yes ≥ 2/3 of eligible voters present (headcount)")
        .contains("yes > 1/2 of yes and no votes (headcount)")
        .contains("catalogue entry lift-installation: decision rule")
        .contains("yes ≥ 3/4 of votes cast");
  }

  @Test
  void showsAsJsonTheSameFactsWithKeysUniqueAndAlikeInBothLanguages() throws Exception {
    for (Profile profile : ModelOptions.builtInProfiles().values()) {
      List<Map<String, Object>> zh =
          readRows(cli().run("--lang", "zh", "profile", "show", profile.id(), "--format", "json").out());
      List<Map<String, Object>> en =
          readRows(cli().run("--lang", "en", "profile", "show", profile.id(), "--format", "json").out());

      assertThat(zh).extracting(r -> r.get("key")).doesNotHaveDuplicates();
      assertThat(zh).extracting(r -> r.get("key")).isEqualTo(en.stream().map(r -> r.get("key")).toList());
      assertThat(en)
          .extracting(r -> r.get("value"))
          .isEqualTo(ProfileFacts.of(profile, Lang.EN).stream().map(ProfileFacts.Fact::value).toList());
    }
  }

  @Test
  void showsItsSubcommandsWithoutOne() {
    CliRunner.Result result = cli().run("profile");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).contains("show").contains("diff").contains("diagram");
  }

  @Test
  void saysThereAreNoDifferencesBetweenAProfileAndItselfAndExitsZero() {
    CliRunner.Result result = cli().run("--lang", "en", "profile", "diff", "bishan", "bishan");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).isEqualTo("No differences between bishan and bishan\n");
  }

  @Test
  void diffsOnlyTheAspectsThatDifferWithTheValuesShowGives() {
    for (Profile a : ModelOptions.builtInProfiles().values()) {
      for (Profile b : ModelOptions.builtInProfiles().values()) {
        Map<String, String> left = byKey(ProfileFacts.of(a, Lang.EN));
        Map<String, String> right = byKey(ProfileFacts.of(b, Lang.EN));
        List<ProfileDiffCommand.Difference> differences =
            ProfileDiffCommand.differences(ProfileFacts.of(a, Lang.EN), ProfileFacts.of(b, Lang.EN));

        for (ProfileDiffCommand.Difference d : differences) {
          assertThat(d.a()).isEqualTo(left.get(d.key()));
          assertThat(d.b()).isEqualTo(right.get(d.key()));
          assertThat(d.a()).isNotEqualTo(d.b());
        }
        long same =
            left.keySet().stream()
                .filter(k -> !k.equals("id") && !k.equals("name"))
                .filter(k -> left.get(k).equals(right.get(k)))
                .count();
        java.util.Set<String> keys = new java.util.HashSet<>(left.keySet());
        keys.addAll(right.keySet());
        keys.remove("id");
        keys.remove("name");
        assertThat(differences).hasSize(keys.size() - (int) same);
      }
    }
  }

  @Test
  void diffsAsJsonWithAbsentValuesAsNull() throws Exception {
    CliRunner.Result result = cli().run("--lang", "en", "profile", "diff", "jinan", "haidian", "--format", "json");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    List<Map<String, Object>> rows = readRows(result.out());
    assertThat(rows).extracting(r -> r.get("key")).contains("tier.GRID.body", "meeting-stages");
    Map<String, Object> grid = rows.stream().filter(r -> r.get("key").equals("tier.GRID.body")).findFirst().orElseThrow();
    assertThat(grid.get("a")).isEqualTo("grid council");
    assertThat(grid.get("b")).isNull();
  }

  @Test
  void showsAProfileFileWithItsRuleSettings(@TempDir Path dir) {
    Profile changed =
        Profiles.jinan()
            .withIdentity("jinan-strict", LocalizedText.of("济南（严格）", "Jinan (strict)"))
            .withRuleSettings(
                List.of(
                    RuleSetting.off(RuleCodes.REVISIT_MISSING),
                    RuleSetting.severity(RuleCodes.MEETING_SPEAKING_TIME_EXCEEDED, Severity.WARNING)));
    Path file = dir.resolve("strict.json");
    DeliberationJson.create().write(DocumentKind.PROFILE, changed, file);

    CliRunner.Result show = cli().run("--lang", "en", "profile", "show", file.toString());
    CliRunner.Result diff = cli().run("--lang", "en", "profile", "diff", "jinan", file.toString());

    assertThat(show.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(show.out()).contains("rule revisit.missing").contains("Jinan (strict)");
    assertThat(diff.out().lines().skip(2))
        .containsExactly(
            "rule revisit.missing                 (absent)  off",
            "rule meeting.speaking-time.exceeded  (absent)  warning");
  }

  @Test
  void reportsAnUnknownProfileInOneLineWithTheUsageExitCode() {
    CliRunner.Result result = cli().run("profile", "show", "atlantis");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).contains("PROFILE: no built-in profile and no file named 'atlantis'");
    assertThat(result.out()).isEmpty();
  }

  static String tag(Lang lang) {
    return lang == Lang.ZH ? "zh" : "en";
  }

  private static Map<String, String> byKey(List<ProfileFacts.Fact> facts) {
    return facts.stream().collect(Collectors.toMap(ProfileFacts.Fact::key, ProfileFacts.Fact::value));
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> readRows(String json) throws Exception {
    return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, List.class);
  }

}
