package org.shangliang.deliberation.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.Escalation;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.outcome.Revisit;
import org.shangliang.deliberation.outcome.Supervision;
import org.shangliang.deliberation.party.HouseholdLinks;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationHistory;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.Violation;

/**
 * What a {@link Rule} sees while it checks one record: the record, the profile, the jurisdiction, the
 * work calendar and the instant the record is judged at; and where it reports violations.
 *
 * <p>A context belongs to one call of {@link Validator#validate}: it collects that call's violations
 * and must not be kept or shared between threads. Everything it hands out is immutable. What several
 * rules need — the folded {@link #history()}, the time order of each list ({@link
 * #meetingsInTimeOrder()} …) — is computed on first use and kept for the rest of the call, so a record
 * is folded and sorted at most once however many rules read it.
 *
 * <p>The record's lists keep the order they were given in (e.g. database order). A rule that needs
 * time order reads a list through its {@link TimeOrder} and reports the element's position as given,
 * so violation paths point at the element the caller sent.
 */
public final class RuleContext {
  private final Deliberation deliberation;
  private final Profile profile;
  private final Jurisdiction jurisdiction;
  private final WorkCalendar calendar;
  private final Instant now;
  private final HouseholdLinks householdLinks;
  private Rule current;
  private Severity severity;
  private List<Violation> violations;
  private TimeOrder meetings;
  private TimeOrder steps;
  private TimeOrder supervision;
  private TimeOrder escalations;
  private TimeOrder revisits;
  private TimeOrder appraisals;
  private TimeOrder reopenings;

  RuleContext(
      Deliberation deliberation,
      Profile profile,
      Jurisdiction jurisdiction,
      WorkCalendar calendar,
      Instant now,
      HouseholdLinks householdLinks) {
    this.deliberation = deliberation;
    this.profile = profile;
    this.jurisdiction = jurisdiction;
    this.calendar = calendar;
    this.now = now;
    this.householdLinks = householdLinks;
  }

  /**
   * The record being checked.
   *
   * @return the deliberation
   */
  public Deliberation deliberation() {
    return deliberation;
  }

  /**
   * The profile the validator was built from.
   *
   * @return the profile
   */
  public Profile profile() {
    return profile;
  }

  /**
   * The unit tree.
   *
   * @return the jurisdiction
   */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /**
   * The caller's work calendar.
   *
   * @return the calendar
   */
  public WorkCalendar calendar() {
    return calendar;
  }

  /**
   * The household links (党员联户) the validator was given.
   *
   * @return the links; {@link HouseholdLinks#none()} if none were given
   */
  public HouseholdLinks householdLinks() {
    return householdLinks;
  }

  /**
   * The instant the record is judged at.
   *
   * @return the instant
   */
  public Instant now() {
    return now;
  }

  /**
   * The history of the record's events: {@link Deliberation#history()}, which the record folds once
   * and keeps, so every rule and every call shares it. It holds every event up to, not including,
   * the first that does not fit the state the earlier ones lead to (all of them if they all fit):
   * where {@link DeliberationHistory#size()} is
   * less than the number of events, the event at that index is the first misfit.
   *
   * @return the folded history; its {@link DeliberationHistory#state()} is the state reached
   */
  public DeliberationHistory history() {
    return deliberation.history();
  }

  /**
   * The meetings in time order of their start, computed once for this call.
   *
   * @return the order; {@link TimeOrder#index(int)} gives positions in {@link
   *     Deliberation#meetings()} as given
   */
  public TimeOrder meetingsInTimeOrder() {
    if (meetings == null) {
      meetings = TimeOrder.of(deliberation.meetings(), Meeting::startedAt);
    }
    return meetings;
  }

  /**
   * The steps in time order of their entry, computed once for this call.
   *
   * @return the order; positions are in {@link Deliberation#steps()} as given
   */
  public TimeOrder stepsInTimeOrder() {
    if (steps == null) {
      steps = TimeOrder.of(deliberation.steps(), StepEvent::enteredAt);
    }
    return steps;
  }

  /**
   * The supervision records in time order, computed once for this call.
   *
   * @return the order; positions are in {@link Deliberation#supervision()} as given
   */
  public TimeOrder supervisionInTimeOrder() {
    if (supervision == null) {
      supervision = TimeOrder.of(deliberation.supervision(), Supervision::at);
    }
    return supervision;
  }

  /**
   * The escalations in time order of sending, computed once for this call.
   *
   * @return the order; positions are in {@link Deliberation#escalations()} as given
   */
  public TimeOrder escalationsInTimeOrder() {
    if (escalations == null) {
      escalations = TimeOrder.of(deliberation.escalations(), Escalation::escalatedAt);
    }
    return escalations;
  }

  /**
   * The revisits in time order, computed once for this call.
   *
   * @return the order; positions are in {@link Deliberation#revisits()} as given
   */
  public TimeOrder revisitsInTimeOrder() {
    if (revisits == null) {
      revisits = TimeOrder.of(deliberation.revisits(), Revisit::at);
    }
    return revisits;
  }

  /**
   * The appraisals in time order, computed once for this call.
   *
   * @return the order; positions are in {@link Deliberation#appraisals()} as given
   */
  public TimeOrder appraisalsInTimeOrder() {
    if (appraisals == null) {
      appraisals = TimeOrder.of(deliberation.appraisals(), Appraisal::at);
    }
    return appraisals;
  }

  /**
   * The reopenings in time order, computed once for this call.
   *
   * @return the order; positions are in {@link Deliberation#reopenings()} as given
   */
  public TimeOrder reopeningsInTimeOrder() {
    if (reopenings == null) {
      reopenings = TimeOrder.of(deliberation.reopenings(), Reopening::at);
    }
    return reopenings;
  }

  /**
   * Reports a violation of the rule being checked. The arguments are copied into the violation: a
   * collection or an array becomes an immutable list in its iteration order, so changing it after
   * the call changes nothing in the report. The types allowed are listed at {@link Violation#args()}
   * (text, whole or exact numbers, enums, {@code java.time} values, ids, rule codes, paths, localized
   * texts, fractions, public funds, and collections or arrays of them).
   *
   * @param path where in the record
   * @param args the message's arguments, never personal data
   * @throws org.shangliang.deliberation.InvalidModelException if an argument is of another type (a
   *     bug in the rule, named by its place, e.g. {@code args[1]}): the library cannot know it to be
   *     immutable. The validator isolates the rule, as it does any rule that throws: the report
   *     holds {@code rule.failed} in place of the rule's findings ({@link Validator})
   */
  public void report(Path path, Object... args) {
    if (violations == null) {
      violations = new ArrayList<>(4);
    }
    violations.add(
        new Violation.Builder()
            .code(current.code())
            .severity(severity)
            .path(path)
            .addArgs(args)
            .source(current.source())
            .build());
  }

  void begin(Rule rule, Severity severity) {
    this.current = rule;
    this.severity = severity;
  }

  /** How many violations are reported so far. */
  int reported() {
    return violations == null ? 0 : violations.size();
  }

  /**
   * Replaces what the current rule reported since {@code mark} by one {@code rule.failed} violation
   * naming the rule's code and the exception's class (never its message, which may hold personal
   * data).
   */
  void failed(int mark, RuleCode code, RuntimeException exception, String source) {
    if (violations == null) {
      violations = new ArrayList<>(4);
    }
    violations.subList(mark, violations.size()).clear();
    violations.add(
        new Violation.Builder()
            .code(RuleCodes.RULE_FAILED)
            .severity(Severity.ERROR)
            .path(Path.root())
            .addArgs(code, exception.getClass().getName())
            .source(source)
            .build());
  }

  List<Violation> violations() {
    return violations == null ? Collections.emptyList() : violations;
  }
}
