package org.shangliang.deliberation.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.outcome.Duty;
import org.shangliang.deliberation.outcome.Escalation;
import org.shangliang.deliberation.outcome.HotlineCase;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.meeting.RaisedProblem;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.rules.internal.Accountability;
import org.shangliang.deliberation.rules.internal.Deadlines;
import org.shangliang.deliberation.validation.Obligation;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.validation.RuleCode;

/**
 * What a deliberation still owes by a time limit of its profile, at a given instant: each open duty
 * with its rule code, path and due instant, marked overdue once the instant is past it. Duties already
 * met are not listed, nor duties whose rule the profile switches off; a duty met late is a violation in
 * the validator's report instead.
 *
 * <p>Each obligation carries the arguments of its message (the same as the rule's once it is missed);
 * render it with {@link org.shangliang.deliberation.validation.Messages#render(Obligation,
 * java.util.Locale, java.time.ZoneId)} in the profile's zone.
 *
 * <p>Time limits covered, each under the code of the rule that reports it once it is missed:
 *
 * <ul>
 *   <li>an urgent matter's first meeting, within the urgent window (急事立议) — {@code
 *       meeting.urgent.late};
 *   <li>a proposed solution for each problem raised at a meeting and not solved on the spot (Bishan:
 *       24 hours) — {@code meeting.problem.solution-late};
 *   <li>each open agreed item, by its deadline — {@code outcome.duty.overdue};
 *   <li>a committed item's next progress report, within the interval after the last one published
 *       by the instant judged (or the classification) — {@code outcome.committed.progress-missing};
 *   <li>a shelved matter's reopening by its take-up date — {@code outcome.shelved.not-taken-up};
 *   <li>a shelved matter's explanation to residents, within the explanation window after the
 *       shelving (once shelved by the instant judged, until a notice given since) — {@code
 *       outcome.shelved.explanation-missing};
 *   <li>the notice telling residents that a recommendation was solved, within the notice window after
 *       the solution (once solved by the instant judged, until a notice given since) — {@code
 *       outcome.recommendation.residents-not-told};
 *   <li>the revisit of a finished outcome — {@code revisit.missing};
 *   <li>an open escalation's answer by its deadline — {@code escalation.answer-late}, and its next
 *       follow-up — {@code escalation.follow-up-late};
 *   <li>a 12345 case's reply and handling — {@code hotline.reply-late}, {@code hotline.handling-late}.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class Obligations {
  private static final List<RuleCode> CODES =
      List.of(
          RuleCodes.MEETING_URGENT_LATE,
          RuleCodes.MEETING_PROBLEM_SOLUTION_LATE,
          RuleCodes.OUTCOME_DUTY_OVERDUE,
          RuleCodes.OUTCOME_COMMITTED_PROGRESS_MISSING,
          RuleCodes.OUTCOME_SHELVED_NOT_TAKEN_UP,
          RuleCodes.OUTCOME_SHELVED_EXPLANATION_MISSING,
          RuleCodes.OUTCOME_RECOMMENDATION_RESIDENTS_NOT_TOLD,
          RuleCodes.REVISIT_MISSING,
          RuleCodes.ESCALATION_ANSWER_LATE,
          RuleCodes.ESCALATION_FOLLOW_UP_LATE,
          RuleCodes.HOTLINE_REPLY_LATE,
          RuleCodes.HOTLINE_HANDLING_LATE);

  private final Profile profile;

  private Obligations(Profile profile) {
    this.profile = profile;
  }

  /**
   * The codes an obligation can carry, in the order of the list above: one for each kind of time
   * limit, named by the rule that reports it once it is missed. Each has a message in both languages
   * ({@link org.shangliang.deliberation.validation.Messages#obligationPattern}).
   *
   * @return the codes
   */
  public static List<RuleCode> codes() {
    return CODES;
  }

  /**
   * The obligations view of a profile.
   *
   * @param profile the profile whose time limits apply
   * @return the view
   */
  public static Obligations of(Profile profile) {
    if (profile == null) {
      throw new NullPointerException("profile");
    }
    return new Obligations(profile);
  }

  /**
   * The open duties of a record at an instant, in the order of the list above, then record order.
   *
   * @param deliberation the record
   * @param now the instant to judge at
   * @return the duties, due or overdue
   */
  public List<Obligation> at(Deliberation deliberation, Instant now) {
    List<Obligation> open = new ArrayList<>();
    Optional<Instant> urgent = Deadlines.urgentMeeting(deliberation.topic(), profile);
    if (urgent.isPresent()
        && isOn(RuleCodes.MEETING_URGENT_LATE)
        && deliberation.meetings().isEmpty()) {
      add(open, RuleCodes.MEETING_URGENT_LATE, Path.of("meetings"), urgent.get(), now,
          deliberation.topic().raisedAt(), urgent.get());
    }
    if (isOn(RuleCodes.MEETING_PROBLEM_SOLUTION_LATE)) {
      List<Meeting> meetings = deliberation.meetings();
      for (int i = 0; i < meetings.size(); i++) {
        List<RaisedProblem> problems = meetings.get(i).problems();
        for (int k = 0; k < problems.size(); k++) {
          RaisedProblem problem = problems.get(k);
          Optional<Instant> due = Deadlines.problemSolution(problem, profile);
          if (due.isPresent() && problem.solutionProposedAt().isEmpty()) {
            add(open, RuleCodes.MEETING_PROBLEM_SOLUTION_LATE,
                Path.of("meetings").index(i).child("problems").index(k), due.get(), now,
                problem.raisedAt(), due.get());
          }
        }
      }
    }
    Optional<OutcomeRecord> outcome = deliberation.outcome();
    if (outcome.isPresent()) {
      List<Duty> duties = outcome.get().duties();
      for (int i = 0; i < duties.size(); i++) {
        Duty duty = duties.get(i);
        if (!duty.isCompleted() && duty.deadline().isPresent() && isOn(RuleCodes.OUTCOME_DUTY_OVERDUE)) {
          add(open, RuleCodes.OUTCOME_DUTY_OVERDUE,
              Path.of("outcome", "duties").index(i).child("deadline"), duty.deadline().get(), now,
              duty.id(), duty.deadline().get());
        }
      }
      Optional<Duration> interval = profile.progressPublicityInterval();
      if (interval.isPresent() && isOn(RuleCodes.OUTCOME_COMMITTED_PROGRESS_MISSING)) {
        Optional<Instant> next = Accountability.nextProgressReport(outcome.get(), interval.get(), now);
        if (next.isPresent()) {
          add(open, RuleCodes.OUTCOME_COMMITTED_PROGRESS_MISSING,
              Path.of("outcome", "progressReports"), next.get(), now, next.get(), interval.get());
        }
      }
      Optional<Instant> takeUp = Accountability.takeUpDue(outcome.get(), profile.zone());
      if (takeUp.isPresent()
          && isOn(RuleCodes.OUTCOME_SHELVED_NOT_TAKEN_UP)
          && Accountability.reopenedAfter(outcome.get(), deliberation.reopenings()).isEmpty()) {
        add(open, RuleCodes.OUTCOME_SHELVED_NOT_TAKEN_UP, Path.of("outcome", "takeUpAgainOn"),
            takeUp.get(), now, outcome.get().takeUpAgainOn().get(), takeUp.get());
      }
      Optional<Duration> explanation = profile.shelvedExplanationWindow();
      if (explanation.isPresent()
          && isOn(RuleCodes.OUTCOME_SHELVED_EXPLANATION_MISSING)
          && !outcome.get().classifiedAt().isAfter(now)
          && !explainedBy(outcome.get(), now)) {
        Optional<Instant> due = Accountability.explanationDue(outcome.get(), explanation.get());
        if (due.isPresent()) {
          add(open, RuleCodes.OUTCOME_SHELVED_EXPLANATION_MISSING,
              Path.of("outcome", "residentsNotice"), due.get(), now,
              outcome.get().classifiedAt(), due.get());
        }
      }
      Optional<Duration> notice = profile.recommendationNoticeWindow();
      if (notice.isPresent()
          && isOn(RuleCodes.OUTCOME_RECOMMENDATION_RESIDENTS_NOT_TOLD)
          && outcome.get().solvedAt().isPresent()
          && !outcome.get().solvedAt().get().isAfter(now)
          && !toldBy(outcome.get(), now)) {
        Optional<Instant> due = Accountability.solvedNoticeDue(outcome.get(), notice.get());
        if (due.isPresent()) {
          add(open, RuleCodes.OUTCOME_RECOMMENDATION_RESIDENTS_NOT_TOLD,
              Path.of("outcome", "residentsNotice"), due.get(), now,
              outcome.get().solvedAt().get(), due.get());
        }
      }
      Optional<Duration> revisit = profile.revisitWindow();
      if (revisit.isPresent()
          && isOn(RuleCodes.REVISIT_MISSING)
          && !Accountability.revisited(outcome.get(), deliberation.revisits())) {
        Optional<Instant> due =
            Accountability.revisitDue(outcome.get(), deliberation.revisits(), revisit.get());
        if (due.isPresent()) {
          add(open, RuleCodes.REVISIT_MISSING, Path.of("revisits"), due.get(), now,
              outcome.get().completedAt().get(), due.get());
        }
      }
    }
    if (isOn(RuleCodes.ESCALATION_ANSWER_LATE)) {
      List<Escalation> sent = deliberation.escalations();
      for (int i = 0; i < sent.size(); i++) {
        if (sent.get(i).resolvedAt().isEmpty()) {
          add(open, RuleCodes.ESCALATION_ANSWER_LATE,
              Path.of("escalations").index(i).child("deadline"), sent.get(i).deadline(), now,
              sent.get(i).toUnit(), sent.get(i).deadline());
        }
      }
    }
    Optional<Duration> followUp = profile.escalationFollowUpWindow();
    if (followUp.isPresent() && isOn(RuleCodes.ESCALATION_FOLLOW_UP_LATE)) {
      List<Escalation> escalations = deliberation.escalations();
      for (int i = 0; i < escalations.size(); i++) {
        Optional<Instant> next = Accountability.nextFollowUp(escalations.get(i), followUp.get());
        if (next.isPresent()) {
          add(open, RuleCodes.ESCALATION_FOLLOW_UP_LATE,
              Path.of("escalations").index(i).child("followUps"), next.get(), now,
              next.get(), followUp.get());
        }
      }
    }
    if (deliberation.hotlineCase().isPresent()) {
      HotlineCase hotline = deliberation.hotlineCase().get();
      Optional<Instant> reply = Deadlines.hotlineReply(hotline, profile);
      if (reply.isPresent() && hotline.repliedAt().isEmpty() && isOn(RuleCodes.HOTLINE_REPLY_LATE)) {
        add(open, RuleCodes.HOTLINE_REPLY_LATE, Path.of("hotlineCase", "repliedAt"), reply.get(), now,
            hotline.ticketId(), hotline.receivedAt(), reply.get());
      }
      Optional<Instant> handling = Deadlines.hotlineHandling(hotline, profile);
      if (handling.isPresent()
          && hotline.handledAt().isEmpty()
          && isOn(RuleCodes.HOTLINE_HANDLING_LATE)) {
        add(open, RuleCodes.HOTLINE_HANDLING_LATE, Path.of("hotlineCase", "handledAt"),
            handling.get(), now, hotline.ticketId(), hotline.receivedAt(), handling.get());
      }
    }
    return Collections.unmodifiableList(open);
  }

  /** Whether a shelved matter was explained by an instant: a notice at or after the shelving, by then. */
  private static boolean explainedBy(OutcomeRecord outcome, Instant now) {
    return Accountability.explained(outcome) && !outcome.residentsNotice().get().from().isAfter(now);
  }

  /** Whether residents were told of a solved recommendation by an instant. */
  private static boolean toldBy(OutcomeRecord outcome, Instant now) {
    return Accountability.told(outcome) && !outcome.residentsNotice().get().from().isAfter(now);
  }

  private boolean isOn(RuleCode code) {
    return profile.ruleSetting(code).map(setting -> setting.enabled()).orElse(true);
  }

  private static void add(
      List<Obligation> open, RuleCode code, Path path, Instant due, Instant now, Object... args) {
    open.add(
        new Obligation.Builder()
            .code(code)
            .path(path)
            .dueAt(due)
            .overdue(now.isAfter(due))
            .addArgs(args)
            .build());
  }

  @Override
  public String toString() {
    return "Obligations{profile=" + profile.id() + "}";
  }
}
