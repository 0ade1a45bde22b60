package org.shangliang.deliberation.rules.internal;

import java.util.List;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.process.AdmissionStatus;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationEvent;
import org.shangliang.deliberation.process.DeliberationHistory;
import org.shangliang.deliberation.process.DeliberationState;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.validation.Severity;

/** Rules on a deliberation's event history (its state as the fold of its events). */
final class HistoryRules {
  private static final Path EVENTS = Path.of("events");

  private HistoryRules() {}

  /**
   * history.event-rejected: the deliberation's events fold: each fits the state the earlier ones lead
   * to. The first misfit is reported; later events are not judged.
   */
  static final class EventRejected extends BuiltInRule {
    EventRejected() {
      super(RuleCodes.HISTORY_EVENT_REJECTED, Severity.ERROR, HISTORY);
    }

    @Override
    public void check(RuleContext context) {
      List<DeliberationEvent> events = context.deliberation().events();
      DeliberationHistory before = context.history();
      int misfit = before.size();
      if (misfit == events.size()) {
        return;
      }
      DeliberationEvent event = events.get(misfit);
      context.report(
          Path.of("events").index(misfit),
          event.type(),
          event.at(),
          before.state().phase(),
          List.copyOf(before.allowed()),
          before.state().lastEventAt().isPresent()
              ? before.state().lastEventAt().get()
              : TierRules.NONE);
    }
  }

  /**
   * history.record-mismatch: where a record carries events that fold, the state they lead to agrees
   * with the record's facts: as many meetings held as recorded, the admission decided the same way,
   * and the outcome kind last classified (since the last reopening) the recorded one.
   */
  static final class RecordMismatch extends BuiltInRule {
    private static final LocalizedText MEETINGS = LocalizedText.of("召开会议次数", "meetings held");
    private static final LocalizedText ADMISSION = LocalizedText.of("议题审核", "admission");
    private static final LocalizedText OUTCOME = LocalizedText.of("结果类型", "outcome kind");

    RecordMismatch() {
      super(RuleCodes.HISTORY_RECORD_MISMATCH, Severity.ERROR, HISTORY);
    }

    @Override
    public void check(RuleContext context) {
      Deliberation deliberation = context.deliberation();
      DeliberationHistory history = context.history();
      if (deliberation.events().isEmpty() || history.size() < deliberation.events().size()) {
        return; // no history kept, or one history.event-rejected reports
      }
      DeliberationState state = history.state();
      if (state.meetingsHeld() != deliberation.meetings().size()) {
        context.report(EVENTS, MEETINGS, state.meetingsHeld(), deliberation.meetings().size());
      }
      Object admission = admission(state);
      Object recordedAdmission =
          deliberation.admission().isPresent()
              ? deliberation.admission().get().status()
              : TierRules.NONE;
      if (!admission.equals(recordedAdmission)) {
        context.report(EVENTS, ADMISSION, admission, recordedAdmission);
      }
      Object kind = state.outcomeKind().isPresent() ? state.outcomeKind().get() : TierRules.NONE;
      Object recordedKind =
          deliberation.outcome().isPresent() ? deliberation.outcome().get().kind() : TierRules.NONE;
      if (!kind.equals(recordedKind)) {
        context.report(EVENTS, OUTCOME, kind, recordedKind);
      }
    }

    /** How the events decided admission: not yet, refused, or admitted (every later phase). */
    private static Object admission(DeliberationState state) {
      switch (state.phase()) {
        case NEW:
        case RAISED:
          return TierRules.NONE;
        case REFUSED:
          return AdmissionStatus.REFUSED;
        default:
          return AdmissionStatus.ADMITTED;
      }
    }
  }
}
