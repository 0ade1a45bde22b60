package org.shangliang.deliberation.rules.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.process.AdmissionStatus;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationEvent;
import org.shangliang.deliberation.process.EventType;
import org.shangliang.deliberation.process.DeliberationHistory;
import org.shangliang.deliberation.process.Step;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.process.StepPlan;
import org.shangliang.deliberation.process.StepRole;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.validation.Path;
import org.shangliang.deliberation.validation.Severity;

/** Rules on the steps of a deliberation (DOMAIN.md, Jinan "五步"; Haidian 集议办督评). */
final class StepRules {
  static final String STEPS =
      "DOMAIN.md Jinan: 五步 (seeds/003); Haidian: 集议办督评 (seeds/000); any ordered plan (seeds/004)";

  private StepRules() {}

  static Path step(int index) {
    return Path.of("steps").index(index);
  }

  /** step.unknown: every step is in the profile's plan. */
  static final class Unknown extends BuiltInRule {
    Unknown() {
      super(RuleCodes.STEP_UNKNOWN, Severity.ERROR, STEPS);
    }

    @Override
    public void check(RuleContext context) {
      Optional<StepPlan> plan = context.profile().stepPlan();
      if (plan.isEmpty()) {
        return;
      }
      List<StepEvent> steps = context.deliberation().steps();
      for (int k = 0; k < steps.size(); k++) {
        if (plan.get().indexOf(steps.get(k).step()).isEmpty()) {
          context.report(step(k).child("step"), steps.get(k).step(), plan.get().name());
        }
      }
    }
  }

  /**
   * history.event-rejected: the deliberation's events fold: each fits the state the earlier ones lead
   * to. The first misfit is reported; later events are not judged.
   */
  static final class HistoryEventRejected extends BuiltInRule {
    HistoryEventRejected() {
      super(
          RuleCodes.HISTORY_EVENT_REJECTED,
          Severity.ERROR,
          "DOMAIN.md Jinan: 五步, four outcome kinds and after the result (seeds/003)");
    }

    @Override
    public void check(RuleContext context) {
      List<DeliberationEvent> events = context.deliberation().events();
      DeliberationHistory history = DeliberationHistory.empty();
      for (int i = 0; i < events.size(); i++) {
        DeliberationEvent event = events.get(i);
        if (!history.accepts(event)) {
          context.report(
              Path.of("events").index(i),
              event.type(),
              event.at(),
              history.state().phase(),
              List.copyOf(history.allowed()),
              history.state().lastEventAt().isPresent()
                  ? history.state().lastEventAt().get()
                  : TierRules.NONE);
          return;
        }
        history = history.apply(event);
      }
    }
  }

  /**
   * history.record-mismatch: where a record carries events, they agree with its facts: as many
   * meetings held as recorded, the admission decided the same way, and the last classification
   * (since the last reopening) of the recorded outcome's kind.
   */
  static final class HistoryRecordMismatch extends BuiltInRule {
    private static final LocalizedText MEETINGS = LocalizedText.of("召开会议次数", "meetings held");
    private static final LocalizedText ADMISSION = LocalizedText.of("议题审核", "admission");
    private static final LocalizedText OUTCOME = LocalizedText.of("结果类型", "outcome kind");

    HistoryRecordMismatch() {
      super(
          RuleCodes.HISTORY_RECORD_MISMATCH,
          Severity.ERROR,
          "DOMAIN.md Jinan: 五步, four outcome kinds and after the result (seeds/003)");
    }

    @Override
    public void check(RuleContext context) {
      Deliberation deliberation = context.deliberation();
      if (deliberation.events().isEmpty() || !folds(deliberation.events())) {
        return; // an empty history, or one history.event-rejected reports
      }
      int meetings = 0;
      Object admission = TierRules.NONE;
      Object kind = TierRules.NONE;
      for (DeliberationEvent event : deliberation.events()) {
        switch (event.type()) {
          case MEETING_HELD:
            meetings++;
            break;
          case ADMITTED:
          case REFUSED:
            admission = event.type() == EventType.ADMITTED ? AdmissionStatus.ADMITTED : AdmissionStatus.REFUSED;
            break;
          case OUTCOME_CLASSIFIED:
            kind = event.outcomeKind().get();
            break;
          case REOPENED:
            kind = TierRules.NONE;
            break;
          default:
            break;
        }
      }
      Path events = Path.of("events");
      if (meetings != deliberation.meetings().size()) {
        context.report(events, MEETINGS, meetings, deliberation.meetings().size());
      }
      Object recordedAdmission =
          deliberation.admission().isPresent()
              ? deliberation.admission().get().status()
              : TierRules.NONE;
      if (!admission.equals(recordedAdmission)) {
        context.report(events, ADMISSION, admission, recordedAdmission);
      }
      Object recordedKind =
          deliberation.outcome().isPresent() ? deliberation.outcome().get().kind() : TierRules.NONE;
      if (!kind.equals(recordedKind)) {
        context.report(events, OUTCOME, kind, recordedKind);
      }
    }
  }

  static boolean folds(List<DeliberationEvent> events) {
    DeliberationHistory history = DeliberationHistory.empty();
    for (DeliberationEvent event : events) {
      if (!history.accepts(event)) {
        return false;
      }
      history = history.apply(event);
    }
    return true;
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
  static final class Order extends BuiltInRule {
    Order() {
      super(RuleCodes.STEP_ORDER, Severity.ERROR, STEPS);
    }

    @Override
    public void check(RuleContext context) {
      Optional<StepPlan> plan = context.profile().stepPlan();
      if (plan.isEmpty()) {
        return;
      }
      List<StepEvent> steps = context.deliberation().steps();
      List<Instant> reopenings = new ArrayList<>();
      for (Reopening reopening : context.deliberation().reopenings()) {
        if (!steps.isEmpty() && reopening.at().isAfter(steps.get(0).enteredAt())) {
          reopenings.add(reopening.at());
        }
      }
      Collections.sort(reopenings);
      int restart = firstDeliberateStep(plan.get());
      int expected = 0;
      int nextReopening = 0;
      for (int k = 0; k < steps.size(); k++) {
        while (nextReopening < reopenings.size()
            && !reopenings.get(nextReopening).isAfter(steps.get(k).enteredAt())) {
          expected = restart; // a reopened deliberation deliberates again
          nextReopening++;
        }
        Optional<Integer> position = plan.get().indexOf(steps.get(k).step());
        if (position.isEmpty()) {
          continue;
        }
        if (position.get() != expected) {
          Object wanted =
              expected < plan.get().steps().size()
                  ? plan.get().steps().get(expected).name()
                  : TierRules.NONE;
          context.report(
              step(k).child("step"), plan.get().steps().get(position.get()).name(), wanted);
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
  static final class StartedEarly extends BuiltInRule {
    StartedEarly() {
      super(RuleCodes.STEP_STARTED_EARLY, Severity.ERROR, STEPS);
    }

    @Override
    public void check(RuleContext context) {
      if (context.profile().stepPlan().isEmpty()) {
        return;
      }
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
  static final class DeliberateNoMeeting extends BuiltInRule {
    DeliberateNoMeeting() {
      super(RuleCodes.STEP_DELIBERATE_NO_MEETING, Severity.ERROR, STEPS);
    }

    @Override
    public void check(RuleContext context) {
      Optional<StepPlan> plan = context.profile().stepPlan();
      if (plan.isEmpty()) {
        return;
      }
      List<StepEvent> steps = context.deliberation().steps();
      for (int k = 0; k < steps.size(); k++) {
        StepEvent event = steps.get(k);
        Optional<Step> step = plan.get().step(event.step());
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
  static final class CarriedOutBeforeDecision extends BuiltInRule {
    CarriedOutBeforeDecision() {
      super(RuleCodes.STEP_CARRIED_OUT_BEFORE_DECISION, Severity.ERROR, STEPS);
    }

    @Override
    public void check(RuleContext context) {
      Optional<StepPlan> plan = context.profile().stepPlan();
      if (plan.isEmpty()) {
        return;
      }
      List<StepEvent> steps = context.deliberation().steps();
      for (int k = 0; k < steps.size(); k++) {
        StepEvent event = steps.get(k);
        Optional<Step> step = plan.get().step(event.step());
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
