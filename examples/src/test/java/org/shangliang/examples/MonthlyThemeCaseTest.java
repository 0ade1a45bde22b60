package org.shangliang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.json.JsonLinesWriter;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.query.RecurringClass;
import org.shangliang.deliberation.query.RecurringIssues;
import org.shangliang.deliberation.rules.Validator;

/**
 * The demo's monthly theme: its files are the Java case written as JSON, its cases are valid hotline
 * records, and it prints the theme of the month in both languages. After changing the case, rewrite
 * the files: {@code ./mvnw -q -o -pl examples -am test -Dtest=MonthlyThemeCaseTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dexamples.cases.write=true}.
 */
class MonthlyThemeCaseTest {
  private static final DeliberationJson JSON = DeliberationJson.create();
  private static final Path FOLDER = Path.of("src/main/resources" + MonthlyThemeCase.FOLDER);

  private static Map<String, String> files() {
    StringWriter lines = new StringWriter();
    try (JsonLinesWriter<Deliberation> writer = JSON.lines(DocumentKind.RECORD).writer(lines)) {
      for (Deliberation record : MonthlyThemeCase.records()) {
        writer.write(record);
      }
    }
    return Map.of(
        MonthlyThemeCase.CASES_FILE, lines.toString(),
        MonthlyThemeCase.UNITS_FILE,
        JSON.writePretty(DocumentKind.JURISDICTION, MonthlyThemeCase.jurisdiction()));
  }

  @Test
  void theFilesAreTheJavaCaseWrittenAsJson() throws IOException {
    boolean write = Boolean.getBoolean("examples.cases.write");
    for (Map.Entry<String, String> file : files().entrySet()) {
      Path path = FOLDER.resolve(file.getKey());
      if (write) {
        Files.createDirectories(FOLDER);
        Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      }
      assertThat(path).as("missing: rewrite with -Dexamples.cases.write=true").exists();
      assertThat(Files.readString(path, StandardCharsets.UTF_8))
          .as("%s differs from the Java case: rewrite with -Dexamples.cases.write=true", path)
          .isEqualTo(file.getValue());
    }
    try (var listed = Files.list(FOLDER)) {
      assertThat(listed.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(files().keySet());
    }
    assertThat(MonthlyThemeCase.readRecords()).isEqualTo(MonthlyThemeCase.records());
    assertThat(MonthlyThemeCase.readJurisdiction()).isEqualTo(MonthlyThemeCase.jurisdiction());
  }

  @Test
  void theHotlineCasesMeetTheHotlineRules() {
    // the records are cases at intake, before any deliberation: their party lists are not yet the
    // full lists a deliberation of their category needs, so only the hotline rules are asked of them
    Validator haidian =
        Validator.builder(Profiles.haidian())
            .jurisdiction(MonthlyThemeCase.jurisdiction())
            .calendar(JinanLiftCase.calendar())
            .build();
    for (Deliberation record : MonthlyThemeCase.records()) {
      assertThat(haidian.validate(record, record.topic().raisedAt().plusSeconds(3 * 3600)).violations())
          .as("%s", record.id())
          .noneMatch(v -> v.code().value().startsWith("hotline."));
    }
  }

  @Test
  void findsParkingInHongliuAsTheThemeOfNovember() {
    List<RecurringClass> classes =
        RecurringIssues.of(MonthlyThemeCase.jurisdiction())
            .findInRecords(MonthlyThemeCase.records(), MonthlyThemeCase.MONTH, Profiles.haidian().zone());

    assertThat(classes)
        .extracting(c -> c.catalogueEntry().orElse("-") + " " + c.unit() + " " + c.count())
        .containsExactly(
            "parking haidian.huayuanlu.hongliu 4",
            "- haidian.huayuanlu.hongliu 2",
            "elderly-meals haidian.xueyuanlu.shiyou 2",
            "parking haidian.huayuanlu.mudanyuan 2");
  }

  @Test
  void theDemoPrintsTheMonthlyThemeInBothLanguages() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    String theme = out.substring(out.indexOf("== 6 海淀 · 每月一题"));

    assertThat(theme)
        .contains("15 cases read, 13 received in the month")
        .contains("1. 停车管理 · 红柳社区（haidian.huayuanlu.hongliu）：4件 — 12345-2611-0002, 12345-2611-0004, 12345-2611-0009, 12345-2611-0012")
        .contains("本月主题：红柳社区（haidian.huayuanlu.hongliu）的停车管理（4件）")
        .contains("1. parking · 红柳社区 (haidian.huayuanlu.hongliu): 4 cases")
        .contains("Theme of the month: parking in 红柳社区 (haidian.huayuanlu.hongliu) (4 cases)")
        .contains("日常生活及矛盾类（未列入台账）")
        .contains("(no ledger entry)")
        .contains("1. 停车管理 · 花园路街道（haidian.huayuanlu）：6件")
        .contains("1. parking · 花园路街道 (haidian.huayuanlu): 6 cases")
        .doesNotContain("12345-2611-0001")
        .doesNotContain("12345-2611-0015");
  }
}
