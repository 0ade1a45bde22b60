package org.shangliang.deliberation.testkit;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.shangliang.deliberation.party.HouseholdLinks;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.rules.Rule;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.ValidationReport;

/**
 * One generated deliberation scenario: a record with everything needed to judge it (the profile,
 * its jurisdiction and work calendar, and the instant to judge at), the rule codes its report is
 * expected to hold (none for a valid scenario), and where it came from (the generator's recipe,
 * the seed and the size), so that it rebuilds exactly.
 *
 * <p>Immutable and thread-safe. Two scenarios are never compared by value: compare their records
 * or their reports.
 */
public final class Scenario {
  private final ScenarioGen origin;
  private final long seed;
  private final int size;
  private final boolean derived;
  private final Profile profile;
  private final Jurisdiction jurisdiction;
  private final WorkCalendar calendar;
  private final HouseholdLinks householdLinks;
  private final Deliberation record;
  private final Instant at;
  private final Set<RuleCode> expectedCodes;
  private final Validator validator;

  private Scenario(
      ScenarioGen origin,
      long seed,
      int size,
      boolean derived,
      ScenarioParts parts,
      Validator validator) {
    this.origin = origin;
    this.seed = seed;
    this.size = size;
    this.derived = derived;
    this.profile = parts.profile();
    this.jurisdiction = parts.jurisdiction();
    this.calendar = parts.calendar();
    this.householdLinks = parts.householdLinks();
    this.record = parts.record();
    this.at = parts.at();
    this.expectedCodes = sorted(parts.expectedCodes());
    this.validator = validator;
  }

  static Scenario generated(ScenarioGen origin, long seed, int size, ScenarioParts parts) {
    Validator validator =
        Validator.builder(parts.profile())
            .jurisdiction(parts.jurisdiction())
            .calendar(parts.calendar())
            .householdLinks(parts.householdLinks())
            .build();
    return new Scenario(origin, seed, size, false, parts, validator);
  }

  /**
   * The profile whose rules judge the record.
   *
   * @return the profile
   */
  public Profile profile() {
    return profile;
  }

  /**
   * The unit tree the record's units belong to.
   *
   * @return the jurisdiction
   */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /**
   * The working days the record's dates are judged by.
   *
   * @return the calendar
   */
  public WorkCalendar calendar() {
    return calendar;
  }

  /**
   * The household links (党员联户) the record is judged with: {@link HouseholdLinks#none()} unless the
   * profile requires linked party members to take part.
   *
   * @return the links
   */
  public HouseholdLinks householdLinks() {
    return householdLinks;
  }

  /**
   * The deliberation record.
   *
   * @return the record
   */
  public Deliberation record() {
    return record;
  }

  /**
   * The instant to judge the record at (deadlines fall before or after it).
   *
   * @return the instant
   */
  public Instant at() {
    return at;
  }

  /**
   * The codes the record's report is expected to hold: empty for a valid scenario; for a breaking
   * scenario the broken rule's code and any other that breaking it necessarily breaks.
   *
   * @return the expected codes, sorted, unmodifiable
   */
  public Set<RuleCode> expectedCodes() {
    return expectedCodes;
  }

  /**
   * The seed the scenario was generated from.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The size the scenario was generated at.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Whether this scenario was derived from a generated one (by {@link #withRecord} or by the
   * minimizer): then {@link #rebuild()} gives the scenario it was derived from.
   *
   * @return {@code true} if derived
   */
  public boolean derived() {
    return derived;
  }

  /**
   * The generator that made this scenario (or the one it was derived from).
   *
   * @return the generator
   */
  public ScenarioGen origin() {
    return origin;
  }

  /**
   * The scenario's parts: profile, jurisdiction, calendar, record, instant and expected codes.
   *
   * @return the parts
   */
  public ScenarioParts parts() {
    return new ScenarioParts(
        profile, jurisdiction, calendar, record, at, expectedCodes, householdLinks);
  }

  /**
   * The validator of this scenario's profile, jurisdiction and calendar (built once).
   *
   * @return the validator
   */
  public Validator validator() {
    return validator;
  }

  /**
   * Validates the record at {@link #at()}.
   *
   * @return the report
   */
  public ValidationReport validate() {
    return validator.validate(record, at);
  }

  /**
   * Validates the record at {@link #at()} with the profile's rules and some of one's own (a rule
   * under test): a validator of the same profile, jurisdiction and calendar, with {@code rules}
   * added.
   *
   * <pre>{@code
   * ValidationReport report = scenario.validateWith(new MyLocalRule());
   * }</pre>
   *
   * @param rules the extra rules, each with a code of its own
   * @return the report
   * @throws org.shangliang.deliberation.InvalidModelException if a rule is {@code null}, has no code
   *     or the code of another rule, no default severity or a blank source (as {@link
   *     Validator.Builder#build()})
   */
  public ValidationReport validateWith(Rule... rules) {
    Objects.requireNonNull(rules, "rules");
    Validator.Builder builder =
        Validator.builder(profile)
            .jurisdiction(jurisdiction)
            .calendar(calendar)
            .householdLinks(householdLinks);
    for (Rule rule : rules) {
      builder.addRule(rule);
    }
    return builder.build().validate(record, at);
  }

  /**
   * Generates this scenario again from its generator, seed and size. For a generated scenario the
   * result has an equal record; for a derived one it is the generated scenario it came from.
   *
   * @return the rebuilt scenario
   */
  public Scenario rebuild() {
    return origin.generate(seed, size);
  }

  /**
   * One line of Java that rebuilds this scenario, for a failure message: for example {@code
   * Scenarios.valid(Profiles.jinan()).generate(42L, 20)}.
   *
   * @return the snippet
   */
  public String snippet() {
    String line = origin.recipe() + ".generate(" + seed + "L, " + size + ")";
    return derived ? line + " /* then derived: see the test */" : line;
  }

  /**
   * A scenario derived from this one with another record (same profile, jurisdiction, calendar,
   * instant and origin) and the codes its report is expected to hold.
   *
   * @param newRecord the record
   * @param newExpectedCodes the expected codes
   * @return the derived scenario
   */
  public Scenario withRecord(Deliberation newRecord, Set<RuleCode> newExpectedCodes) {
    ScenarioParts parts =
        new ScenarioParts(
            profile, jurisdiction, calendar, newRecord, at, newExpectedCodes, householdLinks);
    return new Scenario(origin, seed, size, true, parts, validator);
  }

  /**
   * The scenario in one line: recipe, seed, size, record id and expected codes; no personal data.
   *
   * @return the text
   */
  @Override
  public String toString() {
    List<String> codes =
        expectedCodes.stream().map(RuleCode::value).collect(Collectors.toList());
    return "Scenario[" + snippet() + ", record " + record.id() + ", expected " + codes + "]";
  }

  private static Set<RuleCode> sorted(Set<RuleCode> codes) {
    Set<RuleCode> sorted = new TreeSet<>(Comparator.comparing(RuleCode::value));
    for (RuleCode code : codes) {
      sorted.add(Objects.requireNonNull(code, "expectedCodes: null code"));
    }
    return java.util.Collections.unmodifiableSet(sorted);
  }
}
