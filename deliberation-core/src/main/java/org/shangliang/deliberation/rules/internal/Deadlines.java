package org.shangliang.deliberation.rules.internal;

import java.time.Instant;
import java.util.Optional;
import org.shangliang.deliberation.meeting.RaisedProblem;
import org.shangliang.deliberation.outcome.HotlineCase;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.Topic;

/**
 * The one computation of each time limit that both a rule and the obligations view need, so that the
 * instant a rule reports as missed is the instant the obligation was due. Instants in a record lie in
 * the years 1 to 9999 and a profile's windows are at most 100 years, so no sum here overflows. Not
 * exported.
 */
public final class Deadlines {
  private Deadlines() {}

  /**
   * When an urgent matter's first meeting is due (急事立议): the topic's raising plus the profile's
   * urgent window.
   *
   * @param topic the topic
   * @param profile the profile
   * @return the due instant; empty unless the matter is urgent and the profile sets a window
   */
  public static Optional<Instant> urgentMeeting(Topic topic, Profile profile) {
    if (topic.matterSize() != MatterSize.URGENT) {
      return Optional.empty();
    }
    return profile.urgentWindow().map(window -> topic.raisedAt().plus(window));
  }

  /**
   * When a proposed solution to a problem raised at a meeting is due (Bishan: 24 hours).
   *
   * @param problem the problem
   * @param profile the profile
   * @return the due instant; empty if the problem was solved on the spot or the profile sets no
   *     window
   */
  public static Optional<Instant> problemSolution(RaisedProblem problem, Profile profile) {
    if (problem.solvedOnTheSpot()) {
      return Optional.empty();
    }
    return profile.problemSolutionWindow().map(window -> problem.raisedAt().plus(window));
  }

  /**
   * When the reply to a 12345 caller is due (即时答复).
   *
   * @param hotline the case
   * @param profile the profile
   * @return the due instant; empty if the profile sets no reply window
   */
  public static Optional<Instant> hotlineReply(HotlineCase hotline, Profile profile) {
    return profile.hotlineReplyWindow().map(window -> hotline.receivedAt().plus(window));
  }

  /**
   * When the handling of a 12345 case is due (限时办理).
   *
   * @param hotline the case
   * @param profile the profile
   * @return the due instant; empty if the profile sets no handling window
   */
  public static Optional<Instant> hotlineHandling(HotlineCase hotline, Profile profile) {
    return profile.hotlineHandlingWindow().map(window -> hotline.receivedAt().plus(window));
  }
}
