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
  private Accountability() {}

  /**
   * A gap in a committed outcome's progress reports longer than the profile's interval: either a
   * report published after it was due ({@link #report()} its position as given), or, after the last
   * report (or the classification), none by the outcome's completion or the instant judged ({@link
   * #report()} {@code -1}).
   */
  public static final class ProgressGap {
    private final int report;
    private final Instant due;
    private final Instant given;

    ProgressGap(int report, Instant due, Instant given) {
      this.report = report;
      this.due = due;
      this.given = given;
    }

    /** @return the late report's position in {@code progressReports} as given, or -1 if none came */
    public int report() {
      return report;
    }

    /** @return when the report was due: the previous report (or the classification) plus the interval */
    public Instant due() {
      return due;
    }

    /** @return when the late report went up; {@code null} for a missing one */
    Instant given() {
      return given;
    }
  }

  /**
   * The gaps in a committed outcome's progress reports: each report must go up within the interval
   * after the previous one (the first within the interval after the classification), until the
   * outcome is completed, or, while it is open, up to the instant judged. A report published later is
   * late (one gap, whatever its length); when the last report (or the classification) is followed by
   * no report within the interval before the end, the next report is missing (one gap). Reports are
   * read in time order, whatever order they were recorded in; a report not after the previous one
   * (published at or before the classification, or at the same instant as another) counts for
   * nothing new; reports after the completion are read only up to the first. Linear in the number of
   * reports once they are in time order.
   *
   * @param outcome the outcome
   * @param interval the profile's interval
   * @param now the instant judged at
   * @return the gaps, in time order; empty unless the outcome is committed
   */
  public static List<ProgressGap> progressGaps(OutcomeRecord outcome, Duration interval, Instant now) {
    if (outcome.kind() != OutcomeKind.COMMITTED) {
      return List.of();
    }
    List<Publicity> reports = outcome.progressReports();
    TimeOrder order = TimeOrder.of(reports, Publicity::from);
    List<ProgressGap> gaps = null;
    Instant end = outcome.completedAt().orElse(now);
    Instant last = outcome.classifiedAt();
    for (int rank = 0; rank < reports.size() && last.isBefore(end); rank++) {
      int k = order.index(rank);
      Instant from = reports.get(k).from();
      if (!from.isAfter(last)) {
        continue;
      }
      Instant due = last.plus(interval);
      if (from.isAfter(due) && due.isBefore(end)) {
        gaps = add(gaps, new ProgressGap(k, due, from));
      }
      last = from;
    }
    Instant due = last.plus(interval);
    if (due.isBefore(end)) {
      gaps = add(gaps, new ProgressGap(-1, due, null));
    }
    return gaps == null ? List.of() : gaps;
  }

  private static List<ProgressGap> add(List<ProgressGap> gaps, ProgressGap gap) {
    List<ProgressGap> list = gaps == null ? new ArrayList<>() : gaps;
    list.add(gap);
    return list;
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
   * Whether a shelved matter's explanation counts: a notice given at or after the shelving (one given
   * before cannot explain it).
   *
   * @param outcome the outcome
   * @return {@code true} if it is shelved and its notice was given at or after its classification
   */
  public static boolean explained(OutcomeRecord outcome) {
    return outcome.kind() == OutcomeKind.SHELVED
        && outcome.residentsNotice().isPresent()
        && !outcome.residentsNotice().get().from().isBefore(outcome.classifiedAt());
  }

  /**
   * Whether residents were told of a solved recommendation: a notice given at or after the solution
   * (one given before it tells of a solution that had not happened).
   *
   * @param outcome the outcome
   * @return {@code true} if it is solved and its notice was given at or after the solution
   */
  public static boolean told(OutcomeRecord outcome) {
    return outcome.solvedAt().isPresent()
        && outcome.residentsNotice().isPresent()
        && !outcome.residentsNotice().get().from().isBefore(outcome.solvedAt().get());
  }

  /**
   * When a shelved matter's explanation is due.
   *
   * @param outcome the outcome
   * @param window the profile's explanation window
   * @return the classification plus the window, or empty unless the outcome is shelved
   */
  public static Optional<Instant> explanationDue(OutcomeRecord outcome, Duration window) {
    if (outcome.kind() != OutcomeKind.SHELVED) {
      return Optional.empty();
    }
    return Optional.of(outcome.classifiedAt().plus(window));
  }

  /**
   * When residents are to be told of a solved recommendation.
   *
   * @param outcome the outcome
   * @param window the profile's notice window
   * @return the solution plus the window, or empty unless the outcome is a solved recommendation
   */
  public static Optional<Instant> solvedNoticeDue(OutcomeRecord outcome, Duration window) {
    if (outcome.kind() != OutcomeKind.RECOMMENDATION || outcome.solvedAt().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(outcome.solvedAt().get().plus(window));
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
