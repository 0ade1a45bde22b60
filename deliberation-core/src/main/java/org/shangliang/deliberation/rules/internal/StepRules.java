package org.shangliang.deliberation.rules.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.process.Step;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.process.StepPlan;
import org.shangliang.deliberation.process.StepRole;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.rules.TimeOrder;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.validation.Severity;

/** Rules on the steps of a deliberation (step.*): Jinan's 五步, Haidian's 集议办督评 or any plan; docs/domain.md "Steps". */
final class StepRules {

  private StepRules() {}

  static Path step(int index) {
    return Path.of("steps").index(index);
  }

  /** Base of the rules that apply only where the profile sets a step plan. */
  abstract static class OnStepPlan extends BuiltInRule {
    OnStepPlan(org.shangliang.deliberation.validation.RuleCode code) {
      super(code, Severity.ERROR, STEPS);
    }

    @Override
    public final void check(RuleContext context) {
      Optional<StepPlan> plan = context.profile().stepPlan();
      if (plan.isPresent()) {
        check(context, plan.get());
      }
    }

    abstract void check(RuleContext context, StepPlan plan);
  }

  /** step.unknown: every step is in the profile's plan. */
  static final class Unknown extends OnStepPlan {
    Unknown() {
      super(RuleCodes.STEP_UNKNOWN);
    }

    @Override
    void check(RuleContext context, StepPlan plan) {
      List<StepEvent> steps = context.deliberation().steps();
      for (int k = 0; k < steps.size(); k++) {
        if (position(plan, steps.get(k).step()) < 0) {
          context.report(step(k).child("step"), steps.get(k).step(), plan.name());
        }
      }
    }
  }

  /** step.actor-not-listed: every step's actor is on the party list. */
  static final class ActorNotListed extends BuiltInRule {
    ActorNotListed() {
      super(RuleCodes.STEP_ACTOR_NOT_LISTED, Severity.ERROR, STEPS);
    }

    @Override
    public void check(RuleContext context) {
      List<StepEvent> steps = context.deliberation().steps();
      for (int k = 0; k < steps.size(); k++) {
        if (!context.deliberation().parties().has(steps.get(k).actor())) {
          context.report(step(k).child("actor"), steps.get(k).actor());
        }
      }
    }
  }

  /**
   * step.order: the steps follow the plan from its first step, none skipped, none reordered; after a
   * reopening the plan resumes at its first deliberate step (at its first step if it has none). Steps
   * are judged in time order of their entry, each against the furthest step reached before it.
   */
  static final class Order extends OnStepPlan {
    Order() {
      super(RuleCodes.STEP_ORDER);
    }

    @Override
    void check(RuleContext context, StepPlan plan) {
      List<StepEvent> steps = context.deliberation().steps();
      if (steps.isEmpty()) {
        return;
      }
      TimeOrder order = context.stepsInTimeOrder();
      List<Reopening> reopenings = context.deliberation().reopenings();
      TimeOrder reopeningOrder = context.reopeningsInTimeOrder();
      Instant first = steps.get(order.index(0)).enteredAt();
      int nextReopening = 0;
      while (nextReopening < reopenings.size()
          && !reopenings.get(reopeningOrder.index(nextReopening)).at().isAfter(first)) {
        nextReopening++; // a reopening before the first step restarts nothing
      }
      int restart = firstDeliberateStep(plan);
      int expected = 0;
      ByPosition found = new ByPosition(context, order);
      for (int rank = 0; rank < steps.size(); rank++) {
        int k = order.index(rank);
        StepEvent event = steps.get(k);
        while (nextReopening < reopenings.size()
            && !reopenings.get(reopeningOrder.index(nextReopening)).at().isAfter(event.enteredAt())) {
          expected = restart; // a reopened deliberation deliberates again
          nextReopening++;
        }
        int position = position(plan, event.step());
        if (position < 0) {
          continue;
        }
        if (position != expected) {
          Object wanted =
              expected < plan.steps().size()
                  ? plan.steps().get(expected).name()
                  : TierRules.NONE;
          found.report(k, step(k).child("step"), plan.steps().get(position).name(), wanted);
        }
        expected = Math.max(expected, position + 1);
      }
      found.flush();
    }
  }

  /** The index of a step in the plan, or -1. */
  static int position(StepPlan plan, String id) {
    List<Step> planned = plan.steps();
    for (int i = 0; i < planned.size(); i++) {
      if (planned.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /** The step of the plan with an id, or {@code null}. */
  private static Step planned(StepPlan plan, String id) {
    int position = position(plan, id);
    return position < 0 ? null : plan.steps().get(position);
  }

  private static int firstDeliberateStep(StepPlan plan) {
    for (int i = 0; i < plan.steps().size(); i++) {
      if (plan.steps().get(i).role() == StepRole.DELIBERATE) {
        return i;
      }
    }
    return 0;
  }

  /**
   * step.started-early: each step starts after its predecessor in time order was completed.
   */
  static final class StartedEarly extends OnStepPlan {
    StartedEarly() {
      super(RuleCodes.STEP_STARTED_EARLY);
    }

    @Override
    void check(RuleContext context, StepPlan plan) {
      List<StepEvent> steps = context.deliberation().steps();
      TimeOrder order = context.stepsInTimeOrder();
      ByPosition found = new ByPosition(context, order);
      for (int rank = 1; rank < steps.size(); rank++) {
        int k = order.index(rank);
        StepEvent previous = steps.get(order.index(rank - 1));
        StepEvent current = steps.get(k);
        Optional<Instant> completed = previous.completedAt();
        if (completed.isEmpty() || current.enteredAt().isBefore(completed.get())) {
          found.report(
              k,
              step(k).child("enteredAt"),
              current.step(),
              previous.step(),
              completed.isPresent() ? completed.get() : TierRules.NONE);
        }
      }
      found.flush();
    }
  }

  /** step.deliberate.no-meeting: a completed deliberate step contains at least one meeting. */
  static final class DeliberateNoMeeting extends OnStepPlan {
    DeliberateNoMeeting() {
      super(RuleCodes.STEP_DELIBERATE_NO_MEETING);
    }

    @Override
    void check(RuleContext context, StepPlan plan) {
      List<StepEvent> steps = context.deliberation().steps();
      List<Meeting> meetings = context.deliberation().meetings();
      TimeOrder order = context.stepsInTimeOrder();
      TimeOrder meetingOrder = context.meetingsInTimeOrder();
      ByPosition found = new ByPosition(context, order);
      // steps by entry and meetings by start, both in time order: the first meeting that starts at
      // or after a step's entry only moves forward
      int next = 0;
      for (int rank = 0; rank < steps.size(); rank++) {
        int k = order.index(rank);
        StepEvent event = steps.get(k);
        Step step = planned(plan, event.step());
        if (step == null || step.role() != StepRole.DELIBERATE || event.completedAt().isEmpty()) {
          continue;
        }
        while (next < meetings.size()
            && meetings.get(meetingOrder.index(next)).startedAt().isBefore(event.enteredAt())) {
          next++;
        }
        Instant completed = event.completedAt().get();
        boolean held =
            next < meetings.size()
                && !meetings.get(meetingOrder.index(next)).startedAt().isAfter(completed);
        if (!held) {
          found.report(k, step(k), step.name(), event.enteredAt(), completed);
        }
      }
      found.flush();
    }
  }

  /**
   * step.carried-out-before-decision: a carry-out step starts only after a meeting formed a result
   * (and, where it voted, the motion passed).
   */
  static final class CarriedOutBeforeDecision extends OnStepPlan {
    CarriedOutBeforeDecision() {
      super(RuleCodes.STEP_CARRIED_OUT_BEFORE_DECISION);
    }

    @Override
    void check(RuleContext context, StepPlan plan) {
      List<StepEvent> steps = context.deliberation().steps();
      Instant decided = null;
      boolean looked = false;
      for (int k = 0; k < steps.size(); k++) {
        StepEvent event = steps.get(k);
        Step step = planned(plan, event.step());
        if (step == null || step.role() != StepRole.CARRY_OUT) {
          continue;
        }
        if (!looked) {
          decided = firstDecision(context.deliberation().meetings());
          looked = true;
        }
        if (decided == null || decided.isAfter(event.enteredAt())) {
          context.report(step(k).child("enteredAt"), step.name(), event.enteredAt());
        }
      }
    }

    /** When the first meeting that formed a result (passed, where it voted) ended, or null. */
    private static Instant firstDecision(List<Meeting> meetings) {
      Instant first = null;
      for (int i = 0; i < meetings.size(); i++) {
        Meeting meeting = meetings.get(i);
        if (meeting.result().isEmpty()) {
          continue;
        }
        Optional<Outcome> outcome = meeting.result().get().outcome();
        if ((outcome.isEmpty() || outcome.get() == Outcome.PASSED)
            && (first == null || meeting.endedAt().isBefore(first))) {
          first = meeting.endedAt();
        }
      }
      return first;
    }
  }
}
