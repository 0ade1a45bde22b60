package org.shangliang.deliberation.testkit.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.shangliang.deliberation.decision.DecisionRule;
import org.shangliang.deliberation.decision.DoubleThreshold;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.decision.Quorum;
import org.shangliang.deliberation.decision.RestrictedVote;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.meeting.ConflictOfInterest;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.meeting.MeetingResult;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.meeting.Publicity;
import org.shangliang.deliberation.meeting.RaisedProblem;
import org.shangliang.deliberation.meeting.SignIn;
import org.shangliang.deliberation.meeting.SpeakingTurn;
import org.shangliang.deliberation.meeting.StageRecord;
import org.shangliang.deliberation.meeting.Vote;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.AppraisalScale;
import org.shangliang.deliberation.outcome.Disagreement;
import org.shangliang.deliberation.outcome.Duty;
import org.shangliang.deliberation.outcome.Escalation;
import org.shangliang.deliberation.outcome.FollowUp;
import org.shangliang.deliberation.outcome.HotlineCase;
import org.shangliang.deliberation.outcome.OutcomeFacts;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.outcome.Revisit;
import org.shangliang.deliberation.outcome.Supervision;
import org.shangliang.deliberation.outcome.SupervisionPhase;
import org.shangliang.deliberation.party.HouseholdLink;
import org.shangliang.deliberation.party.HouseholdLinks;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.party.PartyRole;
import org.shangliang.deliberation.party.RecordRole;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.Approval;
import org.shangliang.deliberation.process.AdmissionStatus;
import org.shangliang.deliberation.process.PartyActKind;
import org.shangliang.deliberation.process.PartyOrganisationAct;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationEvent;
import org.shangliang.deliberation.process.RiskAssessment;
import org.shangliang.deliberation.process.RiskLevel;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.process.EventType;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.profile.DutyKind;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.testkit.GenerationException;
import org.shangliang.deliberation.testkit.Generators;
import org.shangliang.deliberation.testkit.ScenarioParts;
import org.shangliang.deliberation.testkit.Shape;
import org.shangliang.deliberation.testkit.Shape.Feature;
import org.shangliang.deliberation.tier.Cadence;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.PublicFunds;
import org.shangliang.deliberation.topic.SettledElsewhere;
import org.shangliang.deliberation.topic.SettlingAuthority;
import org.shangliang.deliberation.topic.SourceKind;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.topic.TopicSource;
import org.shangliang.deliberation.topic.TwoPartyDispute;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.UnitId;

/**
 * Builds one compliant scenario from resolved {@link Choices}: the unit tree, the calendar, the party
 * list, the topic, its admission, the meetings with their votes, the outcome and what follows it,
 * the steps, the hotline case, the events and the instant to judge at. Each part is built so that
 * every built-in rule holds; the time line runs forward from the raising of the topic, and every
 * window of the profile bounds the gaps it governs. Work is linear in the size (the parties).
 */
final class ValidRecord {
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration DAY = Duration.ofDays(1);

  private final Profile profile;
  private final Choices c;
  private final RandomGenerator random;
  private final int size;
  private final ZoneId zone;

  /** The tree and calendar the caller gave, or null to generate the scenario's own. */
  private final Given given;
  private Jurisdiction jurisdiction;
  private Map<UnitId, AdministrativeUnit> units = new HashMap<>();
  private Map<UnitId, List<AdministrativeUnit>> children = new HashMap<>();
  private AdministrativeUnit deliberating;
  private TierRule tier;
  private final List<UnitId> affected = new ArrayList<>();
  private WorkCalendar calendar;

  private final List<Party> parties = new ArrayList<>();
  private final Map<PartyKind, Integer> kindCounts = new java.util.EnumMap<>(PartyKind.class);
  private PartyId convener;
  private PartyId recorder;
  private final List<PartyId> supervisors = new ArrayList<>();
  private final List<PartyId> fundsSupervisors = new ArrayList<>();
  private final List<PartyId> departments = new ArrayList<>();
  private PartyId mediator;
  /** The party organisation that takes the acts the profile requires (把关定向), or null if none. */
  private PartyId gatekeeper;
  private final List<HouseholdLink> links = new ArrayList<>();

  private Instant raisedAt;
  private Instant admittedAt;
  private Instant partiesIdentifiedAt;
  private Instant last;
  private Instant at;
  private String title;

  private final List<Meeting> meetings = new ArrayList<>();
  private Instant decidedAt; // the end of the first meeting that formed a result (passed, if voted)
  private OutcomeRecord outcome;
  private Instant classifiedAt;
  private Instant completedAt;
  private final List<Supervision> supervision = new ArrayList<>();
  private final List<Escalation> escalations = new ArrayList<>();
  private final List<Revisit> revisits = new ArrayList<>();
  private final List<Appraisal> appraisals = new ArrayList<>();
  private final List<Reopening> reopenings = new ArrayList<>();
  private List<StepEvent> steps = List.of();

  ValidRecord(Profile profile, Choices choices, RandomGenerator random, int size) {
    this(profile, choices, random, size, null);
  }

  /**
   * A builder of one record over a given tree and calendar.
   *
   * @param given the tree and calendar, checked for the profile; null to generate them
   */
  ValidRecord(Profile profile, Choices choices, RandomGenerator random, int size, Given given) {
    this.given = given;
    this.profile = profile;
    this.c = choices;
    this.random = random;
    this.size = size;
    this.zone = profile.zone();
  }

  ScenarioParts scenario() {
    units();
    times();
    parties();
    meetings();
    outcome();
    if (at == null) {
      at = openEnd();
    }
    Optional<HotlineCase> hotline = hotline();
    if (c.steps) {
      steps = StepTrack.place(this::actorFor, profile.stepPlan().get(), raisedAt, meetings, decidedAt,
          duties() ? classifiedAt : null, completedAt, stepsHorizon(), random, c.shape.stepRoles());
    }
    Topic topic = topic(hotline);
    Deliberation record =
        new Deliberation.Builder()
            .id(DeliberationId.of("d-" + Long.toHexString(random.nextLong() >>> 16)))
            .topic(topic)
            .parties(PartyList.of(parties))
            .deliberatingUnit(deliberating.id())
            .admission(admission())
            .plannedMeetingDate(plannedDate())
            .addAllMeetings(meetings)
            .addAllSteps(steps)
            .outcome(Optional.ofNullable(outcome))
            .addAllSupervision(supervision)
            .addAllEscalations(escalations)
            .addAllRevisits(revisits)
            .addAllAppraisals(appraisals)
            .addAllReopenings(reopenings)
            .hotlineCase(hotline)
            .addAllEvents(c.events ? events() : List.of())
            .addAllPartyActs(partyActs())
            .build();
    // drawn last, so that the rest of the record is what the same seed gave before assessments existed
    List<RiskAssessment> assessments = riskAssessments(topic);
    if (!assessments.isEmpty()) {
      record = RecordDraft.edit(record, d -> d.riskAssessments.addAll(assessments));
    }
    return new ScenarioParts(
        profile, jurisdiction, calendar, record, at, Set.of(), HouseholdLinks.of(links));
  }

  // ---------------------------------------------------------------- units and times

  private void units() {
    List<AdministrativeUnit> atLevel;
    if (given != null) {
      // indexed once for every scenario over the tree; any usable unit of the level, uniformly
      jurisdiction = given.jurisdiction();
      units = given.units();
      children = given.children();
      atLevel = given.usable(c.level);
    } else {
      jurisdiction = Generators.jurisdictions(profile).generate(random, size);
      atLevel = new ArrayList<>();
      for (AdministrativeUnit unit : jurisdiction.units()) {
        units.put(unit.id(), unit);
        if (unit.parent().isPresent()) {
          children.computeIfAbsent(unit.parent().get(), k -> new ArrayList<>()).add(unit);
        }
        if (unit.level() == c.level) {
          atLevel.add(unit);
        }
      }
    }
    deliberating = Draw.pick(random, atLevel);
    tier = profile.tier(c.level).get();
    List<AdministrativeUnit> subtree = new ArrayList<>();
    subtree.add(deliberating);
    for (int i = 0; i < subtree.size() && subtree.size() < 40; i++) {
      subtree.addAll(children.getOrDefault(subtree.get(i).id(), List.of()));
    }
    int most = Math.min(3, subtree.size());
    if (c.meetingKind == MeetingKind.ONLINE_MICRO) {
      most = Math.min(most, profile.onlineMaxAffectedUnits());
    }
    int count = 1 + random.nextInt(most);
    List<AdministrativeUnit> pool = new ArrayList<>(subtree);
    for (int i = 0; i < count; i++) {
      affected.add(pool.remove(random.nextInt(pool.size())).id());
    }
  }

  private Optional<AdministrativeUnit> parent(AdministrativeUnit unit) {
    return unit.parent().map(units::get);
  }

  private void times() {
    LocalDate day = LocalDate.of(2021 + random.nextInt(8), 1, 1).plusDays(random.nextInt(365));
    raisedAt = day.atTime(8 + random.nextInt(11), random.nextInt(60)).atZone(zone).toInstant();
    calendar =
        given != null
            ? given.calendar()
            : Generators.workCalendars(day.getYear() - 1, day.getYear() + 3).generate(random, size);
    Optional<Duration> urgent = urgentWindow();
    if (urgent.isPresent()) {
      admittedAt = raisedAt.plus(Draw.part(random, urgent.get(), 5, 20));
      partiesIdentifiedAt = admittedAt.plus(Draw.part(random, urgent.get(), 1, 5));
    } else {
      admittedAt = raisedAt.plus(Draw.between(random, Duration.ofHours(2), Duration.ofDays(10)));
      partiesIdentifiedAt = admittedAt.plus(Draw.between(random, HOUR, Duration.ofDays(2)));
    }
    last = c.admission == Choices.Admission.PENDING ? raisedAt : admittedAt;
    title = deliberating.name() + " " + entryOrCategoryName();
  }

  private Optional<Duration> urgentWindow() {
    return c.size == MatterSize.URGENT ? profile.urgentWindow() : Optional.empty();
  }

  private String entryOrCategoryName() {
    if (c.entry != null) {
      return profile.catalogue().entry(c.entry).get().name().zh();
    }
    return c.categoryName();
  }

  private LocalDate date(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  private Instant onDay(LocalDate date) {
    return date.atTime(9 + random.nextInt(10), random.nextInt(4) * 15).atZone(zone).toInstant();
  }

  private boolean regularTier() {
    return tier.cadence().isRegular() && c.size != MatterSize.URGENT;
  }

  // ---------------------------------------------------------------- parties

  private PartyId add(PartyKind kind, UnitId unit, boolean weighted, PartyRole... roles) {
    int n = kindCounts.merge(kind, 1, Integer::sum);
    PartyId id = PartyId.of(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + n);
    Party.Builder party = new Party.Builder().id(id).kind(kind).unit(unit);
    for (PartyRole role : roles) {
      party.addRole(role);
    }
    if (kind == PartyKind.OTHER) {
      party.otherLabel("其他协商主体");
    }
    if (weighted) {
      party.weight(Generators.floorAreas().generate(random, size));
    }
    parties.add(party.build());
    return id;
  }

  private boolean listed(PartyKind kind) {
    return kindCounts.containsKey(kind);
  }

  private void parties() {
    UnitId here = deliberating.id();
    UnitId above = parent(deliberating).map(AdministrativeUnit::id).orElse(here);
    convener = add(tier.convenerKind(), here, false, PartyRole.CONVENER, PartyRole.DELIBERATOR);
    recorder = add(PartyKind.RESIDENTS_COMMITTEE, here, false, PartyRole.DELIBERATOR);
    if (!profile.requiredPartyActs().isEmpty()) {
      // the deliberating unit's party organisation acts (gatekeeping.*): the convener, if it is one
      gatekeeper =
          tier.convenerKind() == PartyKind.PARTY_ORGANISATION
              ? convener
              : add(PartyKind.PARTY_ORGANISATION, here, false, PartyRole.DELIBERATOR);
    }
    Set<PartyKind> required = EnumSet.noneOf(PartyKind.class);
    profile.catalogue().category(c.category).ifPresent(cat -> required.addAll(cat.requiredPartyKinds()));
    if (c.entry != null) {
      required.addAll(profile.catalogue().entry(c.entry).get().requiredPartyKinds());
    }
    for (PartyKind kind : required) {
      if (!listed(kind)) {
        add(kind, kind == PartyKind.STAKEHOLDER ? affected.get(0) : here, kind == PartyKind.STAKEHOLDER,
            PartyRole.DELIBERATOR);
      }
    }
    for (UnitId unit : affected) {
      add(PartyKind.STAKEHOLDER, unit, true, PartyRole.DELIBERATOR);
    }
    if (profile.linkedMembersRequired()) {
      linkedMembers(here);
    }
    List<PartyKind> supervising = new ArrayList<>(profile.supervisorKinds());
    if (supervising.isEmpty()) {
      supervising.add(PartyKind.RESIDENT_REPRESENTATIVE);
    }
    int supervisorCount = 1 + random.nextInt(Math.min(2, supervising.size()));
    for (int i = 0; i < supervisorCount; i++) {
      PartyKind kind = supervising.remove(random.nextInt(supervising.size()));
      supervisors.add(add(kind, here, false, PartyRole.SUPERVISOR));
    }
    if (c.funds) {
      for (PartyKind kind : profile.publicFundsSupervisorKinds()) {
        fundsSupervisors.add(add(kind, above, false, PartyRole.SUPERVISOR));
      }
    }
    if (c.dispute) {
      mediator = add(PartyKind.MEDIATOR, here, false, PartyRole.DELIBERATOR);
    }
    for (int i = 0; i < c.hotlineDepartments; i++) {
      departments.add(add(PartyKind.GOVERNMENT_DEPARTMENT, above, false, PartyRole.DELIBERATOR));
    }
    if (c.vote && c.rule instanceof RestrictedVote) {
      PartyKind kind = ((RestrictedVote) c.rule).kind();
      int voters = Math.max(3 + minimumYes(((RestrictedVote) c.rule).rule()), leastVoters(c.rule, c.conflict));
      for (int i = 0; i < voters; i++) {
        add(kind, here, kind == PartyKind.STAKEHOLDER, PartyRole.DELIBERATOR);
      }
    }
    int deliberators = 0;
    for (Party party : parties) {
      deliberators += party.hasRole(PartyRole.DELIBERATOR) ? 1 : 0;
    }
    int needed = 3 + (c.vote ? minimumYes(c.rule) : 0);
    if (c.vote) {
      needed = Math.max(needed, leastVoters(c.rule, c.conflict));
    }
    for (Quorum quorum : profile.quorums().values()) {
      needed = Math.max(needed, quorum.minimumCount() + 2);
    }
    int filler = Math.max(size - parties.size(), needed - deliberators);
    List<UnitId> homes = new ArrayList<>(affected);
    parties.addAll(Generators.residents("resident", homes).generate(random, Math.max(0, filler)));
  }

  /**
   * The acts of the party organisation the profile requires, by the responsible body: its review
   * between the raising and the admission decision; the procedure and the organiser (the recorder)
   * between the admission and the first meeting.
   */
  private List<PartyOrganisationAct> partyActs() {
    List<PartyOrganisationAct> acts = new ArrayList<>();
    Set<PartyActKind> required = profile.requiredPartyActs();
    if (required.contains(PartyActKind.REVIEWED_TOPIC) && c.admission != Choices.Admission.PENDING) {
      acts.add(
          PartyOrganisationAct.of(
              PartyActKind.REVIEWED_TOPIC, gatekeeper, Draw.within(random, raisedAt, admittedAt)));
    }
    if (meetings.isEmpty()) {
      return acts;
    }
    Instant first = meetings.get(0).startedAt();
    for (Meeting meeting : meetings) {
      first = Draw.min(first, meeting.startedAt());
    }
    if (required.contains(PartyActKind.SET_PROCEDURE)) {
      acts.add(
          PartyOrganisationAct.of(
              PartyActKind.SET_PROCEDURE, gatekeeper, Draw.within(random, admittedAt, first)));
    }
    if (required.contains(PartyActKind.NAMED_ORGANISER)) {
      acts.add(
          PartyOrganisationAct.namedOrganiser(
              gatekeeper, Draw.within(random, admittedAt, first), recorder));
    }
    return acts;
  }

  /**
   * Household links (党员联户) where the profile requires linked members to take part: one or two
   * party members linked to each affected unit, each on the list as a deliberator of that unit; and,
   * half the time, a member linked to the deliberating unit only (not affected), who is not listed.
   */
  private void linkedMembers(UnitId here) {
    PartyRole memberRole =
        profile.forbiddenRoles(PartyKind.PARTY_MEMBER_REPRESENTATIVE).contains(RecordRole.DELIBERATOR)
            ? PartyRole.OBSERVER
            : PartyRole.DELIBERATOR;
    for (UnitId unit : affected) {
      int members = 1 + random.nextInt(2);
      for (int i = 0; i < members; i++) {
        PartyId member = add(PartyKind.PARTY_MEMBER_REPRESENTATIVE, unit, false, memberRole);
        links.add(HouseholdLink.of(member, unit));
      }
    }
    if (!affected.contains(here) && Draw.chance(random, 50)) {
      links.add(HouseholdLink.of(PartyId.of("linked-member-elsewhere"), here));
    }
  }

  /**
   * The fewest voters the rule counts (of weight 1, all present) with which the motion passes when
   * all of them vote yes, but one who declared a conflict of interest (if {@code conflict}) and
   * does not vote: a deciding vote of every deliberator then reaches a pass, since a declared
   * conflict falls on the recorder (weight 1) or on a voter the rule does not count. At most 100.
   */
  private static int leastVoters(DecisionRule rule, boolean conflict) {
    PartyKind kind = rule instanceof RestrictedVote ? ((RestrictedVote) rule).kind() : PartyKind.STAKEHOLDER;
    List<Voter> voters = new ArrayList<>();
    Set<PartyId> present = new java.util.HashSet<>();
    List<org.shangliang.deliberation.decision.Ballot> ballots = new ArrayList<>();
    for (int n = 1; n < 100; n++) {
      PartyId id = PartyId.of("voter-" + n);
      voters.add(Voter.of(id, kind, BigDecimal.ONE));
      present.add(id);
      if (!conflict || n > 1) {
        ballots.add(org.shangliang.deliberation.decision.Ballot.of(id, org.shangliang.deliberation.decision.Choice.YES));
      }
      if (rule.decide(ballots, present, voters).outcome() == Outcome.PASSED) {
        return n;
      }
    }
    return 100;
  }

  /** The fewest yes votes by headcount a rule asks for (its minimum of yes votes, rounded up). */
  private static int minimumYes(DecisionRule rule) {
    if (rule instanceof MajorityRule && ((MajorityRule) rule).minimumYes().signum() > 0) {
      return ((MajorityRule) rule).minimumYes().setScale(0, java.math.RoundingMode.CEILING).intValueExact();
    }
    if (rule instanceof DoubleThreshold) {
      return minimumYes(((DoubleThreshold) rule).headcount());
    }
    if (rule instanceof RestrictedVote) {
      return minimumYes(((RestrictedVote) rule).rule());
    }
    return 0;
  }

  private PartyId actorFor(org.shangliang.deliberation.process.StepRole role) {
    if (role == org.shangliang.deliberation.process.StepRole.SUPERVISE && !supervisors.isEmpty()) {
      return supervisors.get(0);
    }
    return role == org.shangliang.deliberation.process.StepRole.EVALUATE ? recorder : convener;
  }

  // ---------------------------------------------------------------- meetings

  private List<MeetingKind> allowedKinds() {
    List<MeetingKind> kinds = new ArrayList<>(List.of(MeetingKind.REGULAR, MeetingKind.REGULAR, MeetingKind.URGENT));
    if (c.size != MatterSize.MAJOR) {
      kinds.add(MeetingKind.SMALL);
    }
    if (c.size == MatterSize.MINOR && affected.size() <= profile.onlineMaxAffectedUnits()) {
      kinds.add(MeetingKind.ONLINE_MICRO);
    }
    return kinds;
  }

  private void meetings() {
    if (c.meetings == 0) {
      return;
    }
    last = partiesIdentifiedAt;
    Instant previousEnd = null;
    for (int i = 0; i < c.meetings; i++) {
      MeetingKind kind =
          c.meetingKind != null
              ? c.meetingKind
              : i == 0 && c.regularDate ? MeetingKind.REGULAR : Draw.pick(random, allowedKinds());
      Instant start;
      Optional<Duration> urgent = urgentWindow();
      if (i == 0 && urgent.isPresent()) {
        start = raisedAt.plus(Draw.part(random, urgent.get(), 30, 60));
      } else {
        LocalDate from = date(previousEnd == null ? partiesIdentifiedAt : previousEnd);
        LocalDate day = from.plusDays(previousEnd == null ? 1 + random.nextInt(14) : 3 + random.nextInt(28));
        if (kind == MeetingKind.REGULAR && regularTier()) {
          day = tier.cadence().nextOnOrAfter(day, calendar).get();
        }
        start = onDay(day);
      }
      Instant end = start.plus(Draw.between(random, Duration.ofMinutes(40), Duration.ofHours(3)));
      boolean deciding = i == c.meetings - 1;
      meetings.add(meeting(kind, start, end, deciding));
      previousEnd = end;
      last = Draw.max(last, end);
    }
  }

  private Votes.Target target(boolean deciding) {
    if (!deciding) {
      return Votes.Target.NOT_PASS;
    }
    if (c.outcome == OutcomeKind.IMMEDIATE || c.outcome == OutcomeKind.COMMITTED) {
      return Votes.Target.PASS;
    }
    if (c.outcome == OutcomeKind.SHELVED) {
      return Votes.Target.NOT_PASS;
    }
    return Votes.Target.ANY;
  }

  private Meeting meeting(MeetingKind kind, Instant start, Instant end, boolean deciding) {
    Quorum quorum = profile.quorums().get(c.size);
    List<Party> invitedParties = invite(quorum);
    List<PartyId> invited = new ArrayList<>(invitedParties.size());
    for (Party party : invitedParties) {
      invited.add(party.id());
    }
    int least = leastSignIns(quorum, invited.size());
    int signed = least + random.nextInt(invited.size() - least + 1);
    boolean votes = c.vote && (deciding || Draw.chance(random, 50));
    List<Voter> eligible = new ArrayList<>();
    if (votes) {
      boolean chairVotes = Draw.chance(random, 30);
      List<Party> voting = new ArrayList<>();
      for (Party party : invitedParties) {
        if (chairVotes || !party.id().equals(convener)) {
          voting.add(party);
        }
      }
      eligible = Generators.voters(voting);
    }
    Set<PartyId> conflicted = new LinkedHashSet<>();
    Optional<Vote> vote = Optional.empty();
    List<PartyId> present = attendance(invited, signed);
    Instant closedAt = Draw.split(start, end, stagesCount() + 1, stagesCount() + 2);
    if (votes) {
      if (c.conflict && deciding) {
        conflicted.add(conflictedParty(present, eligible));
      }
      Shape.VoteForm form = c.voteForm;
      vote = Votes.reaching(random, c.rule, eligible, new LinkedHashSet<>(present), conflicted, form,
          target(deciding), closedAt, recorder);
      if (vote.isEmpty()) {
        present = attendance(invited, invited.size());
        vote = Votes.reaching(random, c.rule, eligible, new LinkedHashSet<>(present), conflicted, form,
            target(deciding), closedAt, recorder);
      }
      if (vote.isEmpty() && deciding) {
        // grow the electorate: every deliberator invited, present and eligible, the chair included
        // (the party list holds enough of them for the rule, see leastVoters)
        invitedParties = deliberators();
        invited = new ArrayList<>(invitedParties.size());
        for (Party party : invitedParties) {
          invited.add(party.id());
        }
        eligible = Generators.voters(invitedParties);
        present = attendance(invited, invited.size());
        if (!conflicted.isEmpty()) {
          conflicted.clear();
          conflicted.add(conflictedParty(present, eligible));
        }
        vote = Votes.reaching(random, c.rule, eligible, new LinkedHashSet<>(present), conflicted, form,
            target(deciding), closedAt, recorder);
      }
      if (vote.isEmpty() && deciding && (c.shape.wants(Feature.VOTE) || c.shape.ruleKind().isPresent())) {
        throw new GenerationException(
            "Scenarios.valid(profile " + profile.id() + ", " + c.shape + "): the rule " + c.rule
                + " cannot reach " + target(deciding) + " with " + eligible.size() + " eligible voters");
      }
      if (vote.isEmpty()) {
        conflicted.clear();
      }
    }
    Meeting.Builder meeting =
        new Meeting.Builder()
            .unit(deliberating.id())
            .kind(kind)
            .scheduledDate(date(start))
            .startedAt(start)
            .endedAt(end)
            .chair(convener)
            .recorder(recorder)
            .addAllInvited(invited)
            .vote(vote);
    Instant signInFrom = Draw.max(partiesIdentifiedAt, start.minus(Duration.ofMinutes(30)));
    for (PartyId party : present) {
      meeting.addAttendance(SignIn.of(party, Draw.within(random, signInFrom, start)));
    }
    if (Draw.chance(random, 20) && !supervisors.isEmpty()) {
      PartyId guest = supervisors.get(0);
      if (!present.contains(guest)) {
        meeting.addAttendance(SignIn.of(guest, start));
        present.add(guest);
      }
    }
    List<MeetingStage> stages = profile.meetingStages();
    for (int k = 0; k < stages.size(); k++) {
      MeetingStage stage = stages.get(k);
      meeting.addStages(
          StageRecord.of(stage, Draw.split(start, end, k, stages.size() + 2), stage.label().zh() + "：" + title));
    }
    for (PartyId party : conflicted) {
      meeting.addConflicts(ConflictOfInterest.of(party, "与本议题有直接利害关系"));
    }
    if (c.speaking) {
      int turns = 1 + random.nextInt(Math.min(6, present.size()));
      for (int k = 0; k < turns; k++) {
        meeting.addSpeakingTurns(SpeakingTurn.of(Draw.pick(random, present), speakingTime()));
      }
    }
    if (c.problems && (deciding || Draw.chance(random, 40))) {
      int count = 1 + random.nextInt(3);
      for (int k = 0; k < count; k++) {
        meeting.addProblems(problem(start, end));
      }
    }
    Optional<MeetingResult> result = result(vote, deciding, new LinkedHashSet<>(present));
    meeting.result(result);
    if (result.isPresent()) {
      Instant from = end.plus(Draw.between(random, Duration.ZERO, HOUR));
      Duration length = profile.minimumPublicity().orElse(Duration.ofDays(3))
          .plus(Draw.between(random, Duration.ZERO, Duration.ofDays(4)));
      meeting.publicity(Publicity.of(Draw.pick(random, List.of("社区公示栏", "居民微信群", "楼道公示栏")), from, from.plus(length)));
      boolean decision = result.get().outcome().isEmpty() || result.get().outcome().get() == Outcome.PASSED;
      if (decision && (decidedAt == null || end.isBefore(decidedAt))) {
        decidedAt = end;
      }
    }
    return meeting.build();
  }

  /**
   * The deliberators invited to a meeting, in list order: the chair and the recorder, each other one
   * with a chance of 90%, and then (if the quorum's minimum count is not reachable by those) more of
   * the uninvited, drawn at random, until it is. The party list holds enough deliberators for that.
   */
  private List<Party> invite(Quorum quorum) {
    List<Party> deliberators = deliberators();
    boolean[] chosen = new boolean[deliberators.size()];
    List<Integer> left = new ArrayList<>();
    int count = 0;
    for (int i = 0; i < deliberators.size(); i++) {
      PartyId id = deliberators.get(i).id();
      boolean always = id.equals(convener) || id.equals(recorder);
      chosen[i] = always || Draw.chance(random, 90);
      if (chosen[i]) {
        count++;
      } else {
        left.add(i);
      }
    }
    int least = quorum == null ? 0 : quorum.minimumCount();
    while (count < least && !left.isEmpty()) {
      chosen[left.remove(random.nextInt(left.size()))] = true;
      count++;
    }
    List<Party> invited = new ArrayList<>(count);
    for (int i = 0; i < deliberators.size(); i++) {
      if (chosen[i]) {
        invited.add(deliberators.get(i));
      }
    }
    return invited;
  }

  /** The deliberators on the party list, in its order. */
  private List<Party> deliberators() {
    List<Party> deliberators = new ArrayList<>();
    for (Party party : parties) {
      if (party.hasRole(PartyRole.DELIBERATOR)) {
        deliberators.add(party);
      }
    }
    return deliberators;
  }

  private int stagesCount() {
    return profile.meetingStages().size();
  }

  /** The fewest invited sign-ins that meet the quorum (at least two: the chair and the recorder). */
  private int leastSignIns(Quorum quorum, int invited) {
    if (quorum == null) {
      return Math.min(2, invited);
    }
    if (!quorum.isMetBy(invited, invited)) {
      throw new GenerationException(
          "Scenarios.valid(profile " + profile.id() + ", " + c.shape + "): the quorum for a "
              + c.size + " matter cannot be met even when all " + invited + " invited sign in");
    }
    int low = 0;
    int high = invited;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (quorum.isMetBy(mid, invited)) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return Math.max(low, Math.min(2, invited));
  }

  /** The chair, the recorder and then other invited parties, {@code count} in all. */
  private List<PartyId> attendance(List<PartyId> invited, int count) {
    List<PartyId> present = new ArrayList<>(count);
    List<PartyId> others = new ArrayList<>(invited.size());
    for (PartyId party : invited) {
      if (party.equals(convener) || party.equals(recorder)) {
        present.add(party);
      } else {
        others.add(party);
      }
    }
    for (int i = 0; present.size() < count; i++) {
      int j = i + random.nextInt(others.size() - i);
      Collections.swap(others, i, j);
      present.add(others.get(i));
    }
    return present;
  }

  private PartyId conflictedParty(List<PartyId> present, List<Voter> eligible) {
    Set<PartyId> voters = new LinkedHashSet<>();
    for (Voter voter : eligible) {
      if (!Votes.counts(c.rule, voter)) {
        voters.add(voter.party());
      }
    }
    for (PartyId party : present) {
      if (voters.contains(party)) {
        return party; // one whose vote the rule does not count anyway
      }
    }
    for (PartyId party : present) {
      if (!party.equals(convener)) {
        return party;
      }
    }
    return convener;
  }

  private Duration speakingTime() {
    Optional<Duration> limit = profile.speakingTimeLimit();
    if (limit.isEmpty()) {
      return Draw.between(random, Duration.ofMinutes(1), Duration.ofMinutes(8));
    }
    Duration time = Draw.part(random, limit.get(), 10, 100);
    return time.isZero() ? limit.get() : time;
  }

  private RaisedProblem problem(Instant start, Instant end) {
    Instant raised = Draw.within(random, start, end);
    String description = Draw.pick(random, List.of("楼道照明损坏", "垃圾清运不及时", "停车位不足", "雨水管堵塞"));
    if (Draw.chance(random, 40)) {
      return RaisedProblem.solvedOnTheSpot(description, raised);
    }
    Duration window = profile.problemSolutionWindow().orElse(Duration.ofDays(2));
    Instant proposed = raised.plus(Draw.part(random, window, 5, 100));
    last = Draw.max(last, proposed);
    return RaisedProblem.pending(description, raised, Optional.of(proposed));
  }

  private Optional<MeetingResult> result(Optional<Vote> vote, boolean deciding, Set<PartyId> present) {
    String text = Draw.pick(random, List.of("经协商形成意见：", "会议议定：")) + title;
    if (vote.isPresent()) {
      Outcome computed = vote.get().decide(present).outcome();
      return deciding || Draw.chance(random, 60)
          ? Optional.of(MeetingResult.of(text, computed))
          : Optional.empty();
    }
    boolean agreed = c.outcome == OutcomeKind.IMMEDIATE || c.outcome == OutcomeKind.COMMITTED;
    if (deciding && (agreed || c.outcome == OutcomeKind.RECOMMENDATION || c.publicity)) {
      return Optional.of(MeetingResult.of(text));
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- outcome

  private boolean duties() {
    return c.outcome == OutcomeKind.IMMEDIATE || c.outcome == OutcomeKind.COMMITTED;
  }

  private void outcome() {
    if (c.outcome == null) {
      return;
    }
    classifiedAt = last.plus(Draw.between(random, Duration.ofMinutes(10), Duration.ofDays(2)));
    last = classifiedAt;
    boolean early = meetings.size() < profile.minRoundsBeforeShelving();
    Disagreement disagreement = Disagreement.values()[random.nextInt(2)];
    boolean wide = Draw.chance(random, 20);
    if (c.outcome == OutcomeKind.SHELVED) {
      // shelved after fewer rounds than the profile asks only with deep disagreement or wide scope
      disagreement = Disagreement.values()[1 + random.nextInt(2)];
      if (early && disagreement != Disagreement.DEEP) {
        wide = true;
      }
    }
    OutcomeFacts.Builder facts =
        new OutcomeFacts.Builder()
            .agreementReached(
                c.outcome != OutcomeKind.SHELVED
                    && (c.outcome != OutcomeKind.RECOMMENDATION || random.nextBoolean()))
            .withinPowers(c.outcome != OutcomeKind.RECOMMENDATION)
            .roundsHeld(meetings.size())
            .wideScopeOrComplexCauses(wide)
            .disagreement(disagreement);
    if (c.outcome == OutcomeKind.COMMITTED) {
      facts.addBlockingFactors(Draw.pick(random, List.of("需先完成管线迁移", "资金尚待审批", "需等待施工季节")));
    }
    OutcomeRecord.Builder record =
        new OutcomeRecord.Builder().kind(c.outcome).facts(facts.build()).classifiedAt(classifiedAt);
    switch (c.outcome) {
      case IMMEDIATE:
      case COMMITTED:
        carryOut(record);
        break;
      case SHELVED:
        shelve(record);
        break;
      case RECOMMENDATION:
      default:
        recommend(record);
        break;
    }
    outcome = record.build();
  }

  private void carryOut(OutcomeRecord.Builder record) {
    Optional<Duration> interval = profile.progressPublicityInterval();
    Duration span = Draw.between(random, Duration.ofDays(3), Duration.ofDays(120));
    if (c.outcome == OutcomeKind.COMMITTED && interval.isPresent()) {
      span = c.progress ? Draw.part(random, interval.get(), 120, 400) : Draw.min(span, Draw.percent(interval.get(), 90));
    }
    Instant start = classifiedAt;
    Instant end;
    int count = 1 + random.nextInt(3);
    List<Duty> duties = new ArrayList<>();
    Instant completion = null;
    if (c.completed) {
      for (int i = 1; i <= count; i++) {
        Instant done = i == 1 ? start.plus(span) : start.plus(Draw.part(random, span, 20, 100));
        completion = completion == null ? done : Draw.max(completion, done);
        duties.add(duty(i, done.plus(Draw.between(random, Duration.ZERO, Duration.ofDays(30))), Optional.of(done)));
      }
      end = completion;
      completedAt = completion;
    } else {
      end = start.plus(span);
      at = end;
      for (int i = 1; i <= count; i++) {
        boolean done = i > 1 && Draw.chance(random, 40);
        Instant finished = start.plus(Draw.part(random, span, 10, 90));
        duties.add(
            done
                ? duty(i, finished.plus(Draw.between(random, Duration.ZERO, Duration.ofDays(30))), Optional.of(finished))
                : duty(i, end.plus(Draw.between(random, HOUR, Duration.ofDays(60))), Optional.empty()));
      }
    }
    record.addAllDuties(duties);
    if (c.outcome == OutcomeKind.COMMITTED && interval.isPresent()) {
      Instant previous = start;
      while (previous.plus(interval.get()).isBefore(end)) {
        Instant from = previous.plus(Draw.part(random, interval.get(), 50, 100));
        record.addProgressReports(Publicity.of("社区公示栏", from, from.plus(Duration.ofDays(7))));
        previous = from;
      }
    }
    PartyId supervisor = Draw.pick(random, supervisors);
    supervision.add(Supervision.of(SupervisionPhase.BEFORE, supervisor, start.plus(Draw.part(random, span, 1, 10)), "审核实施方案"));
    if (c.completed || Draw.chance(random, 50)) {
      Instant during = start.plus(Draw.part(random, Duration.between(start, end), 20, 80));
      supervision.add(Supervision.of(SupervisionPhase.DURING, Draw.pick(random, supervisors), during, "现场查看进度"));
    }
    Instant horizon = end;
    if (c.completed) {
      Optional<Duration> window = profile.revisitWindow();
      Duration slack = window.isPresent() && !c.revisit ? Draw.percent(window.get(), 50) : Duration.ofDays(3);
      Instant after = completion.plus(Draw.part(random, Draw.min(slack, Duration.ofDays(3)), 0, 100));
      supervision.add(Supervision.of(SupervisionPhase.AFTER, Draw.pick(random, supervisors), after, "验收办理结果"));
      horizon = Draw.max(horizon, after);
      for (PartyId funds : fundsSupervisors) {
        supervision.add(Supervision.of(SupervisionPhase.AFTER, funds, after, "核查资金使用"));
      }
      if (c.revisit) {
        Duration within = window.isPresent() ? Draw.min(window.get(), Duration.ofDays(20)) : Duration.ofDays(20);
        Instant revisited = completion.plus(Draw.part(random, within, 1, 100));
        revisits.add(Revisit.of(revisited, recorder, "群众对办理结果表示认可"));
        horizon = Draw.max(horizon, revisited);
      }
      if (c.appraisal) {
        horizon = appraise(horizon);
      }
      last = horizon;
      if (window.isPresent() && !c.revisit) {
        at = Draw.within(random, horizon, completion.plus(window.get()));
      }
    } else {
      for (PartyId funds : fundsSupervisors) {
        if (Draw.chance(random, 50)) {
          supervision.add(Supervision.of(SupervisionPhase.BEFORE, funds, start.plus(Draw.part(random, span, 1, 10)), "核查资金预算"));
        }
      }
      last = Draw.max(last, end);
    }
  }

  private Duty duty(int index, Instant deadline, Optional<Instant> completed) {
    String description =
        Draw.pick(random, List.of("制定实施方案", "组织施工", "公示资金预算", "协调相关部门"));
    PartyId responsible =
        allowedResponsible(index == 1 ? recorder : Draw.pick(random, List.of(convener, recorder)));
    return new Duty.Builder()
        .id("duty-" + index)
        .description(description)
        .responsible(responsible)
        .kind(dutyKind(responsible))
        .measures("明确专人负责，按周通报进度")
        .deadline(deadline)
        .completedAt(completed)
        .completionRecord(completed.map(at -> "办结记录 " + date(at)))
        .build();
  }

  /**
   * The chosen party (the recorder or the convener), or else the other one, whichever the negative
   * list lets be responsible.
   */
  private PartyId allowedResponsible(PartyId chosen) {
    for (PartyId id : List.of(chosen, recorder, convener)) {
      if (!profile.forbiddenRoles(kindOf(id)).contains(RecordRole.RESPONSIBLE)) {
        return id;
      }
    }
    return chosen;
  }

  /**
   * Where the profile has a list of powers and duties: for an item of the convener's body (the chair
   * of every meeting), most of the time, a duty kind the convener's kind carries (none if it carries
   * none). The recorder's items carry no kind.
   */
  private Optional<String> dutyKind(PartyId responsible) {
    if (profile.dutyKinds().isEmpty() || !responsible.equals(convener) || !Draw.chance(random, 80)) {
      return Optional.empty();
    }
    PartyKind kind = kindOf(responsible);
    List<String> carried = new ArrayList<>();
    for (DutyKind duty : profile.dutyKinds()) {
      if (duty.carriedBy(kind)) {
        carried.add(duty.id());
      }
    }
    return carried.isEmpty() ? Optional.empty() : Optional.of(Draw.pick(random, carried));
  }

  /** The kind of the convener or the recorder (see {@link #parties()}). */
  private PartyKind kindOf(PartyId id) {
    return id.equals(convener) ? tier.convenerKind() : PartyKind.RESIDENTS_COMMITTEE;
  }

  private Instant appraise(Instant from) {
    Optional<AppraisalScale> scale = profile.appraisalScale();
    int count = 1 + random.nextInt(3);
    Instant when = from;
    for (int i = 0; i < count; i++) {
      when = when.plus(Draw.between(random, HOUR, Duration.ofDays(3)));
      int score;
      if (scale.isEmpty()) {
        score = 1 + random.nextInt(5);
      } else if (c.poorAppraisal && i == 0) {
        score = scale.get().min() + random.nextInt(scale.get().poorAtMost() - scale.get().min() + 1);
      } else {
        score = scale.get().poorAtMost() + 1 + random.nextInt(scale.get().max() - scale.get().poorAtMost());
      }
      appraisals.add(Appraisal.of(when, i % 2 == 0 ? recorder : supervisors.get(0), score));
    }
    if (c.poorAppraisal && profile.reopenOnPoorAppraisal()) {
      when = when.plus(Draw.between(random, HOUR, Duration.ofDays(3)));
      reopenings.add(Reopening.of(when, "评议不满意，重新启动协商"));
    }
    return when;
  }

  private void shelve(OutcomeRecord.Builder record) {
    Optional<Duration> window = profile.shelvedExplanationWindow();
    if (!c.takeUp && window.isPresent() && c.shape.outcomeKind().isEmpty() && Draw.chance(random, 25)) {
      // not explained yet, judged within the window: the explanation is still due, not missing (only
      // where the shape asks for no outcome kind: a shelved outcome asked for is explained)
      at = Draw.within(random, classifiedAt, classifiedAt.plus(window.get()));
      return;
    }
    Instant told = classifiedAt.plus(Draw.between(random, Duration.ZERO, noticeDelay(profile.shelvedExplanationWindow())));
    record.residentsNotice(Publicity.of("社区公示栏", told, told.plus(Duration.ofDays(7))));
    last = told;
    if (!c.takeUp) {
      return;
    }
    LocalDate takeUp = date(classifiedAt).plusDays(15 + random.nextInt(106));
    record.takeUpAgainOn(takeUp);
    if (c.reopening) {
      Instant reopened = Draw.within(random, told.plus(HOUR), takeUp.atStartOfDay(zone).toInstant().plus(Duration.ofHours(12)));
      reopenings.add(Reopening.of(reopened, "按期重新协商"));
      last = reopened;
    } else {
      at = Draw.within(random, told, Draw.min(told.plus(Duration.ofDays(10)), takeUp.atStartOfDay(zone).toInstant()));
    }
  }

  private void recommend(OutcomeRecord.Builder record) {
    record.proposedSolution("建议上级统筹协调解决：" + title);
    AdministrativeUnit target = escalationTarget();
    Instant escalatedAt = classifiedAt.plus(Draw.between(random, Duration.ofMinutes(10), Duration.ofDays(2)));
    Optional<Duration> window = profile.escalationFollowUpWindow();
    Duration span;
    if (window.isPresent()) {
      span = c.followUps ? Draw.part(random, window.get(), 110, 400) : Draw.part(random, window.get(), 10, 90);
    } else {
      span = Draw.between(random, Duration.ofDays(2), Duration.ofDays(60));
    }
    boolean resolved = c.solved || Draw.chance(random, 40);
    Instant end = escalatedAt.plus(span);
    Escalation.Builder escalation =
        new Escalation.Builder()
            .fromUnit(deliberating.id())
            .toUnit(target.id())
            .reason("超出本级职权范围：" + title)
            .escalatedAt(escalatedAt)
            .follower(convener);
    if (resolved) {
      escalation.resolvedAt(end).deadline(end.plus(Draw.between(random, Duration.ZERO, Duration.ofDays(30))));
    } else {
      escalation.deadline(end.plus(Draw.between(random, HOUR, Duration.ofDays(30))));
      at = end;
    }
    Instant previous = escalatedAt;
    if (window.isPresent()) {
      while (previous.plus(window.get()).isBefore(end)) {
        previous = previous.plus(Draw.part(random, window.get(), 50, 100));
        escalation.addFollowUps(FollowUp.of(previous, "跟踪上级办理进展"));
      }
    } else if (Draw.chance(random, 50)) {
      escalation.addFollowUps(FollowUp.of(Draw.within(random, escalatedAt, end), "跟踪上级办理进展"));
    }
    escalations.add(escalation.build());
    last = end;
    Optional<Duration> notice = profile.recommendationNoticeWindow();
    if (c.solved
        && notice.isPresent()
        && !c.shape.wants(Feature.SOLVED_RECOMMENDATION)
        && Draw.chance(random, 25)) {
      // solved, residents not told yet, judged within the window: the notice is still due (only where
      // the shape does not ask for a solved recommendation, which has residents told)
      record.solvedAt(end);
      completedAt = end;
      at = Draw.within(random, end, end.plus(notice.get()));
    } else if (c.solved) {
      record.solvedAt(end);
      Instant told = end.plus(Draw.between(random, Duration.ZERO, noticeDelay(profile.recommendationNoticeWindow())));
      record.residentsNotice(Publicity.of("社区公示栏", told, told.plus(Duration.ofDays(7))));
      completedAt = end;
      last = told;
    }
  }

  /** How long after its event a notice to residents may come: up to 2 days, within the profile's window. */
  private static Duration noticeDelay(Optional<Duration> window) {
    return window.isPresent() ? Draw.min(window.get(), Duration.ofDays(2)) : Duration.ofDays(2);
  }

  /** The first unit above the deliberating one at or above the level its tier escalates to, with a tier. */
  private AdministrativeUnit escalationTarget() {
    org.shangliang.deliberation.unit.TierLevel level = tier.escalatesTo().get();
    for (Optional<AdministrativeUnit> unit = parent(deliberating); unit.isPresent(); unit = parent(unit.get())) {
      if (unit.get().level().compareTo(level) >= 0 && profile.tier(unit.get().level()).isPresent()) {
        return unit.get();
      }
    }
    throw new IllegalStateException("no escalation target above " + deliberating.id());
  }

  /** The instant to judge a record that ends open: a little after its last instant. */
  private Instant openEnd() {
    Optional<Duration> urgent = urgentWindow();
    if (urgent.isPresent() && meetings.isEmpty()) {
      return Draw.within(random, last, raisedAt.plus(urgent.get()));
    }
    return last.plus(Draw.between(random, HOUR, Duration.ofDays(20)));
  }

  private Instant stepsHorizon() {
    return reopenings.isEmpty() ? at : reopenings.get(0).at().minusSeconds(1);
  }

  // ---------------------------------------------------------------- topic, admission, hotline

  private Topic topic(Optional<HotlineCase> hotline) {
    Topic.Builder topic =
        new Topic.Builder()
            .id(TopicId.of("t-" + Long.toHexString(random.nextLong() >>> 20)))
            .title(title)
            .category(c.category)
            .catalogueEntry(Optional.ofNullable(c.entry))
            .matterSize(c.size)
            .addAllAffectedUnits(affected)
            .raisedAt(raisedAt)
            .source(
                hotline.isPresent()
                    ? TopicSource.hotline(hotline.get().ticketId())
                    : TopicSource.of(Draw.pick(random, List.of(SourceKind.HOME_VISIT, SourceKind.COURTYARD_TALK, SourceKind.RESIDENT_PROPOSAL, SourceKind.GRID_INSPECTION))));
    if (c.funds) {
      topic.publicFunds(PublicFunds.of(BigDecimal.valueOf(10_000 + random.nextInt(490_000), 0).setScale(2)));
    }
    if (c.settled) {
      topic.settledElsewhere(
          SettledElsewhere.of(
              Draw.pick(random, List.of(SettlingAuthority.values())), "文件编号 " + (100 + random.nextInt(900))));
    }
    if (c.dispute) {
      topic.dispute(TwoPartyDispute.mediatedBy(mediator));
    }
    return topic.build();
  }

  private Optional<Admission> admission() {
    switch (c.admission) {
      case PENDING:
        return Optional.empty();
      case REFUSED:
        return Optional.of(Admission.refused(admittedAt, "已向群众解释说明不予纳入的原因"));
      case ADMITTED:
      default:
        Admission.Builder admission = new Admission.Builder().status(AdmissionStatus.ADMITTED).decidedAt(admittedAt);
        if (c.dispute) {
          Instant approved = Draw.within(random, raisedAt, admittedAt);
          admission.approval(Approval.of(approved, "党组织会议纪要 " + date(approved)));
        }
        if (Draw.chance(random, 30)) {
          admission.explanationToResidents("已在社区公示栏说明纳入协商的议题");
        }
        return Optional.of(admission.build());
    }
  }

  private Optional<LocalDate> plannedDate() {
    if (c.admission != Choices.Admission.ADMITTED) {
      return Optional.empty();
    }
    boolean wanted = c.regularDate || Draw.chance(random, 70);
    if (!wanted) {
      return Optional.empty();
    }
    if (!meetings.isEmpty() && (meetings.get(0).kind() == MeetingKind.REGULAR || !regularTier())) {
      return Optional.of(meetings.get(0).scheduledDate());
    }
    LocalDate from = date(admittedAt).plusDays(1 + random.nextInt(20));
    if (regularTier()) {
      return tier.cadence().nextOnOrAfter(from, calendar);
    }
    return Optional.of(from);
  }

  private Optional<HotlineCase> hotline() {
    if (c.hotlineDepartments == 0) {
      return Optional.empty();
    }
    Instant received = raisedAt.minus(Draw.between(random, HOUR, Duration.ofDays(3)));
    Duration reply = profile.hotlineReplyWindow().orElse(Duration.ofHours(20));
    Duration handling = profile.hotlineHandlingWindow().orElse(Duration.ofDays(6));
    HotlineCase.Builder hotline =
        new HotlineCase.Builder()
            .ticketId("12345-" + date(received).format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + (1000 + random.nextInt(9000)))
            .receivedAt(received)
            .firstContact(recorder)
            .addAllDepartments(departments)
            .repliedAt(received.plus(Draw.part(random, reply, 5, 100)))
            .handledAt(received.plus(Draw.part(random, handling, 10, 100)));
    if (departments.size() == 1) {
      hotline.forwardedAt(received.plus(Draw.part(random, reply, 1, 5)));
    } else {
      hotline.coordinationConvenedAt(received.plus(Draw.part(random, handling, 1, 10)));
    }
    return Optional.of(hotline.build());
  }

  // ---------------------------------------------------------------- risk assessment

  private static final List<String> RISK_FINDINGS =
      List.of(
          "施工期间通道临时封闭，老年住户出行不便",
          "部分低层住户担心采光和噪音，存在矛盾激化风险",
          "费用分摊方案尚有分歧，可能引发群体性投诉",
          "涉及公共空间改造，需防范安全事故");
  private static final List<String> RISK_MEASURES =
      List.of(
          "施工前召开楼门会说明方案",
          "设置临时通道并安排专人值守",
          "由社区党组织牵头逐户走访做好解释",
          "聘请第三方机构监理施工安全",
          "费用分摊方案公示七天后再实施");

  /**
   * The risk assessments (重大决策风险评估) of a record with meetings: where the profile requires one
   * for the topic, one or two made after admission and before the first meeting starts (so before
   * any decision); otherwise one a quarter of the time. Each by a listed party, at any level, with
   * measures whenever the level is high.
   */
  private List<RiskAssessment> riskAssessments(Topic topic) {
    if (meetings.isEmpty()) {
      return List.of();
    }
    boolean required = profile.requiresRiskAssessment(topic);
    if (!required && !Draw.chance(random, 25)) {
      return List.of();
    }
    Instant firstStart = meetings.get(0).startedAt();
    for (Meeting meeting : meetings) {
      firstStart = Draw.min(firstStart, meeting.startedAt());
    }
    int count = required && Draw.chance(random, 30) ? 2 : 1;
    List<RiskAssessment> assessments = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      RiskLevel level = Draw.pick(random, List.of(RiskLevel.values()));
      int measures = level == RiskLevel.HIGH ? 1 + random.nextInt(3) : random.nextInt(3);
      RiskAssessment.Builder assessment =
          new RiskAssessment.Builder()
              .assessor(Draw.pick(random, parties).id())
              .assessedAt(Draw.within(random, admittedAt, Draw.max(admittedAt, firstStart.minusSeconds(1))))
              .level(level)
              .findings(Draw.pick(random, RISK_FINDINGS));
      for (int m = 0; m < measures; m++) {
        assessment.addMeasures(Draw.pick(random, RISK_MEASURES));
      }
      assessments.add(assessment.build());
    }
    return assessments;
  }

  // ---------------------------------------------------------------- events

  private List<DeliberationEvent> events() {
    List<DeliberationEvent> events = new ArrayList<>();
    Instant[] clock = {raisedAt};
    java.util.function.BiConsumer<EventType, Instant> add =
        (type, when) -> {
          clock[0] = Draw.max(clock[0], when);
          events.add(DeliberationEvent.of(type, clock[0], convener));
        };
    add.accept(EventType.TOPIC_RAISED, raisedAt);
    if (c.admission == Choices.Admission.PENDING) {
      return events;
    }
    if (c.admission == Choices.Admission.REFUSED) {
      add.accept(EventType.REFUSED, admittedAt);
      return events;
    }
    add.accept(EventType.ADMITTED, admittedAt);
    if (meetings.isEmpty() && Draw.chance(random, 50)) {
      return events;
    }
    add.accept(EventType.PARTIES_IDENTIFIED, partiesIdentifiedAt);
    for (Meeting meeting : meetings) {
      add.accept(EventType.MEETING_HELD, meeting.endedAt());
    }
    boolean decided = decidedAt != null;
    if (decided && (duties() || Draw.chance(random, 50))) {
      add.accept(EventType.DECISION_MADE, meetings.get(meetings.size() - 1).endedAt());
    }
    if (outcome == null) {
      return events;
    }
    clock[0] = Draw.max(clock[0], classifiedAt);
    events.add(DeliberationEvent.classified(outcome.kind(), clock[0], convener));
    if (duties()) {
      for (int i = 0; i < outcome.duties().size(); i++) {
        add.accept(EventType.DUTY_ASSIGNED, classifiedAt);
      }
      for (Publicity report : outcome.progressReports()) {
        add.accept(EventType.PROGRESS_PUBLISHED, report.from());
      }
      if (completedAt != null) {
        add.accept(EventType.COMPLETED, completedAt);
        for (Revisit revisit : revisits) {
          add.accept(EventType.REVISITED, revisit.at());
        }
        for (Appraisal appraisal : appraisals) {
          add.accept(EventType.APPRAISED, appraisal.at());
        }
      }
    } else if (outcome.kind() == OutcomeKind.RECOMMENDATION) {
      for (Escalation escalation : escalations) {
        add.accept(EventType.ESCALATED, escalation.escalatedAt());
      }
      if (outcome.solvedAt().isPresent()) {
        add.accept(EventType.COMPLETED, outcome.solvedAt().get());
      }
    }
    return events;
  }
}
