package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.decision.Base;
import org.shangliang.deliberation.decision.DecisionRule;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.decision.RestrictedVote;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.profile.RuleSetting;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.validation.Severity;

class ProfileJsonTest {
  private static final DeliberationJson JSON = DeliberationJson.create();
  private static final ObjectMapper TREES = new ObjectMapper();

  private static final Map<String, Profile> BUILT_INS =
      Map.of(
          "jinan", Profiles.jinan(),
          "haidian", Profiles.haidian(),
          "bishan", Profiles.bishan(),
          "jinan-owners-example", Profiles.jinanOwnersExample());

  static String resource(String id) {
    try (InputStream in =
        DeliberationJson.class.getResourceAsStream("profiles/" + id + ".json")) {
      assertThat(in).as("resource of " + id).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> propertyNames(String json) {
    try {
      List<String> names = new ArrayList<>();
      Iterator<String> fields = TREES.readTree(json).fieldNames();
      fields.forEachRemaining(names::add);
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertRoundTrip(Profile profile) {
    String text = JSON.write(DocumentKind.PROFILE, profile);
    Profile read = JSON.read(DocumentKind.PROFILE, text);
    assertThat(read).as(text).isEqualTo(profile);
    assertThat(JSON.write(DocumentKind.PROFILE, read)).isEqualTo(text);
    String pretty = JSON.writePretty(DocumentKind.PROFILE, profile);
    assertThat(JSON.writePretty(DocumentKind.PROFILE, JSON.read(DocumentKind.PROFILE, pretty)))
        .isEqualTo(pretty);
  }

  private static DeliberationJsonException fault(String json) {
    return fault(JSON, json);
  }

  private static DeliberationJsonException fault(DeliberationJson reader, String json) {
    try {
      reader.read(DocumentKind.PROFILE, json);
    } catch (DeliberationJsonException e) {
      return e;
    }
    throw new AssertionError("read without a fault: " + json);
  }

  private static String doc(String properties) {
    return "{\"schemaVersion\":\"1.0\",\"id\":\"futian\",\"name\":{\"zh\":\"福田\",\"en\":\"Futian\"},"
        + properties + "}";
  }

  // ---------------------------------------------------------------------------------------------
  // built-ins

  @Test
  void eachBuiltInResourceReadsToItsJavaTwinAndWritesBackTheSameText() {
    BUILT_INS.forEach(
        (id, twin) -> {
          String text = resource(id);
          Profile read = JSON.read(DocumentKind.PROFILE, text);
          assertThat(read).as(id).isEqualTo(twin);
          assertThat(JSON.writePretty(DocumentKind.PROFILE, read)).as(id).isEqualTo(text);
          assertThat(JSON.writePretty(DocumentKind.PROFILE, twin)).as(id).isEqualTo(text);
        });
  }

  @Test
  void theBuiltInProceduresAreWrittenInFull() {
    for (String id : List.of("jinan", "haidian", "bishan")) {
      List<String> names = propertyNames(resource(id));
      assertThat(names).as(id).doesNotContain("extends", "without", "rules");
      assertThat(names).as(id).startsWith("schemaVersion", "id", "name", "zone", "catalogue", "tiers");
    }
    assertThat(propertyNames(resource("jinan")))
        .contains("stepPlan", "meetingStages", "quorums", "decisionRules", "hotlineReplyWindow");
    assertThat(propertyNames(resource("bishan")))
        .doesNotContain("stepPlan", "meetingStages", "speakingTimeLimit", "hotlineReplyWindow");
  }

  @Test
  void theOwnersExampleIsWrittenAsJinanAndItsLiftInstallationRule() throws IOException {
    String text = resource("jinan-owners-example");
    assertThat(propertyNames(text))
        .containsExactly("schemaVersion", "id", "name", "extends", "entryDecisionRules");
    JsonNode tree = TREES.readTree(text);
    assertThat(tree.get("extends").asText()).isEqualTo("jinan");
    assertThat(propertyNames(tree.get("entryDecisionRules").toString()))
        .containsExactly(Profiles.LIFT_INSTALLATION);
    assertThat(tree.get("entryDecisionRules").get(Profiles.LIFT_INSTALLATION).get("type").asText())
        .isEqualTo("double-threshold");
  }

  @Test
  void windowsOfWholeDaysAreWrittenInDaysAndOthersAsTheyAre() {
    String jinan = resource("jinan");
    assertThat(jinan)
        .contains("\"speakingTimeLimit\": \"PT5M\"")
        .contains("\"urgentWindow\": \"P2D\"")
        .contains("\"revisitWindow\": \"P30D\"");
    Profile odd =
        Profiles.jinan()
            .withIdentity("odd", LocalizedText.of("奇", "odd"))
            .withProcedureOf(
                new Profile.Builder()
                    .id("x")
                    .name(LocalizedText.of("x", "x"))
                    .catalogue(Profiles.jinan().catalogue())
                    .urgentWindow(Duration.ofHours(36))
                    .revisitWindow(Duration.ofDays(400).plusSeconds(1))
                    .speakingTimeLimit(Duration.ofMillis(1500))
                    .build());
    assertRoundTrip(odd);
    assertThat(JSON.write(DocumentKind.PROFILE, odd))
        .contains("\"urgentWindow\":\"PT36H\"")
        .contains("\"speakingTimeLimit\":\"PT1.5S\"");
    assertThat(JSON.read(DocumentKind.PROFILE, doc("\"extends\":\"jinan\",\"urgentWindow\":\"PT48H\"")).urgentWindow())
        .contains(Duration.ofDays(2));
  }

  // ---------------------------------------------------------------------------------------------
  // derived profiles

  @Test
  void profilesDerivedFromTheBuiltInsReadBackEqualAndWriteBackTheSameText() {
    Profile jinan = Profiles.jinan();
    Profile haidian = Profiles.haidian();
    Profile bishan = Profiles.bishan();
    List<Profile> derived =
        List.of(
            jinan.withProcedureOf(haidian),
            jinan.withProcedureOf(bishan),
            haidian.withProcedureOf(jinan),
            bishan.withProcedureOf(jinan),
            bishan.withProcedureOf(Profiles.jinanOwnersExample()),
            bishan.withTiers(jinan.tiers()),
            jinan.withTiers(List.of(jinan.tiers().get(2))),
            jinan.withTiers(List.of()),
            jinan.withRuleSettings(
                List.of(
                    RuleSetting.off(RuleCodes.MEETING_QUORUM_NOT_MET),
                    RuleSetting.severity(RuleCodes.MEETING_SPEAKING_TIME_EXCEEDED, Severity.ERROR))),
            haidian.withRuleSettings(List.of(RuleSetting.off(RuleCodes.TIMING_NOT_REGULAR_DATE))),
            jinan.withIdentity("jinan-copy", LocalizedText.of("济南副本", "Jinan copy")),
            jinan.withEntryDecisionRules(
                Map.of(
                    Profiles.PARKING, Profiles.ownersMajorMatterRule(),
                    Profiles.ELDERLY_MEALS,
                    RestrictedVote.of(PartyKind.PEOPLES_CONGRESS_DEPUTY, MajorityRule.simple(Base.CAST)))),
            jinan.withCatalogue(haidian.catalogue()),
            jinan.withProcedureOf(haidian).withTiers(bishan.tiers()).withRuleSettings(
                List.of(RuleSetting.off(RuleCodes.MEETING_QUORUM_NOT_MET))));
    for (Profile profile : derived) {
      assertRoundTrip(profile);
    }
  }

  @Test
  void aDerivedProfileIsWrittenAsTheBuiltInItSharesMostWithAndItsDifferences() throws IOException {
    Profile haidianProcedure = Profiles.jinan().withProcedureOf(Profiles.haidian());
    JsonNode tree = TREES.readTree(JSON.write(DocumentKind.PROFILE, haidianProcedure));
    assertThat(tree.get("extends").asText()).isEqualTo("haidian");
    assertThat(propertyNames(tree.toString()))
        .containsExactly("schemaVersion", "id", "name", "extends", "tiers");

    Profile noStages =
        Profiles.jinan()
            .withIdentity("no-stages", LocalizedText.of("无七定", "no stages"))
            .withProcedureOf(procedure(Profiles.jinan(), true, false));
    tree = TREES.readTree(JSON.write(DocumentKind.PROFILE, noStages));
    assertThat(tree.get("extends").asText()).isEqualTo("jinan");
    assertThat(propertyNames(tree.toString()))
        .containsExactly("schemaVersion", "id", "name", "extends", "meetingStages");
    assertThat(tree.get("meetingStages").size()).isZero();
    assertRoundTrip(noStages);

    Profile bishanProcedure = Profiles.jinan().withProcedureOf(Profiles.bishan());
    tree = TREES.readTree(JSON.write(DocumentKind.PROFILE, bishanProcedure));
    assertThat(tree.get("extends").asText()).isEqualTo("bishan");
    assertThat(propertyNames(tree.toString()))
        .containsExactly("schemaVersion", "id", "name", "extends", "tiers");
  }

  @Test
  void anOptionalPropertyTheBaseHasAndTheProfileLacksIsWrittenInWithout() throws IOException {
    Profile withoutHotline =
        Profiles.jinan()
            .withIdentity("no-hotline", LocalizedText.of("无热线", "no hotline"))
            .withProcedureOf(procedure(Profiles.jinan(), false, true));
    JsonNode tree = TREES.readTree(JSON.write(DocumentKind.PROFILE, withoutHotline));
    assertThat(tree.get("extends").asText()).isEqualTo("jinan");
    assertThat(tree.get("without").toString())
        .isEqualTo("[\"hotlineReplyWindow\",\"hotlineHandlingWindow\"]");
    assertThat(propertyNames(tree.toString()))
        .containsExactly("schemaVersion", "id", "name", "extends", "without");
    assertRoundTrip(withoutHotline);
  }

  /** A profile with the procedure of {@code profile}, its hotline windows and stages kept or not. */
  private static Profile procedure(Profile profile, boolean hotline, boolean stages) {
    Profile.Builder builder =
        new Profile.Builder()
            .id("procedure")
            .name(LocalizedText.of("规程", "procedure"))
            .catalogue(profile.catalogue())
            .stepPlan(profile.stepPlan())
            .addAllMeetingStages(stages ? profile.meetingStages() : List.of())
            .putAllQuorums(profile.quorums())
            .putAllDecisionRules(profile.decisionRules())
            .putAllEntryDecisionRules(profile.entryDecisionRules())
            .speakingTimeLimit(profile.speakingTimeLimit())
            .minimumPublicity(profile.minimumPublicity())
            .onlineMaxAffectedUnits(profile.onlineMaxAffectedUnits())
            .urgentWindow(profile.urgentWindow())
            .problemSolutionWindow(profile.problemSolutionWindow())
            .progressPublicityInterval(profile.progressPublicityInterval())
            .revisitWindow(profile.revisitWindow())
            .appraisalScale(profile.appraisalScale())
            .reopenOnPoorAppraisal(profile.reopenOnPoorAppraisal())
            .minRoundsBeforeShelving(profile.minRoundsBeforeShelving())
            .escalationFollowUpWindow(profile.escalationFollowUpWindow());
    if (hotline) {
      builder.hotlineReplyWindow(profile.hotlineReplyWindow());
      builder.hotlineHandlingWindow(profile.hotlineHandlingWindow());
    }
    return builder.build();
  }

  @Test
  void generatedProfilesReadBackEqualAndWriteBackTheSameText() {
    for (long seed = 0; seed < 1500; seed++) {
      Profile profile = RandomProfiles.generate(new SplittableRandom(seed));
      assertRoundTrip(profile);
    }
  }
}
