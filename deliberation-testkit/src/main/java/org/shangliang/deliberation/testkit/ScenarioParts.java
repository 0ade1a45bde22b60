package org.shangliang.deliberation.testkit;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.shangliang.deliberation.party.HouseholdLinks;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.validation.RuleCode;

/**
 * What a {@link ScenarioFactory} makes of one seed: a record and everything needed to judge it, and
 * the codes its report is expected to hold.
 *
 * @param profile the profile whose rules judge the record
 * @param jurisdiction the unit tree
 * @param calendar the working days
 * @param record the record
 * @param at the instant to judge at
 * @param expectedCodes the codes expected in the report (empty: compliant)
 * @param householdLinks the household links (党员联户) the validator is given ({@link
 *     HouseholdLinks#none()} unless the profile requires linked members to take part)
 */
public record ScenarioParts(
    Profile profile,
    Jurisdiction jurisdiction,
    WorkCalendar calendar,
    Deliberation record,
    Instant at,
    Set<RuleCode> expectedCodes,
    HouseholdLinks householdLinks) {

  /**
   * Checks that no part is {@code null} and copies the codes.
   *
   * @param profile the profile whose rules judge the record
   * @param jurisdiction the unit tree
   * @param calendar the working days
   * @param record the record
   * @param at the instant to judge at
   * @param expectedCodes the codes expected in the report (empty: compliant)
   * @param householdLinks the household links the validator is given
   */
  public ScenarioParts {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(at, "at");
    expectedCodes = Set.copyOf(Objects.requireNonNull(expectedCodes, "expectedCodes"));
    Objects.requireNonNull(householdLinks, "householdLinks");
  }

  /**
   * Parts without household links ({@link HouseholdLinks#none()}).
   *
   * @param profile the profile whose rules judge the record
   * @param jurisdiction the unit tree
   * @param calendar the working days
   * @param record the record
   * @param at the instant to judge at
   * @param expectedCodes the codes expected in the report (empty: compliant)
   */
  public ScenarioParts(
      Profile profile,
      Jurisdiction jurisdiction,
      WorkCalendar calendar,
      Deliberation record,
      Instant at,
      Set<RuleCode> expectedCodes) {
    this(profile, jurisdiction, calendar, record, at, expectedCodes, HouseholdLinks.none());
  }

  /**
   * These parts with another record and the codes its report is expected to hold.
   *
   * @param newRecord the record
   * @param newExpectedCodes the expected codes
   * @return the new parts
   */
  public ScenarioParts withRecord(Deliberation newRecord, Set<RuleCode> newExpectedCodes) {
    return new ScenarioParts(
        profile, jurisdiction, calendar, newRecord, at, newExpectedCodes, householdLinks);
  }

  /**
   * These parts judged at another instant, with the codes the report is then expected to hold.
   *
   * @param newAt the instant to judge at
   * @param newExpectedCodes the expected codes
   * @return the new parts
   */
  public ScenarioParts withAt(Instant newAt, Set<RuleCode> newExpectedCodes) {
    return new ScenarioParts(
        profile, jurisdiction, calendar, record, newAt, newExpectedCodes, householdLinks);
  }

  /**
   * These parts with another jurisdiction, calendar, record and instant, and the codes the report
   * is then expected to hold; the profile stays.
   *
   * @param newJurisdiction the unit tree
   * @param newCalendar the working days
   * @param newRecord the record
   * @param newAt the instant to judge at
   * @param newExpectedCodes the expected codes
   * @return the new parts
   */
  public ScenarioParts with(
      Jurisdiction newJurisdiction,
      WorkCalendar newCalendar,
      Deliberation newRecord,
      Instant newAt,
      Set<RuleCode> newExpectedCodes) {
    return new ScenarioParts(
        profile, newJurisdiction, newCalendar, newRecord, newAt, newExpectedCodes, householdLinks);
  }

  /**
   * These parts with other household links, and the codes the report is then expected to hold.
   *
   * @param newLinks the household links the validator is given
   * @param newExpectedCodes the expected codes
   * @return the new parts
   */
  public ScenarioParts withHouseholdLinks(HouseholdLinks newLinks, Set<RuleCode> newExpectedCodes) {
    return new ScenarioParts(profile, jurisdiction, calendar, record, at, newExpectedCodes, newLinks);
  }
}
