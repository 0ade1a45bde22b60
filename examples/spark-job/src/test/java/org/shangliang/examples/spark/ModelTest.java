package org.shangliang.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DeliberationJsonException;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.party.HouseholdLink;
import org.shangliang.deliberation.party.HouseholdLinks;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.testkit.Generators;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.examples.spark.Rows.Judged;

/** The model read on the driver from the command line's files, as the executors' judges use it. */
class ModelTest {
  private static final DeliberationJson JSON = DeliberationJson.create();
  private static final Jurisdiction TREE = Generators.province(3L, 200);
  private static final Deliberation RECORD =
      Scenarios.valid(Profiles.jinan()).over(TREE, WorkCalendar.weekendsOnly()).generate(5L).record();

  /** Jinan, requiring the members linked to an affected unit's households on the party list. */
  private static final Profile LINKED =
      Profiles.jinan()
          .withDutyLists(Profiles.jinan().dutyKinds(), Profiles.jinan().forbiddenRoles(), true);

  private static final Map<String, String> FILES =
      Map.of(
          "linked.json", JSON.write(DocumentKind.PROFILE, LINKED),
          "units.json", JSON.write(DocumentKind.JURISDICTION, TREE),
          "links.json",
              JSON.write(
                  DocumentKind.HOUSEHOLD_LINKS,
                  HouseholdLinks.of(
                      List.of(HouseholdLink.of(PartyId.of("absent-member"), RECORD.topic().affectedUnits().get(0))))),
          "bad-units.json", "{\"schemaVersion\": \"1.0\", \"units\": [{\"id\": \"x\"}]}");

  private static Model model(String profile, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--records", "r.jsonl",
                "--profile", profile,
                "--jurisdiction", "units.json",
                "--at", "2030-01-01T00:00:00Z",
                "--out", "out"));
    args.addAll(List.of(more));
    return Model.read(JobOptions.parse(args.toArray(new String[0])), FILES::get);
  }

  private static List<String> codes(Model model) {
    return ((Judged) new Judge(model).judge("file:r.jsonl", 0, JSON.write(DocumentKind.RECORD, RECORD)))
        .result()
        .codes();
  }

  @Test
  void readsAProfileFileAndTheHouseholdLinksTheValidatorJudgesBy() {
    assertThat(codes(model("linked.json", "--household-links", "links.json")))
        .contains(RuleCodes.PARTY_LINKED_MEMBER_ABSENT.value());
    assertThat(codes(model("linked.json")))
        .doesNotContain(RuleCodes.PARTY_LINKED_MEMBER_ABSENT.value());
    assertThat(codes(model("jinan", "--household-links", "links.json")))
        .doesNotContain(RuleCodes.PARTY_LINKED_MEMBER_ABSENT.value());
    assertThat(model("linked.json").profile()).isEqualTo(LINKED);
    assertThat(model("jinan").profile()).isEqualTo(Profiles.jinan());
  }

  @Test
  void refusesABadFileOnTheDriver() {
    assertThatThrownBy(() -> model("jinan", "--calendar", "bad-units.json"))
        .isInstanceOf(DeliberationJsonException.class);
    assertThatThrownBy(
            () ->
                Model.read(
                    JobOptions.parse(
                        "--records", "r", "--profile", "jinan", "--jurisdiction", "bad-units.json",
                        "--at", "2030-01-01T00:00:00Z", "--out", "o"),
                    FILES::get))
        .isInstanceOf(DeliberationJsonException.class)
        .hasMessageContaining("/units/0/level");
  }

  @Test
  void knowsTheFourBuiltInProfilesByIdAndNoOther() {
    assertThat(Model.builtIn("jinan")).contains(Profiles.jinan());
    assertThat(Model.builtIn("haidian")).contains(Profiles.haidian());
    assertThat(Model.builtIn("bishan")).contains(Profiles.bishan());
    assertThat(Model.builtIn("jinan-owners-example")).contains(Profiles.jinanOwnersExample());
    assertThat(Model.builtIn("jinan.json")).isEmpty();
  }

  @Test
  void readsTheSmallFilesThroughHadoopsFileSystemsNamingAMissingOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path units = dir.resolve("units.json");
    java.nio.file.Files.writeString(units, FILES.get("units.json"));
    org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();

    assertThat(SparkJob.readText(conf, units.toUri().toString())).isEqualTo(FILES.get("units.json"));
    assertThat(SparkJob.readText(conf, units.toString())).isEqualTo(FILES.get("units.json"));
    String missing = dir.resolve("missing.json").toString();
    assertThatThrownBy(() -> SparkJob.readText(conf, missing))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageStartingWith(missing + ": cannot read: ");
  }
}
