package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.testkit.Scenario;
import org.shangliang.deliberation.testkit.ScenarioGen;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/**
 * The record document: write, read, equal, and the same text again, over generated records of
 * every built-in profile; a violation's path is a JSON Pointer into the record's JSON form.
 */
class RecordJsonTest {
  private static final DeliberationJson JSON = DeliberationJson.create();
  private static final int SEEDS_PER_PROFILE = 5_000;
  private static final int[] SIZES = {20, 3, 8, 40, 100};

  static Stream<Profile> builtInProfiles() {
    return Stream.of(
        Profiles.jinan(), Profiles.haidian(), Profiles.bishan(), Profiles.jinanOwnersExample());
  }

  @ParameterizedTest
  @MethodSource("builtInProfiles")
  void writeReadGivesAnEqualRecordAndTheSameText(Profile profile) {
    ScenarioGen valid = Scenarios.valid(profile);
    for (long seed = 0; seed < SEEDS_PER_PROFILE; seed++) {
      Deliberation record = valid.generate(seed, SIZES[(int) (seed % SIZES.length)]).record();
      String text = JSON.write(DocumentKind.RECORD, record);
      Deliberation read = JSON.read(DocumentKind.RECORD, text);
      if (!read.equals(record)) {
        assertThat(read).as("seed %d of %s: %s", seed, profile.id(), text).isEqualTo(record);
      }
      String again = JSON.write(DocumentKind.RECORD, read);
      if (!again.equals(text)) {
        assertThat(again).as("seed %d of %s", seed, profile.id()).isEqualTo(text);
      }
    }
  }

  @Test
  void brokenRecordsOfEveryRuleRoundTripToo() {
    for (var code : Scenarios.breakableCodes()) {
      for (Profile profile : builtInProfiles().toList()) {
        if (!Scenarios.canBreak(profile, code)) {
          continue;
        }
        for (long seed = 0; seed < 5; seed++) {
          Deliberation record = Scenarios.breaking(profile, code).generate(seed).record();
          String text = JSON.write(DocumentKind.RECORD, record);
          assertThat(JSON.read(DocumentKind.RECORD, text)).as("%s %s", code, text).isEqualTo(record);
        }
        break;
      }
    }
  }

  @Test
  void aViolationsPathIsAJsonPointerIntoTheRecordsJsonForm() {
    Scenario broken = Scenarios.breaking(Profiles.jinan(), RuleCodes.MEETING_QUORUM_NOT_MET).generate(3L);
    ValidationReport report = broken.validate();
    String pretty = JSON.writePretty(DocumentKind.RECORD, broken.record());
    assertThat(pretty).endsWith("\n");
    for (Violation v : report.violations()) {
      String pointer = v.path().toJsonPointer();
      assertThat(pointer).isEqualTo("/meetings/" + v.path().segments().get(1) + "/attendance");
    }
    assertThat(JSON.read(DocumentKind.RECORD, pretty)).isEqualTo(broken.record());
    assertThat(JSON.writePretty(DocumentKind.RECORD, JSON.read(DocumentKind.RECORD, pretty))).isEqualTo(pretty);
  }

  @Test
  void aRecordWithoutSchemaVersionOrWithAnUnknownPropertyIsRefused() {
    Deliberation record = Scenarios.valid(Profiles.haidian()).generate(1L).record();
    String text = JSON.write(DocumentKind.RECORD, record);
    assertThatThrownBy(() -> JSON.read(DocumentKind.RECORD, text.replace("\"schemaVersion\":\"1.0\",", "")))
        .isInstanceOf(DeliberationJsonException.class)
        .hasMessageContaining("missing property \"schemaVersion\"");
    assertThatThrownBy(() -> JSON.read(DocumentKind.RECORD, text.replaceFirst("\\{", "{\"note\":\"x\",")))
        .isInstanceOfSatisfying(
            DeliberationJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/note"));
    String withoutTopic = text.replaceFirst("\"topic\":\\{[^}]*\\}", "\"x\":1");
    assertThat(withoutTopic).isNotEqualTo(text);
  }

  @Test
  void aMissingTopicIsReportedAtItsPointer() {
    String text = "{\"schemaVersion\":\"1.0\",\"id\":\"d1\",\"parties\":[],\"deliberatingUnit\":\"u\"}";
    assertThatThrownBy(() -> JSON.read(DocumentKind.RECORD, text))
        .isInstanceOfSatisfying(
            DeliberationJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/topic"));
  }

}
