package org.shangliang.deliberation.rules;

import java.util.List;
import org.shangliang.deliberation.validation.RuleCode;

/**
 * The codes of the built-in rules. Codes are stable API: never renamed, never reused. {@code
 * docs/rules.md} lists each with its severity, messages and source.
 */
public final class RuleCodes {
  /** A unit the record names is not in the jurisdiction. */
  public static final RuleCode UNIT_UNKNOWN = RuleCode.of("unit.unknown");

  /** A topic settled by law or by a higher party committee was admitted. */
  public static final RuleCode TOPIC_SETTLED_ELSEWHERE_ADMITTED =
      RuleCode.of("topic.settled-elsewhere.admitted");

  /** A topic settled by law or by a higher party committee has no explanation to residents. */
  public static final RuleCode TOPIC_SETTLED_ELSEWHERE_EXPLANATION_MISSING =
      RuleCode.of("topic.settled-elsewhere.explanation-missing");

  /** A two-party dispute was admitted without a party-organisation meeting's approval. */
  public static final RuleCode TOPIC_DISPUTE_APPROVAL_MISSING =
      RuleCode.of("topic.dispute.approval-missing");

  /** A two-party dispute was admitted without a designated mediator. */
  public static final RuleCode TOPIC_DISPUTE_MEDIATOR_MISSING =
      RuleCode.of("topic.dispute.mediator-missing");

  /** A dispute's designated mediator is not on the party list. */
  public static final RuleCode TOPIC_DISPUTE_MEDIATOR_NOT_LISTED =
      RuleCode.of("topic.dispute.mediator-not-listed");

  /** The topic's category is not in the profile's catalogue. */
  public static final RuleCode TOPIC_CATEGORY_UNKNOWN = RuleCode.of("topic.category.unknown");

  /** The topic's catalogue entry is not in the profile's catalogue. */
  public static final RuleCode TOPIC_CATALOGUE_ENTRY_UNKNOWN =
      RuleCode.of("topic.catalogue-entry.unknown");

  /** The topic's catalogue entry belongs to another category than the topic's. */
  public static final RuleCode TOPIC_CATALOGUE_ENTRY_CATEGORY_MISMATCH =
      RuleCode.of("topic.catalogue-entry.category-mismatch");

  /** A party kind the category or entry requires is not on the party list. */
  public static final RuleCode PARTY_REQUIRED_KIND_MISSING =
      RuleCode.of("party.required-kind-missing");

  /** A topic involving public funds lacks a supervisor of a kind the profile names. */
  public static final RuleCode PARTY_PUBLIC_FUNDS_SUPERVISOR_MISSING =
      RuleCode.of("party.public-funds-supervisor-missing");

  /** An affected unit has no party belonging to or representing it. */
  public static final RuleCode PARTY_AFFECTED_UNIT_UNREPRESENTED =
      RuleCode.of("party.affected-unit-unrepresented");

  /** The affected units lie in separate trees: no unit covers them all. */
  public static final RuleCode TIER_NO_COMMON_UNIT = RuleCode.of("tier.no-common-unit");

  /** The deliberating unit does not cover every affected unit. */
  public static final RuleCode TIER_UNIT_NOT_COVERING = RuleCode.of("tier.unit-not-covering");

  /** The profile has no tier rule at the deliberating unit's level. */
  public static final RuleCode TIER_NO_RULE = RuleCode.of("tier.no-rule");

  /** The deliberating tier may not decide a matter of this size or category. */
  public static final RuleCode TIER_POWERS_EXCEEDED = RuleCode.of("tier.powers-exceeded");

  /** A non-urgent matter is planned off the tier's regular date. */
  public static final RuleCode TIMING_NOT_REGULAR_DATE = RuleCode.of("timing.not-regular-date");

  private RuleCodes() {}

  /**
   * Every built-in code, in the order the validator runs the rules.
   *
   * @return the codes
   */
  public static List<RuleCode> all() {
    return List.of(
        UNIT_UNKNOWN,
        TOPIC_SETTLED_ELSEWHERE_ADMITTED,
        TOPIC_SETTLED_ELSEWHERE_EXPLANATION_MISSING,
        TOPIC_DISPUTE_APPROVAL_MISSING,
        TOPIC_DISPUTE_MEDIATOR_MISSING,
        TOPIC_DISPUTE_MEDIATOR_NOT_LISTED,
        TOPIC_CATEGORY_UNKNOWN,
        TOPIC_CATALOGUE_ENTRY_UNKNOWN,
        TOPIC_CATALOGUE_ENTRY_CATEGORY_MISMATCH,
        PARTY_REQUIRED_KIND_MISSING,
        PARTY_PUBLIC_FUNDS_SUPERVISOR_MISSING,
        PARTY_AFFECTED_UNIT_UNREPRESENTED,
        TIER_NO_COMMON_UNIT,
        TIER_UNIT_NOT_COVERING,
        TIER_NO_RULE,
        TIER_POWERS_EXCEEDED,
        TIMING_NOT_REGULAR_DATE);
  }
}
