package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.json.CodecHarness.assertRoundTrip;
import static org.shangliang.deliberation.json.CodecHarness.readFailure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.json.internal.JsonIn;
import org.shangliang.deliberation.json.internal.OutcomeCodecs;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.AppraisalScale;
import org.shangliang.deliberation.outcome.Disagreement;
import org.shangliang.deliberation.outcome.Duty;
import org.shangliang.deliberation.outcome.Escalation;
import org.shangliang.deliberation.outcome.FollowUp;
import org.shangliang.deliberation.outcome.HotlineCase;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.outcome.Revisit;
import org.shangliang.deliberation.outcome.Supervision;
import org.shangliang.deliberation.outcome.SupervisionPhase;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.GenerationException;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.testkit.Shape;

class OutcomeJsonTest {
  private static final List<Profile> PROFILES =
      List.of(Profiles.jinan(), Profiles.haidian(), Profiles.bishan(), Profiles.jinanOwnersExample());

  private static final List<Shape> SHAPES =
      List.of(
          Shape.any(),
          Shape.any().withCompletedDuties(),
          Shape.any().withSupervision(),
          Shape.any().withPublicFunds().withCompletedDuties(),
          Shape.any().withEscalation(),
          Shape.any().withHotline(1),
          Shape.any().withHotline(2),
          Shape.any().withRevisit(),
          Shape.any().withAppraisal(),
          Shape.any().withPoorAppraisal(),
          Shape.any().withOutcome(OutcomeKind.SHELVED).withReopening(),
          Shape.any().withTakeUpAgain(),
          Shape.any().withProgressReports(),
          Shape.any().withSolvedRecommendation());

  private static final int SEEDS = 25;

  /** Every record of every shape that the profile can make, {@link #SEEDS} seeds each. */
  private static List<Deliberation> records() {
    List<Deliberation> records = new ArrayList<>();
    for (Profile profile : PROFILES) {
      for (Shape shape : SHAPES) {
        for (long seed = 0; seed < SEEDS; seed++) {
          try {
            records.add(Scenarios.valid(profile, shape).generate(seed, (int) (seed % 30)).record());
          } catch (GenerationException impossible) {
            break; // the profile cannot make this shape (no appraisal scale, no progress interval…)
          }
        }
      }
    }
    return records;
  }

  @Test
  void outcomePartsOfGeneratedRecordsReadBackEqualAndWriteBackTheSameText() {
    Set<OutcomeKind> kinds = new LinkedHashSet<>();
    Set<SupervisionPhase> phases = new LinkedHashSet<>();
    int outcomes = 0;
    int duties = 0;
    int supervision = 0;
    int escalations = 0;
    int followUps = 0;
    int revisits = 0;
    int appraisals = 0;
    int reopenings = 0;
    int hotlineCases = 0;
    int progressReports = 0;
    for (Deliberation record : records()) {
      if (record.outcome().isPresent()) {
        OutcomeRecord outcome = record.outcome().get();
        assertRoundTrip(OutcomeCodecs::writeOutcomeRecord, OutcomeCodecs::readOutcomeRecord, outcome);
        assertRoundTrip(OutcomeCodecs::writeOutcomeFacts, OutcomeCodecs::readOutcomeFacts, outcome.facts());
        for (Duty duty : outcome.duties()) {
          assertRoundTrip(OutcomeCodecs::writeDuty, OutcomeCodecs::readDuty, duty);
        }
        kinds.add(outcome.kind());
        outcomes++;
        duties += outcome.duties().size();
        progressReports += outcome.progressReports().size();
      }
      for (Supervision entry : record.supervision()) {
        assertRoundTrip(OutcomeCodecs::writeSupervision, OutcomeCodecs::readSupervision, entry);
        phases.add(entry.phase());
        supervision++;
      }
      for (Escalation escalation : record.escalations()) {
        assertRoundTrip(OutcomeCodecs::writeEscalation, OutcomeCodecs::readEscalation, escalation);
        for (FollowUp followUp : escalation.followUps()) {
          assertRoundTrip(OutcomeCodecs::writeFollowUp, OutcomeCodecs::readFollowUp, followUp);
          followUps++;
        }
        escalations++;
      }
      for (Revisit revisit : record.revisits()) {
        assertRoundTrip(OutcomeCodecs::writeRevisit, OutcomeCodecs::readRevisit, revisit);
        revisits++;
      }
      for (Appraisal appraisal : record.appraisals()) {
        assertRoundTrip(OutcomeCodecs::writeAppraisal, OutcomeCodecs::readAppraisal, appraisal);
        appraisals++;
      }
      for (Reopening reopening : record.reopenings()) {
        assertRoundTrip(OutcomeCodecs::writeReopening, OutcomeCodecs::readReopening, reopening);
        reopenings++;
      }
      if (record.hotlineCase().isPresent()) {
        assertRoundTrip(OutcomeCodecs::writeHotlineCase, OutcomeCodecs::readHotlineCase, record.hotlineCase().get());
        hotlineCases++;
      }
    }
    assertThat(kinds).containsExactlyInAnyOrder(OutcomeKind.values());
    assertThat(phases).containsExactlyInAnyOrder(SupervisionPhase.values());
    assertThat(outcomes).isGreaterThan(500);
    assertThat(duties).isGreaterThan(200);
    assertThat(progressReports).isGreaterThan(10);
    assertThat(supervision).isGreaterThan(100);
    assertThat(escalations).isGreaterThan(20);
    assertThat(followUps).isGreaterThan(20);
    assertThat(revisits).isGreaterThan(20);
    assertThat(appraisals).isGreaterThan(20);
    assertThat(reopenings).isGreaterThan(10);
    assertThat(hotlineCases).isGreaterThan(40);
  }

  @Test
  void appraisalScalesOfTheProfilesReadBackEqual() {
    int scales = 0;
    for (Profile profile : PROFILES) {
      if (profile.appraisalScale().isPresent()) {
        assertRoundTrip(
            OutcomeCodecs::writeAppraisalScale, OutcomeCodecs::readAppraisalScale, profile.appraisalScale().get());
        scales++;
      }
    }
    assertThat(scales).isPositive();
    for (int min = -3; min < 3; min++) {
      for (int max = min + 1; max < min + 4; max++) {
        for (int poor = min; poor < max; poor++) {
          assertRoundTrip(
              OutcomeCodecs::writeAppraisalScale, OutcomeCodecs::readAppraisalScale, AppraisalScale.of(min, max, poor));
        }
      }
    }
  }

  @Test
  void enumsAreWrittenAsLowerCaseTokens() {
    assertThat(OutcomeCodecs.KINDS.all()).containsExactly("immediate", "shelved", "committed", "recommendation");
    assertThat(OutcomeCodecs.DISAGREEMENTS.all()).containsExactly("none", "moderate", "deep");
    assertThat(OutcomeCodecs.PHASES.all()).containsExactly("before", "during", "after");
    for (Disagreement disagreement : Disagreement.values()) {
      assertThat(OutcomeCodecs.DISAGREEMENTS.constant(OutcomeCodecs.DISAGREEMENTS.token(disagreement)))
          .isEqualTo(disagreement);
    }
  }

  @Test
  void emptyOptionalPropertiesAndEmptyListsAreLeftOut() {
    String facts =
        "{\"agreementReached\":true,\"withinPowers\":true,\"roundsHeld\":1,\"disagreement\":\"none\","
            + "\"wideScopeOrComplexCauses\":false}";
    String outcome = "{\"kind\":\"immediate\",\"facts\":" + facts + ",\"classifiedAt\":\"2026-03-01T08:00:00Z\"}";
    assertThat(assertRoundTrip(
            OutcomeCodecs::writeOutcomeRecord,
            OutcomeCodecs::readOutcomeRecord,
            CodecHarness.read(OutcomeCodecs::readOutcomeRecord, outcome)))
        .isEqualTo(outcome);
    String escalation =
        "{\"fromUnit\":\"c1\",\"toUnit\":\"s1\",\"reason\":\"beyond powers\","
            + "\"escalatedAt\":\"2026-03-01T08:00:00Z\",\"deadline\":\"2026-03-08T08:00:00Z\"}";
    assertThat(assertRoundTrip(
            OutcomeCodecs::writeEscalation,
            OutcomeCodecs::readEscalation,
            CodecHarness.read(OutcomeCodecs::readEscalation, escalation)))
        .isEqualTo(escalation);
  }

  @Test
  void instantsWithAnOffsetAreReadAsTheSameInstant() {
    Reopening reopening =
        CodecHarness.read(OutcomeCodecs::readReopening, "{\"at\":\"2026-03-01T16:00:00.5+08:00\",\"reason\":\"r\"}");
    assertThat(CodecHarness.write(OutcomeCodecs::writeReopening, reopening))
        .isEqualTo("{\"at\":\"2026-03-01T08:00:00.500Z\",\"reason\":\"r\"}");
  }

  private static final String FACTS =
      "{\"agreementReached\":true,\"withinPowers\":true,\"roundsHeld\":1,\"disagreement\":\"none\","
          + "\"wideScopeOrComplexCauses\":false}";

  static Stream<Arguments> badInputs() {
    return Stream.of(
        // outcome record
        bad("outcome: unknown kind", OutcomeCodecs::readOutcomeRecord,
            "{\"kind\":\"later\",\"facts\":" + FACTS + ",\"classifiedAt\":\"2026-03-01T08:00:00Z\"}",
            "/kind", "must be one of [immediate, shelved, committed, recommendation], was \"later\""),
        bad("outcome: missing facts", OutcomeCodecs::readOutcomeRecord,
            "{\"kind\":\"immediate\",\"classifiedAt\":\"2026-03-01T08:00:00Z\"}", "/facts", "required, not set"),
        bad("outcome: take-up date on an immediate outcome", OutcomeCodecs::readOutcomeRecord,
            "{\"kind\":\"immediate\",\"facts\":" + FACTS + ",\"classifiedAt\":\"2026-03-01T08:00:00Z\","
                + "\"takeUpAgainOn\":\"2026-06-01\"}",
            "/takeUpAgainOn", "only for a SHELVED outcome"),
        bad("outcome: duties not an array", OutcomeCodecs::readOutcomeRecord,
            "{\"kind\":\"immediate\",\"duties\":{}}", "/duties", "must be an array, was an object"),
        bad("outcome: duplicate duty ids", OutcomeCodecs::readOutcomeRecord,
            "{\"kind\":\"immediate\",\"facts\":" + FACTS + ",\"classifiedAt\":\"2026-03-01T08:00:00Z\","
                + "\"duties\":[{\"id\":\"d\",\"description\":\"x\"},{\"id\":\"d\",\"description\":\"y\"}]}",
            "/duties/1/id", "d"),
        bad("outcome: null residents notice", OutcomeCodecs::readOutcomeRecord,
            "{\"kind\":\"immediate\",\"residentsNotice\":null}", "/residentsNotice", "must be an object, was null"),
        bad("outcome: unknown property", OutcomeCodecs::readOutcomeRecord,
            "{\"kind\":\"immediate\",\"status\":\"done\"}", "/status", "unknown property \"status\""),
        bad("progress report ending before it starts", OutcomeCodecs::readOutcomeRecord,
            "{\"progressReports\":[{\"channel\":\"board\",\"from\":\"2026-03-02T00:00:00Z\","
                + "\"until\":\"2026-03-01T00:00:00Z\"}]}",
            "/progressReports/0/until", "must not be before from"),
        // facts
        bad("facts: rounds as a string", OutcomeCodecs::readOutcomeFacts,
            "{\"roundsHeld\":\"2\"}", "/roundsHeld", "must be an integer, was the string \"2\""),
        bad("facts: no rounds", OutcomeCodecs::readOutcomeFacts,
            FACTS.replace("\"roundsHeld\":1", "\"roundsHeld\":0"), "/roundsHeld", "must be at least 1, was 0"),
        bad("facts: blank blocking factor", OutcomeCodecs::readOutcomeFacts,
            FACTS.replace("}", ",\"blockingFactors\":[\"funds\",\" \"]}"), "/blockingFactors/1", "blank"),
        bad("facts: missing disagreement", OutcomeCodecs::readOutcomeFacts,
            FACTS.replace(",\"disagreement\":\"none\"", ""), "/disagreement", "required, not set"),
        bad("facts: agreement as text", OutcomeCodecs::readOutcomeFacts,
            "{\"agreementReached\":\"yes\"}", "/agreementReached", "must be true or false"),
        // duty
        bad("duty: completion record of an open item", OutcomeCodecs::readDuty,
            "{\"id\":\"d1\",\"description\":\"fix\",\"completionRecord\":\"done\"}",
            "/completionRecord", "only for a completed item"),
        bad("duty: missing description", OutcomeCodecs::readDuty,
            "{\"id\":\"d1\"}", "/description", "required, not set"),
        bad("duty: responsible with a space", OutcomeCodecs::readDuty,
            "{\"id\":\"d1\",\"description\":\"fix\",\"responsible\":\"a b\"}", "/responsible", ""),
        bad("duty: deadline without offset", OutcomeCodecs::readDuty,
            "{\"id\":\"d1\",\"description\":\"fix\",\"deadline\":\"2026-03-01T08:00:00\"}",
            "/deadline", "must be an ISO-8601 instant with an offset"),
        bad("duty: unknown property", OutcomeCodecs::readDuty,
            "{\"id\":\"d1\",\"owner\":\"p\"}", "/owner", "unknown property \"owner\""),
        // supervision
        bad("supervision: unknown phase", OutcomeCodecs::readSupervision,
            "{\"phase\":\"later\",\"supervisor\":\"p\",\"at\":\"2026-03-01T08:00:00Z\",\"note\":\"n\"}",
            "/phase", "must be one of [before, during, after]"),
        bad("supervision: missing supervisor", OutcomeCodecs::readSupervision,
            "{\"phase\":\"during\",\"at\":\"2026-03-01T08:00:00Z\",\"note\":\"n\"}",
            "", "missing property \"supervisor\""),
        bad("supervision: blank note", OutcomeCodecs::readSupervision,
            "{\"phase\":\"during\",\"supervisor\":\"p\",\"at\":\"2026-03-01T08:00:00Z\",\"note\":\"\"}",
            "/note", "blank"),
        bad("supervision: not an object", OutcomeCodecs::readSupervision, "[]", "", "must be an object, was an array"),
        // escalation and follow-ups
        bad("escalation: deadline before escalation", OutcomeCodecs::readEscalation,
            "{\"fromUnit\":\"c1\",\"toUnit\":\"s1\",\"reason\":\"r\",\"escalatedAt\":\"2026-03-08T08:00:00Z\","
                + "\"deadline\":\"2026-03-01T08:00:00Z\"}",
            "/deadline", "must not be before escalatedAt"),
        bad("escalation: follow-up before escalation", OutcomeCodecs::readEscalation,
            "{\"fromUnit\":\"c1\",\"toUnit\":\"s1\",\"reason\":\"r\",\"escalatedAt\":\"2026-03-08T08:00:00Z\","
                + "\"deadline\":\"2026-03-18T08:00:00Z\",\"followUps\":[{\"at\":\"2026-03-01T08:00:00Z\",\"note\":\"n\"}]}",
            "/followUps/0/at", "must not be before escalatedAt"),
        bad("escalation: unit as a number", OutcomeCodecs::readEscalation,
            "{\"fromUnit\":7}", "/fromUnit", "must be a string, was the number 7"),
        bad("escalation: missing reason", OutcomeCodecs::readEscalation,
            "{\"fromUnit\":\"c1\",\"toUnit\":\"s1\",\"escalatedAt\":\"2026-03-08T08:00:00Z\","
                + "\"deadline\":\"2026-03-18T08:00:00Z\"}",
            "/reason", "required, not set"),
        bad("follow-up: missing note", OutcomeCodecs::readFollowUp,
            "{\"at\":\"2026-03-01T08:00:00Z\"}", "", "missing property \"note\""),
        bad("follow-up: unknown property", OutcomeCodecs::readFollowUp,
            "{\"at\":\"2026-03-01T08:00:00Z\",\"by\":\"p\"}", "/by", "unknown property \"by\""),
        // revisit, appraisal, scale, reopening
        bad("revisit: missing feedback", OutcomeCodecs::readRevisit,
            "{\"at\":\"2026-03-01T08:00:00Z\",\"by\":\"p\"}", "", "missing property \"feedback\""),
        bad("revisit: instant out of range", OutcomeCodecs::readRevisit,
            "{\"at\":\"+10000-03-01T08:00:00Z\",\"by\":\"p\",\"feedback\":\"f\"}", "/at", ""),
        bad("appraisal: score as a decimal", OutcomeCodecs::readAppraisal,
            "{\"at\":\"2026-03-01T08:00:00Z\",\"by\":\"p\",\"score\":4.5}", "/score", "must be an integer, was the number 4.5"),
        bad("appraisal: score beyond int", OutcomeCodecs::readAppraisal,
            "{\"score\":9999999999}", "/score", "must be an integer from"),
        bad("appraisal: missing score", OutcomeCodecs::readAppraisal,
            "{\"at\":\"2026-03-01T08:00:00Z\",\"by\":\"p\"}", "", "missing property \"score\""),
        bad("scale: min not below max", OutcomeCodecs::readAppraisalScale,
            "{\"min\":5,\"max\":5,\"poorAtMost\":5}", "/max", "must have min < max"),
        bad("scale: poor at the top", OutcomeCodecs::readAppraisalScale,
            "{\"min\":1,\"max\":5,\"poorAtMost\":5}", "/poorAtMost", "must have min < max"),
        bad("scale: unknown property", OutcomeCodecs::readAppraisalScale,
            "{\"min\":1,\"max\":5,\"poor\":2}", "/poor", "unknown property \"poor\""),
        bad("reopening: blank reason", OutcomeCodecs::readReopening,
            "{\"at\":\"2026-03-01T08:00:00Z\",\"reason\":\"  \"}", "/reason", "blank"),
        bad("reopening: null reason", OutcomeCodecs::readReopening,
            "{\"at\":\"2026-03-01T08:00:00Z\",\"reason\":null}", "/reason", "must be a string, was null"),
        // hotline
        bad("hotline: no departments", OutcomeCodecs::readHotlineCase,
            "{\"ticketId\":\"t1\",\"receivedAt\":\"2026-03-01T08:00:00Z\",\"firstContact\":\"p\",\"departments\":[]}",
            "/departments", "empty"),
        bad("hotline: a department twice", OutcomeCodecs::readHotlineCase,
            "{\"ticketId\":\"t1\",\"receivedAt\":\"2026-03-01T08:00:00Z\",\"firstContact\":\"p\","
                + "\"departments\":[\"a\",\"a\"]}",
            "/departments/1", ""),
        bad("hotline: replied before received", OutcomeCodecs::readHotlineCase,
            "{\"ticketId\":\"t1\",\"receivedAt\":\"2026-03-01T08:00:00Z\",\"firstContact\":\"p\","
                + "\"departments\":[\"a\"],\"repliedAt\":\"2026-02-01T08:00:00Z\"}",
            "/repliedAt", "must not be before receivedAt"),
        bad("hotline: department as a number", OutcomeCodecs::readHotlineCase,
            "{\"departments\":[\"a\",3]}", "/departments/1", "must be a string, was the number 3"),
        bad("hotline: missing ticket", OutcomeCodecs::readHotlineCase,
            "{\"receivedAt\":\"2026-03-01T08:00:00Z\",\"firstContact\":\"p\",\"departments\":[\"a\"]}",
            "/ticketId", "required, not set"));
  }

  private static Arguments bad(String what, Function<JsonIn, ?> reader, String text, String pointer, String fault) {
    return Arguments.of(what, reader, text, pointer, fault);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputIsRefusedAtThePointerOfTheFault(
      String what, Function<JsonIn, ?> reader, String text, String pointer, String fault) {
    DeliberationJsonException e = readFailure(reader, text);
    assertThat(e.pointer()).as(e.getMessage()).isEqualTo(pointer);
    assertThat(e.fault()).as(e.getMessage()).contains(fault);
  }
}
