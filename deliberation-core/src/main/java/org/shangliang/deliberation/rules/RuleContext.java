package org.shangliang.deliberation.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.Violation;

/**
 * What a {@link Rule} sees while it checks one record: the record, the profile, the jurisdiction, the
 * work calendar and the instant the record is judged at; and where it reports violations.
 *
 * <p>A context belongs to one call of {@link Validator#validate}: it collects that call's violations
 * and must not be kept or shared between threads. Everything it hands out is immutable.
 */
public final class RuleContext {
  private final Deliberation deliberation;
  private final Profile profile;
  private final Jurisdiction jurisdiction;
  private final WorkCalendar calendar;
  private final Instant now;
  private Rule current;
  private Severity severity;
  private List<Violation> violations;

  RuleContext(
      Deliberation deliberation,
      Profile profile,
      Jurisdiction jurisdiction,
      WorkCalendar calendar,
      Instant now) {
    this.deliberation = deliberation;
    this.profile = profile;
    this.jurisdiction = jurisdiction;
    this.calendar = calendar;
    this.now = now;
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
   * The instant the record is judged at.
   *
   * @return the instant
   */
  public Instant now() {
    return now;
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
   *     immutable
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

  List<Violation> violations() {
    return violations == null ? Collections.emptyList() : violations;
  }
}
