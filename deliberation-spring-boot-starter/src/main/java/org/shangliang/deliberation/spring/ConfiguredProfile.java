package org.shangliang.deliberation.spring;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.rules.Obligations;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.validation.Obligation;
import org.shangliang.deliberation.validation.ValidationReport;

/**
 * One configured profile of a service: a profile (规程) with its unit tree and work calendar, the
 * validator and obligations made from them, a JSON reader and writer for its records (a vote may
 * name the profile's rule) and the clock that gives "now". Made by the starter from {@link
 * ShangliangProperties}; immutable and thread-safe.
 */
public final class ConfiguredProfile {
  private final String name;
  private final Profile profile;
  private final Jurisdiction jurisdiction;
  private final WorkCalendar calendar;
  private final Validator validator;
  private final Obligations obligations;
  private final DeliberationJson json;
  private final Clock clock;

  /**
   * Creates a configured profile.
   *
   * @param name the name the service knows it by
   * @param validator the validator, which carries the profile
   * @param jurisdiction the unit tree the validator was built with
   * @param calendar the work calendar the validator was built with
   * @param json the reader and writer of the profile's records
   * @param clock the clock that gives "now"
   */
  public ConfiguredProfile(
      String name,
      Validator validator,
      Jurisdiction jurisdiction,
      WorkCalendar calendar,
      DeliberationJson json,
      Clock clock) {
    this.name = Objects.requireNonNull(name, "name");
    this.validator = Objects.requireNonNull(validator, "validator");
    this.profile = validator.profile();
    this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.obligations = Obligations.of(profile);
    this.json = Objects.requireNonNull(json, "json");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The name the service knows this profile by: the key under {@code shangliang.profiles}, or
   * {@value DeliberationProfiles#DEFAULT} for the top-level properties.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The profile.
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
   * The work calendar.
   *
   * @return the calendar
   */
  public WorkCalendar calendar() {
    return calendar;
  }

  /**
   * The validator of the profile, unit tree and calendar, with the application's {@code Rule}
   * beans added.
   *
   * @return the validator
   */
  public Validator validator() {
    return validator;
  }

  /**
   * The obligations of the profile.
   *
   * @return the obligations
   */
  public Obligations obligations() {
    return obligations;
  }

  /**
   * A JSON reader and writer for this profile's records: local date-times are read in the
   * profile's zone, and a vote may name the profile's rule ({@code "rule": "major"}).
   *
   * @return the reader and writer
   */
  public DeliberationJson json() {
    return json;
  }

  /**
   * Now, by the application's {@link Clock} bean, or the system clock in UTC if it has none.
   *
   * @return the instant
   */
  public Instant now() {
    return clock.instant();
  }

  /**
   * Validates a record now ({@link #now()}).
   *
   * @param record the record
   * @return the report
   */
  public ValidationReport validate(Deliberation record) {
    return validator.validate(record, now());
  }

  /**
   * What a record owes at an instant: due and overdue obligations.
   *
   * @param record the record
   * @param at the instant
   * @return the obligations, in the order {@link Obligations#at} gives them
   */
  public List<Obligation> obligationsAt(Deliberation record, Instant at) {
    return obligations.at(record, at);
  }

  @Override
  public String toString() {
    return "ConfiguredProfile[" + name + ": " + profile.id() + "]";
  }
}
