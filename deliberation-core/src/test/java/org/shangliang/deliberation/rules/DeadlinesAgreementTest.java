package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.meeting.RaisedProblem;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.validation.Obligation;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Violation;

/**
 * For each time limit that both a rule and the obligations view compute, the instant the rule reports
 * as missed is the instant the obligation was due: urgent meetings, Bishan's proposed solutions, and
 * the 12345 reply and handling.
 */
class DeadlinesAgreementTest {
  /** The due instant the rule reports (argument {@code dueArg}) and the obligation's, at one path. */
  private static void assertAgree(
      Profile profile, Validator validator, Deliberation record, Instant now, RuleCode code,
      int dueArg, Instant expected) {
    List<Violation> violations = validator.validate(record, now).violationsOf(code);
    List<Obligation> obligations =
        Obligations.of(profile).at(record, now).stream()
            .filter(o -> o.code().equals(code))
            .collect(java.util.stream.Collectors.toList());
    assertThat(violations).as("violations of %s", code).hasSize(1);
    assertThat(obligations).as("obligations of %s", code).hasSize(1);
    Obligation obligation = obligations.get(0);
    assertThat(obligation.overdue()).isTrue();
    assertThat(obligation.path()).isEqualTo(violations.get(0).path());
    assertThat(violations.get(0).args().get(dueArg)).isEqualTo(obligation.dueAt()).isEqualTo(expected);
  }

  @Test
  void urgentMeeting() {
    Instant raised = Instant.parse("2026-12-09T01:00:00Z");
    MeetingCase c = new MeetingCase().urgent(raised).withoutMeeting();
    assertAgree(c.profile, c.validator(), c.build(), raised.plus(Duration.ofDays(3)),
        RuleCodes.MEETING_URGENT_LATE, 1, raised.plus(c.profile.urgentWindow().orElseThrow()));
  }

  @Test
  void problemSolution() {
    MeetingCase c = new MeetingCase();
    c.profile = Profiles.bishan();
    Instant raised = MeetingCase.at("01:40");
    c.problems.add(RaisedProblem.pending("楼道照明损坏", raised, Optional.empty()));
    assertAgree(c.profile, c.validator(), c.build(), raised.plus(Duration.ofHours(30)),
        RuleCodes.MEETING_PROBLEM_SOLUTION_LATE, 1, raised.plus(Duration.ofHours(24)));
  }

  @Test
  void hotlineReplyAndHandling() {
    OutcomeCase.HotlineDraft draft = OutcomeCase.hotline();
    draft.repliedAt = Optional.empty();
    draft.handledAt = Optional.empty();
    OutcomeCase c = new OutcomeCase().withHotline();
    c.hotlineCase = Optional.of(draft.build());
    Instant late = OutcomeCase.RECEIVED.plus(Duration.ofDays(8));
    assertAgree(c.profile, c.validator(), c.build(), late, RuleCodes.HOTLINE_REPLY_LATE, 2,
        OutcomeCase.RECEIVED.plus(c.profile.hotlineReplyWindow().orElseThrow()));
    assertAgree(c.profile, c.validator(), c.build(), late, RuleCodes.HOTLINE_HANDLING_LATE, 2,
        OutcomeCase.RECEIVED.plus(c.profile.hotlineHandlingWindow().orElseThrow()));
  }
}
