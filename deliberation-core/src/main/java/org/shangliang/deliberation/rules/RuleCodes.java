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

  /** A dispute was admitted before the party-organisation meeting approved it. */
  public static final RuleCode TOPIC_DISPUTE_APPROVAL_LATE = RuleCode.of("topic.dispute.approval-late");

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

  /**
   * A party member linked to the households of an affected courtyard or building (党员联户) is not on
   * the party list, where the profile requires linked members to take part.
   */
  public static final RuleCode PARTY_LINKED_MEMBER_ABSENT =
      RuleCode.of("party.linked-member-absent");

  /** A party takes a role the profile's negative list (负面清单) forbids to its kind. */
  public static final RuleCode PARTY_FORBIDDEN_ROLE = RuleCode.of("party.forbidden-role");

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

  /** A regular meeting of a non-urgent matter was scheduled off the tier's regular date. */
  public static final RuleCode TIMING_MEETING_NOT_REGULAR_DATE = RuleCode.of("timing.meeting-not-regular-date");

  /** A party a meeting names (chair, recorder, invited, signed in, speaker, voter…) is not on the party list. */
  public static final RuleCode MEETING_PARTY_NOT_LISTED = RuleCode.of("meeting.party.not-listed");

  /** A meeting is held by another unit's body than the deliberating unit's. */
  public static final RuleCode MEETING_UNIT_NOT_DELIBERATING_UNIT =
      RuleCode.of("meeting.unit.not-deliberating-unit");

  /** A stage of the profile's meeting stages (七定) is missing from a meeting. */
  public static final RuleCode MEETING_STAGE_MISSING = RuleCode.of("meeting.stage.missing");

  /** A meeting's stages are out of the profile's order. */
  public static final RuleCode MEETING_STAGE_ORDER = RuleCode.of("meeting.stage.order");

  /** A stage starts before the previous one, or outside the meeting. */
  public static final RuleCode MEETING_STAGE_TIME = RuleCode.of("meeting.stage.time");

  /** Too few of the invited signed in. */
  public static final RuleCode MEETING_QUORUM_NOT_MET = RuleCode.of("meeting.quorum.not-met");

  /** The chair is not a party of the tier's convener kind belonging to the meeting's unit. */
  public static final RuleCode MEETING_CHAIR_NOT_CONVENER = RuleCode.of("meeting.chair.not-convener");

  /** A party spoke without signing in. */
  public static final RuleCode MEETING_SPEAKER_NOT_SIGNED_IN =
      RuleCode.of("meeting.speaker.not-signed-in");

  /** A speaking turn lasted longer than the profile's limit. */
  public static final RuleCode MEETING_SPEAKING_TIME_EXCEEDED =
      RuleCode.of("meeting.speaking-time.exceeded");

  /** A party voted without signing in. */
  public static final RuleCode MEETING_BALLOT_NOT_SIGNED_IN =
      RuleCode.of("meeting.ballot.not-signed-in");

  /** A party voted more than once. */
  public static final RuleCode MEETING_BALLOT_DUPLICATE = RuleCode.of("meeting.ballot.duplicate");

  /** A party that declared a conflict of interest voted. */
  public static final RuleCode MEETING_BALLOT_CONFLICT_OF_INTEREST =
      RuleCode.of("meeting.ballot.conflict-of-interest");

  /** A party voted who is not in the vote's eligible snapshot. */
  public static final RuleCode MEETING_BALLOT_NOT_ELIGIBLE = RuleCode.of("meeting.ballot.not-eligible");

  /** The vote's rule is not the profile's rule for the matter's size. */
  public static final RuleCode MEETING_VOTE_RULE_MISMATCH = RuleCode.of("meeting.vote.rule-mismatch");

  /** The outcome recorded differs from the decision the vote's record computes. */
  public static final RuleCode MEETING_VOTE_OUTCOME_MISMATCH =
      RuleCode.of("meeting.vote.outcome-mismatch");

  /** A show of hands counts more hands than voters present. */
  public static final RuleCode MEETING_VOTE_SHOW_OF_HANDS_EXCEEDS_PRESENT = RuleCode.of("meeting.vote.show-of-hands-exceeds-present");

  /** A voter's kind or weight in the vote's snapshot differs from the party list. */
  public static final RuleCode MEETING_VOTE_VOTER_MISMATCH = RuleCode.of("meeting.vote.voter-mismatch");

  /** A meeting's vote closed before its discussion started. */
  public static final RuleCode MEETING_RESULT_BEFORE_DISCUSSION =
      RuleCode.of("meeting.result.before-discussion");

  /** A meeting's result has no publicity notice. */
  public static final RuleCode MEETING_PUBLICITY_MISSING = RuleCode.of("meeting.publicity.missing");

  /** A publicity notice was up for less than the profile's minimum. */
  public static final RuleCode MEETING_PUBLICITY_TOO_SHORT = RuleCode.of("meeting.publicity.too-short");

  /** A major matter was deliberated without a full meeting of the tier's body. */
  public static final RuleCode MEETING_KIND_MAJOR_NEEDS_FULL =
      RuleCode.of("meeting.kind.major-needs-full-meeting");

  /** Online micro-deliberation was used beyond minor matters of small scope. */
  public static final RuleCode MEETING_KIND_ONLINE_NOT_ALLOWED =
      RuleCode.of("meeting.kind.online-not-allowed");

  /** An urgent matter was not deliberated within the profile's urgent window. */
  public static final RuleCode MEETING_URGENT_LATE = RuleCode.of("meeting.urgent.late");

  /** A problem raised at a meeting got no proposed solution within the profile's window. */
  public static final RuleCode MEETING_PROBLEM_SOLUTION_LATE =
      RuleCode.of("meeting.problem.solution-late");

  /** A step is not in the profile's step plan. */
  public static final RuleCode STEP_UNKNOWN = RuleCode.of("step.unknown");

  /** A step's actor is not on the party list. */
  public static final RuleCode STEP_ACTOR_NOT_LISTED = RuleCode.of("step.actor-not-listed");

  /** A step was skipped or taken out of the plan's order. */
  public static final RuleCode STEP_ORDER = RuleCode.of("step.order");

  /** A step started before the previous one was completed. */
  public static final RuleCode STEP_STARTED_EARLY = RuleCode.of("step.started-early");

  /** A completed deliberate step contains no meeting. */
  public static final RuleCode STEP_DELIBERATE_NO_MEETING = RuleCode.of("step.deliberate.no-meeting");

  /** A carry-out step started before any decision. */
  public static final RuleCode STEP_CARRIED_OUT_BEFORE_DECISION =
      RuleCode.of("step.carried-out-before-decision");

  /** The recorded outcome kind is not the one its facts classify to. */
  public static final RuleCode OUTCOME_KIND_CONTRADICTS_FACTS = RuleCode.of("outcome.kind.contradicts-facts");

  /** A matter was shelved after fewer rounds than the profile asks, without deep disagreement or wide scope. */
  public static final RuleCode OUTCOME_SHELVED_PREMATURE = RuleCode.of("outcome.shelved.premature");

  /** An immediate or committed outcome has no agreed items. */
  public static final RuleCode OUTCOME_DUTIES_MISSING = RuleCode.of("outcome.duties-missing");

  /** An agreed item lacks a responsible party, measures or a deadline. */
  public static final RuleCode OUTCOME_DUTY_INCOMPLETE = RuleCode.of("outcome.duty.incomplete");

  /** An agreed item's responsible party is not on the party list. */
  public static final RuleCode OUTCOME_DUTY_RESPONSIBLE_NOT_LISTED = RuleCode.of("outcome.duty.responsible-not-listed");

  /** An agreed item was not finished by its deadline. */
  public static final RuleCode OUTCOME_DUTY_OVERDUE = RuleCode.of("outcome.duty.overdue");

  /** A finished item has no completion record. */
  public static final RuleCode OUTCOME_DUTY_COMPLETION_RECORD_MISSING = RuleCode.of("outcome.duty.completion-record-missing");

  /**
   * A committed item published no progress report within the interval after its last one (or its
   * classification), up to its completion or the instant judged.
   */
  public static final RuleCode OUTCOME_COMMITTED_PROGRESS_MISSING = RuleCode.of("outcome.committed.progress-missing");

  /**
   * A shelved matter was not explained to residents: no notice given at or after the shelving, once
   * the profile's explanation window (if any) has passed.
   */
  public static final RuleCode OUTCOME_SHELVED_EXPLANATION_MISSING = RuleCode.of("outcome.shelved.explanation-missing");

  /** A shelved matter was not taken up again by its date. */
  public static final RuleCode OUTCOME_SHELVED_NOT_TAKEN_UP = RuleCode.of("outcome.shelved.not-taken-up");

  /** A recommendation was not sent up to the higher tier. */
  public static final RuleCode OUTCOME_RECOMMENDATION_NOT_ESCALATED = RuleCode.of("outcome.recommendation.not-escalated");

  /** A recommendation went up without a proposed solution. */
  public static final RuleCode OUTCOME_RECOMMENDATION_SOLUTION_MISSING = RuleCode.of("outcome.recommendation.solution-missing");

  /**
   * Residents were not told that a recommendation was solved, once the profile's notice window (if
   * any) after the solution has passed.
   */
  public static final RuleCode OUTCOME_RECOMMENDATION_RESIDENTS_NOT_TOLD = RuleCode.of("outcome.recommendation.residents-not-told");

  /** A committed item's progress report came later than the interval after the previous one. */
  public static final RuleCode OUTCOME_COMMITTED_PROGRESS_LATE = RuleCode.of("outcome.committed.progress-late");

  /** A shelved matter was explained to residents later than the profile's window allows. */
  public static final RuleCode OUTCOME_SHELVED_EXPLANATION_LATE = RuleCode.of("outcome.shelved.explanation-late");

  /** Residents were told of a recommendation's result before the higher tier had solved it. */
  public static final RuleCode OUTCOME_RECOMMENDATION_TOLD_BEFORE_SOLVED = RuleCode.of("outcome.recommendation.told-before-solved");

  /** Residents were told of a solved recommendation later than the profile's window allows. */
  public static final RuleCode OUTCOME_RECOMMENDATION_RESIDENTS_TOLD_LATE = RuleCode.of("outcome.recommendation.residents-told-late");

  /**
   * An agreed item's duty kind is not on the profile's list of powers and duties (权责清单), where the
   * profile has one.
   */
  public static final RuleCode OUTCOME_DUTY_KIND_UNKNOWN = RuleCode.of("outcome.duty.kind-unknown");

  /**
   * An agreed item's responsible party is of a kind that does not carry the item's duty kind on the
   * profile's list of powers and duties (权责清单).
   */
  public static final RuleCode OUTCOME_DUTY_KIND_NOT_CARRIED =
      RuleCode.of("outcome.duty.kind-not-carried");

  /** A matter went up to another level than the profile names. */
  public static final RuleCode ESCALATION_WRONG_LEVEL = RuleCode.of("escalation.wrong-level");

  /** A matter went up from another unit than the one that deliberated it. */
  public static final RuleCode ESCALATION_FROM_OTHER_UNIT = RuleCode.of("escalation.from-other-unit");

  /** The higher tier did not answer an escalated matter by its deadline. */
  public static final RuleCode ESCALATION_ANSWER_LATE = RuleCode.of("escalation.answer-late");

  /** An escalated matter has no named follower on the party list. */
  public static final RuleCode ESCALATION_FOLLOWER_MISSING = RuleCode.of("escalation.follower-missing");

  /** An escalated matter was not followed up in time. */
  public static final RuleCode ESCALATION_FOLLOW_UP_LATE = RuleCode.of("escalation.follow-up-late");

  /** A phase of supervision (before, during, after) is missing. */
  public static final RuleCode SUPERVISION_PHASE_MISSING = RuleCode.of("supervision.phase-missing");

  /** A supervisor is not on the party list or not of a supervising kind. */
  public static final RuleCode SUPERVISION_SUPERVISOR_NOT_ALLOWED = RuleCode.of("supervision.supervisor-not-allowed");

  /** Public money was spent without supervision by a kind the profile names. */
  public static final RuleCode SUPERVISION_PUBLIC_FUNDS_MISSING = RuleCode.of("supervision.public-funds-missing");

  /** A finished outcome was not revisited in time. */
  public static final RuleCode REVISIT_MISSING = RuleCode.of("revisit.missing");

  /** An appraisal's score is off the profile's scale. */
  public static final RuleCode APPRAISAL_SCORE_OUT_OF_SCALE = RuleCode.of("appraisal.score-out-of-scale");

  /** A poor appraisal did not reopen the deliberation though the profile says it does. */
  public static final RuleCode APPRAISAL_POOR_NOT_REOPENED = RuleCode.of("appraisal.poor-not-reopened");

  /** A hotline case's first-contact party or department is not on the party list. */
  public static final RuleCode HOTLINE_PARTY_NOT_LISTED = RuleCode.of("hotline.party-not-listed");

  /** The hotline case's ticket is not the one the topic's source names. */
  public static final RuleCode HOTLINE_TICKET_MISMATCH = RuleCode.of("hotline.ticket-mismatch");

  /** A hotline case for one department was not forwarded to it. */
  public static final RuleCode HOTLINE_NOT_FORWARDED = RuleCode.of("hotline.not-forwarded");

  /** A hotline case for several departments did not go to the coordination group. */
  public static final RuleCode HOTLINE_NOT_COORDINATED = RuleCode.of("hotline.not-coordinated");

  /** A hotline caller got no reply in time. */
  public static final RuleCode HOTLINE_REPLY_LATE = RuleCode.of("hotline.reply-late");

  /** A hotline case was not handled in time. */
  public static final RuleCode HOTLINE_HANDLING_LATE = RuleCode.of("hotline.handling-late");

  /** An event of the deliberation's history does not fit the state the earlier events lead to. */
  public static final RuleCode HISTORY_EVENT_REJECTED = RuleCode.of("history.event-rejected");

  /** A record's events disagree with its facts (meetings, admission, outcome kind). */
  public static final RuleCode HISTORY_RECORD_MISMATCH = RuleCode.of("history.record-mismatch");

  /** A matter that needs a risk assessment was decided without one. */
  public static final RuleCode RISK_ASSESSMENT_MISSING = RuleCode.of("risk.assessment-missing");

  /** A matter that needs a risk assessment was assessed only after it was decided. */
  public static final RuleCode RISK_ASSESSMENT_LATE = RuleCode.of("risk.assessment-late");

  /** A risk assessment's assessor is not on the party list. */
  public static final RuleCode RISK_ASSESSOR_NOT_LISTED = RuleCode.of("risk.assessor-not-listed");

  /** A risk assessment that finds a high risk names no mitigation measures. */
  public static final RuleCode RISK_MEASURES_MISSING = RuleCode.of("risk.measures-missing");

  /**
   * An act of the party organisation that the profile requires (its review of the topic, its setting of
   * the form and procedure, its naming of the organiser) is not recorded though it is due.
   */
  public static final RuleCode GATEKEEPING_ACT_MISSING = RuleCode.of("gatekeeping.act-missing");

  /**
   * An act of the party organisation was taken by a party that is not the listed party organisation of
   * the deliberating unit (the community; the sub-district for a cross-community matter).
   */
  public static final RuleCode GATEKEEPING_ACTOR_WRONG_BODY = RuleCode.of("gatekeeping.actor-wrong-body");

  /** The person the party organisation named to draft the plan and invite the parties is not listed. */
  public static final RuleCode GATEKEEPING_ORGANISER_NOT_LISTED =
      RuleCode.of("gatekeeping.organiser-not-listed");

  /** The party organisation's first act of a kind came after the first meeting started. */
  public static final RuleCode GATEKEEPING_ACT_AFTER_MEETING = RuleCode.of("gatekeeping.act-after-meeting");

  /** The party organisation's first review of the topic came after the admission was decided. */
  public static final RuleCode GATEKEEPING_REVIEW_AFTER_ADMISSION =
      RuleCode.of("gatekeeping.review-after-admission");

  /**
   * A rule threw instead of finishing its check; the report holds none of its findings. Reported by
   * the validator itself, not by a rule: always an error, at the root path, with the failing rule's
   * code and the exception's class name. Not in {@link #all()}, and no profile setting applies to it
   * (see {@link Validator}).
   */
  public static final RuleCode RULE_FAILED = RuleCode.of("rule.failed");

  private RuleCodes() {}

  /**
   * Every code of a built-in rule, in the order the validator runs the rules ({@link #RULE_FAILED},
   * which no rule reports, is not among them).
   *
   * @return the codes
   */
  public static List<RuleCode> all() {
    return List.of(
        UNIT_UNKNOWN,
        TOPIC_SETTLED_ELSEWHERE_ADMITTED,
        TOPIC_SETTLED_ELSEWHERE_EXPLANATION_MISSING,
        TOPIC_DISPUTE_APPROVAL_MISSING,
        TOPIC_DISPUTE_APPROVAL_LATE,
        TOPIC_DISPUTE_MEDIATOR_MISSING,
        TOPIC_DISPUTE_MEDIATOR_NOT_LISTED,
        TOPIC_CATEGORY_UNKNOWN,
        TOPIC_CATALOGUE_ENTRY_UNKNOWN,
        TOPIC_CATALOGUE_ENTRY_CATEGORY_MISMATCH,
        PARTY_REQUIRED_KIND_MISSING,
        PARTY_PUBLIC_FUNDS_SUPERVISOR_MISSING,
        PARTY_AFFECTED_UNIT_UNREPRESENTED,
        PARTY_LINKED_MEMBER_ABSENT,
        PARTY_FORBIDDEN_ROLE,
        TIER_NO_COMMON_UNIT,
        TIER_UNIT_NOT_COVERING,
        TIER_NO_RULE,
        TIER_POWERS_EXCEEDED,
        TIMING_NOT_REGULAR_DATE,
        TIMING_MEETING_NOT_REGULAR_DATE,
        MEETING_PARTY_NOT_LISTED,
        MEETING_UNIT_NOT_DELIBERATING_UNIT,
        MEETING_STAGE_MISSING,
        MEETING_STAGE_ORDER,
        MEETING_STAGE_TIME,
        MEETING_QUORUM_NOT_MET,
        MEETING_CHAIR_NOT_CONVENER,
        MEETING_SPEAKER_NOT_SIGNED_IN,
        MEETING_SPEAKING_TIME_EXCEEDED,
        MEETING_BALLOT_NOT_SIGNED_IN,
        MEETING_BALLOT_DUPLICATE,
        MEETING_BALLOT_CONFLICT_OF_INTEREST,
        MEETING_BALLOT_NOT_ELIGIBLE,
        MEETING_VOTE_RULE_MISMATCH,
        MEETING_VOTE_OUTCOME_MISMATCH,
        MEETING_VOTE_SHOW_OF_HANDS_EXCEEDS_PRESENT,
        MEETING_VOTE_VOTER_MISMATCH,
        MEETING_RESULT_BEFORE_DISCUSSION,
        MEETING_PUBLICITY_MISSING,
        MEETING_PUBLICITY_TOO_SHORT,
        MEETING_KIND_MAJOR_NEEDS_FULL,
        MEETING_KIND_ONLINE_NOT_ALLOWED,
        MEETING_URGENT_LATE,
        MEETING_PROBLEM_SOLUTION_LATE,
        STEP_UNKNOWN,
        STEP_ACTOR_NOT_LISTED,
        STEP_ORDER,
        STEP_STARTED_EARLY,
        STEP_DELIBERATE_NO_MEETING,
        STEP_CARRIED_OUT_BEFORE_DECISION,
        OUTCOME_KIND_CONTRADICTS_FACTS,
        OUTCOME_SHELVED_PREMATURE,
        OUTCOME_DUTIES_MISSING,
        OUTCOME_DUTY_INCOMPLETE,
        OUTCOME_DUTY_RESPONSIBLE_NOT_LISTED,
        OUTCOME_DUTY_OVERDUE,
        OUTCOME_DUTY_COMPLETION_RECORD_MISSING,
        OUTCOME_COMMITTED_PROGRESS_MISSING,
        OUTCOME_SHELVED_EXPLANATION_MISSING,
        OUTCOME_SHELVED_NOT_TAKEN_UP,
        OUTCOME_RECOMMENDATION_NOT_ESCALATED,
        OUTCOME_RECOMMENDATION_SOLUTION_MISSING,
        OUTCOME_RECOMMENDATION_RESIDENTS_NOT_TOLD,
        OUTCOME_COMMITTED_PROGRESS_LATE,
        OUTCOME_SHELVED_EXPLANATION_LATE,
        OUTCOME_RECOMMENDATION_TOLD_BEFORE_SOLVED,
        OUTCOME_RECOMMENDATION_RESIDENTS_TOLD_LATE,
        OUTCOME_DUTY_KIND_UNKNOWN,
        OUTCOME_DUTY_KIND_NOT_CARRIED,
        ESCALATION_WRONG_LEVEL,
        ESCALATION_FROM_OTHER_UNIT,
        ESCALATION_ANSWER_LATE,
        ESCALATION_FOLLOWER_MISSING,
        ESCALATION_FOLLOW_UP_LATE,
        SUPERVISION_PHASE_MISSING,
        SUPERVISION_SUPERVISOR_NOT_ALLOWED,
        SUPERVISION_PUBLIC_FUNDS_MISSING,
        REVISIT_MISSING,
        APPRAISAL_SCORE_OUT_OF_SCALE,
        APPRAISAL_POOR_NOT_REOPENED,
        HOTLINE_PARTY_NOT_LISTED,
        HOTLINE_TICKET_MISMATCH,
        HOTLINE_NOT_FORWARDED,
        HOTLINE_NOT_COORDINATED,
        HOTLINE_REPLY_LATE,
        HOTLINE_HANDLING_LATE,
        HISTORY_EVENT_REJECTED,
        HISTORY_RECORD_MISMATCH,
        RISK_ASSESSMENT_MISSING,
        RISK_ASSESSMENT_LATE,
        RISK_ASSESSOR_NOT_LISTED,
        RISK_MEASURES_MISSING,
        GATEKEEPING_ACT_MISSING,
        GATEKEEPING_ACTOR_WRONG_BODY,
        GATEKEEPING_ORGANISER_NOT_LISTED,
        GATEKEEPING_ACT_AFTER_MEETING,
        GATEKEEPING_REVIEW_AFTER_ADMISSION);
  }
}
