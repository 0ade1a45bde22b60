package org.shangliang.deliberation.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.RuleSetting;
import org.shangliang.deliberation.rules.internal.BuiltInRules;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.ValidationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks deliberation records against a profile's rules and reports every broken rule. A pure function
 * of the record, the profile, the jurisdiction, the calendar and the instant given: it never reads the
 * clock and never throws for a broken rule.
 *
 * <pre>{@code
 * Validator validator = Validator.builder(Profiles.jinan())
 *     .jurisdiction(jurisdiction)
 *     .calendar(calendar)
 *     .build();
 * ValidationReport report = validator.validate(deliberation, Instant.now(clock));
 * }</pre>
 *
 * <p>The built-in rules ({@link #builtInRules()}) run in a fixed order, then the user's rules in the
 * order they were added; the profile's {@link RuleSetting}s switch any of them off or change its
 * severity.
 *
 * <p>Immutable and thread-safe.
 */
public final class Validator {
  private static final Logger LOG = LoggerFactory.getLogger(Validator.class);

  private final Profile profile;
  private final Jurisdiction jurisdiction;
  private final WorkCalendar calendar;
  private final Rule[] rules;
  private final Severity[] severities;

  private Validator(Builder builder) {
    this.profile = builder.profile;
    this.jurisdiction = builder.jurisdiction;
    this.calendar = builder.calendar;
    List<Rule> all = new ArrayList<>(BuiltInRules.all());
    Set<RuleCode> codes = new HashSet<>();
    for (Rule rule : all) {
      codes.add(rule.code());
    }
    for (int i = 0; i < builder.rules.size(); i++) {
      RuleCode code = builder.rules.get(i).code();
      if (code == null) {
        throw new InvalidModelException(
            Path.of("rules").index(i).child("code"), "must not be null");
      }
      if (!codes.add(code)) {
        throw new InvalidModelException(
            Path.of("rules").index(i).child("code"),
            "duplicate, was " + code + " (the code of a built-in rule or of an earlier one)");
      }
    }
    all.addAll(builder.rules);
    for (int i = 0; i < profile.ruleSettings().size(); i++) {
      RuleCode code = profile.ruleSettings().get(i).code();
      if (!codes.contains(code)) {
        throw new InvalidModelException(
            Path.of("profile", "ruleSettings").index(i).child("code"),
            "no rule has this code, was " + code + " (profile " + profile.id() + ")");
      }
    }
    List<Rule> active = new ArrayList<>();
    List<Severity> activeSeverities = new ArrayList<>();
    for (Rule rule : all) {
      Optional<RuleSetting> setting = profile.ruleSetting(rule.code());
      if (setting.isPresent() && !setting.get().enabled()) {
        continue;
      }
      active.add(rule);
      activeSeverities.add(
          setting.flatMap(RuleSetting::severity).orElse(rule.defaultSeverity()));
    }
    this.rules = active.toArray(new Rule[0]);
    this.severities = activeSeverities.toArray(new Severity[0]);
  }

  /**
   * Starts a validator for a profile.
   *
   * @param profile the profile whose rules and settings apply
   * @return a builder; the jurisdiction and the calendar must be set before {@link Builder#build()}
   * @throws InvalidModelException if the profile is {@code null} (path {@code profile})
   */
  public static Builder builder(Profile profile) {
    return new Builder(profile);
  }

  /**
   * The built-in rules, in the order they run, with their default severities and sources.
   *
   * @return the rules
   */
  public static List<Rule> builtInRules() {
    return BuiltInRules.all();
  }

  /**
   * The profile this validator applies.
   *
   * @return the profile
   */
  public Profile profile() {
    return profile;
  }

  /**
   * The rules this validator runs, after the profile's settings, in order.
   *
   * @return the active rules
   */
  public List<Rule> rules() {
    return List.of(rules);
  }

  /**
   * Checks a record.
   *
   * @param deliberation the record
   * @param now the instant the record is judged at (e.g. {@code Instant.now(clock)}); deadlines and
   *     periods are measured to it
   * @return the report of every violation; empty if the record breaks no active rule
   * @throws NullPointerException if an argument is {@code null} (a missing argument, not a
   *     malformed value; nothing else is thrown)
   */
  public ValidationReport validate(Deliberation deliberation, Instant now) {
    if (deliberation == null || now == null) {
      throw new NullPointerException(deliberation == null ? "deliberation" : "now");
    }
    RuleContext context = new RuleContext(deliberation, profile, jurisdiction, calendar, now);
    for (int i = 0; i < rules.length; i++) {
      context.begin(rules[i], severities[i]);
      rules[i].check(context);
    }
    ValidationReport report = ValidationReport.of(context.violations());
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "validated deliberation {} against profile {}: {} violation(s)",
          deliberation.id(),
          profile.id(),
          report.violations().size());
    }
    return report;
  }

  @Override
  public String toString() {
    return "Validator{profile=" + profile.id() + ", rules=" + rules.length + "}";
  }

  /**
   * Builds a {@link Validator}. Not thread-safe; the validator it builds is. Every part that is
   * missing, {@code null} or inconsistent raises an {@link InvalidModelException} whose path names
   * it: {@code profile}, {@code jurisdiction}, {@code calendar}, {@code rules[i]} or {@code
   * rules[i].code} (for the rules added, in the order they were added) and {@code
   * profile.ruleSettings[i].code}.
   */
  public static final class Builder {
    private final Profile profile;
    private Jurisdiction jurisdiction;
    private WorkCalendar calendar;
    private final List<Rule> rules = new ArrayList<>();

    private Builder(Profile profile) {
      if (profile == null) {
        throw new InvalidModelException(Path.of("profile"), "must not be null");
      }
      this.profile = profile;
    }

    /**
     * Sets the unit tree the records' units are in. Required.
     *
     * @param jurisdiction the jurisdiction
     * @return this builder
     * @throws InvalidModelException if it is {@code null}
     */
    public Builder jurisdiction(Jurisdiction jurisdiction) {
      if (jurisdiction == null) {
        throw new InvalidModelException(Path.of("jurisdiction"), "must not be null");
      }
      this.jurisdiction = jurisdiction;
      return this;
    }

    /**
     * Sets the working days regular dates fall on. Required: the library has no holiday data; {@link
     * WorkCalendar#weekendsOnly()} is the trivial calendar.
     *
     * @param calendar the calendar
     * @return this builder
     * @throws InvalidModelException if it is {@code null}
     */
    public Builder calendar(WorkCalendar calendar) {
      if (calendar == null) {
        throw new InvalidModelException(Path.of("calendar"), "must not be null");
      }
      this.calendar = calendar;
      return this;
    }

    /**
     * Adds a rule of the user's own; it runs after the built-in rules, and the profile's settings
     * apply to it by its code.
     *
     * @param rule the rule; its code must differ from every other rule's
     * @return this builder
     * @throws InvalidModelException if it is {@code null} (path {@code rules[i]})
     */
    public Builder addRule(Rule rule) {
      if (rule == null) {
        throw new InvalidModelException(Path.of("rules").index(rules.size()), "must not be null");
      }
      rules.add(rule);
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     * @throws InvalidModelException if the jurisdiction or the calendar is not set (path {@code
     *     jurisdiction} or {@code calendar}), a rule added has no code or the code of another rule
     *     (path {@code rules[i].code}), or the profile sets a code no rule has (path {@code
     *     profile.ruleSettings[i].code})
     */
    public Validator build() {
      if (jurisdiction == null) {
        throw new InvalidModelException(Path.of("jurisdiction"), "required, not set");
      }
      if (calendar == null) {
        throw new InvalidModelException(Path.of("calendar"), "required, not set");
      }
      return new Validator(this);
    }
  }
}
