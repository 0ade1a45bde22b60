package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.decision.DecisionRule;
import org.shangliang.deliberation.json.internal.DecisionCodecs;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.testkit.ScenarioGen;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.testkit.Shape;
import org.shangliang.deliberation.topic.MatterSize;

/**
 * A record's vote naming its profile's rule ({@code "rule": "major"}, {@code "rule":
 * "entry:lift-installation"}) when the reader and writer are given the profile ({@link
 * DeliberationJson.Builder#rulesOf}): written by name where the rule is the profile's for the
 * topic, read back equal and written again the same; refused without the profile or for a name the
 * profile lacks; written in full otherwise.
 */
class RecordRuleNamesJsonTest {
  private static final DeliberationJson PLAIN = DeliberationJson.create();
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final int SEEDS_PER_PROFILE = 300;
  private static final int[] SIZES = {20, 3, 8, 40};

  static Stream<Profile> builtInProfiles() {
    return Stream.of(
        Profiles.jinan(), Profiles.haidian(), Profiles.bishan(), Profiles.jinanOwnersExample());
  }

  private static DeliberationJson named(Profile profile) {
    return DeliberationJson.builder().rulesOf(profile).build();
  }

  private static ScenarioGen withVote(Profile profile, long seed) {
    Shape.VoteForm form = seed % 2 == 0 ? Shape.VoteForm.BALLOTS : Shape.VoteForm.SHOW_OF_HANDS;
    return Scenarios.valid(profile, Shape.any().withVote(form));
  }

  private static Deliberation votingRecord(Profile profile, long seed) {
    return withVote(profile, seed).generate(seed, SIZES[(int) (seed % SIZES.length)]).record();
  }

  /** The name the writer given the profile writes for a vote's rule in this record, if any. */
  private static Optional<String> expectedName(Profile profile, Deliberation record, DecisionRule rule) {
    Optional<DecisionRule> topicRule = profile.decisionRule(record.topic());
    if (topicRule.isEmpty() || !topicRule.get().equals(rule)) {
      return Optional.empty();
    }
    Optional<String> entry = record.topic().catalogueEntry();
    if (entry.isPresent() && profile.entryDecisionRules().containsKey(entry.get())) {
      return Optional.of("entry:" + entry.get());
    }
    return Optional.of(record.topic().matterSize().name().toLowerCase(Locale.ROOT));
  }

  private static JsonNode tree(String text) {
    try {
      return TREES.readTree(text);
    } catch (IOException e) {
      throw new AssertionError(text, e);
    }
  }

  private static DeliberationJsonException refusal(DeliberationJson json, String text) {
    Throwable thrown = catchThrowable(() -> json.read(DocumentKind.RECORD, text));
    assertThat(thrown).as(text).isInstanceOf(DeliberationJsonException.class);
    return (DeliberationJsonException) thrown;
  }

  /** A record whose vote's rule is the profile's for the topic, with the index of that meeting. */
  private record Voting(Deliberation record, int meeting, String name) {}

  private static Voting votingByName(Profile profile) {
    for (long seed = 0; seed < SEEDS_PER_PROFILE; seed++) {
      Deliberation record = votingRecord(profile, seed);
      for (int i = 0; i < record.meetings().size(); i++) {
        Meeting meeting = record.meetings().get(i);
        if (meeting.vote().isPresent()) {
          Optional<String> name = expectedName(profile, record, meeting.vote().get().rule());
          if (name.isPresent()) {
            return new Voting(record, i, name.get());
          }
        }
      }
    }
    throw new AssertionError("no record of " + profile.id() + " votes by its profile's rule");
  }

  // ---------------------------------------------------------------------------------------------
  // round trips

  @ParameterizedTest
  @MethodSource("builtInProfiles")
  void votesByTheProfilesRuleAreWrittenByNameAndReadBackEqual(Profile profile) {
    DeliberationJson json = named(profile);
    Set<String> namesWritten = new HashSet<>();
    int inFull = 0;
    for (long seed = 0; seed < SEEDS_PER_PROFILE; seed++) {
      Deliberation record = votingRecord(profile, seed);
      String text = json.write(DocumentKind.RECORD, record);
      JsonNode meetings = tree(text).path("meetings");
      for (int i = 0; i < record.meetings().size(); i++) {
        Optional<DecisionRule> rule = record.meetings().get(i).vote().map(v -> v.rule());
        if (rule.isEmpty()) {
          continue;
        }
        JsonNode written = meetings.get(i).path("vote").path("rule");
        Optional<String> name = expectedName(profile, record, rule.get());
        if (name.isPresent()) {
          assertThat(written.isTextual()).as("seed %d meeting %d: %s", seed, i, text).isTrue();
          assertThat(written.textValue()).as("seed %d meeting %d", seed, i).isEqualTo(name.get());
          namesWritten.add(name.get());
        } else {
          assertThat(written.isObject()).as("seed %d meeting %d: %s", seed, i, text).isTrue();
          inFull++;
        }
      }
      Deliberation read = json.read(DocumentKind.RECORD, text);
      if (!read.equals(record)) {
        assertThat(read).as("seed %d of %s: %s", seed, profile.id(), text).isEqualTo(record);
      }
      String again = json.write(DocumentKind.RECORD, read);
      if (!again.equals(text)) {
        assertThat(again).as("seed %d of %s", seed, profile.id()).isEqualTo(text);
      }
    }
    assertThat(namesWritten).as("names written for %s (%d rules in full)", profile.id(), inFull).isNotEmpty();
  }

  @Test
  void theOwnersExamplesLiftVotesNameTheEntrysRuleAndOthersTheirSizes() {
    Profile owners = Profiles.jinanOwnersExample();
    DeliberationJson json = named(owners);
    Set<String> names = new HashSet<>();
    for (long seed = 0; seed < SEEDS_PER_PROFILE; seed++) {
      String text = json.write(DocumentKind.RECORD, votingRecord(owners, seed));
      for (JsonNode meeting : tree(text).path("meetings")) {
        JsonNode rule = meeting.path("vote").path("rule");
        if (rule.isTextual()) {
          names.add(rule.textValue());
        }
      }
    }
    assertThat(names).contains("entry:lift-installation").anyMatch(n -> !n.startsWith("entry:"));
  }

  @Test
  void aRecordsOtherRuleIsWrittenInFullWithTheProfileAndReadBackEqual() {
    Profile jinan = Profiles.jinan();
    DeliberationJson json = named(jinan);
    int inFull = 0;
    for (long seed = 0; seed < 20; seed++) {
      Deliberation record =
          Scenarios.breaking(jinan, RuleCodes.MEETING_VOTE_RULE_MISMATCH).generate(seed).record();
      String text = json.write(DocumentKind.RECORD, record);
      JsonNode meetings = tree(text).path("meetings");
      for (int i = 0; i < record.meetings().size(); i++) {
        Optional<DecisionRule> rule = record.meetings().get(i).vote().map(v -> v.rule());
        if (rule.isPresent() && expectedName(jinan, record, rule.get()).isEmpty()) {
          assertThat(meetings.get(i).path("vote").path("rule").isObject()).as(text).isTrue();
          inFull++;
        }
      }
      assertThat(json.read(DocumentKind.RECORD, text)).as(text).isEqualTo(record);
      assertThat(json.write(DocumentKind.RECORD, json.read(DocumentKind.RECORD, text))).isEqualTo(text);
    }
    assertThat(inFull).isPositive();
  }

  @ParameterizedTest
  @MethodSource("builtInProfiles")
  void withoutTheProfileRulesAreWrittenInFullAsBefore(Profile profile) {
    DeliberationJson json = named(profile);
    for (long seed = 0; seed < 50; seed++) {
      Deliberation record = votingRecord(profile, seed);
      String plain = PLAIN.write(DocumentKind.RECORD, record);
      for (JsonNode meeting : tree(plain).path("meetings")) {
        if (meeting.has("vote")) {
          assertThat(meeting.path("vote").path("rule").isObject()).as(plain).isTrue();
        }
      }
      // the profile changes nothing but the votes' rules: read with it, written without, the same
      Deliberation read = json.read(DocumentKind.RECORD, json.write(DocumentKind.RECORD, record));
      assertThat(PLAIN.write(DocumentKind.RECORD, read)).isEqualTo(plain);
      // and text in full is read the same with the profile as without
      assertThat(json.read(DocumentKind.RECORD, plain)).isEqualTo(record);
    }
  }

  @Test
  void jsonLinesOfRecordsUseTheProfilesNames() {
    Profile haidian = Profiles.haidian();
    DeliberationJson json = named(haidian);
    Voting voting = votingByName(haidian);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonLinesWriter<Deliberation> out = json.lines(DocumentKind.RECORD).writer(bytes)) {
      out.write(voting.record());
      out.write(voting.record());
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("\"rule\":\"" + voting.name() + "\"");
    List<Deliberation> read = new ArrayList<>();
    json.lines(DocumentKind.RECORD)
        .forEach(new ByteArrayInputStream(bytes.toByteArray()), line -> read.add(line.value()));
    assertThat(read).containsExactly(voting.record(), voting.record());
    List<JsonLine<Deliberation>> plain = new ArrayList<>();
    PLAIN.lines(DocumentKind.RECORD).forEach(new ByteArrayInputStream(bytes.toByteArray()), plain::add);
    assertThat(plain).hasSize(2).allSatisfy(line -> assertThat(line.isValue()).isFalse());
    assertThat(plain.get(1).error().orElseThrow().pointer())
        .isEqualTo("/meetings/" + voting.meeting() + "/vote/rule");
  }

  // ---------------------------------------------------------------------------------------------
  // reading names

  @ParameterizedTest
  @MethodSource("builtInProfiles")
  void aNameIsRefusedWithoutTheProfileAtTheVotesRule(Profile profile) {
    Voting voting = votingByName(profile);
    String text = named(profile).write(DocumentKind.RECORD, voting.record());
    DeliberationJsonException e = refusal(PLAIN, text);
    assertThat(e.pointer()).isEqualTo("/meetings/" + voting.meeting() + "/vote/rule");
    assertThat(e.fault())
        .contains("\"" + voting.name() + "\"")
        .contains("the reader was given no profile")
        .contains("DeliberationJson.builder().rulesOf(profile)");
  }

  @Test
  void aHandWrittenMajorReadsToJinansMajorRule() {
    Profile jinan = Profiles.jinan();
    DecisionRule major = jinan.decisionRules().get(MatterSize.MAJOR);
    Deliberation record = votingRecord(jinan, 0);
    int voting = firstVote(record);
    String text = withRule(record, voting, "\"major\"");
    assertThat(text).contains("\"rule\":\"major\"");

    Deliberation read = named(jinan).read(DocumentKind.RECORD, text);

    assertThat(read.meetings().get(voting).vote().orElseThrow().rule()).isEqualTo(major);
    assertThat(refusal(PLAIN, text).pointer()).isEqualTo("/meetings/" + voting + "/vote/rule");
  }

  @Test
  void anEntrysNameReadsToTheEntrysRule() {
    Profile owners = Profiles.jinanOwnersExample();
    Deliberation record = votingRecord(owners, 2); // ballots: the entry's rule weighs floor area
    int voting = firstVote(record);
    String text = withRule(record, voting, "\"entry:lift-installation\"");

    Deliberation read = named(owners).read(DocumentKind.RECORD, text);

    assertThat(read.meetings().get(voting).vote().orElseThrow().rule())
        .isEqualTo(owners.entryDecisionRules().get("lift-installation"));
  }

  @Test
  void aNameTheProfileLacksIsRefusedAtItsPointer() {
    Profile jinan = Profiles.jinan();
    Deliberation record = votingRecord(jinan, 0);
    int voting = firstVote(record);
    String pointer = "/meetings/" + voting + "/vote/rule";
    List<String> unknown =
        new ArrayList<>(
            List.of("majority", "Major", "MAJOR", " major", "", "entry:", "entry:nowhere", "lift-installation"));
    for (MatterSize size : MatterSize.values()) {
      if (!jinan.decisionRules().containsKey(size)) {
        unknown.add(size.name().toLowerCase(Locale.ROOT));
      }
    }
    for (String name : unknown) {
      DeliberationJsonException e = refusal(named(jinan), withRule(record, voting, "\"" + name + "\""));
      assertThat(e.pointer()).as(name).isEqualTo(pointer);
      assertThat(e.fault())
          .as(name)
          .startsWith("unknown rule name, was \"" + name + "\"")
          .contains("the rules of the profile \"jinan\" are [major");
    }
    // the owners' example's entry name means nothing to Jinan, which sets no rule for the entry
    DeliberationJsonException e =
        refusal(named(jinan), withRule(record, voting, "\"entry:lift-installation\""));
    assertThat(e.pointer()).isEqualTo(pointer);
  }

  @Test
  void aRuleThatIsNeitherNameNorObjectIsRefusedAsBefore() {
    Profile jinan = Profiles.jinan();
    Deliberation record = votingRecord(jinan, 0);
    int voting = firstVote(record);
    DeliberationJsonException e = refusal(named(jinan), withRule(record, voting, "3"));
    assertThat(e.pointer()).isEqualTo("/meetings/" + voting + "/vote/rule");
    assertThat(e.fault()).isEqualTo("must be an object, was the number 3");
  }

  @ParameterizedTest
  @MethodSource("builtInProfiles")
  void theRecordSchemaAcceptsRecordsWrittenWithNames(Profile profile) {
    Voting voting = votingByName(profile);
    String text = named(profile).write(DocumentKind.RECORD, voting.record());
    assertThat(text).contains("\"rule\":\"" + voting.name() + "\"");
    assertThat(SchemaHarness.errors(DocumentKind.RECORD, text)).as(text).isEmpty();
  }

  @Test
  void theRecordSchemaRefusesAStringRuleOfNoNamesForm() {
    Deliberation record = votingRecord(Profiles.jinan(), 0);
    int voting = firstVote(record);
    assertThat(SchemaHarness.errors(DocumentKind.RECORD, withRule(record, voting, "\"entry:lift-installation\"")))
        .isEmpty();
    assertThat(SchemaHarness.errors(DocumentKind.RECORD, withRule(record, voting, "\"majority\"")))
        .isNotEmpty();
    assertThat(SchemaHarness.errors(DocumentKind.RECORD, withRule(record, voting, "\"entry:\"")))
        .isNotEmpty();
  }

  @Test
  void rulesOfIsTheProfileGiven() {
    assertThat(PLAIN.rulesOf()).isEmpty();
    assertThat(named(Profiles.bishan()).rulesOf()).contains(Profiles.bishan());
  }

  private static int firstVote(Deliberation record) {
    for (int i = 0; i < record.meetings().size(); i++) {
      if (record.meetings().get(i).vote().isPresent()) {
        return i;
      }
    }
    throw new AssertionError("no vote in " + record.id());
  }

  /** The record written in full, with one meeting's vote's rule replaced by the text given. */
  private static String withRule(Deliberation record, int meeting, String rule) {
    String text = PLAIN.write(DocumentKind.RECORD, record);
    String full =
        "\"rule\":"
            + CodecHarness.write(
                DecisionCodecs::writeDecisionRule,
                record.meetings().get(meeting).vote().orElseThrow().rule());
    int votesBefore = 0;
    for (int i = 0; i < meeting; i++) {
      votesBefore += record.meetings().get(i).vote().isPresent() ? 1 : 0;
    }
    int at = -1;
    for (int i = 0; i <= votesBefore; i++) {
      at = text.indexOf("\"vote\":{", at + 1);
    }
    int rulePosition = text.indexOf(full, at);
    assertThat(rulePosition).as(text).isEqualTo(at + "\"vote\":{".length());
    return text.substring(0, rulePosition)
        + "\"rule\":"
        + rule
        + text.substring(rulePosition + full.length());
  }
}
