package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.shangliang.deliberation.rules.MeetingCase.at;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.meeting.RaisedProblem;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.profile.RuleSetting;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.validation.Obligation;

class ObligationsTest {
  private static final Instant RAISED = Instant.parse("2026-12-09T01:00:00Z");
  private static final Instant URGENT_DUE = RAISED.plus(Duration.ofHours(48));
  private static final Instant PROBLEM_RAISED = at("01:40");
  private static final Instant PROBLEM_DUE = PROBLEM_RAISED.plus(Duration.ofHours(24));

  private static Deliberation urgentWithoutMeeting() {
    return new MeetingCase().urgent(RAISED).withoutMeeting().build();
  }

  private static Deliberation withProblems(RaisedProblem... problems) {
    MeetingCase c = new MeetingCase();
    c.profile = Profiles.bishan();
    c.problems.addAll(List.of(problems));
    return c.build();
  }

  private static RaisedProblem unanswered(String description) {
    return RaisedProblem.pending(description, PROBLEM_RAISED, Optional.empty());
  }

  // urgent matters (急事立议)

  @Test
  void listsUrgentMatterWithoutMeetingAsDueWithinTheWindow() {
    List<Obligation> open =
        Obligations.of(Profiles.jinan()).at(urgentWithoutMeeting(), RAISED.plus(Duration.ofHours(47)));
    assertThat(open).hasSize(1);
    Obligation o = open.get(0);
    assertThat(o.code()).isEqualTo(RuleCodes.MEETING_URGENT_LATE);
    assertThat(o.path()).isEqualTo(Path.of("meetings"));
    assertThat(o.dueAt()).isEqualTo(URGENT_DUE);
    assertThat(o.overdue()).isFalse();
    assertThat(o).hasToString("DUE meeting.urgent.late at meetings by " + URGENT_DUE);
  }

  @Test
  void marksUrgentMatterWithoutMeetingOverdueAfterTheWindow() {
    List<Obligation> open =
        Obligations.of(Profiles.jinan()).at(urgentWithoutMeeting(), RAISED.plus(Duration.ofHours(49)));
    assertThat(open).singleElement().satisfies(o -> {
      assertThat(o.code()).isEqualTo(RuleCodes.MEETING_URGENT_LATE);
      assertThat(o.dueAt()).isEqualTo(URGENT_DUE);
      assertThat(o.overdue()).isTrue();
      assertThat(o.toString()).startsWith("OVERDUE ");
    });
  }

  @Test
  void treatsTheDueInstantItselfAsNotYetOverdue() {
    assertThat(Obligations.of(Profiles.jinan()).at(urgentWithoutMeeting(), URGENT_DUE))
        .singleElement()
        .satisfies(o -> assertThat(o.overdue()).isFalse());
  }

  @Test
  void listsNothingForUrgentMatterOnceAMeetingIsHeld() {
    Deliberation met = new MeetingCase().urgent(MeetingCase.STARTED.minus(Duration.ofHours(50))).build();
    assertThat(Obligations.of(Profiles.jinan()).at(met, MeetingCase.AFTER_ALL)).isEmpty();
  }

  @Test
  void listsNothingForMajorMatterWithoutMeeting() {
    Deliberation major = new MeetingCase().withoutMeeting().build();
    assertThat(Obligations.of(Profiles.jinan()).at(major, MeetingCase.AFTER_ALL)).isEmpty();
  }

  @Test
  void listsNothingForUrgentMatterWhereTheProfileSetsNoUrgentWindow() {
    assertThat(Profiles.bishan().urgentWindow()).isEmpty();
    assertThat(
            Obligations.of(Profiles.bishan())
                .at(urgentWithoutMeeting(), RAISED.plus(Duration.ofDays(30))))
        .isEmpty();
  }

  @Test
  void leavesOutTheUrgentMeetingWhenItsRuleIsOff() {
    LiftCase c = new LiftCase();
    c.size = MatterSize.URGENT;
    c.raisedAt = LiftCase.NOW;
    assertThat(Obligations.of(Profiles.jinan()).at(c.build(), LiftCase.NOW)).hasSize(1);
    assertThat(
            Obligations.of(
                    Profiles.jinan()
                        .withRuleSettings(List.of(RuleSetting.off(RuleCodes.MEETING_URGENT_LATE))))
                .at(c.build(), LiftCase.NOW))
        .isEmpty();
  }

  // problems raised at a meeting (Bishan: a solution within 24 hours)

  @Test
  void listsBishanProblemWithoutProposedSolutionAsDueWithin24Hours() {
    List<Obligation> open =
        Obligations.of(Profiles.bishan())
            .at(withProblems(unanswered("楼道照明损坏")), PROBLEM_RAISED.plus(Duration.ofHours(23)));
    assertThat(open).singleElement().satisfies(o -> {
      assertThat(o.code()).isEqualTo(RuleCodes.MEETING_PROBLEM_SOLUTION_LATE);
      assertThat(o.path()).hasToString("meetings[0].problems[0]");
      assertThat(o.dueAt()).isEqualTo(PROBLEM_DUE);
      assertThat(o.overdue()).isFalse();
    });
  }

  @Test
  void marksBishanProblemWithoutProposedSolutionOverdueAfter24Hours() {
    List<Obligation> open =
        Obligations.of(Profiles.bishan())
            .at(withProblems(unanswered("楼道照明损坏")), PROBLEM_RAISED.plus(Duration.ofHours(25)));
    assertThat(open).singleElement().satisfies(o -> {
      assertThat(o.path()).hasToString("meetings[0].problems[0]");
      assertThat(o.dueAt()).isEqualTo(PROBLEM_DUE);
      assertThat(o.overdue()).isTrue();
    });
  }

  @Test
  void leavesOutProblemsSolvedOnTheSpotOrAnswered() {
    Deliberation record =
        withProblems(
            RaisedProblem.solvedOnTheSpot("楼道杂物堆放", PROBLEM_RAISED),
            RaisedProblem.pending(
                "下水道堵塞", PROBLEM_RAISED, Optional.of(PROBLEM_RAISED.plus(Duration.ofHours(3)))),
            RaisedProblem.pending(
                "路灯不亮", PROBLEM_RAISED, Optional.of(PROBLEM_RAISED.plus(Duration.ofHours(30)))),
            unanswered("楼道照明损坏"));
    List<Obligation> open =
        Obligations.of(Profiles.bishan()).at(record, PROBLEM_RAISED.plus(Duration.ofHours(2)));
    assertThat(open)
        .extracting(o -> o.path().toString())
        .containsExactly("meetings[0].problems[3]");
  }

  @Test
  void listsProblemsOfEveryMeetingInRecordOrder() {
    MeetingCase c = new MeetingCase();
    c.profile = Profiles.bishan();
    c.problems.add(unanswered("楼道照明损坏"));
    MeetingCase later = new MeetingCase();
    later.problems.add(unanswered("下水道堵塞"));
    later.shiftMeeting(Duration.ofDays(2));
    c.meetings.add(later.meeting());
    List<Obligation> open =
        Obligations.of(Profiles.bishan()).at(c.build(), PROBLEM_RAISED.plus(Duration.ofHours(30)));
    assertThat(open)
        .extracting(o -> o.path().toString(), Obligation::overdue)
        .containsExactly(
            tuple("meetings[0].problems[0]", true),
            tuple("meetings[1].problems[0]", false));
  }

  @Test
  void listsNoProblemWhereTheProfileSetsNoProblemWindow() {
    assertThat(
            Obligations.of(Profiles.jinan())
                .at(withProblems(unanswered("楼道照明损坏")), PROBLEM_RAISED.plus(Duration.ofDays(3))))
        .isEmpty();
  }

  @Test
  void leavesOutProblemsWhenTheirRuleIsOff() {
    MeetingCase c = new MeetingCase();
    c.problems.add(
        RaisedProblem.pending("供水管渗漏", MeetingCase.STARTED.plus(Duration.ofMinutes(20)), Optional.empty()));
    assertThat(Obligations.of(Profiles.bishan()).at(c.build(), MeetingCase.ENDED)).hasSize(1);
    assertThat(
            Obligations.of(
                    Profiles.bishan()
                        .withRuleSettings(
                            List.of(RuleSetting.off(RuleCodes.MEETING_PROBLEM_SOLUTION_LATE))))
                .at(c.build(), MeetingCase.ENDED))
        .isEmpty();
  }

  @Test
  void listsNothingForTheCompliantRecord() {
    assertThat(Obligations.of(Profiles.jinan()).at(new MeetingCase().build(), MeetingCase.AFTER_ALL))
        .isEmpty();
  }

  @Test
  void agreesWithTheValidatorOnOverdueDuties() {
    MeetingCase c = new MeetingCase();
    c.profile = Profiles.bishan();
    c.problems.add(unanswered("楼道照明损坏"));
    c.now = PROBLEM_RAISED.plus(Duration.ofHours(25));
    assertThat(Obligations.of(c.profile).at(c.build(), c.now))
        .extracting(o -> o.path().toString())
        .containsExactly(
            c.validate().violationsOf(RuleCodes.MEETING_PROBLEM_SOLUTION_LATE).get(0).path().toString());
  }

  @Test
  void returnsAnUnmodifiableList() {
    List<Obligation> open =
        Obligations.of(Profiles.jinan()).at(urgentWithoutMeeting(), RAISED);
    assertThatThrownBy(() -> open.clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void requiresAProfile() {
    assertThatThrownBy(() -> Obligations.of(null)).isInstanceOf(NullPointerException.class);
    assertThat(Obligations.of(Profiles.bishan())).hasToString("Obligations{profile=bishan}");
  }
}
