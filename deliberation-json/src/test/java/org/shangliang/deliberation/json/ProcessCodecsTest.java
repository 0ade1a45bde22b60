package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.json.PartsJsonTesting.assertRoundTrip;
import static org.shangliang.deliberation.json.PartsJsonTesting.read;
import static org.shangliang.deliberation.json.PartsJsonTesting.refusal;
import static org.shangliang.deliberation.json.PartsJsonTesting.write;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.json.internal.ProcessCodecs;
import org.shangliang.deliberation.json.internal.Tokens;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.AdmissionStatus;
import org.shangliang.deliberation.process.Approval;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationEvent;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.process.EventType;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.testkit.Histories;

class ProcessCodecsTest {
  private static final Instant AT = Instant.parse("2026-11-20T11:40:00Z");
  private static final PartyId ACTOR = PartyId.of("convener-1");

  @Test
  void partsOfGeneratedRecordsAndHistoriesReadBackEqualAndWriteBackTheSameText() {
    List<Deliberation> records = PartsJsonTesting.validRecords(500);
    records.addAll(PartsJsonTesting.breakingRecords(1));
    List<DeliberationEvent> events = new ArrayList<>();
    int refused = 0;
    int approved = 0;
    int underWay = 0;
    for (Deliberation record : records) {
      assertRoundTrip(
          ProcessCodecs::writeDeliberationId, ProcessCodecs::readDeliberationId, record.id());
      if (record.admission().isPresent()) {
        Admission admission = record.admission().get();
        assertRoundTrip(ProcessCodecs::writeAdmission, ProcessCodecs::readAdmission, admission);
        refused += admission.isAdmitted() ? 0 : 1;
        approved += admission.approval().isPresent() ? 1 : 0;
      }
      for (StepEvent step : record.steps()) {
        assertRoundTrip(ProcessCodecs::writeStepEvent, ProcessCodecs::readStepEvent, step);
        underWay += step.completedAt().isEmpty() ? 1 : 0;
      }
      events.addAll(record.events());
    }
    for (Profile profile : PartsJsonTesting.PROFILES) {
      for (long seed = 0; seed < 100; seed++) {
        events.addAll(Histories.valid(profile).sample(seed, 30));
        events.addAll(Histories.invalid(profile).sample(seed, 30).events());
      }
    }
    EnumSet<EventType> types = EnumSet.noneOf(EventType.class);
    for (DeliberationEvent event : events) {
      assertRoundTrip(
          ProcessCodecs::writeDeliberationEvent, ProcessCodecs::readDeliberationEvent, event);
      types.add(event.type());
    }
    assertThat(types).containsExactlyInAnyOrder(EventType.values());
    assertThat(List.of(refused, approved, underWay)).allMatch(n -> n > 0);
  }

  @Test
  void handBuiltPartsWithEveryOptionalReadBackEqualAndWriteBackTheSameText() {
    List<Admission> admissions = new ArrayList<>();
    for (AdmissionStatus status : AdmissionStatus.values()) {
      admissions.add(new Admission.Builder().status(status).decidedAt(AT).build());
      admissions.add(
          new Admission.Builder()
              .status(status)
              .decidedAt(Instant.parse("9999-12-31T23:59:59.999999999Z"))
              .explanationToResidents("依法已有规定，不予纳入 \"notice 7\"")
              .approval(Approval.of(Instant.parse("0001-01-01T00:00:00Z"), "党组织会议纪要 2026-3"))
              .build());
    }
    for (Admission admission : admissions) {
      assertRoundTrip(ProcessCodecs::writeAdmission, ProcessCodecs::readAdmission, admission);
    }
    assertRoundTrip(
        ProcessCodecs::writeStepEvent,
        ProcessCodecs::readStepEvent,
        StepEvent.completed("deliberate", AT, AT.plusNanos(1), ACTOR));
    assertRoundTrip(
        ProcessCodecs::writeStepEvent,
        ProcessCodecs::readStepEvent,
        StepEvent.underWay("集", AT, ACTOR));
    for (OutcomeKind kind : OutcomeKind.values()) {
      assertRoundTrip(
          ProcessCodecs::writeDeliberationEvent,
          ProcessCodecs::readDeliberationEvent,
          DeliberationEvent.classified(kind, AT, ACTOR));
    }
  }

  @Test
  void partsAreWrittenInTheOrderOfTheirAccessorsLeavingOutWhatIsEmpty() {
    Admission admission =
        new Admission.Builder()
            .status(AdmissionStatus.ADMITTED)
            .decidedAt(AT)
            .explanationToResidents("e")
            .approval(Approval.of(AT, "m-1"))
            .build();
    assertThat(write(ProcessCodecs::writeAdmission, admission))
        .isEqualTo(
            "{\"status\":\"admitted\",\"decidedAt\":\"2026-11-20T11:40:00Z\",\"explanationToResidents\":\"e\","
                + "\"approval\":{\"approvedAt\":\"2026-11-20T11:40:00Z\",\"reference\":\"m-1\"}}");
    assertThat(write(ProcessCodecs::writeAdmission, Admission.admitted(AT)))
        .isEqualTo("{\"status\":\"admitted\",\"decidedAt\":\"2026-11-20T11:40:00Z\"}");
    assertThat(
            write(ProcessCodecs::writeStepEvent, StepEvent.completed("deliberate", AT, AT, ACTOR)))
        .isEqualTo(
            "{\"step\":\"deliberate\",\"enteredAt\":\"2026-11-20T11:40:00Z\",\"completedAt\":\"2026-11-20T11:40:00Z\","
                + "\"actor\":\"convener-1\"}");
    assertThat(write(ProcessCodecs::writeStepEvent, StepEvent.underWay("deliberate", AT, ACTOR)))
        .isEqualTo(
            "{\"step\":\"deliberate\",\"enteredAt\":\"2026-11-20T11:40:00Z\",\"actor\":\"convener-1\"}");
    assertThat(
            write(
                ProcessCodecs::writeDeliberationEvent,
                DeliberationEvent.classified(OutcomeKind.COMMITTED, AT, ACTOR)))
        .isEqualTo(
            "{\"type\":\"outcome-classified\",\"at\":\"2026-11-20T11:40:00Z\",\"actor\":\"convener-1\","
                + "\"outcomeKind\":\"committed\"}");
    assertThat(
            write(
                ProcessCodecs::writeDeliberationEvent,
                DeliberationEvent.of(EventType.TOPIC_RAISED, AT, ACTOR)))
        .isEqualTo(
            "{\"type\":\"topic-raised\",\"at\":\"2026-11-20T11:40:00Z\",\"actor\":\"convener-1\"}");
    assertThat(write(ProcessCodecs::writeDeliberationId, DeliberationId.of("d-2026/7")))
        .isEqualTo("\"d-2026/7\"");
    assertThat(
            read(
                ProcessCodecs::readApproval,
                "{\"reference\":\"m-1\",\"approvedAt\":\"2026-11-20T19:40:00+08:00\"}"))
        .isEqualTo(Approval.of(AT, "m-1"));
  }

  @Test
  void tokensAreTheConstantNamesInLowerCaseWithHyphens() {
    assertThat(ProcessCodecs.EVENT_TYPES.all())
        .contains("topic-raised", "outcome-classified", "progress-published");
    assertThat(ProcessCodecs.STEP_ROLES.all())
        .containsExactly(
            "prepare", "set-topic", "deliberate", "carry-out", "supervise", "evaluate", "other");
    assertThat(ProcessCodecs.ADMISSION_STATUSES.all()).containsExactly("admitted", "refused");
    assertThat(ProcessCodecs.PHASES.all()).contains("new", "parties-identified", "carrying-out");
    assertThat(Tokens.of(OutcomeKind.class).all())
        .containsExactly("immediate", "shelved", "committed", "recommendation");
  }

  @Test
  void refusesAWrongTypeAnUnknownPropertyAndNull() {
    DeliberationJsonException status =
        refusal(
            ProcessCodecs::readAdmission,
            "{\"status\":true,\"decidedAt\":\"2026-11-20T11:40:00Z\"}");
    assertThat(status.pointer()).isEqualTo("/status");
    assertThat(status.fault()).isEqualTo("must be a string, was true");

    DeliberationJsonException token =
        refusal(
            ProcessCodecs::readAdmission,
            "{\"status\":\"accepted\",\"decidedAt\":\"2026-11-20T11:40:00Z\"}");
    assertThat(token.fault()).isEqualTo("must be one of [admitted, refused], was \"accepted\"");

    DeliberationJsonException approvedAt =
        refusal(
            ProcessCodecs::readAdmission,
            "{\"status\":\"admitted\",\"decidedAt\":\"2026-11-20T11:40:00Z\",\"approval\":{\"approvedAt\":1,\"reference\":\"m\"}}");
    assertThat(approvedAt.pointer()).isEqualTo("/approval/approvedAt");
    assertThat(approvedAt.fault()).isEqualTo("must be a string, was the number 1");

    DeliberationJsonException unknown =
        refusal(
            ProcessCodecs::readStepEvent,
            "{\"step\":\"s\",\"enteredAt\":\"2026-11-20T11:40:00Z\",\"actor\":\"a\",\"role\":\"other\"}");
    assertThat(unknown.pointer()).isEqualTo("/role");
    assertThat(unknown.fault()).isEqualTo("unknown property \"role\"");

    DeliberationJsonException nulled =
        refusal(
            ProcessCodecs::readStepEvent,
            "{\"step\":\"s\",\"enteredAt\":\"2026-11-20T11:40:00Z\",\"completedAt\":null,\"actor\":\"a\"}");
    assertThat(nulled.pointer()).isEqualTo("/completedAt");
    assertThat(nulled.fault()).isEqualTo("must be a string, was null");

    DeliberationJsonException kind =
        refusal(
            ProcessCodecs::readDeliberationEvent,
            "{\"type\":\"outcome-classified\",\"at\":\"2026-11-20T11:40:00Z\",\"actor\":\"a\",\"outcomeKind\":\"urgent\"}");
    assertThat(kind.pointer()).isEqualTo("/outcomeKind");
    assertThat(kind.fault())
        .isEqualTo(
            "must be one of [immediate, shelved, committed, recommendation], was \"urgent\"");

    DeliberationJsonException id = refusal(ProcessCodecs::readDeliberationId, "42");
    assertThat(id.fault()).isEqualTo("must be a string, was the number 42");
  }

  @Test
  void refusesAMissingRequiredPropertyAtItsPointer() {
    DeliberationJsonException decidedAt =
        refusal(ProcessCodecs::readAdmission, "{\"status\":\"refused\"}");
    assertThat(decidedAt.pointer()).isEqualTo("/decidedAt");
    assertThat(decidedAt.fault()).isEqualTo("required, not set");

    DeliberationJsonException reference =
        refusal(
            ProcessCodecs::readAdmission,
            "{\"status\":\"admitted\",\"decidedAt\":\"2026-11-20T11:40:00Z\",\"approval\":{\"approvedAt\":\"2026-11-20T11:40:00Z\"}}");
    assertThat(reference.pointer()).isEqualTo("/approval/reference");
    assertThat(reference.fault()).isEqualTo("required, not set");

    DeliberationJsonException actor =
        refusal(
            ProcessCodecs::readStepEvent,
            "{\"step\":\"s\",\"enteredAt\":\"2026-11-20T11:40:00Z\"}");
    assertThat(actor.pointer()).isEqualTo("/actor");
    assertThat(actor.fault()).isEqualTo("required, not set");

    DeliberationJsonException at =
        refusal(ProcessCodecs::readDeliberationEvent, "{\"type\":\"admitted\",\"actor\":\"a\"}");
    assertThat(at.pointer()).isEqualTo("/at");
    assertThat(at.fault()).isEqualTo("required, not set");

    DeliberationJsonException outcomeKind =
        refusal(
            ProcessCodecs::readDeliberationEvent,
            "{\"type\":\"outcome-classified\",\"at\":\"2026-11-20T11:40:00Z\",\"actor\":\"a\"}");
    assertThat(outcomeKind.pointer()).isEqualTo("/outcomeKind");
    assertThat(outcomeKind.fault()).isEqualTo("required for OUTCOME_CLASSIFIED, was empty");
  }

  @Test
  void refusesWhatTheCoreRefusesAtThePointerOfTheField() {
    DeliberationJsonException completed =
        refusal(
            ProcessCodecs::readStepEvent,
            "{\"step\":\"s\",\"enteredAt\":\"2026-11-20T11:40:00Z\",\"completedAt\":\"2026-11-20T11:39:59Z\",\"actor\":\"a\"}");
    assertThat(completed.pointer()).isEqualTo("/completedAt");
    assertThat(completed.fault()).startsWith("must not be before enteredAt");

    DeliberationJsonException step =
        refusal(
            ProcessCodecs::readStepEvent,
            "{\"step\":\"set topic\",\"enteredAt\":\"2026-11-20T11:40:00Z\",\"actor\":\"a\"}");
    assertThat(step.pointer()).isEqualTo("/step");

    DeliberationJsonException kind =
        refusal(
            ProcessCodecs::readDeliberationEvent,
            "{\"type\":\"admitted\",\"at\":\"2026-11-20T11:40:00Z\",\"actor\":\"a\",\"outcomeKind\":\"shelved\"}");
    assertThat(kind.pointer()).isEqualTo("/outcomeKind");
    assertThat(kind.fault()).isEqualTo("only for OUTCOME_CLASSIFIED, was SHELVED on ADMITTED");

    DeliberationJsonException explanation =
        refusal(
            ProcessCodecs::readAdmission,
            "{\"status\":\"refused\",\"decidedAt\":\"2026-11-20T11:40:00Z\",\"explanationToResidents\":\"\\t\"}");
    assertThat(explanation.pointer()).isEqualTo("/explanationToResidents");
    assertThat(explanation.fault()).startsWith("must not be blank");

    DeliberationJsonException blank =
        refusal(
            ProcessCodecs::readApproval,
            "{\"approvedAt\":\"2026-11-20T11:40:00Z\",\"reference\":\"\"}");
    assertThat(blank.pointer()).isEqualTo("/reference");

    DeliberationJsonException actor =
        refusal(
            ProcessCodecs::readDeliberationEvent,
            "{\"type\":\"admitted\",\"at\":\"2026-11-20T11:40:00Z\",\"actor\":\"a b\"}");
    assertThat(actor.pointer()).isEqualTo("/actor");

    DeliberationJsonException id = refusal(ProcessCodecs::readDeliberationId, "\"d\\u200b1\"");
    assertThat(id.fault()).contains("U+200B");
  }
}
