package org.shangliang.deliberation.rules.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shangliang.deliberation.meeting.Publicity;
import org.shangliang.deliberation.outcome.Escalation;
import org.shangliang.deliberation.outcome.FollowUp;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.outcome.Revisit;
import org.shangliang.deliberation.rules.TimeOrder;

/**
 * The time arithmetic the accountability rules and the obligations view share, so both agree on
 * what is due when. Not exported.
 */
public final class Accountability {
  /** The most missed progress reports listed for one outcome. */
  static final int MAX_MISSED = 100;

  private Accountability() {}

  /**
   * The due instants of a committed outcome's progress reports that were missed up to an instant:
   * each interval after the last report (or the classification) needs a report within it. The reports
   * are read in time order, whatever order they were recorded in; linear in their number once they are
   * in time order.
   *
   * @param outcome the outcome
   * @param interval the profile's interval
   * @param now the instant judged at
   * @return the missed due instants, in order, at most 100; empty unless the outcome is committed
   */
  public static List<Instant> missedProgressReports(
      OutcomeRecord outcome, Duration interval, Instant now) {
    if (outcome.kind() != OutcomeKind.COMMITTED) {
      return List.of();
    }
    List<Publicity> reports = outcome.progressReports();
    TimeOrder order = TimeOrder.of(reports, Publicity::from);
    List<Instant> missed = null;
    Instant end = outcome.completedAt().orElse(now);
    Instant last = outcome.classifiedAt();
    int next = 0; // the earliest report not yet passed
    while (last.plus(interval).isBefore(end) && (missed == null || missed.size() < MAX_MISSED)) {
      Instant due = last.plus(interval);
      while (next < reports.size() && !reports.get(order.index(next)).from().isAfter(last)) {
        next++;
      }
      Instant latest = null; // the latest report after the last and by the due instant
      while (next < reports.size() && !reports.get(order.index(next)).from().isAfter(due)) {
        latest = reports.get(order.index(next)).from();
        next++;
      }
      if (latest == null) {
        if (missed == null) {
          missed = new ArrayList<>();
        }
        missed.add(due);
        last = due;
      } else {
        last = latest;
      }
    }
    return missed == null ? List.of() : missed;
  }

  /**
   * When a committed outcome's next progress report is due, if it is not done.
   *
   * @param outcome the outcome
   * @param interval the profile's interval
   * @param now the instant judged at
   * @return the due instant, or empty if the outcome is not committed or is done
   */
  public static Optional<Instant> nextProgressReport(
      OutcomeRecord outcome, Duration interval, Instant now) {
    if (outcome.kind() != OutcomeKind.COMMITTED || outcome.isCompleted()) {
      return Optional.empty();
    }
    Instant last = outcome.classifiedAt();
    for (Publicity report : outcome.progressReports()) {
      if (report.from().isAfter(last) && !report.from().isAfter(now)) {
        last = report.from();
      }
    }
    return Optional.of(last.plus(interval));
  }

  /**
   * When a shelved outcome must be taken up again: the end of its take-up date in a zone (the start of
   * the next day), so a reopening on that date is in time.
   *
   * @param outcome the outcome
   * @param zone the profile's zone
   * @return the instant, or empty unless the outcome is shelved with a take-up date
   */
  public static Optional<Instant> takeUpDue(OutcomeRecord outcome, ZoneId zone) {
    if (outcome.kind() != OutcomeKind.SHELVED || outcome.takeUpAgainOn().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(outcome.takeUpAgainOn().get().plusDays(1).atStartOfDay(zone).toInstant());
  }

  /**
   * The first reopening after an outcome was classified.
   *
   * @param outcome the outcome
   * @param reopenings the deliberation's reopenings
   * @return its instant, or empty if there is none
   */
  public static Optional<Instant> reopenedAfter(OutcomeRecord outcome, List<Reopening> reopenings) {
    Instant first = null;
    for (Reopening reopening : reopenings) {
      if (!reopening.at().isBefore(outcome.classifiedAt())
          && (first == null || reopening.at().isBefore(first))) {
        first = reopening.at();
      }
    }
    return Optional.ofNullable(first);
  }

  /**
   * The first follow-up of an escalation that came (or, while it is open, is) later than the window
   * allows: each follow-up, and the resolution, within the window of the previous one. Follow-ups are
   * read in time order, whatever order they were recorded in.
   *
   * @param escalation the escalation
   * @param window the profile's follow-up window
   * @param now the instant judged at
   * @return the due instant that was missed, or empty
   */
  public static Optional<Instant> missedFollowUp(
      Escalation escalation, Duration window, Instant now) {
    Instant last = escalation.escalatedAt();
    List<FollowUp> followUps = escalation.followUps();
    TimeOrder order = TimeOrder.of(followUps, FollowUp::at);
    for (int rank = 0; rank < followUps.size(); rank++) {
      FollowUp followUp = followUps.get(order.index(rank));
      if (escalation.resolvedAt().isPresent()
          && followUp.at().isAfter(escalation.resolvedAt().get())) {
        break;
      }
      if (followUp.at().isAfter(last.plus(window))) {
        return Optional.of(last.plus(window));
      }
      if (followUp.at().isAfter(last)) {
        last = followUp.at();
      }
    }
    Instant end = escalation.resolvedAt().orElse(now);
    return end.isAfter(last.plus(window)) ? Optional.of(last.plus(window)) : Optional.empty();
  }

  /**
   * When an open escalation's next follow-up is due.
   *
   * @param escalation the escalation
   * @param window the profile's follow-up window
   * @return the due instant, or empty once it is resolved
   */
  public static Optional<Instant> nextFollowUp(Escalation escalation, Duration window) {
    if (escalation.resolvedAt().isPresent()) {
      return Optional.empty();
    }
    Instant last = escalation.escalatedAt();
    for (FollowUp followUp : escalation.followUps()) {
      if (followUp.at().isAfter(last)) {
        last = followUp.at();
      }
    }
    return Optional.of(last.plus(window));
  }

  /**
   * When a finished outcome's revisit is due, and whether one came in time.
   *
   * @param outcome the outcome
   * @param revisits the deliberation's revisits
   * @param window the profile's revisit window
   * @return the due instant if the outcome is finished and no revisit came by it, else empty
   */
  public static Optional<Instant> revisitDue(
      OutcomeRecord outcome, List<Revisit> revisits, Duration window) {
    Optional<Instant> completed = outcome.completedAt();
    if (completed.isEmpty()) {
      return Optional.empty();
    }
    Instant due = completed.get().plus(window);
    for (Revisit revisit : revisits) {
      if (!revisit.at().isBefore(completed.get()) && !revisit.at().isAfter(due)) {
        return Optional.empty();
      }
    }
    return Optional.of(due);
  }

  /**
   * Whether a revisit came after the outcome was finished, whether in time or not.
   *
   * @param outcome the outcome
   * @param revisits the revisits
   * @return {@code true} if one did
   */
  public static boolean revisited(OutcomeRecord outcome, List<Revisit> revisits) {
    Optional<Instant> completed = outcome.completedAt();
    if (completed.isEmpty()) {
      return false;
    }
    for (Revisit revisit : revisits) {
      if (!revisit.at().isBefore(completed.get())) {
        return true;
      }
    }
    return false;
  }
}
