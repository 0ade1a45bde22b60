package org.shangliang.deliberation.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.party.HouseholdLinks;
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
 * of the record, the profile, the jurisdiction, the calendar, the household links (optional) and the
 * instant given: it never reads the clock and never throws for a broken rule.
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
 * <p><b>A rule that throws does not lose the report.</b> Each rule runs on its own: if its {@link
 * Rule#check} throws a {@link RuntimeException}, the violations it reported in that call are dropped
 * (they may be incomplete), one violation {@link RuleCodes#RULE_FAILED rule.failed} takes their place
 * — severity {@link Severity#ERROR} whatever the profile sets for the rule, at the root path, with two
 * arguments: the failing rule's code and the exception's class name — and the next rule runs. The
 * exception's message is never reported or logged, as it may carry personal data; the validator logs
 * one SLF4J warning naming the rule's code, the exception's class, the place it was thrown and the
 * deliberation's id. Built-in rules are isolated the same way: they must not throw on any record the
 * model accepts, but should one (a bug, or a caller's {@link WorkCalendar} that throws or has no
 * working day for a year), the report keeps every other rule's findings. {@code rule.failed} is no
 * rule of its own: a profile cannot switch it off or change its severity. {@link Error}s (out of
 * memory, stack overflow …) are not caught.
 *
 * <p><b>Lists in any order.</b> A record's lists may arrive in any order (e.g. database order); rules
 * that depend on order read them in time order ({@link RuleContext#meetingsInTimeOrder()} …), and
 * violation paths name elements by their position as given. Only the events are read strictly in the
 * order given, as a log ({@link org.shangliang.deliberation.process.DeliberationHistory}). A shuffled
 * record gets the same violations as the ordered one, with paths following each element.
 *
 * <p><b>Cost.</b> The built-in rules that judge a record's steps, events, supervision, progress
 * reports, revisits, appraisals, reopenings, escalations and follow-ups walk each list a fixed number of
 * times (a list that arrives out of time order is sorted once per call), looking parties up on the
 * party list by id, and build a violation's path only when they report it. The event history is folded
 * once per call ({@link RuleContext#history()}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Validator {
  private static final Logger LOG = LoggerFactory.getLogger(Validator.class);

  private final Profile profile;
  private final Jurisdiction jurisdiction;
  private final WorkCalendar calendar;
  private final HouseholdLinks householdLinks;
  private final Rule[] rules;
  private final RuleCode[] codes;
  private final Severity[] severities;
  private final boolean[] builtIn;

  private Validator(Builder builder) {
    this.profile = builder.profile;
    this.jurisdiction = builder.jurisdiction;
    this.calendar = builder.calendar;
    this.householdLinks = builder.householdLinks;
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
      Rule rule = builder.rules.get(i);
      if (rule.defaultSeverity() == null) {
        throw new InvalidModelException(
            Path.of("rules").index(i).child("defaultSeverity"), "must not be null");
      }
      if (rule.source() == null || rule.source().isBlank()) {
        throw new InvalidModelException(
            Path.of("rules").index(i).child("source"), "must not be blank");
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
    int builtIns = BuiltInRules.all().size();
    List<Rule> active = new ArrayList<>();
    List<Severity> activeSeverities = new ArrayList<>();
    List<Boolean> activeBuiltIn = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Rule rule = all.get(i);
      Optional<RuleSetting> setting = profile.ruleSetting(rule.code());
      if (setting.isPresent() && !setting.get().enabled()) {
        continue;
      }
      active.add(rule);
      activeSeverities.add(
          setting.flatMap(RuleSetting::severity).orElse(rule.defaultSeverity()));
      activeBuiltIn.add(i < builtIns);
    }
    this.rules = active.toArray(new Rule[0]);
    this.severities = activeSeverities.toArray(new Severity[0]);
    this.codes = new RuleCode[rules.length];
    this.builtIn = new boolean[rules.length];
    for (int i = 0; i < rules.length; i++) {
      this.codes[i] = rules[i].code();
      this.builtIn[i] = activeBuiltIn.get(i);
    }
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
   * <p>Never throws on a record the model accepted, other than for a {@code null} argument: a rule
   * that throws is reported as {@link RuleCodes#RULE_FAILED rule.failed} and the others still run (see
   * the class description), e.g. where the calendar has no working day within 366 days of a regular
   * meeting date that must move (a calendar that cannot be right).
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
    RuleContext context = new RuleContext(deliberation, profile, jurisdiction, calendar, now, householdLinks);
    for (int i = 0; i < rules.length; i++) {
      context.begin(rules[i], severities[i]);
      int mark = context.reported();
      try {
        rules[i].check(context);
      } catch (RuntimeException e) {
        context.failed(mark, codes[i], e, BuiltInRules.RULE_FAILED_SOURCE);
        // the exception's class and where it was thrown, never its message: it may hold personal data
        StackTraceElement[] trace = e.getStackTrace();
        LOG.warn(
            "{} rule {} threw {} at {} while checking deliberation {}; reported as {}, the other rules"
                + " ran",
            builtIn[i] ? "built-in" : "user",
            codes[i],
            e.getClass().getName(),
            trace.length > 0 ? trace[0] : "an unknown place",
            deliberation.id(),
            RuleCodes.RULE_FAILED);
      }
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
    private HouseholdLinks householdLinks = HouseholdLinks.none();
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
     * Sets the household links (党员联户) a city keeps beside its unit tree: which party member is
     * linked to the households of which courtyard or building. Optional: without links ({@link
     * HouseholdLinks#none()}, the default) {@code party.linked-member-absent} has nothing to check.
     *
     * @param householdLinks the links
     * @return this builder
     * @throws InvalidModelException if they are {@code null} (path {@code householdLinks})
     */
    public Builder householdLinks(HouseholdLinks householdLinks) {
      if (householdLinks == null) {
        throw new InvalidModelException(Path.of("householdLinks"), "must not be null");
      }
      this.householdLinks = householdLinks;
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
     *     (path {@code rules[i].code}), no default severity or a blank source (path {@code
     *     rules[i].defaultSeverity} or {@code rules[i].source}), or the profile sets a code no rule has (path {@code
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
