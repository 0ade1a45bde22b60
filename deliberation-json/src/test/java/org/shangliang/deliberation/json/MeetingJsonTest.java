package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.json.internal.JsonIn;
import org.shangliang.deliberation.json.internal.JsonOut;
import org.shangliang.deliberation.json.internal.MeetingCodecs;
import org.shangliang.deliberation.meeting.ConflictOfInterest;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.meeting.MeetingResult;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.meeting.Publicity;
import org.shangliang.deliberation.meeting.RaisedProblem;
import org.shangliang.deliberation.meeting.SignIn;
import org.shangliang.deliberation.meeting.SpeakingTurn;
import org.shangliang.deliberation.meeting.StageRecord;
import org.shangliang.deliberation.meeting.Vote;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.GenerationException;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.testkit.Shape;
import org.shangliang.deliberation.unit.UnitId;

class MeetingJsonTest {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final List<Profile> PROFILES =
      List.of(
          Profiles.jinan(), Profiles.haidian(), Profiles.bishan(), Profiles.jinanOwnersExample());

  private static final List<Shape> SHAPES =
      List.of(
          Shape.any(),
          Shape.any().withVote(Shape.VoteForm.BALLOTS),
          Shape.any().withVote(Shape.VoteForm.SHOW_OF_HANDS),
          Shape.any().withSpeakingTurns(),
          Shape.any().withConflictOfInterest(),
          Shape.any().withRaisedProblems(),
          Shape.any().withPublicity());

  private static final int SEEDS = 80;

  /**
   * What the generated meetings held, so that the round trips are known to cover it. (The
   * generators give no sign-in offline evidence: a hand-made meeting covers it.)
   */
  private enum Seen {
    BALLOTS,
    SHOW_OF_HANDS,
    SPEAKING_TURNS,
    CONFLICTS,
    PROBLEMS,
    PROBLEM_WITH_SOLUTION,
    PUBLICITY,
    RESULT_WITH_OUTCOME,
    RESULT_WITHOUT_OUTCOME,
    STAGES,
    NO_VOTE
  }

  // ---------------------------------------------------------------------------------------------
  // round trips

  @Test
  void theMeetingsOfValidScenariosReadBackEqualAndWriteBackTheSameText() {
    Set<Seen> seen = EnumSet.noneOf(Seen.class);
    int meetings = 0;
    for (Profile profile : PROFILES) {
      for (Shape shape : SHAPES) {
        for (Meeting meeting : meetings(profile, shape)) {
          assertRoundTrip(MeetingCodecs::writeMeeting, MeetingCodecs::readMeeting, meeting);
          note(meeting, seen);
          meetings++;
        }
      }
    }
    assertThat(seen).containsExactlyInAnyOrder(Seen.values());
    assertThat(meetings).isGreaterThan(2000);
  }

  @Test
  void everyPartOfAMeetingReadsBackEqualOnItsOwn() {
    for (Profile profile : PROFILES) {
      for (Shape shape : SHAPES) {
        for (Meeting meeting : meetings(profile, shape).subList(0, 10)) {
          meeting
              .attendance()
              .forEach(
                  s -> assertRoundTrip(MeetingCodecs::writeSignIn, MeetingCodecs::readSignIn, s));
          meeting
              .stages()
              .forEach(
                  s ->
                      assertRoundTrip(
                          MeetingCodecs::writeStageRecord, MeetingCodecs::readStageRecord, s));
          meeting
              .speakingTurns()
              .forEach(
                  t ->
                      assertRoundTrip(
                          MeetingCodecs::writeSpeakingTurn, MeetingCodecs::readSpeakingTurn, t));
          meeting
              .conflicts()
              .forEach(
                  c ->
                      assertRoundTrip(
                          MeetingCodecs::writeConflictOfInterest,
                          MeetingCodecs::readConflictOfInterest,
                          c));
          meeting
              .problems()
              .forEach(
                  p ->
                      assertRoundTrip(
                          MeetingCodecs::writeRaisedProblem, MeetingCodecs::readRaisedProblem, p));
          meeting
              .vote()
              .ifPresent(
                  v -> assertRoundTrip(MeetingCodecs::writeVote, MeetingCodecs::readVote, v));
          meeting
              .vote()
              .flatMap(Vote::showOfHands)
              .ifPresent(
                  h ->
                      assertRoundTrip(
                          MeetingCodecs::writeShowOfHands, MeetingCodecs::readShowOfHands, h));
          meeting
              .result()
              .ifPresent(
                  r ->
                      assertRoundTrip(
                          MeetingCodecs::writeMeetingResult, MeetingCodecs::readMeetingResult, r));
          meeting
              .publicity()
              .ifPresent(
                  p ->
                      assertRoundTrip(
                          MeetingCodecs::writePublicity, MeetingCodecs::readPublicity, p));
        }
      }
    }
  }

  @Test
  void aMeetingReadBackDecidesItsVoteAsTheOriginal() {
    for (Profile profile : PROFILES) {
      for (Shape.VoteForm form : Shape.VoteForm.values()) {
        for (Meeting meeting : meetings(profile, Shape.any().withVote(form))) {
          if (meeting.vote().isPresent()) {
            Meeting read =
                read(MeetingCodecs::readMeeting, write(MeetingCodecs::writeMeeting, meeting));
            assertThat(read.decision()).isEqualTo(meeting.decision());
          }
        }
      }
    }
  }

  @Test
  void aMeetingIsWrittenInTheOrderOfItsAccessorsLeavingOutWhatIsEmpty() {
    Meeting meeting =
        new Meeting.Builder()
            .unit(UnitId.of("u1"))
            .kind(MeetingKind.ONLINE_MICRO)
            .scheduledDate(LocalDate.of(2026, 11, 20))
            .startedAt(Instant.parse("2026-11-20T11:00:00Z"))
            .endedAt(Instant.parse("2026-11-20T12:00:00.000000001Z"))
            .chair(PartyId.of("c"))
            .recorder(PartyId.of("r"))
            .addAttendance(
                SignIn.withEvidence(
                    PartyId.of("c"), Instant.parse("2026-11-20T10:59:00Z"), "sheet 3"))
            .addStage(
                StageRecord.of(
                    MeetingStage.SIGN_IN, Instant.parse("2026-11-20T11:00:00Z"), "signed in"))
            .addSpeakingTurn(SpeakingTurn.of(PartyId.of("c"), Duration.ofSeconds(90)))
            .addConflict(ConflictOfInterest.of(PartyId.of("r"), "owns a shop"))
            .result(MeetingResult.of("agreed", Outcome.PASSED))
            .publicity(
                Publicity.of(
                    "board",
                    Instant.parse("2026-11-21T00:00:00Z"),
                    Instant.parse("2026-11-28T00:00:00Z")))
            .addProblem(
                RaisedProblem.pending(
                    "lamp", Instant.parse("2026-11-20T11:30:00Z"), Optional.empty()))
            .build();
    assertThat(assertRoundTrip(MeetingCodecs::writeMeeting, MeetingCodecs::readMeeting, meeting))
        .isEqualTo(
            "{\"unit\":\"u1\",\"kind\":\"online-micro\",\"scheduledDate\":\"2026-11-20\","
                + "\"startedAt\":\"2026-11-20T11:00:00Z\",\"endedAt\":\"2026-11-20T12:00:00.000000001Z\","
                + "\"chair\":\"c\",\"recorder\":\"r\",\"attendance\":[{\"party\":\"c\",\"at\":\"2026-11-20T10:59:00Z\",\"evidence\":\"sheet"
                + " 3\"}],\"stages\":[{\"stage\":\"sign-in\",\"startedAt\":\"2026-11-20T11:00:00Z\",\"summary\":\"signed"
                + " in\"}],"
                + "\"speakingTurns\":[{\"party\":\"c\",\"duration\":\"PT1M30S\"}],\"conflicts\":[{\"party\":\"r\",\"description\":\"owns"
                + " a shop\"}],\"result\":{\"text\":\"agreed\",\"outcome\":\"passed\"},"
                + "\"publicity\":{\"channel\":\"board\",\"from\":\"2026-11-21T00:00:00Z\",\"until\":\"2026-11-28T00:00:00Z\"},"
                + "\"problems\":[{\"description\":\"lamp\",\"raisedAt\":\"2026-11-20T11:30:00Z\",\"solvedOnTheSpot\":false}]}");
  }

  @Test
  void enumTokensAreTheConstantNamesInLowerCaseWithHyphens() {
    assertThat(MeetingCodecs.KINDS.all())
        .containsExactly("regular", "urgent", "small", "online-micro");
    assertThat(MeetingCodecs.STAGES.all())
        .containsExactly(
            "sign-in",
            "explain-topic",
            "introduce-parties",
            "read-rules",
            "discussion",
            "form-result",
            "publicise-result");
  }

  // ---------------------------------------------------------------------------------------------
  // bad input

  private static final String MEETING =
      "{\"unit\":\"u1\",\"kind\":\"regular\",\"scheduledDate\":\"2026-11-20\","
          + "\"startedAt\":\"2026-11-20T11:00:00Z\",\"endedAt\":\"2026-11-20T12:00:00Z\","
          + "\"chair\":\"c\",\"recorder\":\"r\",\"invited\":[\"c\",\"r\",\"p1\"],"
          + "\"attendance\":[{\"party\":\"c\",\"at\":\"2026-11-20T10:55:00Z\"},"
          + "{\"party\":\"p1\",\"at\":\"2026-11-20T10:58:00Z\"}]}";

  private static final String VOTE =
      "{\"rule\":{\"type\":\"consensus\",\"blockingNoCount\":1},"
          + "\"eligible\":[{\"party\":\"c\",\"kind\":\"resident-representative\",\"weight\":1},"
          + "{\"party\":\"p1\",\"kind\":\"resident-representative\",\"weight\":1}],"
          + "\"ballots\":[{\"party\":\"c\",\"choice\":\"yes\"}],\"closedAt\":\"2026-11-20T11:50:00Z\"}";

  @Test
  void theBaseTextsOfTheBadInputTestsAreValid() {
    Meeting meeting = read(MeetingCodecs::readMeeting, MEETING);
    assertThat(meeting.present()).containsExactly(PartyId.of("c"), PartyId.of("p1"));
    assertThat(write(MeetingCodecs::writeMeeting, meeting)).isEqualTo(MEETING);
    Meeting voted = read(MeetingCodecs::readMeeting, withVote(VOTE));
    assertThat(voted.decision().orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  void aMeetingMissingARequiredPropertyIsReportedAtItsPointer() {
    assertFault(
        MeetingCodecs::readMeeting,
        MEETING.replace("\"chair\":\"c\",", ""),
        "/chair",
        "required, not set");
    assertFault(
        MeetingCodecs::readMeeting,
        MEETING.replace("\"unit\":\"u1\",\"kind\":\"regular\",", ""),
        "/unit",
        "required, not set (nor kind)");
    assertFault(MeetingCodecs::readSignIn, "{\"party\":\"c\"}", "/at", "required, not set");
    assertFault(
        MeetingCodecs::readStageRecord,
        "{\"stage\":\"discussion\",\"startedAt\":\"2026-11-20T11:00:00Z\"}",
        "/summary",
        "required, not set");
    assertFault(
        MeetingCodecs::readSpeakingTurn, "{\"duration\":\"PT1M\"}", "/party", "required, not set");
    assertFault(
        MeetingCodecs::readConflictOfInterest,
        "{\"party\":\"c\"}",
        "/description",
        "required, not set");
    assertFault(
        MeetingCodecs::readVote,
        "{\"closedAt\":\"2026-11-20T11:50:00Z\"}",
        "/rule",
        "required, not set");
    assertFault(
        MeetingCodecs::readShowOfHands,
        "{\"yes\":1,\"no\":0,\"abstain\":0}",
        "/counter",
        "required, not set");
    assertFault(
        MeetingCodecs::readMeetingResult, "{\"outcome\":\"passed\"}", "/text", "required, not set");
    assertFault(
        MeetingCodecs::readPublicity,
        "{\"channel\":\"board\",\"from\":\"2026-11-21T00:00:00Z\"}",
        "/until",
        "required, not set");
    assertFault(
        MeetingCodecs::readRaisedProblem,
        "{\"description\":\"lamp\",\"raisedAt\":\"2026-11-20T11:30:00Z\"}",
        "/solvedOnTheSpot",
        "required, not set");
  }

  @Test
  void aWrongTypeIsReportedAtItsPointerLineAndColumn() {
    String text =
        MEETING
            .replace(",\"attendance\":[", ",\n\"attendance\":[")
            .replace("\"at\":\"2026-11-20T10:58:00Z\"", "\"at\":1700000000");
    assertThatThrownBy(() -> read(MeetingCodecs::readMeeting, text))
        .isInstanceOfSatisfying(
            DeliberationJsonException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo("/attendance/1/at");
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isEqualTo(text.split("\n")[1].indexOf("1700000000") + 1);
              assertThat(e.fault()).isEqualTo("must be a string, was the number 1700000000");
            });
    assertFault(
        MeetingCodecs::readMeeting,
        MEETING.replace("[\"c\",\"r\",\"p1\"]", "\"c\""),
        "/invited",
        "must be an array, was the string \"c\"");
    assertFault(
        MeetingCodecs::readMeeting,
        MEETING.replace("\"regular\"", "null"),
        "/kind",
        "must be a string, was null");
    assertFault(
        MeetingCodecs::readShowOfHands,
        "{\"yes\":1.0,\"no\":0,\"abstain\":0,\"counter\":\"c\"}",
        "/yes",
        "must be an integer");
    assertFault(
        MeetingCodecs::readRaisedProblem,
        "{\"description\":\"lamp\",\"raisedAt\":\"2026-11-20T11:30:00Z\",\"solvedOnTheSpot\":0}",
        "/solvedOnTheSpot",
        "must be true or false");
    assertFault(
        MeetingCodecs::readMeeting, withVote("[]"), "/vote", "must be an object, was an array");
  }

  @Test
  void anUnknownPropertyOrTokenIsRefused() {
    assertFault(
        MeetingCodecs::readMeeting,
        MEETING.replace("\"invited\"", "\"invitees\""),
        "/invitees",
        "unknown property \"invitees\"");
    assertFault(
        MeetingCodecs::readMeeting,
        MEETING.replace("\"regular\"", "\"REGULAR\""),
        "/kind",
        "must be one of [regular, urgent, small, online-micro], was \"REGULAR\"");
    assertFault(
        MeetingCodecs::readStageRecord,
        "{\"stage\":\"vote\",\"startedAt\":\"2026-11-20T11:00:00Z\",\"summary\":\"s\"}",
        "/stage",
        "must be one of [sign-in,");
    assertFault(
        MeetingCodecs::readMeetingResult,
        "{\"text\":\"t\",\"outcome\":\"adopted\"}",
        "/outcome",
        "must be one of [passed, failed, no-quorum]");
    assertFault(
        MeetingCodecs::readMeeting,
        withVote(VOTE.replace("\"closedAt\"", "\"decision\":{},\"closedAt\"")),
        "/vote/decision",
        "unknown property \"decision\"");
  }

  @Test
  void aValueInTheWrongFormatIsRefused() {
    assertFault(
        MeetingCodecs::readMeeting,
        MEETING.replace("\"2026-11-20T11:00:00Z\"", "\"2026-11-20T11:00:00\""),
        "/startedAt",
        "must be an ISO-8601 instant with an offset");
    assertFault(
        MeetingCodecs::readMeeting,
        MEETING.replace("\"2026-11-20\"", "\"20.11.2026\""),
        "/scheduledDate",
        "must be an ISO-8601 date");
    assertFault(
        MeetingCodecs::readSpeakingTurn,
        "{\"party\":\"c\",\"duration\":\"90s\"}",
        "/duration",
        "must be an ISO-8601 duration");
    assertFault(
        MeetingCodecs::readMeeting,
        MEETING.replace("\"recorder\":\"r\"", "\"recorder\":\"\""),
        "/recorder",
        "must not be blank");
  }

  @Test
  void aValueTheCoreRefusesIsReportedAtItsPointer() {
    assertFault(
        MeetingCodecs::readMeeting,
        MEETING.replace(
            "\"endedAt\":\"2026-11-20T12:00:00Z\"", "\"endedAt\":\"2026-11-20T10:00:00Z\""),
        "/endedAt",
        "must not be before startedAt");
    assertFault(
        MeetingCodecs::readMeeting,
        MEETING.replace("10:58:00Z", "12:30:00Z"),
        "/attendance/1/at",
        "must not be after endedAt");
    assertFault(
        MeetingCodecs::readMeeting,
        MEETING.replace("{\"party\":\"p1\"", "{\"party\":\"c\""),
        "/attendance/1/party",
        "duplicate");
    assertFault(
        MeetingCodecs::readMeeting,
        MEETING.replace("[\"c\",\"r\",\"p1\"]", "[\"c\",\"r\",\"c\"]"),
        "/invited/2",
        "duplicate");
    assertFault(
        MeetingCodecs::readMeeting,
        withVote(VOTE.replace("11:50:00Z", "12:50:00Z")),
        "/vote/closedAt",
        "must be within the meeting");
    assertFault(
        MeetingCodecs::readMeeting,
        withVote(VOTE.replace("\"weight\":1}]", "\"weight\":-1}]")),
        "/vote/eligible/1/weight",
        "must not be negative");
    assertFault(
        MeetingCodecs::readMeeting,
        withVote(VOTE.replace("{\"party\":\"p1\",\"kind\"", "{\"party\":\"c\",\"kind\"")),
        "/vote/eligible/1/party",
        "duplicate");
    assertFault(
        MeetingCodecs::readVote,
        VOTE.replace(
            "\"ballots\"",
            "\"showOfHands\":{\"yes\":1,\"no\":0,\"abstain\":0,\"counter\":\"c\"},\"ballots\""),
        "/ballots",
        "a show of hands has no ballots");
    assertFault(
        MeetingCodecs::readVote,
        "{\"rule\":{\"type\":\"majority\",\"approval\":{\"fraction\":\"1/2\",\"strict\":true,\"base\":\"cast\",\"measure\":\"weight\"}},"
            + "\"eligible\":[{\"party\":\"c\",\"kind\":\"stakeholder\",\"weight\":80.5}],"
            + "\"showOfHands\":{\"yes\":1,\"no\":0,\"abstain\":0,\"counter\":\"c\"},\"closedAt\":\"2026-11-20T11:50:00Z\"}",
        "/showOfHands",
        "a show of hands counts heads only");
    assertFault(
        MeetingCodecs::readShowOfHands,
        "{\"yes\":1,\"no\":-1,\"abstain\":0,\"counter\":\"c\"}",
        "/no",
        "must not be negative");
    assertFault(
        MeetingCodecs::readSignIn,
        "{\"party\":\"c\",\"at\":\"2026-11-20T10:55:00Z\",\"evidence\":\" \"}",
        "/evidence",
        "must not be blank");
    assertFault(
        MeetingCodecs::readStageRecord,
        "{\"stage\":\"discussion\",\"startedAt\":\"2026-11-20T11:00:00Z\",\"summary\":\"\"}",
        "/summary",
        "must not be blank");
    assertFault(
        MeetingCodecs::readSpeakingTurn,
        "{\"party\":\"c\",\"duration\":\"PT0S\"}",
        "/duration",
        "must be from");
    assertFault(
        MeetingCodecs::readConflictOfInterest,
        "{\"party\":\"c\",\"description\":\"\\t\"}",
        "/description",
        "must not be blank");
    assertFault(
        MeetingCodecs::readMeetingResult,
        "{\"text\":\" \",\"outcome\":\"passed\"}",
        "/text",
        "must not be blank");
    assertFault(
        MeetingCodecs::readPublicity,
        "{\"channel\":\"board\",\"from\":\"2026-11-21T00:00:00Z\",\"until\":\"2026-11-20T00:00:00Z\"}",
        "/until",
        "must not be before from");
    assertFault(
        MeetingCodecs::readRaisedProblem,
        "{\"description\":\"lamp\",\"raisedAt\":\"2026-11-20T11:30:00Z\",\"solvedOnTheSpot\":true,\"solutionProposedAt\":\"2026-11-21T11:30:00Z\"}",
        "/solutionProposedAt",
        "a problem solved on the spot needs no proposed solution");
    assertFault(
        MeetingCodecs::readMeeting,
        MEETING.replace("\"2026-11-20T11:00:00Z\"", "\"+10000-11-20T11:00:00Z\""),
        "/startedAt",
        "must be in the years 1 to 9999");
  }

  @Test
  void aDamagedMeetingRaisesOnlyTheJsonException() {
    ObjectMapper mapper = new ObjectMapper();
    SplittableRandom random = new SplittableRandom(5);
    int refused = 0;
    int reads = 0;
    for (Profile profile : PROFILES) {
      for (Shape shape : SHAPES) {
        for (Meeting meeting : meetings(profile, shape).subList(0, 8)) {
          JsonNode tree;
          try {
            tree = mapper.readTree(write(MeetingCodecs::writeMeeting, meeting));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          for (int i = 0; i < 12; i++) {
            JsonNode damaged = tree.deepCopy();
            damage(damaged, random);
            String text = damaged.toString();
            reads++;
            try {
              read(MeetingCodecs::readMeeting, text);
            } catch (DeliberationJsonException e) {
              refused++;
              assertThat(e.pointer()).as(e.getMessage()).matches("(/[^/]*)*");
            } catch (RuntimeException e) {
              throw new AssertionError("reading " + text + " raised " + e, e);
            }
          }
        }
      }
    }
    assertThat(refused).isGreaterThan(reads / 2);
  }

  // ---------------------------------------------------------------------------------------------

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

  private static String withVote(String vote) {
    return MEETING.substring(0, MEETING.length() - 1) + ",\"vote\":" + vote + "}";
  }

  private static final Map<String, List<Meeting>> MEETINGS = new ConcurrentHashMap<>();

  /** The meetings of the valid scenarios of a shape, generated once for all the tests. */
  private static List<Meeting> meetings(Profile profile, Shape shape) {
    return MEETINGS.computeIfAbsent(profile.id() + " " + shape, key -> generate(profile, shape));
  }

  private static List<Meeting> generate(Profile profile, Shape shape) {
    List<Meeting> meetings = new ArrayList<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      try {
        meetings.addAll(
            Scenarios.valid(profile, shape)
                .generate(seed, 8 + (int) (seed % 40))
                .record()
                .meetings());
      } catch (GenerationException unsatisfiable) {
        throw new AssertionError(
            profile.id() + " cannot make " + shape + ": " + unsatisfiable.getMessage(),
            unsatisfiable);
      }
    }
    return meetings;
  }

  private static void note(Meeting meeting, Set<Seen> seen) {
    Map<Seen, Boolean> holds =
        Map.ofEntries(
            Map.entry(Seen.BALLOTS, meeting.vote().map(v -> !v.ballots().isEmpty()).orElse(false)),
            Map.entry(Seen.SHOW_OF_HANDS, meeting.vote().flatMap(Vote::showOfHands).isPresent()),
            Map.entry(Seen.SPEAKING_TURNS, !meeting.speakingTurns().isEmpty()),
            Map.entry(Seen.CONFLICTS, !meeting.conflicts().isEmpty()),
            Map.entry(Seen.PROBLEMS, !meeting.problems().isEmpty()),
            Map.entry(
                Seen.PROBLEM_WITH_SOLUTION,
                meeting.problems().stream().anyMatch(p -> p.solutionProposedAt().isPresent())),
            Map.entry(Seen.PUBLICITY, meeting.publicity().isPresent()),
            Map.entry(
                Seen.RESULT_WITH_OUTCOME,
                meeting.result().flatMap(MeetingResult::outcome).isPresent()),
            Map.entry(
                Seen.RESULT_WITHOUT_OUTCOME,
                meeting.result().isPresent() && meeting.result().get().outcome().isEmpty()),
            Map.entry(Seen.STAGES, !meeting.stages().isEmpty()),
            Map.entry(Seen.NO_VOTE, meeting.vote().isEmpty()));
    holds.forEach(
        (what, held) -> {
          if (held) {
            seen.add(what);
          }
        });
  }

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
