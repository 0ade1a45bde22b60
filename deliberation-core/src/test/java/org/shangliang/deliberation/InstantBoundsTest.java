package org.shangliang.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.shangliang.deliberation.ModelSamples.DAY;
import static org.shangliang.deliberation.ModelSamples.PARTY;
import static org.shangliang.deliberation.ModelSamples.T;
import static org.shangliang.deliberation.ModelSamples.YEAR_0;
import static org.shangliang.deliberation.ModelSamples.YEAR_10000;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.decision.Consensus;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.meeting.Publicity;
import org.shangliang.deliberation.meeting.RaisedProblem;
import org.shangliang.deliberation.meeting.SignIn;
import org.shangliang.deliberation.meeting.StageRecord;
import org.shangliang.deliberation.meeting.Vote;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.Duty;
import org.shangliang.deliberation.outcome.FollowUp;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.outcome.Revisit;
import org.shangliang.deliberation.outcome.Supervision;
import org.shangliang.deliberation.outcome.SupervisionPhase;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.Approval;
import org.shangliang.deliberation.process.DeliberationEvent;
import org.shangliang.deliberation.process.DeliberationState;
import org.shangliang.deliberation.process.EventType;
import org.shangliang.deliberation.process.PartyActKind;
import org.shangliang.deliberation.process.PartyOrganisationAct;
import org.shangliang.deliberation.process.Phase;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.tier.HolidayCalendar;

/**
 * Every instant and date the model holds lies in the years 1 to 9999: one case per field, and a
 * census of the model's fields (read from the generated value classes) that fails when a field of
 * type {@code Instant} or {@code LocalDate} (alone, optional or in a collection) has no case here.
 */
class InstantBoundsTest {

  /** A field of the model and how to build its value with a given instant in that field. */
  private static final Map<String, Function<Instant, Object>> INSTANT_FIELDS = new LinkedHashMap<>();

  /** A field of the model and how to build its value with a given date in that field. */
  private static final Map<String, Function<LocalDate, Object>> DATE_FIELDS = new LinkedHashMap<>();

  /** The path each field's failure names, where it is not the field's own name. */
  private static final Map<String, String> PATHS = new LinkedHashMap<>();

  static {
    INSTANT_FIELDS.put("Admission.decidedAt", Admission::admitted);
    INSTANT_FIELDS.put("Approval.approvedAt", at -> Approval.of(at, "党组织会议纪要 1"));
    INSTANT_FIELDS.put(
        "PartyOrganisationAct.at",
        at -> PartyOrganisationAct.of(PartyActKind.REVIEWED_TOPIC, PARTY, at));
    INSTANT_FIELDS.put("StepEvent.enteredAt", at -> StepEvent.underWay("deliberate", at, PARTY));
    INSTANT_FIELDS.put(
        "StepEvent.completedAt", at -> StepEvent.completed("deliberate", T, at, PARTY));
    INSTANT_FIELDS.put(
        "DeliberationEvent.at", at -> DeliberationEvent.of(EventType.TOPIC_RAISED, at, PARTY));
    INSTANT_FIELDS.put(
        "DeliberationState.lastEventAt",
        at -> new DeliberationState.Builder().phase(Phase.RAISED).meetingsHeld(0).lastEventAt(at).build());
    INSTANT_FIELDS.put(
        "StageRecord.startedAt", at -> StageRecord.of(MeetingStage.SIGN_IN, at, "签到"));
    INSTANT_FIELDS.put(
        "Meeting.startedAt",
        at -> ModelSamples.meeting().scheduledDate(DAY).startedAt(at).endedAt(T).build());
    INSTANT_FIELDS.put(
        "Meeting.endedAt",
        at -> ModelSamples.meeting().scheduledDate(DAY).startedAt(T).endedAt(at).build());
    INSTANT_FIELDS.put("SignIn.at", at -> SignIn.of(PARTY, at));
    INSTANT_FIELDS.put(
        "Vote.closedAt", at -> new Vote.Builder().rule(Consensus.strict()).closedAt(at).build());
    INSTANT_FIELDS.put("Publicity.from", at -> Publicity.of("社区公示栏", at, T));
    INSTANT_FIELDS.put("Publicity.until", at -> Publicity.of("社区公示栏", T, at));
    INSTANT_FIELDS.put(
        "RaisedProblem.raisedAt", at -> RaisedProblem.pending("路灯", at, Optional.empty()));
    INSTANT_FIELDS.put(
        "RaisedProblem.solutionProposedAt", at -> RaisedProblem.pending("路灯", T, Optional.of(at)));
    INSTANT_FIELDS.put(
        "Escalation.escalatedAt",
        at -> ModelSamples.escalation().escalatedAt(at).deadline(T).build());
    INSTANT_FIELDS.put(
        "Escalation.deadline", at -> ModelSamples.escalation().escalatedAt(T).deadline(at).build());
    INSTANT_FIELDS.put(
        "Escalation.resolvedAt",
        at -> ModelSamples.escalation().escalatedAt(T).deadline(T).resolvedAt(at).build());
    INSTANT_FIELDS.put("FollowUp.at", at -> FollowUp.of(at, "已跟进"));
    INSTANT_FIELDS.put("Appraisal.at", at -> Appraisal.of(at, PARTY, 5));
    INSTANT_FIELDS.put("Reopening.at", at -> Reopening.of(at, "评议不满意"));
    INSTANT_FIELDS.put("Revisit.at", at -> Revisit.of(at, PARTY, "满意"));
    INSTANT_FIELDS.put(
        "RiskAssessment.assessedAt",
        at ->
            new org.shangliang.deliberation.process.RiskAssessment.Builder()
                .assessor(PARTY)
                .assessedAt(at)
                .level(org.shangliang.deliberation.process.RiskLevel.LOW)
                .findings("风险可控")
                .build());
    INSTANT_FIELDS.put(
        "Supervision.at", at -> Supervision.of(SupervisionPhase.DURING, PARTY, at, "按期施工"));
    INSTANT_FIELDS.put(
        "OutcomeRecord.classifiedAt",
        at -> ModelSamples.outcome(OutcomeKind.IMMEDIATE).classifiedAt(at).build());
    INSTANT_FIELDS.put(
        "OutcomeRecord.solvedAt",
        at -> ModelSamples.outcome(OutcomeKind.RECOMMENDATION).classifiedAt(T).solvedAt(at).build());
    INSTANT_FIELDS.put(
        "HotlineCase.receivedAt", at -> ModelSamples.hotlineCase().receivedAt(at).build());
    INSTANT_FIELDS.put(
        "HotlineCase.forwardedAt",
        at -> ModelSamples.hotlineCase().receivedAt(T).forwardedAt(at).build());
    INSTANT_FIELDS.put(
        "HotlineCase.coordinationConvenedAt",
        at -> ModelSamples.hotlineCase().receivedAt(T).coordinationConvenedAt(at).build());
    INSTANT_FIELDS.put(
        "HotlineCase.repliedAt", at -> ModelSamples.hotlineCase().receivedAt(T).repliedAt(at).build());
    INSTANT_FIELDS.put(
        "HotlineCase.handledAt", at -> ModelSamples.hotlineCase().receivedAt(T).handledAt(at).build());
    INSTANT_FIELDS.put(
        "Duty.deadline",
        at -> new Duty.Builder().id("lift-1").description("加装电梯").deadline(at).build());
    INSTANT_FIELDS.put(
        "Duty.completedAt",
        at -> new Duty.Builder().id("lift-1").description("加装电梯").completedAt(at).build());
    INSTANT_FIELDS.put("Topic.raisedAt", at -> ModelSamples.topic().raisedAt(at).build());

    DATE_FIELDS.put(
        "Deliberation.plannedMeetingDate",
        day -> ModelSamples.deliberation().plannedMeetingDate(day).build());
    DATE_FIELDS.put(
        "Meeting.scheduledDate",
        day -> ModelSamples.meeting().scheduledDate(day).startedAt(T).endedAt(T).build());
    DATE_FIELDS.put(
        "OutcomeRecord.takeUpAgainOn",
        day -> ModelSamples.outcome(OutcomeKind.SHELVED).classifiedAt(T).takeUpAgainOn(day).build());
    DATE_FIELDS.put("HolidayCalendar.holidays", day -> HolidayCalendar.of(Set.of(day), Set.of()));
    DATE_FIELDS.put(
        "HolidayCalendar.makeUpWorkingDays", day -> HolidayCalendar.of(Set.of(), Set.of(day)));
    PATHS.put("HolidayCalendar.holidays", "holidays[0]");
    PATHS.put("HolidayCalendar.makeUpWorkingDays", "makeUpWorkingDays[0]");
  }

  static Stream<Arguments> instantFields() {
    return INSTANT_FIELDS.keySet().stream()
        .flatMap(f -> Stream.of(Arguments.of(f, YEAR_10000), Arguments.of(f, YEAR_0),
            Arguments.of(f, Instant.MAX), Arguments.of(f, Instant.MIN)));
  }

  static Stream<Arguments> dateFields() {
    return DATE_FIELDS.keySet().stream()
        .flatMap(f -> Stream.of(Arguments.of(f, LocalDate.of(10_000, 1, 1)),
            Arguments.of(f, LocalDate.of(0, 12, 31)), Arguments.of(f, LocalDate.MAX),
            Arguments.of(f, LocalDate.MIN)));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("instantFields")
  void rejectsAnInstantOutsideTheYearsOneTo9999NamingTheField(String field, Instant at) {
    assertRejected(field, catchThrowable(() -> INSTANT_FIELDS.get(field).apply(at)));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("dateFields")
  void rejectsADateOutsideTheYearsOneTo9999NamingTheField(String field, LocalDate day) {
    assertRejected(field, catchThrowable(() -> DATE_FIELDS.get(field).apply(day)));
  }

  private static void assertRejected(String field, Throwable thrown) {
    String path = PATHS.getOrDefault(field, field.substring(field.indexOf('.') + 1));
    assertThat(thrown).as(field).isInstanceOf(InvalidModelException.class);
    InvalidModelException e = (InvalidModelException) thrown;
    assertThat(e.path().toString()).as(field).isEqualTo(path);
    assertThat(e.fault()).as(field).startsWith("must be in the years 1 to 9999");
    assertThat(e.getMessage()).as(field).startsWith(path + ": ");
  }

  @Test
  void acceptsTheFirstAndLastInstantsOfTheYearsOneTo9999() {
    Instant first = Instant.parse("0001-01-01T00:00:00Z");
    Instant last = Instant.parse("9999-12-31T23:59:59.999999999Z");
    for (Map.Entry<String, Function<Instant, Object>> field : INSTANT_FIELDS.entrySet()) {
      if (field.getKey().startsWith("Topic.") || field.getKey().startsWith("SignIn.")
          || field.getKey().startsWith("Revisit.") || field.getKey().startsWith("Admission.")) {
        assertThatCode(() -> field.getValue().apply(first)).as(field.getKey()).doesNotThrowAnyException();
        assertThatCode(() -> field.getValue().apply(last)).as(field.getKey()).doesNotThrowAnyException();
      }
    }
    assertThatCode(
            () -> ModelSamples.meeting().scheduledDate(LocalDate.of(9999, 12, 31)).startedAt(last)
                .endedAt(last).build())
        .doesNotThrowAnyException();
    assertThatCode(() -> HolidayCalendar.of(Set.of(LocalDate.of(1, 1, 1)), Set.of()))
        .doesNotThrowAnyException();
  }

  /**
   * Reads every field of every generated value class of the model packages, and lists those whose
   * type mentions {@code Instant} or {@code LocalDate}: each must have a case above.
   */
  @Test
  void everyInstantAndDateFieldOfTheModelHasACase() {
    Set<String> found = new TreeSet<>();
    for (Class<?> valueClass : ModelSamples.generatedValueClasses()) {
      for (Field field : valueClass.getDeclaredFields()) {
        String type = field.getGenericType().getTypeName();
        if (!Modifier.isStatic(field.getModifiers())
            && (type.contains("java.time.Instant") || type.contains("java.time.LocalDate"))) {
          found.add(valueClass.getSimpleName().substring("Immutable".length()) + "." + field.getName());
        }
      }
    }
    Set<String> covered = new TreeSet<>(INSTANT_FIELDS.keySet());
    covered.addAll(DATE_FIELDS.keySet());
    assertThat(found).hasSizeGreaterThanOrEqualTo(38);
    assertThat(covered).isEqualTo(found);
  }
}
