package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.testkit.Scenario;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.validation.Messages;
import org.shangliang.deliberation.validation.ValidationReport;

/** The README's JSON example ("Reading and writing JSON"), compiled and run on generated files. */
class ReadmeJsonExampleTest {
  @TempDir Path dir;

  @Test
  void readsARecordAndACitysProfileAndWritesTheReport() throws IOException {
    Scenario scenario =
        Scenarios.breaking(Profiles.jinan(), "meeting.quorum.not-met").generate(5L);
    DeliberationJson setUp = DeliberationJson.create();
    setUp.write(DocumentKind.RECORD, scenario.record(), dir.resolve("record.json"));
    setUp.write(DocumentKind.JURISDICTION, scenario.jurisdiction(), dir.resolve("units.json"));
    Files.writeString(
        dir.resolve("my-city.json"),
        "{\"schemaVersion\": \"1.0\", \"id\": \"my-city\", \"extends\": \"jinan\",\n"
            + " \"name\": {\"zh\": \"我市规程\", \"en\": \"my city's procedure\"},\n"
            + " \"ruleSettings\": [{\"code\": \"timing.not-regular-date\", \"enabled\": false}]}\n");
    Clock clock = Clock.fixed(scenario.at(), ZoneOffset.UTC);
    Path folder = dir;

    // README: Reading and writing JSON
    DeliberationJson json = DeliberationJson.create();
    Profile city = json.read(DocumentKind.PROFILE, folder.resolve("my-city.json")); // extends jinan
    Jurisdiction units = json.read(DocumentKind.JURISDICTION, folder.resolve("units.json"));
    Deliberation record = json.read(DocumentKind.RECORD, folder.resolve("record.json"));
    Validator validator =
        Validator.builder(city).jurisdiction(units).calendar(WorkCalendar.weekendsOnly()).build();
    ValidationReport report = validator.validate(record, Instant.now(clock));
    json.write(
        DocumentKind.reportWithMessages(
            Messages.builtIn(), city.zone(), units, Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH),
        report,
        folder.resolve("report.json"));
    // end of README

    String written = Files.readString(dir.resolve("report.json"));
    assertThat(written)
        .contains("\"code\": \"meeting.quorum.not-met\"")
        .contains("\"path\": \"/meetings/")
        .contains("\"zh-CN\": ")
        .contains("\"en\": ");
    assertThat(json.read(DocumentKind.REPORT, dir.resolve("report.json"))).isEqualTo(report);
    assertThat(city.ruleSettings()).hasSize(1);
    assertThat(city.tiers()).isEqualTo(Profiles.jinan().tiers());
  }
}
