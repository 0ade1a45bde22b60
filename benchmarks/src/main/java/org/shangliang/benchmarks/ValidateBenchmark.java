package org.shangliang.benchmarks;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.shangliang.deliberation.decision.Ballot;
import org.shangliang.deliberation.decision.Choice;
import org.shangliang.deliberation.decision.DecisionRule;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.meeting.ConflictOfInterest;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.meeting.Publicity;
import org.shangliang.deliberation.meeting.ShowOfHands;
import org.shangliang.deliberation.meeting.SignIn;
import org.shangliang.deliberation.meeting.SpeakingTurn;
import org.shangliang.deliberation.meeting.StageRecord;
import org.shangliang.deliberation.meeting.Vote;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.Disagreement;
import org.shangliang.deliberation.outcome.Duty;
import org.shangliang.deliberation.outcome.Escalation;
import org.shangliang.deliberation.outcome.OutcomeFacts;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.outcome.Revisit;
import org.shangliang.deliberation.outcome.Supervision;
import org.shangliang.deliberation.outcome.SupervisionPhase;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyRole;
import org.shangliang.deliberation.process.AdmissionStatus;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationEvent;
import org.shangliang.deliberation.process.EventType;
import org.shangliang.deliberation.process.Phase;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.ValidationReport;

/**
 * Run: {@code java -jar benchmarks/target/benchmarks.jar ValidateBenchmark -prof gc}.
 *
 * <p>{@link Validator#validate} on the full 20-party Jinan record of {@link JinanRecords#compliant()}
 * (no violation) and on {@link JinanRecords#broken()} (twelve rules broken), beside what a user would
 * write instead: a hand-written if-chain over the same record ({@link #handWrittenChecks}), which
 * hard-codes the rules of {@link Profiles#jinanOwnersExample()} as constants, uses the caller's own unit
 * tree ({@link Units}), hash sets for membership and plain {@link BigDecimal} arithmetic for the
 * double-threshold vote, and reports each violation as {@code code@path}.
 *
 * <p>The if-chain covers every built-in rule that does work on these records: {@code unit.unknown};
 * {@code topic.category.unknown}, {@code topic.catalogue-entry.unknown} and {@code
 * topic.catalogue-entry.category-mismatch}; {@code party.required-kind-missing}, {@code
 * party.public-funds-supervisor-missing} and {@code party.affected-unit-unrepresented}; {@code
 * tier.no-common-unit}, {@code tier.unit-not-covering}, {@code tier.powers-exceeded}, {@code
 * timing.not-regular-date} and {@code timing.meeting-not-regular-date};
 * {@code meeting.party.not-listed}, {@code meeting.unit.not-deliberating-unit}, {@code
 * meeting.stage.missing}, {@code meeting.stage.order}, {@code meeting.stage.time}, {@code
 * meeting.quorum.not-met}, {@code meeting.chair.not-convener}, {@code meeting.speaker.not-signed-in},
 * {@code meeting.speaking-time.exceeded}, {@code meeting.ballot.not-signed-in}, {@code
 * meeting.ballot.duplicate}, {@code meeting.ballot.conflict-of-interest}, {@code
 * meeting.ballot.not-eligible}, {@code meeting.vote.rule-mismatch}, {@code
 * meeting.vote.outcome-mismatch} (the tally by headcount and floor area and the owners' double
 * threshold decided by hand), {@code meeting.vote.show-of-hands-exceeds-present}, {@code
 * meeting.vote.voter-mismatch}, {@code meeting.result.before-discussion}, {@code
 * meeting.publicity.missing}, {@code meeting.publicity.too-short}, {@code
 * meeting.kind.major-needs-full-meeting}, {@code meeting.kind.online-not-allowed} and {@code
 * meeting.urgent.late}; {@code step.unknown}, {@code step.order}, {@code step.started-early}, {@code
 * step.deliberate.no-meeting}, {@code step.carried-out-before-decision} and {@code
 * step.actor-not-listed}; {@code outcome.kind.contradicts-facts}, {@code outcome.shelved.premature},
 * {@code outcome.duties-missing}, {@code outcome.duty.incomplete}, {@code
 * outcome.duty.responsible-not-listed}, {@code outcome.duty.overdue}, {@code
 * outcome.duty.completion-record-missing}, {@code outcome.committed.progress-missing}, {@code
 * outcome.shelved.explanation-missing}, {@code outcome.recommendation.not-escalated}, {@code
 * outcome.recommendation.solution-missing} and {@code outcome.recommendation.residents-not-told};
 * {@code supervision.phase-missing}, {@code supervision.supervisor-not-allowed} and {@code
 * supervision.public-funds-missing}; {@code revisit.missing}; {@code appraisal.score-out-of-scale};
 * {@code history.event-rejected} and {@code history.record-mismatch} (the event fold written out as
 * a state machine).
 *
 * <p>Left out, because they find nothing to check on these records (no settled-elsewhere or dispute
 * topic, no escalation, no hotline case, no shelved date to take up, and Jinan sets no problem window
 * and does not reopen on a poor appraisal): {@code topic.settled-elsewhere.*}, {@code topic.dispute.*},
 * {@code escalation.*} (but for {@code unit.unknown} on escalations' units), {@code hotline.*},
 * {@code outcome.shelved.not-taken-up}, {@code meeting.problem.solution-late} and {@code
 * appraisal.poor-not-reopened}; and {@code tier.no-rule}, as Jinan sets a tier at every level. A
 * show of hands is checked for too many hands but decided by the library: these records vote by
 * ballot. The test {@code
 * HandWrittenChecksTest} checks that the chain reports exactly the violations the validator reports,
 * code and path, on every record the benchmarks use, so the comparison stays fair.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ValidateBenchmark {
  private Validator validator;
  private Units units;
  private JinanRecords.Sample compliant;
  private JinanRecords.Sample broken;

  /** Creates the benchmark; JMH calls {@link #setUp()} before measuring. */
  public ValidateBenchmark() {}

  /** Builds the validator, the caller's unit tree and both records, once. */
  @Setup
  public void setUp() {
    validator = JinanRecords.validator();
    units = Units.of(JinanRecords.units());
    compliant = JinanRecords.compliant();
    broken = JinanRecords.broken();
  }

  /**
   * The validator on the compliant record.
   *
   * @return the report (empty)
   */
  @Benchmark
  public ValidationReport validateCompliant() {
    return validator.validate(compliant.record(), compliant.now());
  }

  /**
   * The validator on the broken record.
   *
   * @return the report (twelve violations)
   */
  @Benchmark
  public ValidationReport validateBroken() {
    return validator.validate(broken.record(), broken.now());
  }

  /**
   * The hand-written if-chain on the compliant record.
   *
   * @return the violations found (none)
   */
  @Benchmark
  public List<String> handWrittenCompliant() {
    return handWrittenChecks(compliant.record(), compliant.now(), units);
  }

  /**
   * The hand-written if-chain on the broken record.
   *
   * @return the violations found (twelve)
   */
  @Benchmark
  public List<String> handWrittenBroken() {
    return handWrittenChecks(broken.record(), broken.now(), units);
  }

  // ---------------------------------------------------------------------------------------------
  // The hand-written baseline: Jinan's rules (with the owners' rule for lift installation) as
  // constants, checked by one plain if-chain.

  private static final Duration SPEAKING_LIMIT = Duration.ofMinutes(5);
  private static final Duration MINIMUM_PUBLICITY = Duration.ofDays(7);
  private static final Duration URGENT_WINDOW = Duration.ofHours(48);
  private static final Duration PROGRESS_INTERVAL = Duration.ofDays(30);
  private static final Duration REVISIT_WINDOW = Duration.ofDays(30);
  private static final Duration NOTICE_WINDOW = Duration.ofDays(7);
  private static final int SCORE_MIN = 1;
  private static final int SCORE_MAX = 5;
  private static final int MIN_ROUNDS_BEFORE_SHELVING = 2;
  private static final int ONLINE_MAX_AFFECTED_UNITS = 1;
  private static final int REGULAR_DAY = 11;
  private static final MeetingStage[] STAGES = MeetingStage.values();
  private static final String[] STEPS = {
    "identify-parties", "set-topic", "deliberate", "carry-out", "evaluate"
  };
  private static final int DELIBERATE_STEP = 2;
  private static final int CARRY_OUT_STEP = 3;
  private static final Set<PartyKind> PUBLIC_FUNDS_SUPERVISORS =
      Collections.unmodifiableSet(
          EnumSet.of(PartyKind.DISCIPLINE_INSPECTION, PartyKind.FINANCE, PartyKind.AUDIT));
  private static final Set<PartyKind> SUPERVISORS =
      Collections.unmodifiableSet(
          EnumSet.of(
              PartyKind.PARTY_CONGRESS_DEPUTY,
              PartyKind.PEOPLES_CONGRESS_DEPUTY,
              PartyKind.CPPCC_MEMBER,
              PartyKind.RESIDENT_REPRESENTATIVE,
              PartyKind.STAKEHOLDER));
  private static final DecisionRule OWNERS_RULE = Profiles.ownersMajorMatterRule();
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal THREE = BigDecimal.valueOf(3);
  private static final BigDecimal FOUR = BigDecimal.valueOf(4);

  /**
   * The caller's own unit tree, as a user who does not use the library's jurisdiction would keep it:
   * each unit's parent and level in hash maps.
   */
  static final class Units {
    private final Map<UnitId, UnitId> parent = new HashMap<>();
    private final Map<UnitId, TierLevel> level = new HashMap<>();

    static Units of(List<AdministrativeUnit> list) {
      Units units = new Units();
      for (AdministrativeUnit unit : list) {
        units.level.put(unit.id(), unit.level());
        unit.parent().ifPresent(p -> units.parent.put(unit.id(), p));
      }
      return units;
    }

    boolean has(UnitId id) {
      return level.containsKey(id);
    }

    TierLevel level(UnitId id) {
      return level.get(id);
    }

    /** Whether outer is inner or one of its ancestors (both known). */
    boolean contains(UnitId outer, UnitId inner) {
      if (!has(outer)) {
        return false;
      }
      for (UnitId at = has(inner) ? inner : null; at != null; at = parent.get(at)) {
        if (at.equals(outer)) {
          return true;
        }
      }
      return false;
    }

    /** The lowest unit containing all, or null if they lie in different trees. */
    UnitId lowestCommonAncestor(List<UnitId> ids) {
      UnitId common = ids.get(0);
      for (int i = 1; i < ids.size() && common != null; i++) {
        UnitId candidate = common;
        while (candidate != null && !contains(candidate, ids.get(i))) {
          candidate = parent.get(candidate);
        }
        common = candidate;
      }
      return common;
    }
  }

  /** The path of a meeting, built only when a violation is reported. */
  private static String meeting(int index) {
    return "meetings[" + index + "]";
  }

  private static void add(List<String> out, RuleCode code, String path) {
    out.add(code.value() + "@" + path);
  }

  /** The tiers Jinan sets (all six levels) and what they may decide. */
  private static boolean mayDecide(TierLevel level, MatterSize size) {
    if (level == TierLevel.COURTYARD || level == TierLevel.GRID) {
      return size == MatterSize.MINOR || size == MatterSize.URGENT;
    }
    return true;
  }

  private static Set<PartyKind> kinds(PartyKind first, PartyKind... rest) {
    return Collections.unmodifiableSet(EnumSet.of(first, rest));
  }

  private static final Set<PartyKind> DAILY_LIFE_KINDS =
      kinds(PartyKind.PARTY_ORGANISATION, PartyKind.STAKEHOLDER);
  private static final Set<PartyKind> PUBLIC_AFFAIRS_KINDS =
      kinds(
          PartyKind.PARTY_ORGANISATION,
          PartyKind.RESIDENTS_COMMITTEE,
          PartyKind.RESIDENT_REPRESENTATIVE);
  private static final Set<PartyKind> CARRYING_OUT_POLICY_KINDS =
      kinds(
          PartyKind.PARTY_ORGANISATION,
          PartyKind.RESIDENTS_COMMITTEE,
          PartyKind.GOVERNMENT_DEPARTMENT);
  private static final Set<PartyKind> LIFT_KINDS =
      kinds(PartyKind.STAKEHOLDER, PartyKind.OWNERS_COMMITTEE, PartyKind.PROPERTY_COMPANY);
  private static final Set<PartyKind> OWNERS_AND_PROPERTY_KINDS =
      kinds(PartyKind.OWNERS_COMMITTEE, PartyKind.PROPERTY_COMPANY);
  private static final Set<PartyKind> PROPERTY_KINDS = kinds(PartyKind.PROPERTY_COMPANY);
  private static final Set<PartyKind> MEDIATOR_KINDS = kinds(PartyKind.MEDIATOR);

  /** The party kinds a category requires, or null for a category Jinan does not have. */
  private static Set<PartyKind> categoryKinds(String category) {
    switch (category) {
      case TopicCategory.DAILY_LIFE_AND_DISPUTES:
        return DAILY_LIFE_KINDS;
      case TopicCategory.PUBLIC_AFFAIRS:
        return PUBLIC_AFFAIRS_KINDS;
      case TopicCategory.CARRYING_OUT_POLICY:
        return CARRYING_OUT_POLICY_KINDS;
      default:
        return null;
    }
  }

  /** The category of a catalogue entry, or null for an entry Jinan does not have. */
  private static String entryCategory(String entry) {
    switch (entry) {
      case Profiles.LIFT_INSTALLATION:
      case Profiles.PARKING:
      case Profiles.PROPERTY_MANAGEMENT:
      case Profiles.ELDERLY_MEALS:
      case Profiles.ENVIRONMENT:
        return TopicCategory.PUBLIC_AFFAIRS;
      case Profiles.PIPE_REPAIR:
      case Profiles.NEIGHBOUR_DISPUTE:
        return TopicCategory.DAILY_LIFE_AND_DISPUTES;
      case Profiles.WASTE_SORTING:
        return TopicCategory.CARRYING_OUT_POLICY;
      default:
        return null;
    }
  }

  /** The party kinds a catalogue entry requires. */
  private static Set<PartyKind> entryKinds(String entry) {
    switch (entry) {
      case Profiles.LIFT_INSTALLATION:
        return LIFT_KINDS;
      case Profiles.PARKING:
      case Profiles.PROPERTY_MANAGEMENT:
        return OWNERS_AND_PROPERTY_KINDS;
      case Profiles.ELDERLY_MEALS:
      case Profiles.PIPE_REPAIR:
      case Profiles.ENVIRONMENT:
        return PROPERTY_KINDS;
      case Profiles.NEIGHBOUR_DISPUTE:
        return MEDIATOR_KINDS;
      default:
        return Set.of();
    }
  }

  /** Whether a date is the community council's regular date: the 11th, or the next working day. */
  private static boolean isRegularDate(LocalDate date) {
    return date.equals(moved(date.withDayOfMonth(REGULAR_DAY)))
        || date.equals(moved(date.minusMonths(1).withDayOfMonth(REGULAR_DAY)));
  }

  private static LocalDate moved(LocalDate date) {
    while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
      date = date.plusDays(1);
    }
    return date;
  }

  private static int stepIndex(String step) {
    for (int i = 0; i < STEPS.length; i++) {
      if (STEPS[i].equals(step)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether part/whole reaches p/q, not strictly; an empty whole reaches nothing. */
  private static boolean atLeast(BigDecimal part, BigDecimal whole, BigDecimal p, BigDecimal q) {
    return whole.signum() != 0 && part.multiply(q).compareTo(whole.multiply(p)) >= 0;
  }

  /**
   * The hand-written if-chain: every check of the rules listed on this class, over one record.
   *
   * @param d the record
   * @param now the instant it is judged at
   * @param units the caller's unit tree
   * @return one {@code code@path} per violation, in no particular order
   */
  static List<String> handWrittenChecks(Deliberation d, Instant now, Units units) {
    List<String> out = new ArrayList<>();
    Topic topic = d.topic();
    MatterSize size = topic.matterSize();
    List<Party> partyList = d.parties().parties();
    Map<PartyId, Party> parties = new HashMap<>(partyList.size() * 2);
    Set<PartyKind> kinds = EnumSet.noneOf(PartyKind.class);
    Set<PartyKind> supervisorKinds = EnumSet.noneOf(PartyKind.class);
    for (int i = 0; i < partyList.size(); i++) {
      Party party = partyList.get(i);
      parties.put(party.id(), party);
      kinds.add(party.kind());
      if (party.hasRole(PartyRole.SUPERVISOR)) {
        supervisorKinds.add(party.kind());
      }
      if (!units.has(party.unit())) {
        add(out, RuleCodes.UNIT_UNKNOWN, "parties[" + i + "].unit");
      }
    }

    // units and tiers
    UnitId deliberating = d.deliberatingUnit();
    boolean topicUnitsKnown = units.has(deliberating);
    if (!topicUnitsKnown) {
      add(out, RuleCodes.UNIT_UNKNOWN, "deliberatingUnit");
    }
    List<UnitId> affected = topic.affectedUnits();
    for (int i = 0; i < affected.size(); i++) {
      if (!units.has(affected.get(i))) {
        add(out, RuleCodes.UNIT_UNKNOWN, "topic.affectedUnits[" + i + "]");
        topicUnitsKnown = false;
      }
    }
    List<Meeting> meetings = d.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      if (!units.has(meetings.get(i).unit())) {
        add(out, RuleCodes.UNIT_UNKNOWN, "meetings[" + i + "].unit");
      }
    }
    List<Escalation> escalations = d.escalations();
    for (int i = 0; i < escalations.size(); i++) {
      if (!units.has(escalations.get(i).fromUnit())) {
        add(out, RuleCodes.UNIT_UNKNOWN, "escalations[" + i + "].fromUnit");
      }
      if (!units.has(escalations.get(i).toUnit())) {
        add(out, RuleCodes.UNIT_UNKNOWN, "escalations[" + i + "].toUnit");
      }
    }
    for (int i = 0; i < affected.size(); i++) {
      if (!units.has(affected.get(i))) {
        continue;
      }
      boolean represented = false;
      for (int p = 0; p < partyList.size() && !represented; p++) {
        represented = units.contains(affected.get(i), partyList.get(p).unit());
      }
      if (!represented) {
        add(out, RuleCodes.PARTY_AFFECTED_UNIT_UNREPRESENTED, "topic.affectedUnits[" + i + "]");
      }
    }
    if (topicUnitsKnown) {
      UnitId lowest = units.lowestCommonAncestor(affected);
      if (lowest == null) {
        add(out, RuleCodes.TIER_NO_COMMON_UNIT, "topic.affectedUnits");
      } else if (!units.contains(deliberating, lowest)) {
        add(out, RuleCodes.TIER_UNIT_NOT_COVERING, "deliberatingUnit");
      }
      if (!mayDecide(units.level(deliberating), size)) {
        add(out, RuleCodes.TIER_POWERS_EXCEEDED, "deliberatingUnit");
      }
    }
    if (d.plannedMeetingDate().isPresent()
        && size != MatterSize.URGENT
        && units.has(deliberating)
        && units.level(deliberating) == TierLevel.COMMUNITY
        && !isRegularDate(d.plannedMeetingDate().get())) {
      add(out, RuleCodes.TIMING_NOT_REGULAR_DATE, "plannedMeetingDate");
    }

    // catalogue and party list
    Set<PartyKind> required = categoryKinds(topic.category());
    if (required == null) {
      add(out, RuleCodes.TOPIC_CATEGORY_UNKNOWN, "topic.category");
    } else {
      for (PartyKind kind : required) {
        if (!kinds.contains(kind)) {
          add(out, RuleCodes.PARTY_REQUIRED_KIND_MISSING, "parties");
        }
      }
    }
    if (topic.catalogueEntry().isPresent()) {
      String entry = topic.catalogueEntry().get();
      String category = entryCategory(entry);
      if (category == null) {
        add(out, RuleCodes.TOPIC_CATALOGUE_ENTRY_UNKNOWN, "topic.catalogueEntry");
      } else {
        if (required != null && !category.equals(topic.category())) {
          add(out, RuleCodes.TOPIC_CATALOGUE_ENTRY_CATEGORY_MISMATCH, "topic.catalogueEntry");
        }
        for (PartyKind kind : entryKinds(entry)) {
          if ((required == null || !required.contains(kind)) && !kinds.contains(kind)) {
            add(out, RuleCodes.PARTY_REQUIRED_KIND_MISSING, "parties");
          }
        }
      }
    }
    boolean funds = topic.publicFunds().isPresent();
    if (funds) {
      for (PartyKind kind : PUBLIC_FUNDS_SUPERVISORS) {
        if (!supervisorKinds.contains(kind)) {
          add(out, RuleCodes.PARTY_PUBLIC_FUNDS_SUPERVISOR_MISSING, "parties");
        }
      }
    }

    // meetings
    DecisionRule expectedRule =
        Profiles.LIFT_INSTALLATION.equals(topic.catalogueEntry().orElse(null))
            ? OWNERS_RULE
            : null;
    for (int i = 0; i < meetings.size(); i++) {
      checkMeeting(out, d, meetings.get(i), i, parties, units, expectedRule);
    }
    if (size == MatterSize.URGENT) {
      Instant due = topic.raisedAt().plus(URGENT_WINDOW);
      if (meetings.isEmpty() ? now.isAfter(due) : meetings.get(0).startedAt().isAfter(due)) {
        add(out, RuleCodes.MEETING_URGENT_LATE, meetings.isEmpty() ? "meetings" : "meetings[0].startedAt");
      }
    }

    checkSteps(out, d, parties);
    if (d.outcome().isPresent()) {
      checkOutcome(out, d, d.outcome().get(), parties, now);
    }

    // supervisors, appraisals
    List<Supervision> supervision = d.supervision();
    for (int i = 0; i < supervision.size(); i++) {
      Party supervisor = parties.get(supervision.get(i).supervisor());
      if (supervisor == null
          || !SUPERVISORS.contains(supervisor.kind())
              && !(funds && PUBLIC_FUNDS_SUPERVISORS.contains(supervisor.kind()))) {
        add(out, RuleCodes.SUPERVISION_SUPERVISOR_NOT_ALLOWED, "supervision[" + i + "].supervisor");
      }
    }
    List<Appraisal> appraisals = d.appraisals();
    for (int i = 0; i < appraisals.size(); i++) {
      int score = appraisals.get(i).score();
      if (score < SCORE_MIN || score > SCORE_MAX) {
        add(out, RuleCodes.APPRAISAL_SCORE_OUT_OF_SCALE, "appraisals[" + i + "].score");
      }
    }

    checkHistory(out, d);
    return out;
  }

  private static void checkMeeting(
      List<String> out,
      Deliberation d,
      Meeting m,
      int i,
      Map<PartyId, Party> parties,
      Units units,
      DecisionRule expectedRule) {
    MatterSize size = d.topic().matterSize();
    // every party named is listed
    if (!parties.containsKey(m.chair())) {
      add(out, RuleCodes.MEETING_PARTY_NOT_LISTED, meeting(i) + ".chair");
    }
    if (!parties.containsKey(m.recorder())) {
      add(out, RuleCodes.MEETING_PARTY_NOT_LISTED, meeting(i) + ".recorder");
    }
    List<PartyId> invited = m.invited();
    for (int k = 0; k < invited.size(); k++) {
      if (!parties.containsKey(invited.get(k))) {
        add(out, RuleCodes.MEETING_PARTY_NOT_LISTED, meeting(i) + ".invited[" + k + "]");
      }
    }
    List<SignIn> attendance = m.attendance();
    Set<PartyId> present = new HashSet<>(attendance.size() * 2);
    for (int k = 0; k < attendance.size(); k++) {
      PartyId party = attendance.get(k).party();
      present.add(party);
      if (!parties.containsKey(party)) {
        add(out, RuleCodes.MEETING_PARTY_NOT_LISTED, meeting(i) + ".attendance[" + k + "].party");
      }
    }
    List<SpeakingTurn> turns = m.speakingTurns();
    for (int k = 0; k < turns.size(); k++) {
      SpeakingTurn turn = turns.get(k);
      if (!parties.containsKey(turn.party())) {
        add(out, RuleCodes.MEETING_PARTY_NOT_LISTED, meeting(i) + ".speakingTurns[" + k + "].party");
      }
      if (!present.contains(turn.party())) {
        add(out, RuleCodes.MEETING_SPEAKER_NOT_SIGNED_IN, meeting(i) + ".speakingTurns[" + k + "]");
      }
      if (turn.duration().compareTo(SPEAKING_LIMIT) > 0) {
        add(out, RuleCodes.MEETING_SPEAKING_TIME_EXCEEDED, meeting(i) + ".speakingTurns[" + k + "].duration");
      }
    }
    List<ConflictOfInterest> conflicts = m.conflicts();
    Set<PartyId> conflicted = conflicts.isEmpty() ? Set.of() : new HashSet<>();
    for (int k = 0; k < conflicts.size(); k++) {
      conflicted.add(conflicts.get(k).party());
      if (!parties.containsKey(conflicts.get(k).party())) {
        add(out, RuleCodes.MEETING_PARTY_NOT_LISTED, meeting(i) + ".conflicts[" + k + "].party");
      }
    }

    // the unit, its tier, its date
    boolean unitKnown = units.has(m.unit());
    if (unitKnown && !m.unit().equals(d.deliberatingUnit())) {
      add(out, RuleCodes.MEETING_UNIT_NOT_DELIBERATING_UNIT, meeting(i) + ".unit");
    }
    Party chair = parties.get(m.chair());
    if (unitKnown
        && chair != null
        && (chair.kind() != PartyKind.PARTY_ORGANISATION || !chair.unit().equals(m.unit()))) {
      add(out, RuleCodes.MEETING_CHAIR_NOT_CONVENER, meeting(i) + ".chair");
    }
    if (size != MatterSize.URGENT
        && m.kind() == MeetingKind.REGULAR
        && unitKnown
        && units.level(m.unit()) == TierLevel.COMMUNITY
        && !isRegularDate(m.scheduledDate())) {
      add(out, RuleCodes.TIMING_MEETING_NOT_REGULAR_DATE, meeting(i) + ".scheduledDate");
    }
    if (size == MatterSize.MAJOR && !m.kind().isFull()) {
      add(out, RuleCodes.MEETING_KIND_MAJOR_NEEDS_FULL, meeting(i) + ".kind");
    }
    boolean online =
        size == MatterSize.MAJOR
            || size == MatterSize.MINOR
                && d.topic().affectedUnits().size() <= ONLINE_MAX_AFFECTED_UNITS;
    if (!online && m.kind() == MeetingKind.ONLINE_MICRO) {
      add(out, RuleCodes.MEETING_KIND_ONLINE_NOT_ALLOWED, meeting(i) + ".kind");
    }

    // the seven stages: all there, in order, timed within the meeting
    List<StageRecord> stages = m.stages();
    StageRecord discussion = null;
    int highest = -1;
    Instant previous = m.startedAt();
    boolean[] seen = new boolean[STAGES.length];
    for (int j = 0; j < stages.size(); j++) {
      StageRecord stage = stages.get(j);
      int position = stage.stage().ordinal();
      seen[position] = true;
      if (stage.stage() == MeetingStage.DISCUSSION) {
        discussion = stage;
      }
      if (position < highest) {
        add(out, RuleCodes.MEETING_STAGE_ORDER, meeting(i) + ".stages[" + j + "]");
      } else {
        highest = position;
      }
      Instant started = stage.startedAt();
      if (started.isBefore(previous) || started.isAfter(m.endedAt())) {
        add(out, RuleCodes.MEETING_STAGE_TIME, meeting(i) + ".stages[" + j + "].startedAt");
      } else {
        previous = started;
      }
    }
    for (int s = 0; s < seen.length; s++) {
      if (!seen[s]) {
        add(out, RuleCodes.MEETING_STAGE_MISSING, meeting(i) + ".stages");
      }
    }

    // quorum: invited parties signed in, by the matter's size
    int signedIn = 0;
    for (PartyId party : invited) {
      if (present.contains(party)) {
        signedIn++;
      }
    }
    boolean quorate =
        size == MatterSize.MAJOR
            ? !invited.isEmpty() && signedIn * 3L >= invited.size() * 2L
            : signedIn >= 3 && !invited.isEmpty() && signedIn * 2L >= invited.size();
    if (!quorate) {
      add(out, RuleCodes.MEETING_QUORUM_NOT_MET, meeting(i) + ".attendance");
    }

    // the vote: every ballot signed in, once, eligible, not conflicted; tally and decision
    Outcome computed = null;
    if (m.vote().isPresent()) {
      Vote vote = m.vote().get();
      boolean ruleMatches = expectedRule == null || vote.rule().equals(expectedRule);
      if (!ruleMatches) {
        add(out, RuleCodes.MEETING_VOTE_RULE_MISMATCH, meeting(i) + ".vote.rule");
      }
      List<Voter> eligible = vote.eligible();
      Map<PartyId, BigDecimal> weights = new HashMap<>(eligible.size() * 2);
      BigDecimal eligibleWeight = BigDecimal.ZERO;
      for (int k = 0; k < eligible.size(); k++) {
        Voter voter = eligible.get(k);
        weights.put(voter.party(), voter.weight());
        eligibleWeight = eligibleWeight.add(voter.weight());
        Party party = parties.get(voter.party());
        if (party == null) {
          add(out, RuleCodes.MEETING_PARTY_NOT_LISTED, meeting(i) + ".vote.eligible[" + k + "].party");
        } else if (voter.kind() != party.kind()
            || party.weight().isPresent() && party.weight().get().compareTo(voter.weight()) != 0) {
          add(out, RuleCodes.MEETING_VOTE_VOTER_MISMATCH, meeting(i) + ".vote.eligible[" + k + "]");
        }
      }
      List<Ballot> ballots = vote.ballots();
      Set<PartyId> voted = new HashSet<>(ballots.size() * 2);
      int cast = 0;
      int yes = 0;
      BigDecimal castWeight = BigDecimal.ZERO;
      BigDecimal yesWeight = BigDecimal.ZERO;
      for (int k = 0; k < ballots.size(); k++) {
        Ballot ballot = ballots.get(k);
        PartyId party = ballot.party();
        if (!parties.containsKey(party)) {
          add(out, RuleCodes.MEETING_PARTY_NOT_LISTED, meeting(i) + ".vote.ballots[" + k + "].party");
        }
        boolean signed = present.contains(party);
        if (!signed) {
          add(out, RuleCodes.MEETING_BALLOT_NOT_SIGNED_IN, meeting(i) + ".vote.ballots[" + k + "]");
        }
        boolean first = voted.add(party);
        if (!first) {
          add(out, RuleCodes.MEETING_BALLOT_DUPLICATE, meeting(i) + ".vote.ballots[" + k + "]");
        }
        if (conflicted.contains(party)) {
          add(out, RuleCodes.MEETING_BALLOT_CONFLICT_OF_INTEREST, meeting(i) + ".vote.ballots[" + k + "]");
        }
        BigDecimal weight = weights.get(party);
        if (weight == null) {
          add(out, RuleCodes.MEETING_BALLOT_NOT_ELIGIBLE, meeting(i) + ".vote.ballots[" + k + "]");
        } else if (signed && first) {
          cast++;
          castWeight = castWeight.add(weight);
          if (ballot.choice() == Choice.YES) {
            yes++;
            yesWeight = yesWeight.add(weight);
          }
        }
      }
      Optional<ShowOfHands> hands = vote.showOfHands();
      if (hands.isPresent() && !parties.containsKey(hands.get().counter())) {
        add(out, RuleCodes.MEETING_PARTY_NOT_LISTED, meeting(i) + ".vote.showOfHands.counter");
      }
      // a show of hands is not hand-written beyond this: these records vote by ballot
      boolean exceeds =
          hands.isPresent()
              && (long) hands.get().yes() + hands.get().no() + hands.get().abstain()
                  > vote.votersPresent(present);
      if (exceeds) {
        add(out, RuleCodes.MEETING_VOTE_SHOW_OF_HANDS_EXCEEDS_PRESENT, meeting(i) + ".vote.showOfHands");
      } else if (hands.isEmpty() && vote.rule().equals(OWNERS_RULE)) {
        // the owners' double threshold by hand: on headcount and on floor area, at least 2/3 of the
        // eligible take part and at least 3/4 of those taking part approve
        boolean participates =
            atLeast(BigDecimal.valueOf(cast), BigDecimal.valueOf(eligible.size()), TWO, THREE)
                && atLeast(castWeight, eligibleWeight, TWO, THREE);
        computed =
            !participates
                ? Outcome.NO_QUORUM
                : atLeast(BigDecimal.valueOf(yes), BigDecimal.valueOf(cast), THREE, FOUR)
                        && atLeast(yesWeight, castWeight, THREE, FOUR)
                    ? Outcome.PASSED
                    : Outcome.FAILED;
      } else {
        // a rule these records never use: not hand-written, decided by the library
        computed = vote.decide(present).outcome();
      }
      if (discussion != null && vote.closedAt().isBefore(discussion.startedAt())) {
        add(out, RuleCodes.MEETING_RESULT_BEFORE_DISCUSSION, meeting(i) + ".vote.closedAt");
      }
    }

    // the result and its publicity
    if (m.result().isPresent()) {
      Optional<Outcome> recorded = m.result().get().outcome();
      if (recorded.isEmpty()
          ? computed != null
          : m.vote().isEmpty() || computed != null && computed != recorded.get()) {
        add(out, RuleCodes.MEETING_VOTE_OUTCOME_MISMATCH, meeting(i) + ".result.outcome");
      }
      if (m.publicity().isEmpty()) {
        add(out, RuleCodes.MEETING_PUBLICITY_MISSING, meeting(i) + ".publicity");
      }
    }
    if (m.publicity().isPresent()) {
      Publicity publicity = m.publicity().get();
      if (publicity.until().isBefore(publicity.from().plus(MINIMUM_PUBLICITY))) {
        add(out, RuleCodes.MEETING_PUBLICITY_TOO_SHORT, meeting(i) + ".publicity.until");
      }
    }
  }

  private static void checkSteps(List<String> out, Deliberation d, Map<PartyId, Party> parties) {
    List<StepEvent> steps = d.steps();
    List<Instant> reopenings = d.reopenings().isEmpty() ? List.of() : new ArrayList<>();
    for (Reopening reopening : d.reopenings()) {
      if (!steps.isEmpty() && reopening.at().isAfter(steps.get(0).enteredAt())) {
        reopenings.add(reopening.at());
      }
    }
    if (reopenings.size() > 1) {
      Collections.sort(reopenings);
    }
    int expected = 0;
    int nextReopening = 0;
    for (int k = 0; k < steps.size(); k++) {
      StepEvent event = steps.get(k);
      if (!parties.containsKey(event.actor())) {
        add(out, RuleCodes.STEP_ACTOR_NOT_LISTED, "steps[" + k + "].actor");
      }
      if (k > 0) {
        Optional<Instant> previous = steps.get(k - 1).completedAt();
        if (previous.isEmpty() || event.enteredAt().isBefore(previous.get())) {
          add(out, RuleCodes.STEP_STARTED_EARLY, "steps[" + k + "].enteredAt");
        }
      }
      while (nextReopening < reopenings.size()
          && !reopenings.get(nextReopening).isAfter(event.enteredAt())) {
        expected = DELIBERATE_STEP;
        nextReopening++;
      }
      int position = stepIndex(event.step());
      if (position < 0) {
        add(out, RuleCodes.STEP_UNKNOWN, "steps[" + k + "].step");
        continue;
      }
      if (position != expected) {
        add(out, RuleCodes.STEP_ORDER, "steps[" + k + "].step");
      }
      expected = Math.max(expected, position + 1);
      if (position == DELIBERATE_STEP && event.completedAt().isPresent()) {
        boolean held = false;
        for (Meeting meeting : d.meetings()) {
          held |=
              !meeting.startedAt().isBefore(event.enteredAt())
                  && !meeting.startedAt().isAfter(event.completedAt().get());
        }
        if (!held) {
          add(out, RuleCodes.STEP_DELIBERATE_NO_MEETING, "steps[" + k + "]");
        }
      }
      if (position == CARRY_OUT_STEP) {
        boolean decided = false;
        for (Meeting meeting : d.meetings()) {
          decided |=
              meeting.result().isPresent()
                  && !meeting.endedAt().isAfter(event.enteredAt())
                  && meeting.result().get().outcome().map(o -> o == Outcome.PASSED).orElse(true);
        }
        if (!decided) {
          add(out, RuleCodes.STEP_CARRIED_OUT_BEFORE_DECISION, "steps[" + k + "].enteredAt");
        }
      }
    }
  }

  private static void checkOutcome(
      List<String> out, Deliberation d, OutcomeRecord outcome, Map<PartyId, Party> parties, Instant now) {
    OutcomeFacts facts = outcome.facts();
    OutcomeKind kind = outcome.kind();
    OutcomeKind classified =
        !facts.withinPowers()
            ? OutcomeKind.RECOMMENDATION
            : !facts.agreementReached()
                ? OutcomeKind.SHELVED
                : facts.blockingFactors().isEmpty() ? OutcomeKind.IMMEDIATE : OutcomeKind.COMMITTED;
    if (classified != kind) {
      add(out, RuleCodes.OUTCOME_KIND_CONTRADICTS_FACTS, "outcome.kind");
    }
    if (kind == OutcomeKind.SHELVED
        && facts.roundsHeld() < MIN_ROUNDS_BEFORE_SHELVING
        && facts.disagreement() != Disagreement.DEEP
        && !facts.wideScopeOrComplexCauses()) {
      add(out, RuleCodes.OUTCOME_SHELVED_PREMATURE, "outcome.kind");
    }
    List<Duty> duties = outcome.duties();
    if ((kind == OutcomeKind.IMMEDIATE || kind == OutcomeKind.COMMITTED) && duties.isEmpty()) {
      add(out, RuleCodes.OUTCOME_DUTIES_MISSING, "outcome.duties");
    }
    Instant completedAt = duties.isEmpty() ? null : Instant.MIN;
    for (int i = 0; i < duties.size(); i++) {
      Duty duty = duties.get(i);
      if (duty.responsible().isEmpty() || duty.measures().isEmpty() || duty.deadline().isEmpty()) {
        add(out, RuleCodes.OUTCOME_DUTY_INCOMPLETE, "outcome.duties[" + i + "]");
      }
      if (duty.responsible().isPresent() && !parties.containsKey(duty.responsible().get())) {
        add(out, RuleCodes.OUTCOME_DUTY_RESPONSIBLE_NOT_LISTED, "outcome.duties[" + i + "].responsible");
      }
      if (duty.deadline().isPresent() && duty.completedAt().orElse(now).isAfter(duty.deadline().get())) {
        add(out, RuleCodes.OUTCOME_DUTY_OVERDUE, "outcome.duties[" + i + "].deadline");
      }
      if (duty.completedAt().isPresent() && duty.completionRecord().isEmpty()) {
        add(out, RuleCodes.OUTCOME_DUTY_COMPLETION_RECORD_MISSING, "outcome.duties[" + i + "].completionRecord");
      }
      if (completedAt != null) {
        completedAt =
            duty.completedAt().isEmpty()
                ? null
                : duty.completedAt().get().isAfter(completedAt) ? duty.completedAt().get() : completedAt;
      }
    }

    // progress of a committed item: each report within the interval after the previous one (late
    // otherwise, at its path), and a report within the interval after the last, until it is done
    if (kind == OutcomeKind.COMMITTED) {
      Instant end = completedAt != null ? completedAt : now;
      List<Publicity> reports = outcome.progressReports();
      Integer[] order = new Integer[reports.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.comparing(i -> reports.get(i).from()));
      Instant last = outcome.classifiedAt();
      for (int rank = 0; rank < order.length && last.isBefore(end); rank++) {
        Instant from = reports.get(order[rank]).from();
        if (!from.isAfter(last)) {
          continue;
        }
        Instant due = last.plus(PROGRESS_INTERVAL);
        if (from.isAfter(due) && due.isBefore(end)) {
          add(out, RuleCodes.OUTCOME_COMMITTED_PROGRESS_LATE, "outcome.progressReports[" + order[rank] + "]");
        }
        last = from;
      }
      if (last.plus(PROGRESS_INTERVAL).isBefore(end)) {
        add(out, RuleCodes.OUTCOME_COMMITTED_PROGRESS_MISSING, "outcome.progressReports");
      }
    }
    Optional<Publicity> notice = outcome.residentsNotice();
    if (kind == OutcomeKind.SHELVED) {
      Instant shelved = outcome.classifiedAt();
      if (notice.isEmpty() || notice.get().from().isBefore(shelved)) {
        if (now.isAfter(shelved.plus(NOTICE_WINDOW))) {
          add(out, RuleCodes.OUTCOME_SHELVED_EXPLANATION_MISSING, "outcome.residentsNotice");
        }
      } else if (notice.get().from().isAfter(shelved.plus(NOTICE_WINDOW))) {
        add(out, RuleCodes.OUTCOME_SHELVED_EXPLANATION_LATE, "outcome.residentsNotice");
      }
    }
    if (kind == OutcomeKind.RECOMMENDATION) {
      if (d.escalations().isEmpty()) {
        add(out, RuleCodes.OUTCOME_RECOMMENDATION_NOT_ESCALATED, "escalations");
      }
      if (outcome.proposedSolution().isEmpty()) {
        add(out, RuleCodes.OUTCOME_RECOMMENDATION_SOLUTION_MISSING, "outcome.proposedSolution");
      }
      Optional<Instant> solved = outcome.solvedAt();
      if (notice.isPresent() && (solved.isEmpty() || notice.get().from().isBefore(solved.get()))) {
        add(out, RuleCodes.OUTCOME_RECOMMENDATION_TOLD_BEFORE_SOLVED, "outcome.residentsNotice");
      } else if (solved.isPresent() && notice.isEmpty()) {
        if (now.isAfter(solved.get().plus(NOTICE_WINDOW))) {
          add(out, RuleCodes.OUTCOME_RECOMMENDATION_RESIDENTS_NOT_TOLD, "outcome.residentsNotice");
        }
      } else if (solved.isPresent() && notice.get().from().isAfter(solved.get().plus(NOTICE_WINDOW))) {
        add(out, RuleCodes.OUTCOME_RECOMMENDATION_RESIDENTS_TOLD_LATE, "outcome.residentsNotice");
      }
    }

    // supervision before; once done, during and after, and by every public-funds kind
    if (!duties.isEmpty()) {
      Set<SupervisionPhase> held = EnumSet.noneOf(SupervisionPhase.class);
      Set<PartyKind> supervised = EnumSet.noneOf(PartyKind.class);
      for (Supervision supervision : d.supervision()) {
        held.add(supervision.phase());
        Party party = parties.get(supervision.supervisor());
        if (party != null) {
          supervised.add(party.kind());
        }
      }
      for (SupervisionPhase phase : SupervisionPhase.values()) {
        if (!held.contains(phase) && (completedAt != null || phase == SupervisionPhase.BEFORE)) {
          add(out, RuleCodes.SUPERVISION_PHASE_MISSING, "supervision");
        }
      }
      if (completedAt != null && d.topic().publicFunds().isPresent()) {
        for (PartyKind kind2 : PUBLIC_FUNDS_SUPERVISORS) {
          if (!supervised.contains(kind2)) {
            add(out, RuleCodes.SUPERVISION_PUBLIC_FUNDS_MISSING, "supervision");
          }
        }
      }
    }

    // a revisit within the window after completion
    if (completedAt != null) {
      Instant due = completedAt.plus(REVISIT_WINDOW);
      boolean inTime = false;
      boolean revisited = false;
      for (Revisit revisit : d.revisits()) {
        boolean after = !revisit.at().isBefore(completedAt);
        revisited |= after;
        inTime |= after && !revisit.at().isAfter(due);
      }
      if (!inTime && (now.isAfter(due) || revisited)) {
        add(out, RuleCodes.REVISIT_MISSING, "revisits");
      }
    }
  }

  /** The event history folded by hand: the first misfit, else the state against the record. */
  private static void checkHistory(List<String> out, Deliberation d) {
    List<DeliberationEvent> events = d.events();
    if (events.isEmpty()) {
      return;
    }
    Phase phase = Phase.NEW;
    OutcomeKind kind = null;
    int meetingsHeld = 0;
    Instant last = null;
    for (int i = 0; i < events.size(); i++) {
      DeliberationEvent event = events.get(i);
      EventType type = event.type();
      boolean fits;
      switch (type) {
        case TOPIC_RAISED:
          fits = phase == Phase.NEW;
          break;
        case ADMITTED:
        case REFUSED:
          fits = phase == Phase.RAISED;
          break;
        case PARTIES_IDENTIFIED:
          fits = phase == Phase.ADMITTED;
          break;
        case MEETING_HELD:
          fits = phase == Phase.PARTIES_IDENTIFIED || phase == Phase.DELIBERATING;
          break;
        case DECISION_MADE:
          fits = phase == Phase.DELIBERATING;
          break;
        case OUTCOME_CLASSIFIED:
          OutcomeKind classified = event.outcomeKind().get();
          fits =
              phase == Phase.DECIDED
                  || phase == Phase.DELIBERATING
                      && classified != OutcomeKind.IMMEDIATE
                      && classified != OutcomeKind.COMMITTED;
          break;
        case DUTY_ASSIGNED:
          fits =
              (phase == Phase.CLASSIFIED || phase == Phase.CARRYING_OUT)
                  && (kind == OutcomeKind.IMMEDIATE || kind == OutcomeKind.COMMITTED);
          break;
        case PROGRESS_PUBLISHED:
          fits = phase == Phase.CARRYING_OUT && kind == OutcomeKind.COMMITTED;
          break;
        case ESCALATED:
          fits =
              (phase == Phase.CLASSIFIED || phase == Phase.CARRYING_OUT)
                  && kind == OutcomeKind.RECOMMENDATION;
          break;
        case COMPLETED:
          fits = phase == Phase.CARRYING_OUT;
          break;
        case REVISITED:
          fits = phase == Phase.COMPLETED || phase == Phase.REVISITED;
          break;
        case APPRAISED:
          fits = phase == Phase.COMPLETED || phase == Phase.REVISITED || phase == Phase.APPRAISED;
          break;
        case REOPENED:
        default:
          fits =
              phase == Phase.COMPLETED
                  || phase == Phase.REVISITED
                  || phase == Phase.APPRAISED
                  || phase == Phase.CLASSIFIED && kind == OutcomeKind.SHELVED;
          break;
      }
      if (!fits || last != null && event.at().isBefore(last)) {
        add(out, RuleCodes.HISTORY_EVENT_REJECTED, "events[" + i + "]");
        return;
      }
      last = event.at();
      switch (type) {
        case TOPIC_RAISED:
          phase = Phase.RAISED;
          break;
        case ADMITTED:
          phase = Phase.ADMITTED;
          break;
        case REFUSED:
          phase = Phase.REFUSED;
          break;
        case PARTIES_IDENTIFIED:
          phase = Phase.PARTIES_IDENTIFIED;
          break;
        case MEETING_HELD:
          phase = Phase.DELIBERATING;
          meetingsHeld++;
          break;
        case DECISION_MADE:
          phase = Phase.DECIDED;
          break;
        case OUTCOME_CLASSIFIED:
          phase = Phase.CLASSIFIED;
          kind = event.outcomeKind().get();
          break;
        case DUTY_ASSIGNED:
        case PROGRESS_PUBLISHED:
        case ESCALATED:
          phase = Phase.CARRYING_OUT;
          break;
        case COMPLETED:
          phase = Phase.COMPLETED;
          break;
        case REVISITED:
          phase = Phase.REVISITED;
          break;
        case APPRAISED:
          phase = Phase.APPRAISED;
          break;
        case REOPENED:
        default:
          phase = Phase.PARTIES_IDENTIFIED;
          kind = null;
          break;
      }
    }
    if (meetingsHeld != d.meetings().size()) {
      add(out, RuleCodes.HISTORY_RECORD_MISMATCH, "events");
    }
    AdmissionStatus admission =
        phase == Phase.NEW || phase == Phase.RAISED
            ? null
            : phase == Phase.REFUSED ? AdmissionStatus.REFUSED : AdmissionStatus.ADMITTED;
    AdmissionStatus recorded = d.admission().isPresent() ? d.admission().get().status() : null;
    if (admission != recorded) {
      add(out, RuleCodes.HISTORY_RECORD_MISMATCH, "events");
    }
    OutcomeKind recordedKind = d.outcome().isPresent() ? d.outcome().get().kind() : null;
    if (kind != recordedKind) {
      add(out, RuleCodes.HISTORY_RECORD_MISMATCH, "events");
    }
  }
}
