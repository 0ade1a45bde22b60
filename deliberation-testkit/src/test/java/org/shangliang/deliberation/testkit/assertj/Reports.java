package org.shangliang.deliberation.testkit.assertj;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationEvent;
import org.shangliang.deliberation.process.EventType;
import org.shangliang.deliberation.process.Phase;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.testkit.Scenario;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.testkit.Shape;
import org.shangliang.deliberation.testkit.internal.RecordDraft;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/** Hand-made reports and scenarios whose reports are known, for the assertions' tests. */
final class Reports {
  static final Instant EVENT_AT = Instant.parse("2026-03-02T02:00:00Z");

  private Reports() {}

  static Violation violation(RuleCode code, Severity severity, String path, Object... args) {
    return new Violation.Builder()
        .code(code)
        .severity(severity)
        .path(Path.parse(path))
        .addArgs(args)
        .source("docs/domain.md#test")
        .build();
  }

  /** A quorum violation as the rule reports it: 2 of 9 signed in, at least 5 (≥ 1/2). */
  static Violation quorum(String path) {
    return violation(RuleCodes.MEETING_QUORUM_NOT_MET, Severity.ERROR, path, 2, 9, 5, "1/2", "≥");
  }

  /** A rejected event as the rule reports it: a topic raised when the deliberation is completed. */
  static Violation rejectedEvent(String path, Severity severity) {
    return violation(
        RuleCodes.HISTORY_EVENT_REJECTED,
        severity,
        path,
        EventType.TOPIC_RAISED,
        EVENT_AT,
        Phase.COMPLETED,
        List.of(EventType.REVISITED, EventType.APPRAISED, EventType.REOPENED),
        EVENT_AT.minusSeconds(3600));
  }

  static ValidationReport report(Violation... violations) {
    return ValidationReport.of(List.of(violations));
  }

  /** A valid Jinan scenario that keeps its events. */
  static Scenario validWithEvents(long seed) {
    return Scenarios.valid(Profiles.jinan(), Shape.any().withEvents()).generate(seed);
  }

  /**
   * A valid scenario with one more event at the end, a topic raised again, which does not fit: its
   * report holds exactly {@code history.event-rejected}, at {@code events[n]}, n its former number of
   * events; the scenario declares that code.
   */
  static Scenario withMisfitEvent(Scenario valid) {
    List<DeliberationEvent> events = new ArrayList<>(valid.record().events());
    DeliberationEvent last = events.get(events.size() - 1);
    events.add(DeliberationEvent.of(EventType.TOPIC_RAISED, last.at(), last.actor()));
    Deliberation record = RecordDraft.edit(valid.record(), d -> d.events = List.copyOf(events));
    return valid.withRecord(record, Set.of(RuleCodes.HISTORY_EVENT_REJECTED));
  }
}
