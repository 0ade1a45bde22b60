package org.shangliang.deliberation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.cli.CliRunner.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.json.JsonSchemas;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.profile.RuleSetting;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.validation.Severity;

class RuleCommandsTest {

  @ParameterizedTest
  @EnumSource(Lang.class)
  void listsTheRulesAsTheGoldenTable(Lang lang) {
    CliRunner.Result result = cli().run("--lang", ProfileCommandsTest.tag(lang), "rules");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    Golden.assertMatches("rules/table." + ProfileCommandsTest.tag(lang) + ".txt", result.out());
  }

  @Test
  void listsEveryBuiltInRuleAndRuleFailedAsJson() throws Exception {
    List<Map<String, Object>> rows = ProfileCommandsTest.readRows(cli().run("rules", "--format", "json").out());

    assertThat(rows).hasSize(Validator.builtInRules().size() + 1);
    assertThat(rows.get(rows.size() - 1)).containsEntry("code", "rule.failed").containsEntry("severity", "ERROR");
    assertThat(rows).allSatisfy(r -> assertThat(r.keySet()).containsExactly("code", "severity", "message", "source"));
  }

  @Test
  void showsTheSeveritiesAProfileSets(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("p.json");
    DeliberationJson.create().write(DocumentKind.PROFILE, changed(), file);

    List<Map<String, Object>> rows =
        ProfileCommandsTest.readRows(cli().run("rules", "--profile", file.toString(), "--format", "json").out());
    String table = cli().run("--lang", "en", "rules", "--profile", file.toString()).out();

    assertThat(severity(rows, "revisit.missing")).isEqualTo("OFF");
    assertThat(severity(rows, "meeting.speaking-time.exceeded")).isEqualTo("WARNING");
    assertThat(severity(rows, "unit.unknown")).isEqualTo("ERROR");
    assertThat(table).contains("Severity (changed)").containsPattern("revisit\\.missing +off ");
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void explainsARuleAsTheGoldenText(Lang lang) {
    CliRunner.Result result =
        cli().run("--lang", ProfileCommandsTest.tag(lang), "explain", "outcome.shelved.explanation-late");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    Golden.assertMatches("explain/shelved-explanation-late." + ProfileCommandsTest.tag(lang) + ".txt", result.out());
  }

  @Test
  void explainsEveryRuleWithBothMessagesAndACitedArticle() {
    for (RuleCatalogue.Entry entry : RuleCatalogue.all()) {
      CliRunner.Result result = cli().run("--lang", "en", "explain", entry.code().value());

      assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
      assertThat(result.out()).contains("Message (zh): ").contains("Message (en): ").contains("jinan-owners-example");
      if (!entry.code().equals(RuleCodes.RULE_FAILED)) {
        assertThat(result.out()).as(entry.code().value()).containsPattern("\n  \\[[A-Za-z]+ 20\\d\\d\\] ");
      }
    }
  }

  @Test
  void suggestsTheNearestCodesForAnUnknownOneInOneLine() {
    CliRunner.Result result = cli().run("explain", "meeting.quorum.notmet");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).contains("no rule has the code 'meeting.quorum.notmet'; nearest: meeting.quorum.not-met,");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void listsTheDocumentKindsAndPrintsEachSchema() {
    CliRunner.Result list = cli().run("schema", "--list");

    assertThat(list.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(list.out().lines()).hasSize(DocumentKind.values().size() + 1);
    assertThat(list.out()).endsWith("common\t" + JsonSchemas.commonId() + "\n");
    assertThat(cli().run("schema", "common").out().strip()).isEqualTo(JsonSchemas.common().strip());
    for (DocumentKind<?> kind : DocumentKind.values()) {
      assertThat(list.out()).contains(kind.name() + "\t");
      CliRunner.Result schema = cli().run("schema", kind.name());
      assertThat(schema.exitCode()).isEqualTo(ExitCodes.OK);
      assertThat(schema.out().strip()).isEqualTo(kind.schema().strip());
    }
  }

  @Test
  void rejectsAnUnknownDocumentKindListingTheKinds() {
    CliRunner.Result result = cli().run("schema", "recrod");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("KIND: no document kind 'recrod'; one of record, jurisdiction, calendar");
    assertThat(result.out()).isEmpty();
  }

  private static Profile changed() {
    return Profiles.jinan()
        .withIdentity("changed", LocalizedText.of("改", "changed"))
        .withRuleSettings(
            List.of(
                RuleSetting.off(RuleCodes.REVISIT_MISSING),
                RuleSetting.severity(RuleCodes.MEETING_SPEAKING_TIME_EXCEEDED, Severity.WARNING)));
  }

  private static Object severity(List<Map<String, Object>> rows, String code) {
    return rows.stream().filter(r -> r.get("code").equals(code)).findFirst().orElseThrow().get("severity");
  }
}
