package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    try (InputStream in = DeliberationJson.class.getResourceAsStream("profiles/" + id + ".json")) {
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
        + properties
        + "}";
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
      assertThat(names)
          .as(id)
          .startsWith("schemaVersion", "id", "name", "zone", "catalogue", "tiers");
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
    assertThat(
            JSON.read(DocumentKind.PROFILE, doc("\"extends\":\"jinan\",\"urgentWindow\":\"PT48H\""))
                .urgentWindow())
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
                    RuleSetting.severity(
                        RuleCodes.MEETING_SPEAKING_TIME_EXCEEDED, Severity.ERROR))),
            haidian.withRuleSettings(List.of(RuleSetting.off(RuleCodes.TIMING_NOT_REGULAR_DATE))),
            jinan.withIdentity("jinan-copy", LocalizedText.of("济南副本", "Jinan copy")),
            jinan.withEntryDecisionRules(
                Map.of(
                    Profiles.PARKING,
                    Profiles.ownersMajorMatterRule(),
                    Profiles.ELDERLY_MEALS,
                    RestrictedVote.of(
                        PartyKind.PEOPLES_CONGRESS_DEPUTY, MajorityRule.simple(Base.CAST)))),
            jinan.withCatalogue(haidian.catalogue()),
            jinan
                .withProcedureOf(haidian)
                .withTiers(bishan.tiers())
                .withRuleSettings(List.of(RuleSetting.off(RuleCodes.MEETING_QUORUM_NOT_MET))));
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

  /**
   * A profile with the procedure of {@code profile}, its hotline windows and stages kept or not.
   */
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
            .escalationFollowUpWindow(profile.escalationFollowUpWindow())
            .shelvedExplanationWindow(profile.shelvedExplanationWindow())
            .recommendationNoticeWindow(profile.recommendationNoticeWindow())
            .addAllRequiredPartyActs(profile.requiredPartyActs());
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

  // ---------------------------------------------------------------------------------------------
  // extending and names

  private static final String DEPUTIES =
      "{\"type\":\"restricted\",\"kind\":\"peoples-congress-deputy\",\"rule\":{\"type\":\"majority\","
          + "\"approval\":{\"fraction\":\"1/2\",\"strict\":true,\"base\":\"cast\",\"measure\":\"headcount\"}}}";

  private static final DecisionRule DEPUTIES_RULE =
      RestrictedVote.of(PartyKind.PEOPLES_CONGRESS_DEPUTY, MajorityRule.simple(Base.CAST));

  @Test
  void futiansDeputiesVoteExtendsJinanAndNamesItsRuleOnce() {
    String futian =
        doc(
            "\"extends\":\"jinan\",\"entryDecisionRules\":{\"elderly-meals\":\"deputies\","
                + "\"environment\":\"deputies\"},\"rules\":{\"deputies\":"
                + DEPUTIES
                + "}");
    Profile read = JSON.read(DocumentKind.PROFILE, futian);
    assertThat(read)
        .isEqualTo(
            Profiles.jinan()
                .withIdentity("futian", LocalizedText.of("福田", "Futian"))
                .withEntryDecisionRules(
                    Map.of(
                        Profiles.ELDERLY_MEALS,
                        DEPUTIES_RULE,
                        Profiles.ENVIRONMENT,
                        DEPUTIES_RULE)));
    String written = JSON.write(DocumentKind.PROFILE, read);
    assertThat(propertyNames(written))
        .containsExactly("schemaVersion", "id", "name", "extends", "entryDecisionRules");
    assertThat(written).doesNotContain("\"deputies\"").contains(DEPUTIES.substring(0, 40));
  }

  @Test
  void aGivenPropertyReplacesTheBasesWholePropertyAndOthersAreTheBases() {
    Profile read =
        JSON.read(
            DocumentKind.PROFILE,
            doc(
                "\"extends\":\"jinan\",\"decisionRules\":{\"major\":"
                    + DEPUTIES
                    + "},\"meetingStages\":[\"sign-in\",\"discussion\"],\"minRoundsBeforeShelving\":3"));
    assertThat(read.decisionRules()).containsExactly(Map.entry(MatterSize.MAJOR, DEPUTIES_RULE));
    assertThat(read.meetingStages()).hasSize(2);
    assertThat(read.minRoundsBeforeShelving()).isEqualTo(3);
    assertThat(read.tiers()).isEqualTo(Profiles.jinan().tiers());
    assertThat(read.quorums()).isEqualTo(Profiles.jinan().quorums());
    assertThat(read.hotlineReplyWindow()).isEqualTo(Profiles.jinan().hotlineReplyWindow());
    Profile withoutWindows =
        JSON.read(
            DocumentKind.PROFILE,
            doc("\"extends\":\"haidian\",\"without\":[\"stepPlan\",\"urgentWindow\"]"));
    assertThat(withoutWindows.stepPlan()).isEmpty();
    assertThat(withoutWindows.urgentWindow()).isEmpty();
    assertThat(withoutWindows.reopenOnPoorAppraisal()).isTrue();
  }

  @Test
  void aDocumentWithoutExtendsTakesTheCoresDefaultsAndEmptyValues() {
    Profile read =
        JSON.read(
            DocumentKind.PROFILE,
            doc(
                "\"catalogue\":{\"categories\":[{\"id\":\"c\",\"name\":{\"zh\":\"类\",\"en\":\"c\"}}]}"));
    assertThat(read.zone()).isEqualTo(Profile.DEFAULT_ZONE);
    assertThat(read.onlineMaxAffectedUnits()).isEqualTo(1);
    assertThat(read.minRoundsBeforeShelving()).isEqualTo(2);
    assertThat(read.reopenOnPoorAppraisal()).isFalse();
    assertThat(read.linkedMembersRequired()).isFalse();
    assertThat(read.dutyKinds()).isEmpty();
    assertThat(read.forbiddenRoles()).isEmpty();
    assertThat(read.tiers()).isEmpty();
    assertThat(read.stepPlan()).isEmpty();
    assertThat(read.decisionRules()).isEmpty();
    assertRoundTrip(read);
    assertThat(propertyNames(JSON.write(DocumentKind.PROFILE, read)))
        .containsExactly(
            "schemaVersion",
            "id",
            "name",
            "zone",
            "catalogue",
            "onlineMaxAffectedUnits",
            "reopenOnPoorAppraisal",
            "minRoundsBeforeShelving",
            "linkedMembersRequired");
  }

  @Test
  void rulesMayBeNamedAfterTheyAreUsedAndEveryBuiltInMayBeExtended() {
    Profile read =
        JSON.read(
            DocumentKind.PROFILE,
            doc(
                "\"extends\":\"bishan\",\"decisionRules\":{\"minor\":\"d\",\"major\":\"d\"},"
                    + "\"rules\":{\"d\":"
                    + DEPUTIES
                    + ",\"unused\":{\"type\":\"consensus\"}}"));
    assertThat(read.decisionRules())
        .isEqualTo(Map.of(MatterSize.MINOR, DEPUTIES_RULE, MatterSize.MAJOR, DEPUTIES_RULE));
    for (String id : BUILT_INS.keySet()) {
      assertThat(JSON.read(DocumentKind.PROFILE, doc("\"extends\":\"" + id + "\"")))
          .isEqualTo(BUILT_INS.get(id).withIdentity("futian", LocalizedText.of("福田", "Futian")));
    }
  }

  @Test
  void aFileNextToTheDocumentIsExtendedAndMayItselfExtendAnother(@TempDir Path directory)
      throws IOException {
    Path cities = Files.createDirectories(directory.resolve("cities"));
    Files.writeString(
        cities.resolve("shenzhen.json"),
        "{\"schemaVersion\":\"1.0\",\"id\":\"shenzhen\",\"name\":{\"zh\":\"深圳\",\"en\":\"Shenzhen\"},"
            + "\"extends\":\"jinan\",\"minRoundsBeforeShelving\":4}");
    Path futian = cities.resolve("futian.json");
    Files.writeString(
        futian,
        doc("\"extends\":\"shenzhen.json\",\"entryDecisionRules\":{\"parking\":" + DEPUTIES + "}"));
    Profile read = JSON.read(DocumentKind.PROFILE, futian);
    assertThat(read.minRoundsBeforeShelving()).isEqualTo(4);
    assertThat(read.entryDecisionRules()).isEqualTo(Map.of(Profiles.PARKING, DEPUTIES_RULE));
    assertThat(read.tiers()).isEqualTo(Profiles.jinan().tiers());
    assertThat(read.id()).isEqualTo("futian");

    Files.writeString(directory.resolve("deeper.json"), doc("\"extends\":\"cities/futian.json\""));
    assertThat(JSON.read(DocumentKind.PROFILE, directory.resolve("deeper.json"))).isEqualTo(read);
    assertThatThrownBy(() -> JSON.read(DocumentKind.PROFILE, Files.readString(futian)))
        .isInstanceOfSatisfying(
            DeliberationJsonException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo("/extends");
              assertThat(e.fault()).startsWith("unknown profile to extend, was \"shenzhen.json\"");
            });
  }

  @Test
  void aResolverGivenToTheFacadeFindsOtherProfilesAndMayReadThemWithIt() {
    Map<String, String> texts =
        Map.of(
            "shenzhen",
            "{\"schemaVersion\":\"1.0\",\"id\":\"shenzhen\",\"name\":{\"zh\":\"深圳\",\"en\":\"Shenzhen\"},"
                + "\"extends\":\"haidian\",\"onlineMaxAffectedUnits\":3}");
    DeliberationJson[] json = new DeliberationJson[1];
    json[0] =
        DeliberationJson.builder()
            .profiles(
                name ->
                    Optional.ofNullable(texts.get(name))
                        .map(text -> json[0].read(DocumentKind.PROFILE, text)))
            .build();
    Profile read = json[0].read(DocumentKind.PROFILE, doc("\"extends\":\"shenzhen\""));
    assertThat(read.onlineMaxAffectedUnits()).isEqualTo(3);
    assertThat(read.reopenOnPoorAppraisal()).isTrue();
    assertThat(read.tiers()).isEqualTo(Profiles.haidian().tiers());
  }

  // ---------------------------------------------------------------------------------------------
  // bad inputs

  @Test
  void anUnknownProfileToExtendIsRefusedAtExtends() {
    assertThat(fault(doc("\"extends\":\"chengdu\"")))
        .satisfies(
            e -> {
              assertThat(e.pointer()).isEqualTo("/extends");
              assertThat(e.fault())
                  .isEqualTo(
                      "unknown profile to extend, was \"chengdu\": not a built-in profile (jinan,"
                          + " haidian, bishan, jinan-owners-example) nor one the reader was told"
                          + " of");
            });
    assertThat(fault(doc("\"extends\":3")).fault()).isEqualTo("must be a string, was the number 3");
    assertThat(fault(doc("\"extends\":\"Jinan\"")).pointer()).isEqualTo("/extends");
  }

  @Test
  void aCycleOfFilesExtendingEachOtherIsRefused(@TempDir Path directory) throws IOException {
    Files.writeString(directory.resolve("a.json"), doc("\"extends\":\"b.json\""));
    Files.writeString(directory.resolve("b.json"), doc("\"extends\":\"a.json\""));
    Files.writeString(directory.resolve("self.json"), doc("\"extends\":\"self.json\""));
    assertThatThrownBy(() -> JSON.read(DocumentKind.PROFILE, directory.resolve("a.json")))
        .isInstanceOfSatisfying(
            DeliberationJsonException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo("/extends");
              assertThat(e.fault())
                  .startsWith("the profile it extends, \"b.json\", is not valid: /extends")
                  .endsWith(
                      "a cycle of profiles extending each other: \"a.json\" extends \"b.json\""
                          + " extends \"a.json\"");
            });
    assertThatThrownBy(() -> JSON.read(DocumentKind.PROFILE, directory.resolve("self.json")))
        .isInstanceOfSatisfying(
            DeliberationJsonException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo("/extends");
              assertThat(e.fault())
                  .isEqualTo(
                      "a cycle of profiles extending each other: \"self.json\" extends"
                          + " \"self.json\"");
            });
  }

  @Test
  void aCycleOfResolvedNamesIsRefused() {
    Map<String, String> texts =
        Map.of("x", doc("\"extends\":\"y\""), "y", doc("\"extends\":\"x\""));
    DeliberationJson[] json = new DeliberationJson[1];
    json[0] =
        DeliberationJson.builder()
            .profiles(
                name ->
                    Optional.ofNullable(texts.get(name))
                        .map(text -> json[0].read(DocumentKind.PROFILE, text)))
            .build();
    assertThat(fault(json[0], doc("\"extends\":\"x\"")))
        .satisfies(
            e -> {
              assertThat(e.pointer()).isEqualTo("/extends");
              assertThat(e.fault())
                  .startsWith("the profile it extends, \"x\", is not valid: ")
                  .endsWith(
                      "a cycle of profiles extending each other: \"x\" extends \"y\" extends"
                          + " \"x\"");
            });
  }

  @Test
  void anUnknownPropertyOrAMissingIdNameCatalogueOrVersionIsRefused() {
    assertThat(fault(doc("\"extends\":\"jinan\",\"hotline\":\"P1D\"")))
        .satisfies(
            e -> {
              assertThat(e.pointer()).isEqualTo("/hotline");
              assertThat(e.fault()).isEqualTo("unknown property \"hotline\"");
            });
    assertThat(
            fault(
                "{\"schemaVersion\":\"1.0\",\"name\":{\"zh\":\"福田\",\"en\":\"Futian\"},\"extends\":\"jinan\"}"))
        .satisfies(
            e -> {
              assertThat(e.pointer()).isEqualTo("/id");
              assertThat(e.fault()).startsWith("required, not set");
            });
    assertThat(
            fault("{\"schemaVersion\":\"1.0\",\"id\":\"futian\",\"extends\":\"jinan\"}").pointer())
        .isEqualTo("/name");
    assertThat(fault(doc("\"zone\":\"Asia/Shanghai\"")).pointer()).isEqualTo("/catalogue");
    assertThat(
            fault(
                    "{\"id\":\"futian\",\"name\":{\"zh\":\"福田\",\"en\":\"Futian\"},\"extends\":\"jinan\"}")
                .fault())
        .isEqualTo("missing property \"schemaVersion\"");
    assertThat(fault(doc("\"extends\":\"jinan\",\"id\":\"two words\"")).fault())
        .contains("Duplicate field 'id'");
    assertThat(fault(doc("\"extends\":\"jinan\",\"stepPlan\":null")))
        .satisfies(
            e -> {
              assertThat(e.pointer()).isEqualTo("/stepPlan");
              assertThat(e.fault()).isEqualTo("must be an object, was null");
            });
    assertThat(fault(doc("\"extends\":\"jinan\",\"urgentWindow\":\"PT0S\"")).pointer())
        .isEqualTo("/urgentWindow");
    assertThat(
            fault(
                    "{\"schemaVersion\":\"1.0\",\"id\":\"a"
                        + " b\",\"name\":{\"zh\":\"福田\",\"en\":\"Futian\"},\"extends\":\"jinan\"}")
                .pointer())
        .isEqualTo("/id");
  }

  @Test
  void withoutNeedsExtendsAndNamesOptionalPropertiesEachOnceThatTheDocumentDoesNotGive() {
    assertThat(fault(doc("\"without\":[\"stepPlan\"],\"catalogue\":{}")))
        .satisfies(
            e -> {
              assertThat(e.pointer()).isEqualTo("/without");
              assertThat(e.fault()).contains("the document has no \"extends\"");
            });
    assertThat(fault(doc("\"extends\":\"jinan\",\"without\":[\"tiers\"]")))
        .satisfies(
            e -> {
              assertThat(e.pointer()).isEqualTo("/without/0");
              assertThat(e.fault()).startsWith("must name an optional property, one of [stepPlan,");
            });
    assertThat(
            fault(doc("\"extends\":\"jinan\",\"without\":[\"stepPlan\",\"stepPlan\"]")).pointer())
        .isEqualTo("/without/1");
    assertThat(
            fault(
                doc(
                    "\"extends\":\"jinan\",\"without\":[\"urgentWindow\"],\"urgentWindow\":\"P1D\"")))
        .satisfies(
            e ->
                assertThat(e.fault())
                    .isEqualTo("leaves out \"urgentWindow\", which the document also gives"));
  }

  @Test
  void anUnknownRuleNameIsRefusedWhereItIsUsed() {
    assertThat(fault(doc("\"extends\":\"jinan\",\"decisionRules\":{\"major\":\"owners\"}")))
        .satisfies(
            e -> {
              assertThat(e.pointer()).isEqualTo("/decisionRules/major");
              assertThat(e.fault())
                  .startsWith("unknown rule name, was \"owners\"; the document names no rules");
            });
    assertThat(
            fault(
                doc(
                    "\"extends\":\"jinan\",\"entryDecisionRules\":{\"parking\":\"owner\"},"
                        + "\"rules\":{\"owners\":"
                        + DEPUTIES
                        + "}")))
        .satisfies(
            e -> {
              assertThat(e.pointer()).isEqualTo("/entryDecisionRules/parking");
              assertThat(e.fault())
                  .isEqualTo("unknown rule name, was \"owner\"; the document's rules are [owners]");
            });
    assertThat(
            fault(doc("\"extends\":\"jinan\",\"rules\":{\"two words\":" + DEPUTIES + "}"))
                .pointer())
        .isEqualTo("/rules/two words");
    assertThat(fault(doc("\"extends\":\"jinan\",\"rules\":{\"r\":\"other\"}")).pointer())
        .isEqualTo("/rules/r");
  }

  @Test
  void aMatterSizeKeyOrACatalogueEntryTheProfileLacksIsRefused() {
    assertThat(fault(doc("\"extends\":\"jinan\",\"quorums\":{\"huge\":{\"minimumCount\":3}}")))
        .satisfies(
            e -> {
              assertThat(e.pointer()).isEqualTo("/quorums/huge");
              assertThat(e.fault())
                  .isEqualTo("must be a matter size, one of [major, minor, urgent], was \"huge\"");
            });
    assertThat(
            fault(
                doc("\"extends\":\"jinan\",\"entryDecisionRules\":{\"rockets\":" + DEPUTIES + "}")))
        .satisfies(
            e -> {
              assertThat(e.pointer()).isEqualTo("/entryDecisionRules/rockets");
              assertThat(e.fault())
                  .isEqualTo(
                      "unknown catalogue entry, was \"rockets\"; the catalogue's entries are"
                          + " [lift-installation, parking, property-management, elderly-meals,"
                          + " pipe-repair, environment, neighbour-dispute, waste-sorting]");
            });
    assertThat(
            fault(
                doc(
                    "\"extends\":\"jinan-owners-example\",\"catalogue\":"
                        + "{\"categories\":[{\"id\":\"c\",\"name\":{\"zh\":\"类\",\"en\":\"c\"}}]}")))
        .satisfies(
            e -> assertThat(e.pointer()).isIn("/entryDecisionRules", "/tiers/0/categories/0"));
  }

  @Test
  void aDamagedProfileDocumentRaisesOnlyTheJsonException() throws IOException {
    SplittableRandom random = new SplittableRandom(11);
    int refused = 0;
    int reads = 0;
    List<String> texts = new ArrayList<>();
    for (String id : List.of("jinan", "bishan", "jinan-owners-example")) {
      texts.add(resource(id));
    }
    texts.add(
        doc(
            "\"extends\":\"jinan\",\"without\":[\"stepPlan\"],\"entryDecisionRules\":{\"parking\":\"d\"},"
                + "\"rules\":{\"d\":"
                + DEPUTIES
                + "}"));
    for (String text : texts) {
      JsonNode tree = TREES.readTree(text);
      for (int i = 0; i < 150; i++) {
        JsonNode damaged = tree.deepCopy();
        damage(damaged, random);
        String json = damaged.toString();
        reads++;
        try {
          JSON.read(DocumentKind.PROFILE, json);
        } catch (DeliberationJsonException e) {
          refused++;
          assertThat(e.pointer()).as(e.getMessage()).matches("(/[^/]*)*");
        } catch (RuntimeException e) {
          throw new AssertionError("reading " + json + " raised " + e, e);
        }
      }
    }
    assertThat(refused).isGreaterThan(reads / 2);
  }

  /** Replaces, removes or retypes one value somewhere in the tree. */
  private static void damage(JsonNode root, SplittableRandom random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode container = containers.get(random.nextInt(containers.size()));
    JsonNode[] replacements = {
      JsonNodeFactory.instance.nullNode(),
      JsonNodeFactory.instance.numberNode(-1),
      JsonNodeFactory.instance.numberNode(1.5),
      JsonNodeFactory.instance.textNode(""),
      JsonNodeFactory.instance.textNode("x"),
      JsonNodeFactory.instance.textNode("jinan"),
      JsonNodeFactory.instance.booleanNode(true),
      JsonNodeFactory.instance.objectNode(),
      JsonNodeFactory.instance.arrayNode(),
    };
    JsonNode replacement = replacements[random.nextInt(replacements.length)];
    if (container instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) container;
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      int action = random.nextInt(3);
      if (names.isEmpty() || action == 0) {
        object.set("extra", replacement);
      } else if (action == 1) {
        object.remove(names.get(random.nextInt(names.size())));
      } else {
        object.set(names.get(random.nextInt(names.size())), replacement);
      }
    } else {
      ArrayNode array = (ArrayNode) container;
      if (array.isEmpty() || random.nextBoolean()) {
        array.add(replacement);
      } else {
        array.set(random.nextInt(array.size()), replacement);
      }
    }
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainerNode()) {
      containers.add(node);
      for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
        collect(children.next(), containers);
      }
    }
  }

  @Test
  void profilesExtendingEachOtherTooDeeplyAreRefused(@TempDir Path directory) throws IOException {
    Files.writeString(directory.resolve("p0.json"), doc("\"extends\":\"jinan\""));
    for (int i = 1; i <= 40; i++) {
      Files.writeString(
          directory.resolve("p" + i + ".json"), doc("\"extends\":\"p" + (i - 1) + ".json\""));
    }
    assertThat(JSON.read(DocumentKind.PROFILE, directory.resolve("p20.json")).tiers())
        .isEqualTo(Profiles.jinan().tiers());
    assertThatThrownBy(() -> JSON.read(DocumentKind.PROFILE, directory.resolve("p40.json")))
        .isInstanceOf(DeliberationJsonException.class)
        .hasMessageContaining("profiles extend each other more than 32 deep");
  }

  @Test
  void theFutianExampleOfTheDocsIsJinanWithTheDeputiesRuleForElderlyMeals() {
    String futian =
        "{\n"
            + "  \"schemaVersion\": \"1.0\",\n"
            + "  \"id\": \"futian\",\n"
            + "  \"name\": {\"zh\": \"深圳福田 民生微实事\", \"en\": \"Shenzhen Futian livelihood"
            + " micro-projects\"},\n"
            + "  \"extends\": \"jinan\",\n"
            + "  \"entryDecisionRules\": {\n"
            + "    \"elderly-meals\": {\"type\": \"restricted\", \"kind\":"
            + " \"peoples-congress-deputy\",\n"
            + "                      \"rule\": {\"type\": \"majority\", \"approval\":"
            + " {\"fraction\": \"1/2\", \"strict\": true,\n"
            + "                               \"base\": \"cast\", \"measure\": \"headcount\"}}}\n"
            + "  }\n"
            + "}\n";
    assertThat(JSON.read(DocumentKind.PROFILE, futian))
        .isEqualTo(
            Profiles.jinan()
                .withIdentity(
                    "futian",
                    LocalizedText.of("深圳福田 民生微实事", "Shenzhen Futian livelihood micro-projects"))
                .withEntryDecisionRules(Map.of(Profiles.ELDERLY_MEALS, DEPUTIES_RULE)));
  }

  @Test
  void theDatabindModuleReadsAndWritesProfilesExtendingBuiltInsOnly() throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new DeliberationModule());
    String owners = resource("jinan-owners-example");
    assertThat(mapper.readValue(owners, Profile.class)).isEqualTo(Profiles.jinanOwnersExample());
    assertThat(mapper.writeValueAsString(Profiles.jinanOwnersExample()))
        .isEqualTo(JSON.write(DocumentKind.PROFILE, Profiles.jinanOwnersExample()));
    assertThatThrownBy(() -> mapper.readValue(doc("\"extends\":\"shenzhen\""), Profile.class))
        .hasRootCauseInstanceOf(DeliberationJsonException.class)
        .hasMessageContaining("unknown profile to extend");
  }
}
