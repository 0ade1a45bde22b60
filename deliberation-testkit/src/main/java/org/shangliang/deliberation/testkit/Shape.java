package org.shangliang.deliberation.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.process.StepRole;
import org.shangliang.deliberation.topic.MatterSize;

/**
 * What a caller asks of a valid scenario ({@link Scenarios#valid(org.shangliang.deliberation.profile.Profile,
 * Shape)}): which structures its record must hold (a vote by ballots, a two-party dispute, a 12345
 * case, completed duties …) and which it must not. {@link #any()} asks nothing; each {@code with…}
 * returns a copy that asks one thing more. A scenario generated under a shape is compliant and holds
 * everything the shape asks, so that one mutation of it breaks the rule whose subject the shape made
 * present; the Javadoc of each wither names the rule codes it serves.
 *
 * <p>A shape the profile cannot satisfy (an outcome kind with duties asked for a shelved matter, a vote
 * by show of hands where the profile's rule weighs floor area, steps where the profile has no step
 * plan …) makes {@link ScenarioGen#generate(long)} throw a {@link GenerationException} that says why;
 * it never yields a scenario without what was asked.
 *
 * <p>{@link #toString()} is the Java expression that makes the shape, so a scenario's {@link
 * Scenario#snippet()} rebuilds it. Immutable and thread-safe; equal shapes ask the same things.
 */
public final class Shape {

  /** How a vote is taken. */
  public enum VoteForm {
    /** Each voter casts a ballot (the ballot rules apply). */
    BALLOTS,
    /** The hands are counted (举手表决): totals only, never a rule that weighs floor area. */
    SHOW_OF_HANDS
  }

  /** The kind of decision rule a vote is decided by. */
  public enum RuleKind {
    /** {@link org.shangliang.deliberation.decision.Consensus}. */
    CONSENSUS,
    /** {@link org.shangliang.deliberation.decision.MajorityRule}: simple or super majority. */
    MAJORITY,
    /** {@link org.shangliang.deliberation.decision.DoubleThreshold}: headcount and floor area. */
    DOUBLE_THRESHOLD,
    /** {@link org.shangliang.deliberation.decision.RestrictedVote}: one party kind votes. */
    RESTRICTED
  }

  /**
   * A structure a record may be asked to hold ({@link #with(Feature)}) or to lack ({@link
   * #without(Feature)}). Each constant names the rule codes whose subject it makes present.
   */
  public enum Feature {
    /** An outcome is recorded. Serves {@code outcome.kind.contradicts-facts}. */
    OUTCOME,
    /**
     * At least one meeting is held. Serves {@code meeting.party.not-listed}, {@code
     * meeting.unit.not-deliberating-unit}, {@code meeting.stage.*}, {@code meeting.quorum.not-met},
     * {@code meeting.chair.not-convener}, {@code meeting.kind.*}, {@code
     * timing.meeting-not-regular-date}.
     */
    MEETING,
    /**
     * A meeting votes. Serves {@code meeting.vote.rule-mismatch}, {@code
     * meeting.vote.outcome-mismatch}, {@code meeting.vote.voter-mismatch}, {@code
     * meeting.result.before-discussion}.
     */
    VOTE,
    /**
     * The topic names a catalogue entry. Serves {@code topic.catalogue-entry.unknown}, {@code
     * topic.catalogue-entry.category-mismatch}.
     */
    CATALOGUE_ENTRY,
    /** The topic is an admitted two-party dispute. Serves {@code topic.dispute.*}. */
    DISPUTE,
    /**
     * The topic is settled by law or a higher committee, and refused with an explanation. Serves
     * {@code topic.settled-elsewhere.admitted}, {@code topic.settled-elsewhere.explanation-missing}.
     */
    SETTLED_ELSEWHERE,
    /**
     * The topic involves public funds. Serves {@code party.public-funds-supervisor-missing} and,
     * with completed duties, {@code supervision.public-funds-missing}.
     */
    PUBLIC_FUNDS,
    /** The topic came from a 12345 hotline case. Serves {@code hotline.*}. */
    HOTLINE,
    /**
     * The matter went up as a recommendation, with follow-ups. Serves {@code escalation.*}, {@code
     * outcome.recommendation.not-escalated}, {@code outcome.recommendation.solution-missing}.
     */
    ESCALATION,
    /**
     * The recommendation was solved by the higher tier and residents were told. Serves {@code
     * outcome.recommendation.residents-not-told}.
     */
    SOLVED_RECOMMENDATION,
    /** The outcome has agreed items. Serves {@code outcome.duties-missing}, {@code outcome.duty.*}. */
    DUTIES,
    /**
     * Every agreed item is finished, with its completion record. Serves {@code
     * outcome.duty.completion-record-missing}, {@code supervision.phase-missing} (during and after).
     */
    COMPLETED_DUTIES,
    /**
     * The carrying-out is supervised. Serves {@code supervision.phase-missing}, {@code
     * supervision.supervisor-not-allowed}.
     */
    SUPERVISION,
    /** The finished items were revisited. Serves {@code revisit.missing}. */
    REVISIT,
    /** The carrying-out was appraised. Serves {@code appraisal.score-out-of-scale}. */
    APPRAISAL,
    /**
     * A poor appraisal, followed by a reopening where the profile reopens on one. Serves {@code
     * appraisal.poor-not-reopened}.
     */
    POOR_APPRAISAL,
    /**
     * A committed outcome published its progress at least once. Serves {@code
     * outcome.committed.progress-missing}.
     */
    PROGRESS_REPORTS,
    /**
     * A shelved outcome with a date to take it up again. Serves {@code outcome.shelved.not-taken-up}.
     */
    TAKE_UP_AGAIN,
    /** Problems were raised at a meeting. Serves {@code meeting.problem.solution-late}. */
    RAISED_PROBLEMS,
    /**
     * Parties spoke at a meeting. Serves {@code meeting.speaker.not-signed-in}, {@code
     * meeting.speaking-time.exceeded}.
     */
    SPEAKING_TURNS,
    /**
     * A party declared a conflict of interest at a meeting that voted by ballots. Serves {@code
     * meeting.ballot.conflict-of-interest}.
     */
    CONFLICT_OF_INTEREST,
    /**
     * A meeting formed a result and publicised it. Serves {@code meeting.publicity.missing}, {@code
     * meeting.publicity.too-short}.
     */
    PUBLICITY,
    /**
     * The record went through steps of the profile's plan. Serves {@code step.unknown}, {@code
     * step.actor-not-listed}, {@code step.order}, {@code step.started-early}.
     */
    STEPS,
    /** The record keeps its event history. Serves {@code history.*}. */
    EVENTS,
    /**
     * The matter is deliberated at a tier with a regular cadence: a planned date and a regular
     * meeting on regular dates. Serves {@code timing.not-regular-date}, {@code
     * timing.meeting-not-regular-date}.
     */
    REGULAR_DATE,
    /**
     * The record holds a reopening (a shelved matter taken up again, or a poor appraisal in a
     * profile that reopens on one). Serves {@code outcome.shelved.not-taken-up}, {@code
     * appraisal.poor-not-reopened}, {@code step.order} (the plan resumes).
     */
    REOPENING
  }

  private static final Shape ANY =
      new Shape(
          EnumSet.noneOf(Feature.class),
          EnumSet.noneOf(Feature.class),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          0,
          EnumSet.noneOf(StepRole.class),
          List.of());

  private final Set<Feature> wanted;
  private final Set<Feature> excluded;
  private final Optional<OutcomeKind> outcomeKind;
  private final Optional<MeetingKind> meetingKind;
  private final Optional<MatterSize> matterSize;
  private final Optional<String> catalogueEntry;
  private final Optional<VoteForm> voteForm;
  private final Optional<RuleKind> ruleKind;
  private final Optional<Integer> hotlineDepartments;
  private final int minMeetings;
  private final Set<StepRole> stepRoles;
  private final List<String> calls;

  private Shape(
      Set<Feature> wanted,
      Set<Feature> excluded,
      Optional<OutcomeKind> outcomeKind,
      Optional<MeetingKind> meetingKind,
      Optional<MatterSize> matterSize,
      Optional<String> catalogueEntry,
      Optional<VoteForm> voteForm,
      Optional<RuleKind> ruleKind,
      Optional<Integer> hotlineDepartments,
      int minMeetings,
      Set<StepRole> stepRoles,
      List<String> calls) {
    this.wanted = Collections.unmodifiableSet(copy(wanted, Feature.class));
    this.excluded = Collections.unmodifiableSet(copy(excluded, Feature.class));
    this.outcomeKind = outcomeKind;
    this.meetingKind = meetingKind;
    this.matterSize = matterSize;
    this.catalogueEntry = catalogueEntry;
    this.voteForm = voteForm;
    this.ruleKind = ruleKind;
    this.hotlineDepartments = hotlineDepartments;
    this.minMeetings = minMeetings;
    this.stepRoles = Collections.unmodifiableSet(copy(stepRoles, StepRole.class));
    this.calls = List.copyOf(calls);
  }

  private static <E extends Enum<E>> Set<E> copy(Set<E> set, Class<E> type) {
    Set<E> copy = EnumSet.noneOf(type);
    copy.addAll(set);
    return copy;
  }

  /**
   * The shape that asks nothing: any valid scenario of the profile.
   *
   * @return the shape
   */
  public static Shape any() {
    return ANY;
  }

  /** A mutable copy of this shape's parts, turned back into a shape by {@link #to(String)}. */
  private final class Change {
    final Set<Feature> wanted = copy(Shape.this.wanted, Feature.class);
    final Set<Feature> excluded = copy(Shape.this.excluded, Feature.class);
    Optional<OutcomeKind> outcomeKind = Shape.this.outcomeKind;
    Optional<MeetingKind> meetingKind = Shape.this.meetingKind;
    Optional<MatterSize> matterSize = Shape.this.matterSize;
    Optional<String> catalogueEntry = Shape.this.catalogueEntry;
    Optional<VoteForm> voteForm = Shape.this.voteForm;
    Optional<RuleKind> ruleKind = Shape.this.ruleKind;
    Optional<Integer> hotlineDepartments = Shape.this.hotlineDepartments;
    int minMeetings = Shape.this.minMeetings;
    final Set<StepRole> stepRoles = copy(Shape.this.stepRoles, StepRole.class);

    Change want(Feature feature) {
      wanted.add(feature);
      excluded.remove(feature);
      return this;
    }

    Change exclude(Feature feature) {
      excluded.add(feature);
      wanted.remove(feature);
      return this;
    }

    Shape to(String call) {
      List<String> next = new ArrayList<>(calls);
      next.add(call);
      return new Shape(
          wanted, excluded, outcomeKind, meetingKind, matterSize, catalogueEntry, voteForm,
          ruleKind, hotlineDepartments, minMeetings, stepRoles, next);
    }
  }

  /**
   * This shape asking for one more structure.
   *
   * @param feature the structure the record must hold (see each constant for the rules it serves)
   * @return the shape
   */
  public Shape with(Feature feature) {
    Objects.requireNonNull(feature, "feature");
    return new Change().want(feature).to("with(Shape.Feature." + feature.name() + ")");
  }

  /**
   * This shape forbidding a structure (undoing an earlier {@link #with(Feature)} of it).
   *
   * @param feature the structure the record must not hold
   * @return the shape
   */
  public Shape without(Feature feature) {
    Objects.requireNonNull(feature, "feature");
    return new Change().exclude(feature).to("without(Shape.Feature." + feature.name() + ")");
  }

  /**
   * A record with an outcome of one kind. Serves {@code outcome.kind.contradicts-facts} and, by
   * kind: {@code outcome.shelved.premature} and {@code outcome.shelved.explanation-missing}
   * (shelved), {@code outcome.duties-missing} and {@code outcome.duty.*} (immediate, committed),
   * {@code outcome.committed.progress-missing} (committed), {@code
   * outcome.recommendation.not-escalated} and {@code outcome.recommendation.solution-missing}
   * (recommendation).
   *
   * @param kind the outcome kind
   * @return the shape
   */
  public Shape withOutcome(OutcomeKind kind) {
    Objects.requireNonNull(kind, "kind");
    Change change = new Change().want(Feature.OUTCOME);
    change.outcomeKind = Optional.of(kind);
    return change.to("withOutcome(OutcomeKind." + kind.name() + ")");
  }

  /**
   * A record with no outcome yet (pending admission, refused, or still deliberating).
   *
   * @return the shape
   */
  public Shape withoutOutcome() {
    Change change = new Change().exclude(Feature.OUTCOME);
    change.outcomeKind = Optional.empty();
    return change.to("withoutOutcome()");
  }

  /**
   * A record whose meetings are all of one kind (at least one meeting). Serves {@code
   * meeting.kind.major-needs-full-meeting} (a small or online meeting is then asked of a minor
   * matter), {@code meeting.kind.online-not-allowed} ({@link MeetingKind#ONLINE_MICRO}), {@code
   * timing.meeting-not-regular-date} ({@link MeetingKind#REGULAR}).
   *
   * @param kind the kind of every meeting
   * @return the shape
   */
  public Shape withMeetingKind(MeetingKind kind) {
    Objects.requireNonNull(kind, "kind");
    Change change = new Change().want(Feature.MEETING);
    change.meetingKind = Optional.of(kind);
    return change.to("withMeetingKind(MeetingKind." + kind.name() + ")");
  }

  /**
   * A topic of one matter size. Serves {@code meeting.kind.major-needs-full-meeting} ({@link
   * MatterSize#MAJOR}), {@code meeting.urgent.late} ({@link MatterSize#URGENT}), {@code
   * meeting.quorum.not-met} (the size's quorum), {@code tier.powers-exceeded}.
   *
   * @param size the matter size
   * @return the shape
   */
  public Shape withMatterSize(MatterSize size) {
    Objects.requireNonNull(size, "size");
    Change change = new Change();
    change.matterSize = Optional.of(size);
    return change.to("withMatterSize(MatterSize." + size.name() + ")");
  }

  /**
   * A topic of one catalogue entry (its category is the entry's). Serves {@code
   * topic.catalogue-entry.unknown}, {@code topic.catalogue-entry.category-mismatch}, {@code
   * party.required-kind-missing} (the entry's kinds) and, where the profile sets a rule for the
   * entry, {@code meeting.vote.rule-mismatch}.
   *
   * @param entryId the entry's id in the profile's catalogue
   * @return the shape
   */
  public Shape withCatalogueEntry(String entryId) {
    Objects.requireNonNull(entryId, "entryId");
    Change change = new Change().want(Feature.CATALOGUE_ENTRY);
    change.catalogueEntry = Optional.of(entryId);
    return change.to("withCatalogueEntry(\"" + escape(entryId) + "\")");
  }

  /**
   * A topic that names no catalogue entry (only a category).
   *
   * @return the shape
   */
  public Shape withoutCatalogueEntry() {
    Change change = new Change().exclude(Feature.CATALOGUE_ENTRY);
    change.catalogueEntry = Optional.empty();
    return change.to("withoutCatalogueEntry()");
  }

  /**
   * A meeting that votes in one form. Serves {@code meeting.ballot.not-signed-in}, {@code
   * meeting.ballot.duplicate}, {@code meeting.ballot.not-eligible} ({@link VoteForm#BALLOTS}),
   * {@code meeting.vote.show-of-hands-exceeds-present} ({@link VoteForm#SHOW_OF_HANDS}), and for
   * both {@code meeting.vote.rule-mismatch}, {@code meeting.vote.outcome-mismatch}, {@code
   * meeting.vote.voter-mismatch}, {@code meeting.result.before-discussion}.
   *
   * @param form ballots or show of hands
   * @return the shape
   */
  public Shape withVote(VoteForm form) {
    Objects.requireNonNull(form, "form");
    Change change = new Change().want(Feature.VOTE).want(Feature.MEETING);
    change.voteForm = Optional.of(form);
    return change.to("withVote(Shape.VoteForm." + form.name() + ")");
  }

  /**
   * No meeting votes (results by consultation only).
   *
   * @return the shape
   */
  public Shape withoutVote() {
    Change change = new Change().exclude(Feature.VOTE);
    change.voteForm = Optional.empty();
    change.ruleKind = Optional.empty();
    change.excluded.add(Feature.CONFLICT_OF_INTEREST);
    return change.to("withoutVote()");
  }

  /**
   * A vote decided by a rule of one kind: the profile's rule for the topic where it sets one (the
   * topic is chosen so that it does), else a rule of that kind. Serves {@code
   * meeting.vote.rule-mismatch} and {@code meeting.vote.outcome-mismatch} for that kind of rule.
   *
   * @param kind the kind of rule
   * @return the shape
   */
  public Shape withDecisionRule(RuleKind kind) {
    Objects.requireNonNull(kind, "kind");
    Change change = new Change().want(Feature.VOTE).want(Feature.MEETING);
    change.ruleKind = Optional.of(kind);
    return change.to("withDecisionRule(Shape.RuleKind." + kind.name() + ")");
  }

  /**
   * An admitted two-party dispute, approved by the party organisation before admission and with a
   * mediator on the list. Serves {@code topic.dispute.approval-missing}, {@code
   * topic.dispute.approval-late}, {@code topic.dispute.mediator-missing}, {@code
   * topic.dispute.mediator-not-listed}.
   *
   * @return the shape
   */
  public Shape withDispute() {
    return new Change().want(Feature.DISPUTE).to("withDispute()");
  }

  /**
   * A topic settled by law or a higher party committee, refused with an explanation to residents.
   * Serves {@code topic.settled-elsewhere.admitted}, {@code
   * topic.settled-elsewhere.explanation-missing}.
   *
   * @return the shape
   */
  public Shape withSettledElsewhere() {
    return new Change().want(Feature.SETTLED_ELSEWHERE).to("withSettledElsewhere()");
  }

  /**
   * A topic involving public funds, its public-funds supervisors on the list. Serves {@code
   * party.public-funds-supervisor-missing}, {@code supervision.supervisor-not-allowed} (their kinds
   * allowed by the funds) and, with completed duties, {@code supervision.public-funds-missing}.
   *
   * @return the shape
   */
  public Shape withPublicFunds() {
    return new Change().want(Feature.PUBLIC_FUNDS).to("withPublicFunds()");
  }

  /**
   * A topic involving no public funds.
   *
   * @return the shape
   */
  public Shape withoutPublicFunds() {
    return new Change().exclude(Feature.PUBLIC_FUNDS).to("withoutPublicFunds()");
  }

  /**
   * A topic from a 12345 hotline case about some departments, forwarded (one department) or
   * coordinated (several), replied to and handled in time. Serves {@code hotline.party-not-listed},
   * {@code hotline.ticket-mismatch}, {@code hotline.reply-late}, {@code hotline.handling-late}, and
   * {@code hotline.not-forwarded} (1 department) or {@code hotline.not-coordinated} (2 or more).
   *
   * @param departments how many departments the case concerns, at least 1
   * @return the shape
   * @throws IllegalArgumentException if {@code departments} is less than 1
   */
  public Shape withHotline(int departments) {
    if (departments < 1) {
      throw new IllegalArgumentException("departments: must be at least 1, was " + departments);
    }
    Change change = new Change().want(Feature.HOTLINE);
    change.hotlineDepartments = Optional.of(departments);
    return change.to("withHotline(" + departments + ")");
  }

  /**
   * A recommendation sent up to the right higher unit, with a named follower who followed up at
   * least once within the profile's window. Serves {@code escalation.wrong-level}, {@code
   * escalation.from-other-unit}, {@code escalation.answer-late}, {@code
   * escalation.follower-missing}, {@code escalation.follow-up-late}, {@code
   * outcome.recommendation.not-escalated}, {@code outcome.recommendation.solution-missing}.
   *
   * @return the shape
   */
  public Shape withEscalation() {
    return new Change().want(Feature.ESCALATION).to("withEscalation()");
  }

  /**
   * A recommendation the higher tier solved, residents told. Serves {@code
   * outcome.recommendation.residents-not-told}.
   *
   * @return the shape
   */
  public Shape withSolvedRecommendation() {
    return new Change().want(Feature.SOLVED_RECOMMENDATION).to("withSolvedRecommendation()");
  }

  /**
   * An outcome with agreed items (immediate or committed). Serves {@code outcome.duties-missing},
   * {@code outcome.duty.incomplete}, {@code outcome.duty.responsible-not-listed}, {@code
   * outcome.duty.overdue}.
   *
   * @return the shape
   */
  public Shape withDuties() {
    return new Change().want(Feature.DUTIES).to("withDuties()");
  }

  /**
   * An outcome whose agreed items are all finished, each with its completion record. Serves {@code
   * outcome.duty.completion-record-missing}, {@code supervision.phase-missing} (during and after).
   *
   * @return the shape
   */
  public Shape withCompletedDuties() {
    return new Change().want(Feature.COMPLETED_DUTIES).to("withCompletedDuties()");
  }

  /**
   * Supervision of the carrying-out by allowed supervisors. Serves {@code
   * supervision.phase-missing}, {@code supervision.supervisor-not-allowed}.
   *
   * @return the shape
   */
  public Shape withSupervision() {
    return new Change().want(Feature.SUPERVISION).to("withSupervision()");
  }

  /**
   * Finished items revisited within the profile's window. Serves {@code revisit.missing}.
   *
   * @return the shape
   */
  public Shape withRevisit() {
    return new Change().want(Feature.REVISIT).to("withRevisit()");
  }

  /**
   * Appraisals on the profile's scale. Serves {@code appraisal.score-out-of-scale}.
   *
   * @return the shape
   */
  public Shape withAppraisal() {
    return new Change().want(Feature.APPRAISAL).to("withAppraisal()");
  }

  /**
   * A poor appraisal on the profile's scale (which it must have), followed by a reopening where the
   * profile reopens on one. Serves {@code appraisal.poor-not-reopened}.
   *
   * @return the shape
   */
  public Shape withPoorAppraisal() {
    return new Change().want(Feature.POOR_APPRAISAL).to("withPoorAppraisal()");
  }

  /**
   * A committed outcome that published its progress at least once, at the profile's interval (which
   * it must have). Serves {@code outcome.committed.progress-missing}.
   *
   * @return the shape
   */
  public Shape withProgressReports() {
    return new Change().want(Feature.PROGRESS_REPORTS).to("withProgressReports()");
  }

  /**
   * A shelved outcome with a date to take it up again, reopened by then or not yet due. Serves
   * {@code outcome.shelved.not-taken-up}.
   *
   * @return the shape
   */
  public Shape withTakeUpAgain() {
    return new Change().want(Feature.TAKE_UP_AGAIN).to("withTakeUpAgain()");
  }

  /**
   * Problems raised at a meeting, solved on the spot or given a solution within the profile's
   * window. Serves {@code meeting.problem.solution-late}.
   *
   * @return the shape
   */
  public Shape withRaisedProblems() {
    return new Change().want(Feature.RAISED_PROBLEMS).to("withRaisedProblems()");
  }

  /**
   * Speaking turns of signed-in parties within the profile's limit. Serves {@code
   * meeting.speaker.not-signed-in}, {@code meeting.speaking-time.exceeded}.
   *
   * @return the shape
   */
  public Shape withSpeakingTurns() {
    return new Change().want(Feature.SPEAKING_TURNS).to("withSpeakingTurns()");
  }

  /**
   * A declared conflict of interest at a meeting that votes by ballots; the party does not vote.
   * Serves {@code meeting.ballot.conflict-of-interest}.
   *
   * @return the shape
   */
  public Shape withConflictOfInterest() {
    Change change =
        new Change().want(Feature.CONFLICT_OF_INTEREST).want(Feature.VOTE).want(Feature.MEETING);
    change.voteForm = Optional.of(VoteForm.BALLOTS);
    return change.to("withConflictOfInterest()");
  }

  /**
   * A meeting result publicised for at least the profile's minimum. Serves {@code
   * meeting.publicity.missing}, {@code meeting.publicity.too-short}.
   *
   * @return the shape
   */
  public Shape withPublicity() {
    return new Change().want(Feature.PUBLICITY).to("withPublicity()");
  }

  /**
   * A record that went through a completed step of the given role in the profile's plan (which
   * must have such a step), and every step before it. Serves {@code step.unknown}, {@code
   * step.actor-not-listed}, {@code step.order}, {@code step.started-early}, {@code
   * step.deliberate.no-meeting} ({@link StepRole#DELIBERATE}), {@code
   * step.carried-out-before-decision} ({@link StepRole#CARRY_OUT}).
   *
   * @param role the role of a step the record must have completed
   * @return the shape
   */
  public Shape withStep(StepRole role) {
    Objects.requireNonNull(role, "role");
    Change change = new Change().want(Feature.STEPS);
    change.stepRoles.add(role);
    return change.to("withStep(StepRole." + role.name() + ")");
  }

  /**
   * At least this many meetings (rounds). Serves the meeting rules on a later meeting, {@code
   * outcome.shelved.premature} (rounds held), {@code history.record-mismatch} (meetings held).
   *
   * @param count the fewest meetings, 1 to 5
   * @return the shape
   * @throws IllegalArgumentException if {@code count} is not 1 to 5
   */
  public Shape withMeetings(int count) {
    if (count < 1 || count > 5) {
      throw new IllegalArgumentException("count: must be 1 to 5, was " + count);
    }
    Change change = new Change().want(Feature.MEETING);
    change.minMeetings = count;
    return change.to("withMeetings(" + count + ")");
  }

  /**
   * A record that keeps its event history, folding without misfit and agreeing with the record.
   * Serves {@code history.event-rejected}, {@code history.record-mismatch}.
   *
   * @return the shape
   */
  public Shape withEvents() {
    return new Change().want(Feature.EVENTS).to("withEvents()");
  }

  /**
   * A record that keeps no event history.
   *
   * @return the shape
   */
  public Shape withoutEvents() {
    return new Change().exclude(Feature.EVENTS).to("withoutEvents()");
  }

  /**
   * A matter deliberated at a tier with a regular cadence (the profile must have one), not urgent,
   * with a planned date and a regular meeting on regular dates. Serves {@code
   * timing.not-regular-date}, {@code timing.meeting-not-regular-date}.
   *
   * @return the shape
   */
  public Shape withRegularDate() {
    return new Change().want(Feature.REGULAR_DATE).want(Feature.MEETING).to("withRegularDate()");
  }

  /**
   * A record holding a reopening: a shelved matter taken up again, or a poor appraisal in a profile
   * that reopens on one. Serves {@code outcome.shelved.not-taken-up}, {@code
   * appraisal.poor-not-reopened}.
   *
   * @return the shape
   */
  public Shape withReopening() {
    return new Change().want(Feature.REOPENING).to("withReopening()");
  }

  /**
   * The structures asked for.
   *
   * @return the features, unmodifiable
   */
  public Set<Feature> wanted() {
    return wanted;
  }

  /**
   * The structures forbidden.
   *
   * @return the features, unmodifiable
   */
  public Set<Feature> excluded() {
    return excluded;
  }

  /**
   * Whether the shape asks for a structure.
   *
   * @param feature the structure
   * @return {@code true} if asked for
   */
  public boolean wants(Feature feature) {
    return wanted.contains(feature);
  }

  /**
   * Whether the shape forbids a structure.
   *
   * @param feature the structure
   * @return {@code true} if forbidden
   */
  public boolean forbids(Feature feature) {
    return excluded.contains(feature);
  }

  /**
   * The outcome kind asked for.
   *
   * @return the kind, or empty for any (or none, if {@link Feature#OUTCOME} is forbidden)
   */
  public Optional<OutcomeKind> outcomeKind() {
    return outcomeKind;
  }

  /**
   * The kind every meeting must have.
   *
   * @return the kind, or empty for any
   */
  public Optional<MeetingKind> meetingKind() {
    return meetingKind;
  }

  /**
   * The matter size asked for.
   *
   * @return the size, or empty for any
   */
  public Optional<MatterSize> matterSize() {
    return matterSize;
  }

  /**
   * The catalogue entry asked for.
   *
   * @return the entry's id, or empty for any (or none, if {@link Feature#CATALOGUE_ENTRY} is
   *     forbidden)
   */
  public Optional<String> catalogueEntry() {
    return catalogueEntry;
  }

  /**
   * The form of vote asked for.
   *
   * @return the form, or empty for any
   */
  public Optional<VoteForm> voteForm() {
    return voteForm;
  }

  /**
   * The kind of decision rule asked for.
   *
   * @return the kind, or empty for any
   */
  public Optional<RuleKind> ruleKind() {
    return ruleKind;
  }

  /**
   * How many departments the hotline case concerns.
   *
   * @return the number, or empty for any
   */
  public Optional<Integer> hotlineDepartments() {
    return hotlineDepartments;
  }

  /**
   * The fewest meetings asked for.
   *
   * @return 0 (any) to 5
   */
  public int minMeetings() {
    return minMeetings;
  }

  /**
   * The roles of the steps the record must have completed.
   *
   * @return the roles, unmodifiable
   */
  public Set<StepRole> stepRoles() {
    return stepRoles;
  }

  /**
   * The Java expression that makes this shape, e.g. {@code Shape.any().withDispute()}.
   *
   * @return the expression
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Shape.any()");
    for (String call : calls) {
      text.append('.').append(call);
    }
    return text.toString();
  }

  /**
   * Whether another shape asks the same things.
   *
   * @param other the other object
   * @return {@code true} if it is a shape asking and forbidding the same
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Shape)) {
      return false;
    }
    Shape that = (Shape) other;
    return wanted.equals(that.wanted)
        && excluded.equals(that.excluded)
        && outcomeKind.equals(that.outcomeKind)
        && meetingKind.equals(that.meetingKind)
        && matterSize.equals(that.matterSize)
        && catalogueEntry.equals(that.catalogueEntry)
        && voteForm.equals(that.voteForm)
        && ruleKind.equals(that.ruleKind)
        && hotlineDepartments.equals(that.hotlineDepartments)
        && minMeetings == that.minMeetings
        && stepRoles.equals(that.stepRoles);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(
        wanted, excluded, outcomeKind, meetingKind, matterSize, catalogueEntry, voteForm, ruleKind,
        hotlineDepartments, minMeetings, stepRoles);
  }

  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
