package org.shangliang.deliberation.rules.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
        if (plan.indexOf(steps.get(k).step()).isEmpty()) {
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
   * reopening the plan resumes at its first deliberate step (at its first step if it has none).
   */
  static final class Order extends OnStepPlan {
    Order() {
      super(RuleCodes.STEP_ORDER);
    }

    @Override
    void check(RuleContext context, StepPlan plan) {
      List<StepEvent> steps = context.deliberation().steps();
      List<Instant> reopenings = new ArrayList<>();
      for (Reopening reopening : context.deliberation().reopenings()) {
        if (!steps.isEmpty() && reopening.at().isAfter(steps.get(0).enteredAt())) {
          reopenings.add(reopening.at());
        }
      }
      Collections.sort(reopenings);
      int restart = firstDeliberateStep(plan);
      int expected = 0;
      int nextReopening = 0;
      for (int k = 0; k < steps.size(); k++) {
        while (nextReopening < reopenings.size()
            && !reopenings.get(nextReopening).isAfter(steps.get(k).enteredAt())) {
          expected = restart; // a reopened deliberation deliberates again
          nextReopening++;
        }
        Optional<Integer> position = plan.indexOf(steps.get(k).step());
        if (position.isEmpty()) {
          continue;
        }
        if (position.get() != expected) {
          Object wanted =
              expected < plan.steps().size()
                  ? plan.steps().get(expected).name()
                  : TierRules.NONE;
          context.report(
              step(k).child("step"), plan.steps().get(position.get()).name(), wanted);
        }
        expected = Math.max(expected, position.get() + 1);
      }
    }
  }

  private static int firstDeliberateStep(StepPlan plan) {
    for (int i = 0; i < plan.steps().size(); i++) {
      if (plan.steps().get(i).role() == StepRole.DELIBERATE) {
        return i;
      }
    }
    return 0;
  }

  /** step.started-early: each step starts after its predecessor was completed. */
  static final class StartedEarly extends OnStepPlan {
    StartedEarly() {
      super(RuleCodes.STEP_STARTED_EARLY);
    }

    @Override
    void check(RuleContext context, StepPlan plan) {
      List<StepEvent> steps = context.deliberation().steps();
      for (int k = 1; k < steps.size(); k++) {
        StepEvent previous = steps.get(k - 1);
        StepEvent current = steps.get(k);
        if (previous.completedAt().isEmpty()
            || current.enteredAt().isBefore(previous.completedAt().get())) {
          context.report(
              step(k).child("enteredAt"),
              current.step(),
              previous.step(),
              previous.completedAt().isPresent() ? previous.completedAt().get() : TierRules.NONE);
        }
      }
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
      for (int k = 0; k < steps.size(); k++) {
        StepEvent event = steps.get(k);
        Optional<Step> step = plan.step(event.step());
        if (step.isEmpty() || step.get().role() != StepRole.DELIBERATE || event.completedAt().isEmpty()) {
          continue;
        }
        boolean held = false;
        for (Meeting meeting : context.deliberation().meetings()) {
          held |=
              !meeting.startedAt().isBefore(event.enteredAt())
                  && !meeting.startedAt().isAfter(event.completedAt().get());
        }
        if (!held) {
          context.report(step(k), step.get().name(), event.enteredAt(), event.completedAt().get());
        }
      }
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
      for (int k = 0; k < steps.size(); k++) {
        StepEvent event = steps.get(k);
        Optional<Step> step = plan.step(event.step());
        if (step.isPresent()
            && step.get().role() == StepRole.CARRY_OUT
            && !decidedBy(context.deliberation().meetings(), event.enteredAt())) {
          context.report(step(k).child("enteredAt"), step.get().name(), event.enteredAt());
        }
      }
    }

    private static boolean decidedBy(List<Meeting> meetings, Instant instant) {
      for (Meeting meeting : meetings) {
        if (meeting.result().isPresent()
            && !meeting.endedAt().isAfter(instant)
            && meeting.result().get().outcome().map(o -> o == Outcome.PASSED).orElse(true)) {
          return true;
        }
      }
      return false;
    }
  }
}
