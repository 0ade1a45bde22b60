package org.shangliang.deliberation.testkit.internal.minimizing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.meeting.ConflictOfInterest;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.MeetingResult;
import org.shangliang.deliberation.meeting.Publicity;
import org.shangliang.deliberation.meeting.RaisedProblem;
import org.shangliang.deliberation.meeting.ShowOfHands;
import org.shangliang.deliberation.meeting.SignIn;
import org.shangliang.deliberation.meeting.SpeakingTurn;
import org.shangliang.deliberation.meeting.StageRecord;
import org.shangliang.deliberation.meeting.Vote;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.AppraisalScale;
import org.shangliang.deliberation.outcome.Duty;
import org.shangliang.deliberation.outcome.Escalation;
import org.shangliang.deliberation.outcome.FollowUp;
import org.shangliang.deliberation.outcome.HotlineCase;
import org.shangliang.deliberation.outcome.OutcomeFacts;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.outcome.Revisit;
import org.shangliang.deliberation.outcome.Supervision;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.Approval;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.testkit.internal.AdmissionDraft;
import org.shangliang.deliberation.testkit.internal.AppraisalDraft;
import org.shangliang.deliberation.testkit.internal.ConflictOfInterestDraft;
import org.shangliang.deliberation.testkit.internal.DutyDraft;
import org.shangliang.deliberation.testkit.internal.EscalationDraft;
import org.shangliang.deliberation.testkit.internal.FollowUpDraft;
import org.shangliang.deliberation.testkit.internal.HotlineCaseDraft;
import org.shangliang.deliberation.testkit.internal.MeetingDraft;
import org.shangliang.deliberation.testkit.internal.MeetingResultDraft;
import org.shangliang.deliberation.testkit.internal.OutcomeFactsDraft;
import org.shangliang.deliberation.testkit.internal.OutcomeRecordDraft;
import org.shangliang.deliberation.testkit.internal.PartyDraft;
import org.shangliang.deliberation.testkit.internal.PublicityDraft;
import org.shangliang.deliberation.testkit.internal.RaisedProblemDraft;
import org.shangliang.deliberation.testkit.internal.RecordDraft;
import org.shangliang.deliberation.testkit.internal.ReopeningDraft;
import org.shangliang.deliberation.testkit.internal.RevisitDraft;
import org.shangliang.deliberation.testkit.internal.ShowOfHandsDraft;
import org.shangliang.deliberation.testkit.internal.SignInDraft;
import org.shangliang.deliberation.testkit.internal.SpeakingTurnDraft;
import org.shangliang.deliberation.testkit.internal.StageRecordDraft;
import org.shangliang.deliberation.testkit.internal.StepEventDraft;
import org.shangliang.deliberation.testkit.internal.SupervisionDraft;
import org.shangliang.deliberation.testkit.internal.TopicDraft;
import org.shangliang.deliberation.testkit.internal.VoteDraft;
import org.shangliang.deliberation.testkit.internal.VoterDraft;
import org.shangliang.deliberation.topic.PublicFunds;
import org.shangliang.deliberation.topic.SettledElsewhere;
import org.shangliang.deliberation.topic.Topic;

/**
 * Every place of a record the minimizer can make smaller, in the order it tries them: first the
 * record's own lists and optional parts (meetings, escalations, supervision, revisits, appraisals,
 * reopenings, steps, events, risk assessments, the outcome, the hotline case, the admission, the planned date, the
 * parties, the affected units), then the lists and optional parts inside its values (a meeting's
 * invitations, sign-ins, stages, speaking turns, conflicts, raised problems, vote, ballots and
 * eligible voters; an outcome's duties, progress reports and blocking factors; an escalation's
 * follow-ups; a hotline case's departments; a party's roles …), then its free texts (titles,
 * summaries, notes, reasons, descriptions), then its numbers (weights, public funds, appraisal
 * scores, rounds, hands, speaking times), then its instants that the model measures from another
 * one (a meeting's end, sign-ins, stages and vote toward its start; a step's completion toward its
 * entry; a notice's end toward its start; an escalation's deadline, resolution and follow-ups
 * toward the escalation; a raised problem's proposed solution toward the problem; a hotline case's
 * instants toward its receipt).
 *
 * <p>Identifiers (of parties, duties, steps, categories, units …) are never changed: other values
 * refer to them. Pure functions of the record and the profile.
 */
public final class Sites {
  private static final Duration SECOND = Duration.ofSeconds(1);

  private final Profile profile;
  private final List<Site> structure = new ArrayList<>();
  private final List<Site> inside = new ArrayList<>();
  private final List<Site> texts = new ArrayList<>();
  private final List<Site> numbers = new ArrayList<>();
  private final List<Site> instants = new ArrayList<>();

  private Sites(Profile profile) {
    this.profile = profile;
  }

  /**
   * The places of a record that can be made smaller, in the order the minimizer tries them.
   *
   * @param profile the profile the record is judged by (its appraisal scale bounds the scores)
   * @param record the record
   * @return the sites
   */
  public static List<Site> of(Profile profile, Deliberation record) {
    Sites sites = new Sites(profile);
    sites.record(record);
    List<Site> all = new ArrayList<>();
    all.addAll(sites.structure);
    all.addAll(sites.inside);
    all.addAll(sites.texts);
    all.addAll(sites.numbers);
    all.addAll(sites.instants);
    return List.copyOf(all);
  }

  /**
   * Every single step of a record: each element of each list dropped alone, each optional part
   * dropped, each text, number and instant replaced by each of its simpler values. A record on
   * which none of these still fails a check is locally minimal for it.
   *
   * @param profile the profile the record is judged by
   * @param record the record
   * @return the steps, in the order of the sites
   */
  public static List<Step> steps(Profile profile, Deliberation record) {
    List<Step> steps = new ArrayList<>();
    for (Site site : of(profile, record)) {
      steps.addAll(site.steps(record));
    }
    return steps;
  }

  // ---------------------------------------------------------------------------------------------
  // the record

  private void record(Deliberation d) {
    Part<Deliberation> r = Part.record();
    Part<List<Meeting>> meetings =
        list(
            structure,
            r,
            "meetings",
            Deliberation::meetings,
            (x, v) -> RecordDraft.edit(x, y -> y.meetings = new ArrayList<>(v)));
    Part<List<Escalation>> escalations =
        list(
            structure,
            r,
            "escalations",
            Deliberation::escalations,
            (x, v) -> RecordDraft.edit(x, y -> y.escalations = new ArrayList<>(v)));
    Part<List<Supervision>> supervision =
        list(
            structure,
            r,
            "supervision",
            Deliberation::supervision,
            (x, v) -> RecordDraft.edit(x, y -> y.supervision = new ArrayList<>(v)));
    Part<List<Revisit>> revisits =
        list(
            structure,
            r,
            "revisits",
            Deliberation::revisits,
            (x, v) -> RecordDraft.edit(x, y -> y.revisits = new ArrayList<>(v)));
    Part<List<Appraisal>> appraisals =
        list(
            structure,
            r,
            "appraisals",
            Deliberation::appraisals,
            (x, v) -> RecordDraft.edit(x, y -> y.appraisals = new ArrayList<>(v)));
    Part<List<Reopening>> reopenings =
        list(
            structure,
            r,
            "reopenings",
            Deliberation::reopenings,
            (x, v) -> RecordDraft.edit(x, y -> y.reopenings = new ArrayList<>(v)));
    Part<List<StepEvent>> steps =
        list(
            structure,
            r,
            "steps",
            Deliberation::steps,
            (x, v) -> RecordDraft.edit(x, y -> y.steps = new ArrayList<>(v)));
    list(
        structure,
        r,
        "events",
        Deliberation::events,
        (x, v) -> RecordDraft.edit(x, y -> y.events = new ArrayList<>(v)));
    Part<List<org.shangliang.deliberation.process.RiskAssessment>> riskAssessments =
        list(
            structure,
            r,
            "riskAssessments",
            Deliberation::riskAssessments,
            (x, v) -> RecordDraft.edit(x, y -> y.riskAssessments = new ArrayList<>(v)));
    Part<OutcomeRecord> outcome =
        optional(
            structure,
            r,
            "outcome",
            Deliberation::outcome,
            (x, v) -> RecordDraft.edit(x, y -> y.outcome = v));
    Part<HotlineCase> hotline =
        optional(
            structure,
            r,
            "hotlineCase",
            Deliberation::hotlineCase,
            (x, v) -> RecordDraft.edit(x, y -> y.hotlineCase = v));
    Part<Admission> admission =
        optional(
            structure,
            r,
            "admission",
            Deliberation::admission,
            (x, v) -> RecordDraft.edit(x, y -> y.admission = v));
    optional(
        structure,
        r,
        "plannedMeetingDate",
        Deliberation::plannedMeetingDate,
        (x, v) -> RecordDraft.edit(x, y -> y.plannedMeetingDate = v));
    Part<List<Party>> parties =
        list(
            structure,
            r,
            "parties",
            x -> x.parties().parties(),
            (x, v) -> RecordDraft.edit(x, y -> y.parties = PartyList.of(v)));
    Part<Topic> topic =
        r.field("topic", Deliberation::topic, (x, v) -> RecordDraft.edit(x, y -> y.topic = v));
    list(
        structure,
        topic,
        "affectedUnits",
        Topic::affectedUnits,
        (x, v) -> TopicDraft.edit(x, y -> y.affectedUnits = new ArrayList<>(v)));

    topic(topic);
    for (int i = 0; i < d.parties().parties().size(); i++) {
      party(Part.element(parties, i));
    }
    for (int i = 0; i < d.meetings().size(); i++) {
      meeting(Part.element(meetings, i), d.meetings().get(i));
    }
    for (int i = 0; i < d.steps().size(); i++) {
      step(Part.element(steps, i));
    }
    for (int i = 0; i < d.supervision().size(); i++) {
      shorten(
          Part.element(supervision, i)
              .field("note", s -> s.note(), (x, v) -> SupervisionDraft.edit(x, y -> y.note = v)));
    }
    for (int i = 0; i < d.escalations().size(); i++) {
      escalation(Part.element(escalations, i), d.escalations().get(i));
    }
    for (int i = 0; i < d.revisits().size(); i++) {
      shorten(
          Part.element(revisits, i)
              .field(
                  "feedback",
                  s -> s.feedback(),
                  (x, v) -> RevisitDraft.edit(x, y -> y.feedback = v)));
    }
    int lowestScore = profile.appraisalScale().map(AppraisalScale::min).orElse(0);
    for (int i = 0; i < d.appraisals().size(); i++) {
      numbers.add(
          Site.value(
              Part.element(appraisals, i)
                  .field(
                      "score", a -> a.score(), (x, v) -> AppraisalDraft.edit(x, y -> y.score = v)),
              (x, v) -> Simpler.toward(v, lowestScore),
              "lower"));
    }
    for (int i = 0; i < d.reopenings().size(); i++) {
      shorten(
          Part.element(reopenings, i)
              .field(
                  "reason", s -> s.reason(), (x, v) -> ReopeningDraft.edit(x, y -> y.reason = v)));
    }
    for (int i = 0; i < d.riskAssessments().size(); i++) {
      shorten(
          Part.element(riskAssessments, i)
              .field(
                  "findings",
                  s -> s.findings(),
                  (x, v) ->
                      org.shangliang.deliberation.testkit.internal.RiskAssessmentDraft.edit(
                          x, y -> y.findings = v)));
    }
    if (d.outcome().isPresent()) {
      outcome(outcome, d.outcome().get());
    }
    if (d.hotlineCase().isPresent()) {
      hotline(hotline);
    }
    if (d.admission().isPresent()) {
      admission(admission);
    }
  }

  private void topic(Part<Topic> t) {
    shorten(t.field("title", Topic::title, (x, v) -> TopicDraft.edit(x, y -> y.title = v)));
    optional(
        inside,
        t,
        "catalogueEntry",
        Topic::catalogueEntry,
        (x, v) -> TopicDraft.edit(x, y -> y.catalogueEntry = v));
    Part<PublicFunds> funds =
        optional(
            inside,
            t,
            "publicFunds",
            Topic::publicFunds,
            (x, v) -> TopicDraft.edit(x, y -> y.publicFunds = v));
    towardZero(funds.field("amount", PublicFunds::amount, (x, v) -> PublicFunds.of(v)));
    Part<SettledElsewhere> settled =
        optional(
            inside,
            t,
            "settledElsewhere",
            Topic::settledElsewhere,
            (x, v) -> TopicDraft.edit(x, y -> y.settledElsewhere = v));
    shorten(
        settled.field(
            "reference", SettledElsewhere::reference, (x, v) -> SettledElsewhere.of(x.by(), v)));
    optional(
        inside, t, "dispute", Topic::dispute, (x, v) -> TopicDraft.edit(x, y -> y.dispute = v));
  }

  private void party(Part<Party> p) {
    list(
        inside,
        p,
        "roles",
        x -> List.copyOf(x.roles()),
        (x, v) -> PartyDraft.edit(x, y -> y.roles = new LinkedHashSet<>(v)));
    Part<BigDecimal> weight =
        optional(
            inside, p, "weight", Party::weight, (x, v) -> PartyDraft.edit(x, y -> y.weight = v));
    towardZero(weight);
    Part<String> name =
        optional(
            inside,
            p,
            "displayName",
            Party::displayName,
            (x, v) -> PartyDraft.edit(x, y -> y.displayName = v));
    shorten(name);
    shorten(
        p.present(
            "otherLabel", Party::otherLabel, (x, v) -> PartyDraft.edit(x, y -> y.otherLabel = v)));
  }

  private void step(Part<StepEvent> s) {
    Part<Instant> completed =
        optional(
            inside,
            s,
            "completedAt",
            StepEvent::completedAt,
            (x, v) -> StepEventDraft.edit(x, y -> y.completedAt = v));
    toward(completed, anchor(s, StepEvent::enteredAt));
  }

  // ---------------------------------------------------------------------------------------------
  // meetings

  private void meeting(Part<Meeting> m, Meeting value) {
    Part<Vote> vote =
        optional(inside, m, "vote", Meeting::vote, (x, v) -> MeetingDraft.edit(x, y -> y.vote = v));
    Part<MeetingResult> result =
        optional(
            inside,
            m,
            "result",
            Meeting::result,
            (x, v) -> MeetingDraft.edit(x, y -> y.result = v));
    Part<Publicity> publicity =
        optional(
            inside,
            m,
            "publicity",
            Meeting::publicity,
            (x, v) -> MeetingDraft.edit(x, y -> y.publicity = v));
    list(
        inside,
        m,
        "invited",
        Meeting::invited,
        (x, v) -> MeetingDraft.edit(x, y -> y.invited = new ArrayList<>(v)));
    Part<List<SignIn>> attendance =
        list(
            inside,
            m,
            "attendance",
            Meeting::attendance,
            (x, v) -> MeetingDraft.edit(x, y -> y.attendance = new ArrayList<>(v)));
    Part<List<StageRecord>> stages =
        list(
            inside,
            m,
            "stages",
            Meeting::stages,
            (x, v) -> MeetingDraft.edit(x, y -> y.stages = new ArrayList<>(v)));
    Part<List<SpeakingTurn>> turns =
        list(
            inside,
            m,
            "speakingTurns",
            Meeting::speakingTurns,
            (x, v) -> MeetingDraft.edit(x, y -> y.speakingTurns = new ArrayList<>(v)));
    Part<List<ConflictOfInterest>> conflicts =
        list(
            inside,
            m,
            "conflicts",
            Meeting::conflicts,
            (x, v) -> MeetingDraft.edit(x, y -> y.conflicts = new ArrayList<>(v)));
    Part<List<RaisedProblem>> problems =
        list(
            inside,
            m,
            "problems",
            Meeting::problems,
            (x, v) -> MeetingDraft.edit(x, y -> y.problems = new ArrayList<>(v)));

    Function<Deliberation, Optional<Instant>> start = anchor(m, Meeting::startedAt);
    toward(
        m.field("endedAt", Meeting::endedAt, (x, v) -> MeetingDraft.edit(x, y -> y.endedAt = v)),
        start);
    for (int i = 0; i < value.attendance().size(); i++) {
      Part<SignIn> signIn = Part.element(attendance, i);
      shorten(
          optional(
              inside,
              signIn,
              "evidence",
              SignIn::evidence,
              (x, v) -> SignInDraft.edit(x, y -> y.evidence = v)));
      toward(signIn.field("at", SignIn::at, (x, v) -> SignInDraft.edit(x, y -> y.at = v)), start);
    }
    for (int i = 0; i < value.stages().size(); i++) {
      Part<StageRecord> stage = Part.element(stages, i);
      shorten(
          stage.field(
              "summary", s -> s.summary(), (x, v) -> StageRecordDraft.edit(x, y -> y.summary = v)));
      toward(
          stage.field(
              "startedAt",
              s -> s.startedAt(),
              (x, v) -> StageRecordDraft.edit(x, y -> y.startedAt = v)),
          start);
    }
    for (int i = 0; i < value.speakingTurns().size(); i++) {
      Part<Duration> duration =
          Part.element(turns, i)
              .field(
                  "duration",
                  s -> s.duration(),
                  (x, v) -> SpeakingTurnDraft.edit(x, y -> y.duration = v));
      numbers.add(Site.value(duration, (x, v) -> Simpler.toward(v, SECOND), "shorten"));
    }
    for (int i = 0; i < value.conflicts().size(); i++) {
      shorten(
          Part.element(conflicts, i)
              .field(
                  "description",
                  c -> c.description(),
                  (x, v) -> ConflictOfInterestDraft.edit(x, y -> y.description = v)));
    }
    for (int i = 0; i < value.problems().size(); i++) {
      Part<RaisedProblem> problem = Part.element(problems, i);
      shorten(
          problem.field(
              "description",
              RaisedProblem::description,
              (x, v) -> RaisedProblemDraft.edit(x, y -> y.description = v)));
      Part<Instant> proposed =
          optional(
              inside,
              problem,
              "solutionProposedAt",
              RaisedProblem::solutionProposedAt,
              (x, v) -> RaisedProblemDraft.edit(x, y -> y.solutionProposedAt = v));
      toward(proposed, anchor(problem, RaisedProblem::raisedAt));
    }
    if (value.vote().isPresent()) {
      vote(vote, value.vote().get(), start);
    }
    if (value.result().isPresent()) {
      shorten(
          result.field(
              "text", s -> s.text(), (x, v) -> MeetingResultDraft.edit(x, y -> y.text = v)));
    }
    if (value.publicity().isPresent()) {
      publicity(publicity);
    }
  }

  private void vote(Part<Vote> v, Vote value, Function<Deliberation, Optional<Instant>> start) {
    list(
        inside,
        v,
        "ballots",
        Vote::ballots,
        (x, w) -> VoteDraft.edit(x, y -> y.ballots = new ArrayList<>(w)));
    Part<List<Voter>> eligible =
        list(
            inside,
            v,
            "eligible",
            Vote::eligible,
            (x, w) -> VoteDraft.edit(x, y -> y.eligible = new ArrayList<>(w)));
    Part<ShowOfHands> hands =
        optional(
            inside,
            v,
            "showOfHands",
            Vote::showOfHands,
            (x, w) -> VoteDraft.edit(x, y -> y.showOfHands = w));
    for (int i = 0; i < value.eligible().size(); i++) {
      towardZero(
          Part.element(eligible, i)
              .field("weight", s -> s.weight(), (x, w) -> VoterDraft.edit(x, y -> y.weight = w)));
    }
    if (value.showOfHands().isPresent()) {
      fewer(
          hands.field("yes", ShowOfHands::yes, (x, w) -> ShowOfHandsDraft.edit(x, y -> y.yes = w)));
      fewer(hands.field("no", ShowOfHands::no, (x, w) -> ShowOfHandsDraft.edit(x, y -> y.no = w)));
      fewer(
          hands.field(
              "abstain",
              ShowOfHands::abstain,
              (x, w) -> ShowOfHandsDraft.edit(x, y -> y.abstain = w)));
    }
    toward(
        v.field("closedAt", Vote::closedAt, (x, w) -> VoteDraft.edit(x, y -> y.closedAt = w)),
        start);
  }

  private void publicity(Part<Publicity> p) {
    shorten(
        p.field(
            "channel", Publicity::channel, (x, v) -> PublicityDraft.edit(x, y -> y.channel = v)));
    toward(
        p.field("until", Publicity::until, (x, v) -> PublicityDraft.edit(x, y -> y.until = v)),
        anchor(p, Publicity::from));
  }

  // ---------------------------------------------------------------------------------------------
  // outcome, escalations, hotline, admission

  private void outcome(Part<OutcomeRecord> o, OutcomeRecord value) {
    Part<List<Duty>> duties =
        list(
            inside,
            o,
            "duties",
            OutcomeRecord::duties,
            (x, v) -> OutcomeRecordDraft.edit(x, y -> y.duties = new ArrayList<>(v)));
    Part<List<Publicity>> reports =
        list(
            inside,
            o,
            "progressReports",
            OutcomeRecord::progressReports,
            (x, v) -> OutcomeRecordDraft.edit(x, y -> y.progressReports = new ArrayList<>(v)));
    Part<OutcomeFacts> facts =
        o.field(
            "facts", OutcomeRecord::facts, (x, v) -> OutcomeRecordDraft.edit(x, y -> y.facts = v));
    Part<List<String>> factors =
        list(
            inside,
            facts,
            "blockingFactors",
            OutcomeFacts::blockingFactors,
            (x, v) -> OutcomeFactsDraft.edit(x, y -> y.blockingFactors = new ArrayList<>(v)));
    Part<Publicity> notice =
        optional(
            inside,
            o,
            "residentsNotice",
            OutcomeRecord::residentsNotice,
            (x, v) -> OutcomeRecordDraft.edit(x, y -> y.residentsNotice = v));
    optional(
        inside,
        o,
        "takeUpAgainOn",
        OutcomeRecord::takeUpAgainOn,
        (x, v) -> OutcomeRecordDraft.edit(x, y -> y.takeUpAgainOn = v));
    shorten(
        optional(
            inside,
            o,
            "proposedSolution",
            OutcomeRecord::proposedSolution,
            (x, v) -> OutcomeRecordDraft.edit(x, y -> y.proposedSolution = v)));
    optional(
        inside,
        o,
        "solvedAt",
        OutcomeRecord::solvedAt,
        (x, v) -> OutcomeRecordDraft.edit(x, y -> y.solvedAt = v));
    numbers.add(
        Site.value(
            facts.field(
                "roundsHeld",
                OutcomeFacts::roundsHeld,
                (x, v) -> OutcomeFactsDraft.edit(x, y -> y.roundsHeld = v)),
            (x, v) -> Simpler.toward(v, 1),
            "lower"));
    for (int i = 0; i < value.duties().size(); i++) {
      duty(Part.element(duties, i));
    }
    for (int i = 0; i < value.facts().blockingFactors().size(); i++) {
      shorten(Part.element(factors, i));
    }
    for (int i = 0; i < value.progressReports().size(); i++) {
      publicity(Part.element(reports, i));
    }
    if (value.residentsNotice().isPresent()) {
      publicity(notice);
    }
  }

  private void duty(Part<Duty> d) {
    shorten(
        d.field(
            "description", Duty::description, (x, v) -> DutyDraft.edit(x, y -> y.description = v)));
    optional(
        inside,
        d,
        "responsible",
        Duty::responsible,
        (x, v) -> DutyDraft.edit(x, y -> y.responsible = v));
    shorten(
        optional(
            inside,
            d,
            "measures",
            Duty::measures,
            (x, v) -> DutyDraft.edit(x, y -> y.measures = v)));
    optional(
        inside, d, "deadline", Duty::deadline, (x, v) -> DutyDraft.edit(x, y -> y.deadline = v));
    shorten(
        optional(
            inside,
            d,
            "completionRecord",
            Duty::completionRecord,
            (x, v) -> DutyDraft.edit(x, y -> y.completionRecord = v)));
    optional(
        inside,
        d,
        "completedAt",
        Duty::completedAt,
        (x, v) -> DutyDraft.edit(x, y -> y.completedAt = v));
  }

  private void escalation(Part<Escalation> e, Escalation value) {
    Part<List<FollowUp>> followUps =
        list(
            inside,
            e,
            "followUps",
            Escalation::followUps,
            (x, v) -> EscalationDraft.edit(x, y -> y.followUps = new ArrayList<>(v)));
    optional(
        inside,
        e,
        "follower",
        Escalation::follower,
        (x, v) -> EscalationDraft.edit(x, y -> y.follower = v));
    Part<Instant> resolved =
        optional(
            inside,
            e,
            "resolvedAt",
            Escalation::resolvedAt,
            (x, v) -> EscalationDraft.edit(x, y -> y.resolvedAt = v));
    shorten(
        e.field(
            "reason", Escalation::reason, (x, v) -> EscalationDraft.edit(x, y -> y.reason = v)));
    Function<Deliberation, Optional<Instant>> escalated = anchor(e, Escalation::escalatedAt);
    toward(
        e.field(
            "deadline",
            Escalation::deadline,
            (x, v) -> EscalationDraft.edit(x, y -> y.deadline = v)),
        escalated);
    toward(resolved, escalated);
    for (int i = 0; i < value.followUps().size(); i++) {
      Part<FollowUp> followUp = Part.element(followUps, i);
      shorten(
          followUp.field("note", FollowUp::note, (x, v) -> FollowUpDraft.edit(x, y -> y.note = v)));
      toward(
          followUp.field("at", FollowUp::at, (x, v) -> FollowUpDraft.edit(x, y -> y.at = v)),
          escalated);
    }
  }

  private void hotline(Part<HotlineCase> h) {
    list(
        inside,
        h,
        "departments",
        HotlineCase::departments,
        (x, v) -> HotlineCaseDraft.edit(x, y -> y.departments = new ArrayList<>(v)));
    Function<Deliberation, Optional<Instant>> received = anchor(h, HotlineCase::receivedAt);
    toward(
        optional(
            inside,
            h,
            "forwardedAt",
            HotlineCase::forwardedAt,
            (x, v) -> HotlineCaseDraft.edit(x, y -> y.forwardedAt = v)),
        received);
    toward(
        optional(
            inside,
            h,
            "coordinationConvenedAt",
            HotlineCase::coordinationConvenedAt,
            (x, v) -> HotlineCaseDraft.edit(x, y -> y.coordinationConvenedAt = v)),
        received);
    toward(
        optional(
            inside,
            h,
            "repliedAt",
            HotlineCase::repliedAt,
            (x, v) -> HotlineCaseDraft.edit(x, y -> y.repliedAt = v)),
        received);
    toward(
        optional(
            inside,
            h,
            "handledAt",
            HotlineCase::handledAt,
            (x, v) -> HotlineCaseDraft.edit(x, y -> y.handledAt = v)),
        received);
  }

  private void admission(Part<Admission> a) {
    shorten(
        optional(
            inside,
            a,
            "explanationToResidents",
            Admission::explanationToResidents,
            (x, v) -> AdmissionDraft.edit(x, y -> y.explanationToResidents = v)));
    Part<Approval> approval =
        optional(
            inside,
            a,
            "approval",
            Admission::approval,
            (x, v) -> AdmissionDraft.edit(x, y -> y.approval = v));
    shorten(
        approval.field("reference", Approval::reference, (x, v) -> Approval.of(x.approvedAt(), v)));
  }

  // ---------------------------------------------------------------------------------------------
  // kinds of site

  private static <P, E> Part<List<E>> list(
      List<Site> phase,
      Part<P> parent,
      String name,
      Function<P, List<E>> get,
      BiFunction<P, List<E>, P> set) {
    Part<List<E>> part = parent.field(name, get, set);
    phase.add(Site.list(part));
    return part;
  }

  private static <P, B> Part<B> optional(
      List<Site> phase,
      Part<P> parent,
      String name,
      Function<P, Optional<B>> get,
      BiFunction<P, Optional<B>, P> set) {
    phase.add(Site.value(parent.field(name, get, set), (x, v) -> Simpler.dropped(v), "drop"));
    return parent.present(name, get, set);
  }

  private void shorten(Part<String> part) {
    texts.add(Site.value(part, (x, v) -> Simpler.shortened(v), "shorten"));
  }

  private void towardZero(Part<BigDecimal> part) {
    numbers.add(Site.value(part, (x, v) -> Simpler.towardZero(v), "lower"));
  }

  private void fewer(Part<Integer> part) {
    numbers.add(Site.value(part, (x, v) -> Simpler.toward(v, 0), "lower"));
  }

  private void toward(Part<Instant> part, Function<Deliberation, Optional<Instant>> anchor) {
    instants.add(
        Site.value(
            part,
            (x, v) -> anchor.apply(x).map(a -> Simpler.toward(v, a)).orElse(List.of()),
            "move"));
  }

  private static <P> Function<Deliberation, Optional<Instant>> anchor(
      Part<P> parent, Function<P, Instant> instant) {
    return record -> parent.get(record).map(instant);
  }
}
