package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.decision.Base;
import org.shangliang.deliberation.decision.CheckKind;
import org.shangliang.deliberation.decision.Consensus;
import org.shangliang.deliberation.decision.Decision;
import org.shangliang.deliberation.decision.DecisionRule;
import org.shangliang.deliberation.decision.DoubleThreshold;
import org.shangliang.deliberation.decision.Fraction;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.decision.Measure;
import org.shangliang.deliberation.decision.Quorum;
import org.shangliang.deliberation.decision.RestrictedVote;
import org.shangliang.deliberation.decision.Tally;
import org.shangliang.deliberation.decision.Threshold;
import org.shangliang.deliberation.json.internal.DecisionCodecs;
import org.shangliang.deliberation.json.internal.JsonIn;
import org.shangliang.deliberation.json.internal.JsonOut;
import org.shangliang.deliberation.json.internal.Tokens;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.Vote;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.Gen;
import org.shangliang.deliberation.testkit.Generators;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.testkit.Shape;

class DecisionJsonTest {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final List<Profile> PROFILES =
      List.of(
          Profiles.jinan(), Profiles.haidian(), Profiles.bishan(), Profiles.jinanOwnersExample());

  // ---------------------------------------------------------------------------------------------
  // round trips

  @Test
  void everyGeneratedDecisionRuleReadsBackEqualAndWritesBackTheSameText() {
    Gen<DecisionRule> rules = Generators.anyDecisionRules(List.of(PartyKind.values()));
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 3000; i++) {
      DecisionRule rule = rules.generate(random, 20);
      String text =
          assertRoundTrip(
              DecisionCodecs::writeDecisionRule, DecisionCodecs::readDecisionRule, rule);
      assertThat(text).startsWith("{\"type\":\"");
      DecisionRule read = read(DecisionCodecs::readDecisionRule, text);
      assertThat(read.getClass()).isEqualTo(rule.getClass());
    }
  }

  @Test
  void everyConcreteRuleReadsBackEqualUntagged() {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 500; i++) {
      Consensus consensus = Generators.anyConsensusRules().generate(random, 20);
      MajorityRule majority = Generators.anyMajorityRules().generate(random, 20);
      DoubleThreshold both = Generators.anyDoubleThresholds().generate(random, 20);
      RestrictedVote restricted =
          Generators.anyRestrictedVotes(List.of(PartyKind.values())).generate(random, 20);
      assertThat(
              assertRoundTrip(
                  DecisionCodecs::writeConsensus, DecisionCodecs::readConsensus, consensus))
          .doesNotContain("\"type\"");
      assertThat(
              assertRoundTrip(
                  DecisionCodecs::writeMajorityRule, DecisionCodecs::readMajorityRule, majority))
          .doesNotContain("\"type\"");
      assertThat(
              assertRoundTrip(
                  DecisionCodecs::writeDoubleThreshold, DecisionCodecs::readDoubleThreshold, both))
          .doesNotContain("\"type\"");
      assertThat(
              assertRoundTrip(
                  DecisionCodecs::writeRestrictedVote,
                  DecisionCodecs::readRestrictedVote,
                  restricted))
          .startsWith("{\"kind\":");
      assertRoundTrip(
          DecisionCodecs::writeThreshold, DecisionCodecs::readThreshold, majority.approval());
      majority
          .participation()
          .ifPresent(
              p ->
                  assertRoundTrip(
                      DecisionCodecs::writeParticipation, DecisionCodecs::readParticipation, p));
    }
  }

  @Test
  void everyGeneratedQuorumAndFractionReadsBackEqual() {
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 1000; i++) {
      assertRoundTrip(
          DecisionCodecs::writeQuorum,
          DecisionCodecs::readQuorum,
          Generators.quorums().generate(random, i % 60));
      assertRoundTrip(
          DecisionCodecs::writeFraction,
          DecisionCodecs::readFraction,
          Generators.anyFractions().generate(random, 0));
    }
  }

  @Test
  void theProfilesRulesAndQuorumsReadBackEqual() {
    for (Profile profile : PROFILES) {
      for (DecisionRule rule : profile.decisionRules().values()) {
        assertRoundTrip(DecisionCodecs::writeDecisionRule, DecisionCodecs::readDecisionRule, rule);
      }
      for (DecisionRule rule : profile.entryDecisionRules().values()) {
        assertRoundTrip(DecisionCodecs::writeDecisionRule, DecisionCodecs::readDecisionRule, rule);
      }
      for (Quorum quorum : profile.quorums().values()) {
        assertRoundTrip(DecisionCodecs::writeQuorum, DecisionCodecs::readQuorum, quorum);
      }
    }
  }

  @Test
  void theVotersAndBallotsOfGeneratedVotesReadBackEqual() {
    int votes = 0;
    for (Profile profile : PROFILES) {
      for (long seed = 0; seed < 100; seed++) {
        Meeting meeting =
            Scenarios.valid(profile, Shape.any().withVote(Shape.VoteForm.BALLOTS))
                .generate(seed, 10 + (int) (seed % 40))
                .record()
                .meetings()
                .stream()
                .filter(m -> m.vote().isPresent())
                .findFirst()
                .orElseThrow();
        Vote vote = meeting.vote().orElseThrow();
        votes++;
        assertRoundTrip(
            DecisionCodecs::writeDecisionRule, DecisionCodecs::readDecisionRule, vote.rule());
        vote.eligible()
            .forEach(
                v -> assertRoundTrip(DecisionCodecs::writeVoter, DecisionCodecs::readVoter, v));
        vote.ballots()
            .forEach(
                b -> assertRoundTrip(DecisionCodecs::writeBallot, DecisionCodecs::readBallot, b));
        // the rule read back decides the vote as the original does
        DecisionRule read =
            read(
                DecisionCodecs::readDecisionRule,
                write(DecisionCodecs::writeDecisionRule, vote.rule()));
        Decision decision = read.decide(vote.ballots(), meeting.present(), vote.eligible());
        assertThat(decision.outcome()).isEqualTo(meeting.decision().orElseThrow().outcome());
      }
    }
    assertThat(votes).isEqualTo(400);
  }

  @Test
  void fractionsKeepTheirTermsAndScaleIsKept() {
    assertThat(write(DecisionCodecs::writeFraction, Fraction.of(4, 6))).isEqualTo("\"4/6\"");
    assertThat(read(DecisionCodecs::readFraction, "\"4/6\"").toString()).isEqualTo("4/6");
    assertThat(read(DecisionCodecs::readFraction, "\"1000000/1000000\""))
        .isEqualTo(Fraction.of(1, 1));
    MajorityRule rule =
        new MajorityRule.Builder()
            .approval(Threshold.of(Fraction.of(2, 3), false, Base.PRESENT, Measure.WEIGHT))
            .minimumYes(new BigDecimal("12.50"))
            .build();
    String text = write(DecisionCodecs::writeDecisionRule, rule);
    assertThat(text)
        .isEqualTo(
            "{\"type\":\"majority\",\"approval\":{\"fraction\":\"2/3\",\"strict\":false,"
                + "\"base\":\"present\",\"measure\":\"weight\"},\"minimumYes\":12.50}");
    MajorityRule read = (MajorityRule) read(DecisionCodecs::readDecisionRule, text);
    assertThat(read.minimumYes()).isEqualByComparingTo("12.5").hasToString("12.50");
  }

  @Test
  void aRuleWrittenWithoutDefaultsReadsWithTheDefaults() {
    assertThat(read(DecisionCodecs::readDecisionRule, "{\"type\":\"consensus\"}"))
        .isEqualTo(Consensus.strict());
    assertThat(read(DecisionCodecs::readQuorum, "{}")).isEqualTo(new Quorum.Builder().build());
    assertThat(
            read(
                DecisionCodecs::readMajorityRule,
                "{\"approval\":{\"fraction\":\"1/2\",\"strict\":true,\"base\":\"decisive\",\"measure\":\"headcount\"}}"))
        .isEqualTo(MajorityRule.simple(Base.DECISIVE));
  }

  @Test
  void aRestrictedVoteNamesItsVotersKindApartFromTheTag() {
    RestrictedVote rule = RestrictedVote.of(PartyKind.PEOPLES_CONGRESS_DEPUTY, Consensus.strict());
    assertThat(write(DecisionCodecs::writeDecisionRule, rule))
        .isEqualTo(
            "{\"type\":\"restricted\",\"kind\":\"peoples-congress-deputy\","
                + "\"rule\":{\"type\":\"consensus\",\"blockingNoCount\":1}}");
  }

  @Test
  void enumTokensAreTheConstantNamesInLowerCaseWithHyphens() {
    assertThat(DecisionCodecs.BASES.all())
        .containsExactly("cast", "decisive", "present", "eligible");
    assertThat(DecisionCodecs.MEASURES.all()).containsExactly("headcount", "weight");
    assertThat(DecisionCodecs.CHOICES.all()).containsExactly("yes", "no", "abstain");
    assertThat(DecisionCodecs.OUTCOMES.all()).containsExactly("passed", "failed", "no-quorum");
    assertThat(DecisionCodecs.CHECK_KINDS.all())
        .containsExactly("participation", "approval", "minimum-yes", "no-block");
    for (Tokens<?> tokens :
        List.of(
            DecisionCodecs.BASES,
            DecisionCodecs.MEASURES,
            DecisionCodecs.CHOICES,
            DecisionCodecs.OUTCOMES,
            DecisionCodecs.CHECK_KINDS)) {
      for (String token : tokens.all()) {
        assertThat(tokens.constant(token)).isNotNull();
      }
    }
    assertThat(DecisionCodecs.OUTCOMES.constant("NO_QUORUM")).isNull();
    assertThat(CheckKind.values()).hasSize(4);
  }

  @Test
  void aRuleOfAnotherTypeIsNotWritten() {
    DecisionRule own = (Tally tally) -> Consensus.strict().decide(tally);
    assertThatThrownBy(() -> write(DecisionCodecs::writeDecisionRule, own))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no JSON form");
  }

  // ---------------------------------------------------------------------------------------------
  // bad input

  @Test
  void aDecisionRuleMustBeginWithItsType() {
    assertFault(
        DecisionCodecs::readDecisionRule,
        "{\"blockingNoCount\":2,\"type\":\"consensus\"}",
        "",
        "must begin with the property \"type\"");
    assertFault(DecisionCodecs::readDecisionRule, "{}", "", "missing property \"type\"");
    assertFault(
        DecisionCodecs::readDecisionRule,
        "{\"type\":\"supermajority\"}",
        "/type",
        "must be one of [consensus, majority, double-threshold, restricted], was"
            + " \"supermajority\"");
    assertFault(
        DecisionCodecs::readDecisionRule,
        "{\"type\":3}",
        "/type",
        "must be a string, was the number 3");
    assertFault(DecisionCodecs::readDecisionRule, "[]", "", "must be an object, was an array");
  }

  @Test
  void aTaggedRuleRefusesAPropertyOfAnotherKindOfRule() {
    assertFault(
        DecisionCodecs::readDecisionRule,
        "{\"type\":\"consensus\",\"approval\":{}}",
        "/approval",
        "unknown property \"approval\"");
    assertFault(
        DecisionCodecs::readDecisionRule,
        "{\"type\":\"majority\",\"approval\":" + HALF + ",\"type\":\"majority\"}",
        "/type",
        "Duplicate field 'type'");
    // an untagged rule has no type
    assertFault(
        DecisionCodecs::readConsensus,
        "{\"type\":\"consensus\"}",
        "/type",
        "unknown property \"type\"");
  }

  @Test
  void aMissingRequiredPropertyIsReportedAtItsPointer() {
    assertFault(
        DecisionCodecs::readDecisionRule,
        "{\"type\":\"majority\"}",
        "/approval",
        "required, not set");
    assertFault(
        DecisionCodecs::readThreshold,
        "{\"fraction\":\"1/2\",\"strict\":true,\"measure\":\"headcount\"}",
        "/base",
        "required, not set");
    assertFault(
        DecisionCodecs::readParticipation,
        "{\"fraction\":\"1/2\",\"strict\":true}",
        "/measure",
        "required, not set");
    assertFault(
        DecisionCodecs::readDecisionRule,
        "{\"type\":\"double-threshold\",\"headcount\":{\"approval\":" + HALF + "}}",
        "/weight",
        "required, not set");
    assertFault(
        DecisionCodecs::readDecisionRule,
        "{\"type\":\"restricted\",\"rule\":{\"type\":\"consensus\"}}",
        "/kind",
        "required, not set");
    assertFault(
        DecisionCodecs::readDecisionRule,
        "{\"type\":\"restricted\",\"kind\":\"expert\"}",
        "/rule",
        "required, not set");
    assertFault(
        DecisionCodecs::readVoter,
        "{\"party\":\"p1\",\"kind\":\"expert\"}",
        "/weight",
        "required, not set");
    assertFault(DecisionCodecs::readBallot, "{\"choice\":\"yes\"}", "/party", "required, not set");
  }

  @Test
  void aWrongTypeIsReportedAtItsPointer() {
    assertFault(
        DecisionCodecs::readThreshold,
        "{\"fraction\":0.5,\"strict\":true,\"base\":\"cast\",\"measure\":\"headcount\"}",
        "/fraction",
        "must be a string, was the number 0.5");
    assertFault(
        DecisionCodecs::readThreshold,
        "{\"fraction\":\"1/2\",\"strict\":\"true\",\"base\":\"cast\",\"measure\":\"headcount\"}",
        "/strict",
        "must be true or false, was the string \"true\"");
    assertFault(
        DecisionCodecs::readQuorum,
        "{\"minimumCount\":\"3\"}",
        "/minimumCount",
        "must be an integer");
    assertFault(
        DecisionCodecs::readQuorum,
        "{\"minimumCount\":2.5}",
        "/minimumCount",
        "must be an integer");
    assertFault(
        DecisionCodecs::readVoter,
        "{\"party\":\"p1\",\"kind\":\"expert\",\"weight\":\"10\"}",
        "/weight",
        "must be a number");
    assertFault(
        DecisionCodecs::readBallot,
        "{\"party\":\"p1\",\"choice\":null}",
        "/choice",
        "must be a string, was null");
    assertFault(
        DecisionCodecs::readConsensus,
        "{\"participation\":null}",
        "/participation",
        "must be an object, was null");
  }

  @Test
  void anUnknownPropertyOrTokenIsRefused() {
    assertFault(
        DecisionCodecs::readQuorum, "{\"minimum\":3}", "/minimum", "unknown property \"minimum\"");
    assertFault(
        DecisionCodecs::readBallot,
        "{\"party\":\"p1\",\"choice\":\"maybe\"}",
        "/choice",
        "must be one of [yes, no, abstain], was \"maybe\"");
    assertFault(
        DecisionCodecs::readVoter,
        "{\"party\":\"p1\",\"kind\":\"EXPERT\",\"weight\":1}",
        "/kind",
        "must be one of [");
    assertFault(
        DecisionCodecs::readThreshold,
        "{\"fraction\":\"1/2\",\"strict\":true,\"base\":\"all\",\"measure\":\"headcount\"}",
        "/base",
        "must be one of [cast, decisive, present, eligible], was \"all\"");
  }

  @Test
  void aValueTheCoreRefusesIsReportedAtItsPointer() {
    assertFault(
        DecisionCodecs::readFraction, "\"0.5\"", "", "must be p/q such as 2/3, was \"0.5\"");
    assertFault(DecisionCodecs::readFraction, "\"02/3\"", "", "must be p/q such as 2/3");
    assertFault(
        DecisionCodecs::readFraction,
        "\"4/3\"",
        "",
        "numerator: must be 0 to the denominator 3, was 4");
    assertFault(
        DecisionCodecs::readFraction, "\"1/0\"", "", "denominator: must be 1 to 1000000, was 0");
    assertFault(
        DecisionCodecs::readDecisionRule,
        "{\"type\":\"consensus\",\"blockingNoCount\":0}",
        "/blockingNoCount",
        "must be at least 1, was 0");
    assertFault(
        DecisionCodecs::readQuorum,
        "{\"minimumCount\":-1}",
        "/minimumCount",
        "must not be negative, was -1");
    assertFault(
        DecisionCodecs::readVoter,
        "{\"party\":\"p1\",\"kind\":\"expert\",\"weight\":-2}",
        "/weight",
        "must not be negative");
    assertFault(
        DecisionCodecs::readBallot,
        "{\"party\":\"a b\",\"choice\":\"yes\"}",
        "/party",
        "must hold only letters, marks, numbers");
    assertFault(
        DecisionCodecs::readDecisionRule,
        "{\"type\":\"majority\",\"approval\":" + HALF + ",\"minimumYes\":-1}",
        "/minimumYes",
        "must not be negative");
    assertFault(
        DecisionCodecs::readDecisionRule,
        "{\"type\":\"double-threshold\",\"headcount\":{\"approval\":"
            + HALF
            + "},\"weight\":{\"approval\":"
            + HALF
            + "}}",
        "/weight/approval/measure",
        "must be WEIGHT, was HEADCOUNT");
    assertFault(
        DecisionCodecs::readDecisionRule,
        "{\"type\":\"restricted\",\"kind\":\"expert\",\"rule\":"
            + "{\"type\":\"restricted\",\"kind\":\"expert\",\"rule\":{\"type\":\"consensus\"}}}",
        "/rule",
        "must not itself be a restricted vote");
  }

  @Test
  void aFaultInsideANestedRuleIsReportedAtItsFullPointer() {
    assertFault(
        DecisionCodecs::readDecisionRule,
        "{\"type\":\"restricted\",\"kind\":\"expert\",\"rule\":{\"type\":\"double-threshold\","
            + "\"headcount\":{\"approval\":"
            + HALF
            + ",\"participation\":{\"fraction\":\"x\",\"strict\":true,\"measure\":\"headcount\"}}}}",
        "/rule/headcount/participation/fraction",
        "must be p/q");
  }

  // ---------------------------------------------------------------------------------------------

  private static final String HALF =
      "{\"fraction\":\"1/2\",\"strict\":true,\"base\":\"decisive\",\"measure\":\"headcount\"}";

  static <T> void assertFault(
      Function<JsonIn, T> reader, String text, String pointer, String fault) {
    assertThatThrownBy(() -> read(reader, text))
        .as(text)
        .isInstanceOfSatisfying(
            DeliberationJsonException.class,
            e -> {
              assertThat(e.pointer()).as(e.getMessage()).isEqualTo(pointer);
              assertThat(e.fault()).as(e.getMessage()).contains(fault);
            });
  }

  static <T> String assertRoundTrip(
      BiConsumer<JsonOut, T> writer, Function<JsonIn, T> reader, T value) {
    String text = write(writer, value);
    T read = read(reader, text);
    assertThat(read).as(text).isEqualTo(value);
    assertThat(write(writer, read)).as("written again").isEqualTo(text);
    return text;
  }

  static <T> String write(BiConsumer<JsonOut, T> writer, T value) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(text)) {
      writer.accept(new JsonOut(generator), value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  static <T> T read(Function<JsonIn, T> reader, String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonIn in = new JsonIn(parser, Optional.empty());
      T value = reader.apply(in);
      in.end();
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
