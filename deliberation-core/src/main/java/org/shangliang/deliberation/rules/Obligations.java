package org.shangliang.deliberation.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.RaisedProblem;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.validation.Obligation;
import org.shangliang.deliberation.validation.Path;
import org.shangliang.deliberation.validation.RuleCode;

/**
 * What a deliberation still owes by a time limit of its profile, at a given instant: each open duty
 * with its rule code, path and due instant, marked overdue once the instant is past it. Duties already
 * met are not listed, nor duties whose rule the profile switches off; a duty met late is a violation in
 * the validator's report instead.
 *
 * <p>Time limits covered: an urgent matter's first meeting within the profile's urgent window (急事立议);
 * a proposed solution for each problem raised at a meeting and not solved on the spot, within the
 * profile's problem window (Bishan: 24 hours).
 *
 * <p>Immutable and thread-safe.
 */
public final class Obligations {
  private final Profile profile;

  private Obligations(Profile profile) {
    this.profile = profile;
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
   * The open duties of a record at an instant, in record order.
   *
   * @param deliberation the record
   * @param now the instant to judge at
   * @return the duties, due or overdue
   */
  public List<Obligation> at(Deliberation deliberation, Instant now) {
    List<Obligation> open = new ArrayList<>();
    Optional<Duration> urgent = profile.urgentWindow();
    if (deliberation.topic().matterSize() == MatterSize.URGENT
        && urgent.isPresent()
        && isOn(RuleCodes.MEETING_URGENT_LATE)
        && deliberation.meetings().isEmpty()) {
      add(open, RuleCodes.MEETING_URGENT_LATE, Path.of("meetings"),
          deliberation.topic().raisedAt().plus(urgent.get()), now);
    }
    Optional<Duration> window = profile.problemSolutionWindow();
    if (window.isPresent() && isOn(RuleCodes.MEETING_PROBLEM_SOLUTION_LATE)) {
      List<Meeting> meetings = deliberation.meetings();
      for (int i = 0; i < meetings.size(); i++) {
        List<RaisedProblem> problems = meetings.get(i).problems();
        for (int k = 0; k < problems.size(); k++) {
          RaisedProblem problem = problems.get(k);
          if (!problem.solvedOnTheSpot() && problem.solutionProposedAt().isEmpty()) {
            add(open, RuleCodes.MEETING_PROBLEM_SOLUTION_LATE,
                Path.of("meetings").index(i).child("problems").index(k),
                problem.raisedAt().plus(window.get()), now);
          }
        }
      }
    }
    return Collections.unmodifiableList(open);
  }

  private boolean isOn(RuleCode code) {
    return profile.ruleSetting(code).map(setting -> setting.enabled()).orElse(true);
  }

  private static void add(List<Obligation> open, RuleCode code, Path path, Instant due, Instant now) {
    open.add(
        new Obligation.Builder().code(code).path(path).dueAt(due).overdue(now.isAfter(due)).build());
  }

  @Override
  public String toString() {
    return "Obligations{profile=" + profile.id() + "}";
  }
}
