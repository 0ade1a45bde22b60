package org.shangliang.deliberation.testkit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.Step;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.process.StepPlan;
import org.shangliang.deliberation.process.StepRole;
import org.shangliang.deliberation.testkit.GenerationException;

/**
 * Places the steps of any plan on a record's time line, from its first step and in its order, each
 * entered when the one before is completed: a deliberate step around meetings, a carry-out or
 * supervise step after the outcome (a carry-out step after the decision), an evaluate step after the
 * items are finished, and the other steps in the time between. The track stops at the first step the
 * record has not reached (that step may be under way); it never goes past the horizon.
 */
final class StepTrack {
  private StepTrack() {}

  private static boolean flexible(StepRole role) {
    return role == StepRole.PREPARE || role == StepRole.SET_TOPIC || role == StepRole.OTHER;
  }

  /**
   * The step events.
   *
   * @param actor who acts in a step of a role
   * @param meetings the meetings, in time order
   * @param decidedAt the end of the first meeting that formed a result, or null
   * @param classifiedAt when an outcome with duties was classified, or null
   * @param completedAt when its items were all finished, or null
   * @param horizon no step is entered after it
   * @param required the roles whose steps must be completed
   */
  static List<StepEvent> place(
      Function<StepRole, PartyId> actor,
      StepPlan plan,
      Instant raisedAt,
      List<Meeting> meetings,
      Instant decidedAt,
      Instant classifiedAt,
      Instant completedAt,
      Instant horizon,
      RandomGenerator random,
      Set<StepRole> required) {
    List<Step> planned = plan.steps();
    int prefix = planned.size();
    if (required.isEmpty() && Draw.chance(random, 25)) {
      prefix = 1 + random.nextInt(planned.size());
    }
    List<StepEvent> events = new ArrayList<>();
    Set<StepRole> completed = EnumSet.noneOf(StepRole.class);
    Instant cursor = raisedAt;
    int nextMeeting = 0;
    int i = 0;
    while (i < prefix && !cursor.isAfter(horizon)) {
      StepRole role = planned.get(i).role();
      if (flexible(role)) {
        int j = i;
        while (j < prefix && flexible(planned.get(j).role())) {
          j++;
        }
        Instant limit = cursor.plus(Duration.ofDays(2L * (j - i)));
        if (j < prefix) {
          StepRole next = planned.get(j).role();
          if (next == StepRole.DELIBERATE) {
            int m = firstFrom(meetings, nextMeeting, cursor);
            if (m < meetings.size()) {
              limit = meetings.get(m).startedAt();
            }
          } else if ((next == StepRole.CARRY_OUT || next == StepRole.SUPERVISE) && classifiedAt != null) {
            limit = Draw.max(classifiedAt, cursor);
          } else if (next == StepRole.EVALUATE && completedAt != null) {
            limit = Draw.max(completedAt, cursor);
          }
        }
        limit = Draw.min(limit, horizon);
        int run = j - i;
        for (int k = 0; k < run; k++) {
          Instant entered = Draw.split(cursor, limit, k, run + 1);
          Instant done = Draw.split(cursor, limit, k + 1, run + 1);
          Step step = planned.get(i + k);
          events.add(StepEvent.completed(step.id(), entered, done, actor.apply(step.role())));
          completed.add(step.role());
        }
        cursor = Draw.split(cursor, limit, run, run + 1);
        i = j;
        continue;
      }
      Step step = planned.get(i);
      Instant entered;
      Instant done = null;
      if (role == StepRole.DELIBERATE) {
        nextMeeting = firstFrom(meetings, nextMeeting, cursor);
        entered = cursor;
        if (nextMeeting < meetings.size()) {
          int take = moreDeliberateSteps(planned, i + 1, prefix) ? nextMeeting + 1 : meetings.size();
          done = meetings.get(take - 1).endedAt();
          nextMeeting = take;
          if (done.isAfter(horizon)) {
            done = null;
          }
        }
      } else if (role == StepRole.CARRY_OUT || role == StepRole.SUPERVISE) {
        if (classifiedAt == null || (role == StepRole.CARRY_OUT && decidedAt == null)) {
          break;
        }
        entered = Draw.max(cursor, classifiedAt);
        if (role == StepRole.CARRY_OUT) {
          entered = Draw.max(entered, decidedAt);
        }
        if (completedAt != null) {
          done = Draw.max(entered, completedAt);
          if (done.isAfter(horizon)) {
            done = null;
          }
        }
      } else { // EVALUATE
        if (completedAt == null) {
          break;
        }
        entered = Draw.max(cursor, completedAt);
        done = Draw.within(random, entered, horizon);
      }
      if (entered.isAfter(horizon)) {
        break;
      }
      boolean last = i == prefix - 1;
      if (done != null && last && !required.contains(role) && Draw.chance(random, 25)) {
        done = null; // the last step is still under way
      }
      if (done == null) {
        events.add(StepEvent.underWay(step.id(), entered, actor.apply(role)));
        break;
      }
      events.add(StepEvent.completed(step.id(), entered, done, actor.apply(role)));
      completed.add(role);
      cursor = done;
      i++;
    }
    for (StepRole role : required) {
      if (!completed.contains(role)) {
        throw new GenerationException(
            "Scenarios.valid: the record does not reach a completed " + role + " step of the plan "
                + plan.name().en() + " (steps placed: " + events.size() + ")");
      }
    }
    return events;
  }

  /** The first meeting from an index that starts at or after an instant. */
  private static int firstFrom(List<Meeting> meetings, int from, Instant instant) {
    int m = from;
    while (m < meetings.size() && meetings.get(m).startedAt().isBefore(instant)) {
      m++;
    }
    return m;
  }

  private static boolean moreDeliberateSteps(List<Step> planned, int from, int prefix) {
    for (int k = from; k < prefix; k++) {
      if (planned.get(k).role() == StepRole.DELIBERATE) {
        return true;
      }
    }
    return false;
  }
}
