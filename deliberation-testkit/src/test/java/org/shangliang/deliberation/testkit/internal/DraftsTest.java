package org.shangliang.deliberation.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.SignIn;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.testkit.internal.FullValues.Pair;

class DraftsTest {

  @Test
  void everyDraftHasOneFieldPerAccessorOfItsValue() {
    for (Pair pair : FullValues.pairs()) {
      assertThat(draftFields(pair.draft()))
          .as("fields of %s", pair.draft().getSimpleName())
          .isEqualTo(accessors(pair.type()));
    }
  }

  @Test
  void theTwoValuesOfEveryPairDifferInEveryField() throws Exception {
    for (Pair pair : FullValues.pairs()) {
      for (String name : accessors(pair.type())) {
        assertThat(get(pair.a(), pair.type(), name))
            .as("%s.%s", pair.type().getSimpleName(), name)
            .isNotEqualTo(get(pair.b(), pair.type(), name));
      }
    }
  }

  @Test
  void aDraftOfAValueBuildsAnEqualValue() throws Exception {
    for (Pair pair : FullValues.pairs()) {
      assertThat(rebuild(pair, pair.a())).as(pair.type().getSimpleName()).isEqualTo(pair.a());
      assertThat(rebuild(pair, pair.b())).as(pair.type().getSimpleName()).isEqualTo(pair.b());
    }
  }

  @Test
  void changingOneFieldOfADraftChangesExactlyThatPartOfTheValue() throws Exception {
    for (Pair pair : FullValues.pairs()) {
      for (Set<String> group : groups(pair)) {
        Object draft = of(pair, pair.a());
        Object other = of(pair, pair.b());
        for (String name : group) {
          Field field = pair.draft().getField(name);
          field.set(draft, field.get(other));
        }
        Object changed = build(draft);
        for (String name : accessors(pair.type())) {
          Object expected = get(group.contains(name) ? pair.b() : pair.a(), pair.type(), name);
          assertThat(get(changed, pair.type(), name))
              .as("%s.%s after changing %s", pair.type().getSimpleName(), name, group)
              .isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void recordDraftsOfManyShapesRebuildEqualRecords() throws Exception {
    List<Deliberation> shapes = shapes();
    assertThat(shapes).hasSizeGreaterThan(1000);
    for (Deliberation record : shapes) {
      assertThat(RecordDraft.of(record).build()).isEqualTo(record);
      assertThat(deepCopy(record)).isEqualTo(record);
    }
  }

  @Test
  void changingOneMeetingOfARecordLeavesEveryOtherPartEqual() {
    Deliberation record = FullValues.recordB();
    Meeting first = record.meetings().get(0);
    Meeting changed =
        MeetingDraft.edit(
            first, m -> m.attendance.add(SignIn.of(PartyId.of("p-e"), first.startedAt())));
    Deliberation result = RecordDraft.edit(record, d -> d.meetings.set(0, changed));

    assertThat(result.meetings()).containsExactly(changed, record.meetings().get(1));
    assertThat(result.meetings().get(0).attendance()).hasSize(first.attendance().size() + 1);
    assertThat(RecordDraft.edit(result, d -> d.meetings.set(0, first))).isEqualTo(record);
  }

  @Test
  void aDraftThatMakesNoWellFormedValueFailsToBuildWithTheModelsException() {
    Meeting meeting = FullValues.meetingA();
    assertThatThrownBy(
            () -> MeetingDraft.edit(meeting, m -> m.endedAt = m.startedAt.minusSeconds(1)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("endedAt");
    assertThatThrownBy(() -> RecordDraft.edit(FullValues.recordA(), d -> d.topic = null))
        .isInstanceOf(InvalidModelException.class);
  }

  /** The full record with every subset of its optional parts and lists emptied. */
  private static List<Deliberation> shapes() {
    List<Deliberation> shapes = new ArrayList<>();
    Deliberation full = FullValues.recordA();
    List<String> clearable =
        List.of(
            "admission", "plannedMeetingDate", "meetings", "steps", "outcome", "supervision",
            "escalations", "revisits", "appraisals", "reopenings", "hotlineCase", "events",
            "riskAssessments");
    for (int mask = 0; mask < 1 << clearable.size(); mask++) {
      RecordDraft draft = RecordDraft.of(full);
      for (int i = 0; i < clearable.size(); i++) {
        if ((mask & 1 << i) != 0) {
          clear(draft, clearable.get(i));
        }
      }
      if (Integer.bitCount(mask) % 3 == 0) {
        draft.meetings.add(FullValues.meetingB());
      }
      shapes.add(draft.build());
    }
    shapes.add(FullValues.recordB());
    return shapes;
  }

  private static void clear(RecordDraft draft, String name) {
    try {
      Field field = RecordDraft.class.getField(name);
      if (field.getType() == Optional.class) {
        field.set(draft, Optional.empty());
      } else {
        ((List<?>) field.get(draft)).clear();
      }
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The record rebuilt with every part of every list and optional rebuilt through its draft. */
  private static Deliberation deepCopy(Deliberation record) {
    return RecordDraft.edit(
        record,
        d -> {
          d.topic = TopicDraft.of(d.topic).build();
          d.parties =
              PartyListDraft.edit(
                  d.parties, l -> l.parties.replaceAll(p -> PartyDraft.of(p).build()));
          d.admission = d.admission.map(a -> AdmissionDraft.of(a).build());
          d.meetings.replaceAll(DraftsTest::deepCopy);
          d.steps.replaceAll(s -> StepEventDraft.of(s).build());
          d.outcome =
              d.outcome.map(
                  o ->
                      OutcomeRecordDraft.edit(
                          o,
                          r -> {
                            r.facts = OutcomeFactsDraft.of(r.facts).build();
                            r.duties.replaceAll(x -> DutyDraft.of(x).build());
                            r.progressReports.replaceAll(x -> PublicityDraft.of(x).build());
                          }));
          d.supervision.replaceAll(x -> SupervisionDraft.of(x).build());
          d.escalations.replaceAll(
              x ->
                  EscalationDraft.edit(
                      x, e -> e.followUps.replaceAll(f -> FollowUpDraft.of(f).build())));
          d.revisits.replaceAll(x -> RevisitDraft.of(x).build());
          d.appraisals.replaceAll(x -> AppraisalDraft.of(x).build());
          d.reopenings.replaceAll(x -> ReopeningDraft.of(x).build());
          d.hotlineCase = d.hotlineCase.map(h -> HotlineCaseDraft.of(h).build());
          d.events.replaceAll(x -> EventDraft.of(x).build());
          d.riskAssessments.replaceAll(x -> RiskAssessmentDraft.of(x).build());
          d.partyActs.replaceAll(x -> PartyOrganisationActDraft.of(x).build());
        });
  }

  private static Meeting deepCopy(Meeting meeting) {
    return MeetingDraft.edit(
        meeting,
        m -> {
          m.attendance.replaceAll(x -> SignInDraft.of(x).build());
          m.stages.replaceAll(x -> StageRecordDraft.of(x).build());
          m.speakingTurns.replaceAll(x -> SpeakingTurnDraft.of(x).build());
          m.conflicts.replaceAll(x -> ConflictOfInterestDraft.of(x).build());
          m.vote =
              m.vote.map(
                  v ->
                      VoteDraft.edit(
                          v,
                          w -> {
                            w.eligible.replaceAll(x -> VoterDraft.of(x).build());
                            w.ballots.replaceAll(x -> BallotDraft.of(x).build());
                            w.showOfHands =
                                w.showOfHands.map(x -> ShowOfHandsDraft.of(x).build());
                          }));
          m.result = m.result.map(x -> MeetingResultDraft.of(x).build());
          m.publicity = m.publicity.map(x -> PublicityDraft.of(x).build());
          m.problems.replaceAll(x -> RaisedProblemDraft.of(x).build());
        });
  }

  private static List<Set<String>> groups(Pair pair) {
    List<Set<String>> groups = new ArrayList<>(pair.coupled());
    for (String name : accessors(pair.type())) {
      if (pair.coupled().stream().noneMatch(g -> g.contains(name))) {
        groups.add(Set.of(name));
      }
    }
    return groups;
  }

  /** The names of a model type's value accessors: public abstract methods without parameters. */
  private static Set<String> accessors(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (Method method : type.getDeclaredMethods()) {
      int modifiers = method.getModifiers();
      if (Modifier.isPublic(modifiers)
          && Modifier.isAbstract(modifiers)
          && method.getParameterCount() == 0) {
        names.add(method.getName());
      }
    }
    assertThat(names).as("accessors of %s", type.getSimpleName()).isNotEmpty();
    return names;
  }

  private static Set<String> draftFields(Class<?> draft) {
    Set<String> names = new TreeSet<>();
    for (Field field : draft.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers)) {
        names.add(field.getName());
      }
    }
    return names;
  }

  private static Object get(Object value, Class<?> type, String accessor) throws Exception {
    Object result = type.getMethod(accessor).invoke(value);
    // sets compare by content; the order of a set of roles is not part of the value
    return result instanceof Set<?> set ? new LinkedHashSet<>(set) : result;
  }

  private static Object of(Pair pair, Object value) throws Exception {
    return pair.draft().getMethod("of", pair.type()).invoke(null, value);
  }

  private static Object build(Object draft) throws Exception {
    try {
      return draft.getClass().getMethod("build").invoke(draft);
    } catch (InvocationTargetException e) {
      throw new AssertionError(draft.getClass().getSimpleName() + " failed to build", e.getCause());
    }
  }

  private static Object rebuild(Pair pair, Object value) throws Exception {
    return build(of(pair, value));
  }
}
