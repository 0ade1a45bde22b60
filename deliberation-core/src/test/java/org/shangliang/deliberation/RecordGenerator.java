package org.shangliang.deliberation;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.shangliang.deliberation.decision.Ballot;
import org.shangliang.deliberation.decision.Base;
import org.shangliang.deliberation.decision.Choice;
import org.shangliang.deliberation.decision.Consensus;
import org.shangliang.deliberation.decision.DecisionRule;
import org.shangliang.deliberation.decision.DoubleThreshold;
import org.shangliang.deliberation.decision.Fraction;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.decision.Measure;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.decision.Participation;
import org.shangliang.deliberation.decision.Quorum;
import org.shangliang.deliberation.decision.RestrictedVote;
import org.shangliang.deliberation.decision.Threshold;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.meeting.ConflictOfInterest;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.meeting.MeetingResult;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.meeting.Publicity;
import org.shangliang.deliberation.meeting.RaisedProblem;
import org.shangliang.deliberation.meeting.ShowOfHands;
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
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.party.PartyRole;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.AdmissionStatus;
import org.shangliang.deliberation.process.Approval;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationEvent;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.process.PartyActKind;
import org.shangliang.deliberation.process.PartyOrganisationAct;
import org.shangliang.deliberation.process.EventType;
import org.shangliang.deliberation.process.RiskAssessment;
import org.shangliang.deliberation.process.RiskLevel;
import org.shangliang.deliberation.process.Step;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.process.StepPlan;
import org.shangliang.deliberation.process.StepRole;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.profile.RuleSetting;
import org.shangliang.deliberation.rules.Rule;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.tier.Cadence;
import org.shangliang.deliberation.tier.NonWorkingDayRule;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.topic.CatalogueEntry;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.PublicFunds;
import org.shangliang.deliberation.topic.SettledElsewhere;
import org.shangliang.deliberation.topic.SettlingAuthority;
import org.shangliang.deliberation.topic.SourceKind;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicCatalogue;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.topic.TopicSource;
import org.shangliang.deliberation.topic.TwoPartyDispute;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;

/**
 * Builds random, well-formed deliberation records for the built-in profiles ({@link
 * Profiles#jinan()}, {@link Profiles#haidian()}, {@link Profiles#bishan()}), each with a random
 * jurisdiction and work calendar, for generated-input tests. No property-testing framework: every
 * case is a plain function of a {@link RandomGenerator} and a size, and {@link #generate(long,
 * int)} rebuilds case {@code index} of a seed exactly (random {@code new SplittableRandom(seed +
 * index)}, profile {@code index % 3}).
 *
 * <p>A record tells a plausible story (raised, admitted, meetings with stages, sign-ins, speaking
 * turns, votes under every kind of decision rule, an outcome of any kind with duties and what
 * follows it, events that mostly fit), with a fixed share of values drawn at the documented bounds:
 * decimals of 15 integer digits and 6 decimals, {@code 1E+14} and {@code 0.000001}; instants at
 * 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z (a record's timeline may start at the first or run
 * into the last); dates of year 1 and 9999-12-31; identifiers of 128 code points with CJK and
 * astral letters; durations up to 100 years; {@link Integer#MAX_VALUE} counts; empty and large
 * lists. One record in {@value #GARBAGE_ONE_IN} also carries a few values outside every bound
 * (garbage), which builders should refuse with {@link InvalidModelException}: such a refusal is
 * returned as {@link Generated#refused()}, never thrown. Any other exception escapes, as a builder
 * must not throw it.
 */
final class RecordGenerator {
  static final Instant MIN_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
  static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59Z");
  static final LocalDate MIN_DATE = LocalDate.of(1, 1, 1);
  static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);
  static final BigDecimal MAX_DECIMAL = new BigDecimal("999999999999999.999999");
  static final BigDecimal ROUND_DECIMAL = new BigDecimal("1E+14");
  static final BigDecimal TINY_DECIMAL = new BigDecimal("0.000001");
  static final Duration MAX_DURATION = Duration.ofDays(36_500);
  static final int MAX_ID_CODE_POINTS = 128;
  private static final Instant ORDINARY_START = Instant.parse("1990-01-01T00:00:00Z");

  /** The size of a large record: lists of up to this many parties, ballots, events. */
  static final int LARGE = 64;

  /** One record in this many carries garbage values. */
  static final int GARBAGE_ONE_IN = 12;

  /** The base profiles, taken in turn by {@link #generate(long, int)}. */
  static final List<Profile> PROFILES =
      List.of(Profiles.jinan(), Profiles.haidian(), Profiles.bishan());

  /** A documented bound (or a garbage value) the generator drew for a case. */
  enum Bound {
    INSTANT_MIN,
    INSTANT_MAX,
    DATE_MIN,
    DATE_MAX,
    DECIMAL_MAX,
    DECIMAL_ROUND,
    DECIMAL_TINY,
    DECIMAL_ZERO,
    IDENTIFIER_128,
    IDENTIFIER_ASTRAL,
    DURATION_SMALLEST,
    DURATION_100_YEARS,
    INT_MAX,
    INT_MIN,
    FRACTION_MILLION,
    EMPTY_LISTS,
    LARGE_LISTS,
    PROFILE_VARIANT,
    CALENDAR_WITHOUT_WORKING_DAYS,
    GARBAGE
  }

  /** The kinds of garbage, one per garbage record, so that each kind reaches the record's users. */
  private enum Garbage {
    IDENTIFIER,
    TEXT,
    INSTANT,
    DATE,
    DECIMAL,
    DURATION,
    FRACTION,
    NUMBER
  }

  /**
   * Everything a test needs to judge one record.
   *
   * @param profile the profile (a base profile, or a variant of one with other settings)
   * @param jurisdiction the unit tree
   * @param calendar the working days
   * @param record the record
   * @param nows instants to judge at, the bounds included
   * @param dates dates to ask cadences about, the bounds included
   * @param cadences the cadences of the profile's tiers and a few random ones
   * @param facts outcome facts to classify besides the record's
   * @param rules decision rules of every kind to decide the record's votes by, besides their own
   */
  record Case(
      Profile profile,
      Jurisdiction jurisdiction,
      WorkCalendar calendar,
      Deliberation record,
      List<Instant> nows,
      List<LocalDate> dates,
      List<Cadence> cadences,
      List<OutcomeFacts> facts,
      List<DecisionRule> rules) {}

  /**
   * One attempt: a built case, or the builder's refusal of a value; and the bounds drawn.
   *
   * @param built the case, unless a builder refused a value
   * @param refused the refusal, if a builder refused
   * @param drawn the bounds and garbage the attempt drew
   */
  record Generated(
      Optional<Case> built, Optional<InvalidModelException> refused, Set<Bound> drawn) {}

  private static final ZoneId[] ZONES = {
    Profile.DEFAULT_ZONE,
    ZoneOffset.UTC,
    ZoneOffset.MAX,
    ZoneOffset.MIN,
    ZoneId.of("Pacific/Kiritimati"),
    ZoneId.of("America/Los_Angeles")
  };

  private static final BigDecimal[] BOUND_DECIMALS = {
    MAX_DECIMAL,
    ROUND_DECIMAL,
    TINY_DECIMAL,
    BigDecimal.ZERO,
    new BigDecimal("0.000000"),
    new BigDecimal("100000000000000"),
    new BigDecimal("999999999999999")
  };

  private static final BigDecimal[] GARBAGE_DECIMALS = {
    new BigDecimal("1E+2147483647"),
    new BigDecimal("1E-2147483647"),
    new BigDecimal("1E+15"),
    new BigDecimal("0.0000001"),
    new BigDecimal("1E+30"),
    new BigDecimal("12345678901234567890.5"),
    new BigDecimal("-0.000001"),
    new BigDecimal("0E+2147483647")
  };

  private static final Instant[] GARBAGE_INSTANTS = {
    Instant.MIN,
    Instant.MAX,
    Instant.parse("+10000-01-01T00:00:00Z"),
    Instant.parse("0000-12-31T23:59:59Z"),
    MAX_INSTANT.plusNanos(1),
    MIN_INSTANT.minusNanos(1)
  };

  private static final LocalDate[] GARBAGE_DATES = {
    LocalDate.MAX,
    LocalDate.MIN,
    LocalDate.of(10_000, 1, 1),
    LocalDate.of(0, 12, 31),
    LocalDate.of(-1, 6, 1)
  };

  private static final String[] GARBAGE_TEXTS = {"", " ", "\u3000", "\u200B", "\t\n", "\u00A0"};

  private static final String[] GARBAGE_IDENTIFIERS = {
    "",
    " ",
    "a b",
    "tab\tid",
    "zero\u200Bwidth",
    "bell\u0007",
    "lone\uD800surrogate",
    "private\uE000use",
    "unassigned\u0378",
    "x".repeat(129),
    "\uD842\uDFB7".repeat(129),
    "no-break\u00A0space"
  };

  /**
   * Code points an identifier may hold: letters (CJK, astral), marks, numbers, punctuation,
   * symbols.
   */
  private static final int[] BMP_CODE_POINTS = {
    'a', 'z', 'Q', '7', '-', '_', '.', '·', '、', '甸', '柳', '社', '区', '楼', '院', 'é', '\u0301', '٣',
    '©', '€', '→', '가', 'ж'
  };

  private static final int[] ASTRAL_CODE_POINTS = {
    0x20000, 0x20BB7, 0x2A6D6, 0x1D400, 0x1D7D8, 0x1F600, 0x10400, 0x1F3E0
  };

  private static final String[] PLAIN_TEXTS = {
    "3号楼加装电梯", "停车位划分", "楼道堆物清理", "Pipe repair in building 4", "垃圾分类点位调整",
    "居民反映电梯运行平稳", "雨污分流改造", "老年助餐点选址", "物业费调整", "邻里噪音纠纷"
  };

  private static final String[] ODD_TEXTS = {
    "{0}",
    "'{'",
    "''",
    "{1,number}",
    "%s %d",
    "<b>&amp;</b>",
    "line\nbreak",
    "\uD842\uDFB7\uD842\uDFB7",
    "\uD800",
    "a\u0000b",
    "😀😀😀",
    "—",
    "x".repeat(64),
    "y".repeat(65)
  };

  private final RandomGenerator random;
  private final int size;

  /** The kind of garbage values this record carries, or {@code null}. */
  private final Garbage garbage;

  private final int boundOneIn;

  /**
   * Whether identifiers at the bound mix in astral letters (128 code points, more UTF-16 units).
   */
  private final boolean astralIdentifiers;

  private final Set<Bound> drawn = EnumSet.noneOf(Bound.class);

  private int counter;
  private Profile profile;
  private ZoneId zone;
  private Instant clock;
  private boolean wideSteps;
  private final List<AdministrativeUnit> units = new ArrayList<>();
  private final Map<UnitId, List<UnitId>> children = new HashMap<>();
  private Jurisdiction jurisdiction;
  private UnitId deliberatingUnit;
  private final List<Party> parties = new ArrayList<>();
  private final List<PartyId> partyIds = new ArrayList<>();

  private RecordGenerator(RandomGenerator random, int size) {
    this.random = random;
    this.size = size;
    this.garbage =
        random.nextInt(GARBAGE_ONE_IN) == 0
            ? Garbage.values()[random.nextInt(Garbage.values().length)]
            : null;
    // a fixed share of draws at the bounds: none in some records, a few in most, many in some
    int mode = random.nextInt(10);
    this.boundOneIn = mode < 3 ? 0 : mode < 8 ? 24 : 4;
    this.astralIdentifiers = random.nextInt(8) == 0;
  }

  /**
   * Case {@code index} of a seed: random {@code new SplittableRandom(seed + index)}, profile {@code
   * PROFILES.get(index % 3)}, size 0 for every tenth index (from 3), {@value #LARGE} for every
   * fiftieth (from 49), else 1 to 8.
   *
   * @param seed the seed
   * @param index the index
   * @return the attempt
   */
  static Generated generate(long seed, int index) {
    RandomGenerator random = new SplittableRandom(seed + index);
    int size = index % 50 == 49 ? LARGE : index % 10 == 3 ? 0 : 1 + random.nextInt(8);
    return generate(random, size, PROFILES.get(index % PROFILES.size()));
  }

  /**
   * A case for a base profile.
   *
   * @param random the source of randomness
   * @param size how long lists may be: 0 keeps every list empty
   * @param base the base profile
   * @return the attempt; a builder's {@link InvalidModelException} is returned, any other exception
   *     escapes
   */
  static Generated generate(RandomGenerator random, int size, Profile base) {
    RecordGenerator generator = new RecordGenerator(random, size);
    try {
      Case built = generator.build(base);
      return new Generated(Optional.of(built), Optional.empty(), Set.copyOf(generator.drawn));
    } catch (InvalidModelException refused) {
      return new Generated(Optional.empty(), Optional.of(refused), Set.copyOf(generator.drawn));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The record, in the order of its story.

  private Case build(Profile base) {
    if (size == 0) {
      drawn.add(Bound.EMPTY_LISTS);
    } else if (size >= LARGE) {
      drawn.add(Bound.LARGE_LISTS);
    }
    startTimeline();
    profile = chance(4) ? variant(base) : base;
    zone = profile.zone();
    jurisdiction();
    deliberatingUnit = deliberatingUnit();
    Optional<PartyId> mediator =
        chance(3) ? Optional.of(PartyId.of(identifier("mediator"))) : Optional.empty();
    Topic topic = topic(mediator);
    parties(topic, mediator);
    Deliberation.Builder record =
        new Deliberation.Builder()
            .id(DeliberationId.of(identifier("d")))
            .topic(topic)
            .parties(PartyList.of(parties))
            .deliberatingUnit(deliberatingUnit);
    Optional<Admission> admission = admission(topic);
    record.admission(admission);
    if (!chance(4)) {
      record.plannedMeetingDate(plannedDate());
    }
    boolean refused = admission.isPresent() && !admission.get().isAdmitted();
    List<Meeting> meetings = new ArrayList<>();
    if (!refused || chance(5)) {
      int count = length(size >= LARGE ? 8 : 4);
      for (int i = 0; i < count; i++) {
        meetings.add(meeting(topic));
      }
    }
    record.addAllMeetings(meetings);
    record.addAllSteps(steps(topic.raisedAt()));
    Optional<OutcomeRecord> outcome =
        (!refused && !chance(4)) || chance(10) ? Optional.of(outcome()) : Optional.empty();
    record.outcome(outcome);
    record.addAllSupervision(supervision());
    record.addAllEscalations(escalations(outcome));
    record.addAllRevisits(revisits());
    record.addAllAppraisals(appraisals());
    record.addAllReopenings(reopenings());
    record.hotlineCase(hotlineCase(topic));
    record.addAllRiskAssessments(riskAssessments());
    record.addAllPartyActs(partyActs());
    Deliberation partial = record.build();
    Deliberation built =
        chance(5)
            ? partial
            : new Deliberation.Builder()
                .id(partial.id())
                .topic(partial.topic())
                .parties(partial.parties())
                .deliberatingUnit(partial.deliberatingUnit())
                .admission(partial.admission())
                .plannedMeetingDate(partial.plannedMeetingDate())
                .addAllMeetings(partial.meetings())
                .addAllSteps(partial.steps())
                .outcome(partial.outcome())
                .addAllSupervision(partial.supervision())
                .addAllEscalations(partial.escalations())
                .addAllRevisits(partial.revisits())
                .addAllAppraisals(partial.appraisals())
                .addAllReopenings(partial.reopenings())
                .hotlineCase(partial.hotlineCase())
                .addAllPartyActs(partial.partyActs())
                .addAllEvents(events(partial))
                .addAllRiskAssessments(partial.riskAssessments())
                .build();
    List<LocalDate> dates = dates(built);
    WorkCalendar calendar = calendar(dates);
    return new Case(
        profile,
        jurisdiction,
        calendar,
        built,
        nows(built),
        dates,
        cadences(),
        List.of(facts(pick(OutcomeKind.values())), randomFacts()),
        List.of(decisionRule(true), decisionRule(true)));
  }

  // ---------------------------------------------------------------------------------------------
  // Time: a timeline that moves forward, sometimes from the first instant, sometimes into the last.

  private void startTimeline() {
    int era = random.nextInt(10);
    wideSteps = false;
    if (era < 7) {
      clock = ORDINARY_START.plusSeconds(random.nextLong(50L * 365 * 86_400));
      if (chance(3)) {
        clock = clock.plusNanos(random.nextLong(1_000_000_000L));
      }
    } else if (era == 7) {
      clock = MIN_INSTANT;
      drawn.add(Bound.INSTANT_MIN);
    } else if (era == 8) {
      clock = MAX_INSTANT.minusSeconds(random.nextLong(30L * 86_400));
    } else {
      clock = MIN_INSTANT;
      wideSteps = true;
      drawn.add(Bound.INSTANT_MIN);
    }
  }

  /**
   * An instant at or after {@code t}, never past {@link #MAX_INSTANT} unless {@code t} already is.
   */
  private Instant later(Instant t) {
    if (t.isAfter(MAX_INSTANT)) {
      return t;
    }
    long step;
    switch (random.nextInt(8)) {
      case 0:
        step = 0;
        break;
      case 1:
        step = 1 + random.nextLong(59);
        break;
      case 2:
        step = 60 * (1 + random.nextLong(59));
        break;
      case 3:
      case 4:
        step = 3_600 * (1 + random.nextLong(23));
        break;
      case 5:
        step = 86_400 * (1 + random.nextLong(30));
        break;
      default:
        step =
            wideSteps
                ? 86_400L * 365 * (1 + random.nextLong(2_500))
                : 86_400 * (1 + random.nextLong(400));
        break;
    }
    return clamp(t.plusSeconds(step));
  }

  /** An instant shortly after {@code t} (minutes to hours): a meeting's end, a sign-in. */
  private Instant shortlyAfter(Instant t) {
    if (t.isAfter(MAX_INSTANT)) {
      return t;
    }
    return clamp(t.plusSeconds(random.nextLong(6 * 3_600)));
  }

  /**
   * An instant at or before {@code t}, never before {@link #MIN_INSTANT} unless {@code t} already
   * is.
   */
  private Instant earlier(Instant t) {
    if (t.isBefore(MIN_INSTANT)) {
      return t;
    }
    Instant e = t.minusSeconds(random.nextLong(chance(4) ? 400L * 86_400 : 3 * 86_400));
    if (e.isBefore(MIN_INSTANT)) {
      drawn.add(Bound.INSTANT_MIN);
      return MIN_INSTANT;
    }
    return e;
  }

  /** An instant in [a, b]. */
  private Instant between(Instant a, Instant b) {
    if (!b.isAfter(a)) {
      return a;
    }
    Instant t = a.plusSeconds(random.nextLong(Duration.between(a, b).getSeconds() + 1));
    return t.isAfter(b) ? b : t;
  }

  /** {@code t + d}, never past {@link #MAX_INSTANT} unless {@code t} already is. */
  private Instant plus(Instant t, Duration d) {
    return t.isAfter(MAX_INSTANT) ? t : clamp(t.plus(d));
  }

  private Instant clamp(Instant t) {
    if (t.isAfter(MAX_INSTANT)) {
      drawn.add(Bound.INSTANT_MAX);
      return MAX_INSTANT;
    }
    if (t.equals(MAX_INSTANT)) {
      drawn.add(Bound.INSTANT_MAX);
    }
    return t;
  }

  /**
   * An instant for an ordered list: after {@code t}, at a bound, or (in a garbage record) garbage.
   */
  private Instant next(Instant t) {
    if (garbageNow(Garbage.INSTANT)) {
      return pick(GARBAGE_INSTANTS);
    }
    if (bound()) {
      drawn.add(Bound.INSTANT_MAX);
      return t.isAfter(MAX_INSTANT) ? t : MAX_INSTANT;
    }
    return later(t);
  }

  /** An instant not tied to an order: near {@code t}, at a bound, or garbage. */
  private Instant around(Instant t) {
    if (garbageNow(Garbage.INSTANT)) {
      return pick(GARBAGE_INSTANTS);
    }
    if (bound()) {
      boolean min = random.nextBoolean();
      drawn.add(min ? Bound.INSTANT_MIN : Bound.INSTANT_MAX);
      return min ? MIN_INSTANT : MAX_INSTANT;
    }
    return random.nextBoolean() ? later(t) : earlier(t);
  }

  private LocalDate localDate(Instant t) {
    if (t.isBefore(MIN_INSTANT)) {
      return MIN_DATE;
    }
    if (t.isAfter(MAX_INSTANT)) {
      return MAX_DATE;
    }
    LocalDate date = LocalDate.ofInstant(t, zone);
    return date.isAfter(MAX_DATE) ? MAX_DATE : date.isBefore(MIN_DATE) ? MIN_DATE : date;
  }

  /** A date near an instant, at a bound, or garbage. */
  private LocalDate date(Instant near) {
    if (garbageNow(Garbage.DATE)) {
      return pick(GARBAGE_DATES);
    }
    if (bound()) {
      boolean min = random.nextBoolean();
      drawn.add(min ? Bound.DATE_MIN : Bound.DATE_MAX);
      return min ? MIN_DATE : MAX_DATE;
    }
    LocalDate date = localDate(near);
    long shift = chance(3) ? random.nextLong(-40, 41) : 0;
    LocalDate shifted = date.plusDays(shift);
    if (shifted.isAfter(MAX_DATE)) {
      drawn.add(Bound.DATE_MAX);
      return MAX_DATE;
    }
    return shifted.isBefore(MIN_DATE) ? MIN_DATE : shifted;
  }

  // ---------------------------------------------------------------------------------------------
  // Plain values.

  private boolean chance(int oneIn) {
    return random.nextInt(oneIn) == 0;
  }

  private boolean bound() {
    return boundOneIn > 0 && random.nextInt(boundOneIn) == 0;
  }

  /**
   * Whether to draw a garbage value of a kind: in a garbage record, one draw in six of its kind.
   */
  private boolean garbageNow(Garbage kind) {
    if (garbage == kind && random.nextInt(6) == 0) {
      drawn.add(Bound.GARBAGE);
      return true;
    }
    return false;
  }

  @SafeVarargs
  private <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A list length from 0 to {@code cap}, never above the size. */
  private int length(int cap) {
    int max = Math.min(cap, size);
    return max <= 0 ? 0 : random.nextInt(max + 1);
  }

  private <T> List<T> subset(List<T> values, int oneInLeftOut) {
    List<T> chosen = new ArrayList<>();
    for (T value : values) {
      if (!chance(oneInLeftOut)) {
        chosen.add(value);
      }
    }
    return chosen;
  }

  private <T> List<T> shuffled(List<T> values) {
    List<T> copy = new ArrayList<>(values);
    for (int i = copy.size() - 1; i > 0; i--) {
      Collections.swap(copy, i, random.nextInt(i + 1));
    }
    return copy;
  }

  private int smallCount(int max) {
    if (garbageNow(Garbage.NUMBER)) {
      return pick(0, -1, Integer.MIN_VALUE);
    }
    if (bound()) {
      drawn.add(Bound.INT_MAX);
      return Integer.MAX_VALUE;
    }
    return 1 + random.nextInt(max);
  }

  private BigDecimal decimal() {
    if (garbageNow(Garbage.DECIMAL)) {
      return pick(GARBAGE_DECIMALS);
    }
    if (bound()) {
      BigDecimal value = pick(BOUND_DECIMALS);
      drawn.add(
          value.equals(MAX_DECIMAL)
              ? Bound.DECIMAL_MAX
              : value.equals(TINY_DECIMAL)
                  ? Bound.DECIMAL_TINY
                  : value.signum() == 0 ? Bound.DECIMAL_ZERO : Bound.DECIMAL_ROUND);
      return value;
    }
    return BigDecimal.valueOf(1 + random.nextLong(300_000), random.nextInt(3));
  }

  /** A unique identifier: plain, CJK, astral, 128 code points at a bound, or garbage. */
  private String identifier(String stem) {
    int n = ++counter;
    if (garbageNow(Garbage.IDENTIFIER)) {
      return pick(GARBAGE_IDENTIFIERS);
    }
    if (bound()) {
      return longIdentifier(n);
    }
    switch (random.nextInt(6)) {
      case 0:
        return "甸柳" + stem + n;
      case 1:
        return new StringBuilder(stem).appendCodePoint(pick(0x20BB7, 0x1D400)).append(n).toString();
      case 2:
        return String.valueOf(n);
      default:
        return stem + "-" + n;
    }
  }

  /** Exactly 128 code points, ending in the counter so it stays unique. */
  private String longIdentifier(int n) {
    String tail = "-" + n;
    boolean astral = astralIdentifiers && chance(2);
    drawn.add(Bound.IDENTIFIER_128);
    if (astral) {
      drawn.add(Bound.IDENTIFIER_ASTRAL);
    }
    StringBuilder id = new StringBuilder();
    int codePoints = 0;
    while (codePoints < MAX_ID_CODE_POINTS - tail.length()) {
      int c =
          astral && random.nextBoolean()
              ? ASTRAL_CODE_POINTS[random.nextInt(ASTRAL_CODE_POINTS.length)]
              : pickCodePoint();
      if (codePoints == 0 && Character.getType(c) == Character.NON_SPACING_MARK) {
        c = '甸';
      }
      id.appendCodePoint(c);
      codePoints++;
    }
    return id.append(tail).toString();
  }

  private int pickCodePoint() {
    return BMP_CODE_POINTS[random.nextInt(BMP_CODE_POINTS.length)];
  }

  /**
   * A text: plain, odd (message-format syntax, astral, lone surrogate), long, or garbage (blank).
   */
  private String text() {
    if (garbageNow(Garbage.TEXT)) {
      return pick(GARBAGE_TEXTS);
    }
    if (bound()) {
      if (chance(3)) {
        StringBuilder longText = new StringBuilder();
        int length = chance(4) ? 65 + random.nextInt(2_000) : 65 + random.nextInt(200);
        while (longText.length() < length) {
          longText.append(pick(PLAIN_TEXTS)).append(pick(ODD_TEXTS));
        }
        return longText.toString();
      }
      return pick(ODD_TEXTS);
    }
    return pick(PLAIN_TEXTS) + (chance(3) ? " " + (1 + random.nextInt(99)) : "");
  }

  /** A positive duration: a speaking turn, at a bound (1 ns, 100 years), or garbage. */
  private Duration turnDuration() {
    if (garbageNow(Garbage.DURATION)) {
      return pick(
          Duration.ZERO,
          Duration.ofSeconds(-1),
          Duration.ofSeconds(Long.MAX_VALUE, 999_999_999),
          Duration.ofDays(365_000));
    }
    if (bound()) {
      boolean smallest = random.nextBoolean();
      drawn.add(smallest ? Bound.DURATION_SMALLEST : Bound.DURATION_100_YEARS);
      return smallest ? Duration.ofNanos(1) : MAX_DURATION;
    }
    return Duration.ofSeconds(20 + random.nextLong(600));
  }

  /** A profile window: the base one, none, or from zero to 100 years. */
  private Optional<Duration> window(Optional<Duration> base) {
    switch (random.nextInt(12)) {
      case 0:
        return Optional.empty();
      case 1:
        drawn.add(Bound.DURATION_SMALLEST);
        return Optional.of(Duration.ofSeconds(1));
      case 2:
        if (chance(8)) {
          drawn.add(Bound.DURATION_100_YEARS);
          return Optional.of(
              chance(2) ? MAX_DURATION : Duration.ofDays(1 + random.nextLong(36_500)));
        }
        return Optional.of(Duration.ofDays(1 + random.nextLong(3_650)));
      case 3:
        return Optional.of(Duration.ofMinutes(1 + random.nextLong(60 * 24 * 60)));
      case 4:
        if (garbageNow(Garbage.DURATION)) {
          return Optional.of(
              pick(Duration.ZERO, Duration.ofDays(36_501), Duration.ofSeconds(Long.MAX_VALUE)));
        }
        return base;
      default:
        return base;
    }
  }

  private Fraction fraction() {
    if (garbageNow(Garbage.FRACTION)) {
      return Fraction.of(pick(2L, -1L, 1L), pick(1L, 0L, 1_000_001L));
    }
    if (bound()) {
      drawn.add(Bound.FRACTION_MILLION);
      long denominator = 1_000_000;
      return Fraction.of(pick(0L, 1L, 999_999L, 1_000_000L), denominator);
    }
    return pick(
        Fraction.half(),
        Fraction.of(2, 3),
        Fraction.of(3, 4),
        Fraction.of(1, 1),
        Fraction.of(0, 1),
        Fraction.of(2, 4));
  }

  // ---------------------------------------------------------------------------------------------
  // Profile variants: a base profile with other windows, zone, tiers' cadences, rules and
  // procedure.

  private Profile variant(Profile base) {
    drawn.add(Bound.PROFILE_VARIANT);
    List<TierRule> tiers = new ArrayList<>();
    boolean newCadences = chance(2);
    for (TierRule tier : base.tiers()) {
      tiers.add(
          newCadences
              ? new TierRule.Builder()
                  .level(tier.level())
                  .body(tier.body())
                  .convenerKind(tier.convenerKind())
                  .cadence(cadence())
                  .addAllMatterSizes(tier.matterSizes())
                  .addAllCategories(tier.categories())
                  .escalatesTo(tier.escalatesTo())
                  .build()
              : tier);
    }
    List<RuleSetting> settings = new ArrayList<>();
    for (Rule rule : Validator.builtInRules()) {
      if (chance(12)) {
        settings.add(
            chance(2)
                ? RuleSetting.off(rule.code())
                : RuleSetting.severity(
                    rule.code(), pick(org.shangliang.deliberation.validation.Severity.values())));
      }
    }
    Map<MatterSize, Quorum> quorums = new EnumMap<>(MatterSize.class);
    Map<MatterSize, DecisionRule> rules = new EnumMap<>(MatterSize.class);
    for (MatterSize matter : MatterSize.values()) {
      int q = random.nextInt(10);
      if (q < 5 && base.quorums().containsKey(matter)) {
        quorums.put(matter, base.quorums().get(matter));
      } else if (q < 9) {
        quorums.put(matter, quorum());
      }
      int r = random.nextInt(10);
      if (r < 5 && base.decisionRules().containsKey(matter)) {
        rules.put(matter, base.decisionRules().get(matter));
      } else if (r < 9) {
        rules.put(matter, decisionRule(true));
      }
    }
    Map<String, DecisionRule> entryRules = new HashMap<>(base.entryDecisionRules());
    if (chance(3)) {
      entryRules.put(
          Profiles.LIFT_INSTALLATION,
          chance(2) ? Profiles.ownersMajorMatterRule() : decisionRule(true));
    }
    List<MeetingStage> stages;
    switch (random.nextInt(4)) {
      case 0:
        stages = List.of(MeetingStage.values());
        break;
      case 1:
        stages = subset(List.of(MeetingStage.values()), 3);
        break;
      case 2:
        stages = shuffled(subset(List.of(MeetingStage.values()), 4));
        break;
      default:
        stages = base.meetingStages();
        break;
    }
    Set<PartyKind> supervisors = EnumSet.noneOf(PartyKind.class);
    supervisors.addAll(chance(3) ? subset(List.of(PartyKind.values()), 2) : base.supervisorKinds());
    Optional<AppraisalScale> scale;
    switch (random.nextInt(6)) {
      case 0:
        scale = Optional.empty();
        break;
      case 1:
        drawn.add(Bound.INT_MAX);
        drawn.add(Bound.INT_MIN);
        scale = Optional.of(AppraisalScale.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 0));
        break;
      case 2:
        drawn.add(Bound.INT_MAX);
        scale =
            Optional.of(
                AppraisalScale.of(Integer.MAX_VALUE - 1, Integer.MAX_VALUE, Integer.MAX_VALUE - 1));
        break;
      case 3:
        scale = Optional.of(AppraisalScale.of(0, 10, 5));
        break;
      default:
        scale = base.appraisalScale();
        break;
    }
    return new Profile.Builder()
        .id(base.id() + "-variant")
        .name(base.name())
        .zone(chance(2) ? base.zone() : pick(ZONES))
        .catalogue(base.catalogue())
        .addAllTiers(tiers)
        .addAllPublicFundsSupervisorKinds(base.publicFundsSupervisorKinds())
        .addAllSupervisorKinds(supervisors)
        .addAllRuleSettings(settings)
        .stepPlan(
            chance(4) ? Optional.of(stepPlan()) : chance(6) ? Optional.empty() : base.stepPlan())
        .addAllMeetingStages(stages)
        .putAllQuorums(quorums)
        .putAllDecisionRules(rules)
        .putAllEntryDecisionRules(entryRules)
        .speakingTimeLimit(window(base.speakingTimeLimit()))
        .minimumPublicity(window(base.minimumPublicity()))
        .onlineMaxAffectedUnits(chance(6) ? Integer.MAX_VALUE : random.nextInt(4))
        .urgentWindow(window(base.urgentWindow()))
        .problemSolutionWindow(window(base.problemSolutionWindow()))
        .progressPublicityInterval(window(base.progressPublicityInterval()))
        .revisitWindow(window(base.revisitWindow()))
        .appraisalScale(scale)
        .reopenOnPoorAppraisal(random.nextBoolean())
        .minRoundsBeforeShelving(chance(6) ? Integer.MAX_VALUE : 1 + random.nextInt(4))
        .escalationFollowUpWindow(window(base.escalationFollowUpWindow()))
        .hotlineReplyWindow(window(base.hotlineReplyWindow()))
        .hotlineHandlingWindow(window(base.hotlineHandlingWindow()))
        .addAllRiskAssessedSizes(
            chance(2) ? List.of(MatterSize.MAJOR) : subset(List.of(MatterSize.values()), 2))
        .addAllDutyKinds(chance(2) ? List.of() : dutyKinds())
        .addAllForbiddenRoles(chance(2) ? List.of() : forbiddenRoles())
        .linkedMembersRequired(random.nextBoolean())
        .build();
  }

  /** Duty kinds of the ids {@link #DUTY_KINDS} names but the last, each carried by some kinds. */
  private List<org.shangliang.deliberation.profile.DutyKind> dutyKinds() {
    List<org.shangliang.deliberation.profile.DutyKind> kinds = new ArrayList<>();
    for (int i = 0; i < DUTY_KINDS.size() - 1; i++) {
      kinds.add(
          new org.shangliang.deliberation.profile.DutyKind.Builder()
              .id(DUTY_KINDS.get(i))
              .label(LocalizedText.of("职责" + i, "duty " + i))
              .addAllCarriers(subset(List.of(PartyKind.values()), 2 + random.nextInt(6)))
              .addCarrier(pick(PartyKind.values()))
              .build());
    }
    return kinds;
  }

  /** Negative-list lines for a few kinds, each forbidding some roles. */
  private List<org.shangliang.deliberation.profile.ForbiddenRoles> forbiddenRoles() {
    List<org.shangliang.deliberation.profile.ForbiddenRoles> lines = new ArrayList<>();
    for (PartyKind kind : subset(List.of(PartyKind.values()), 2 + random.nextInt(6))) {
      List<org.shangliang.deliberation.party.RecordRole> roles =
          subset(
              List.of(org.shangliang.deliberation.party.RecordRole.values()), 2 + random.nextInt(4));
      lines.add(
          new org.shangliang.deliberation.profile.ForbiddenRoles.Builder()
              .kind(kind)
              .addAllRoles(roles)
              .addRole(pick(org.shangliang.deliberation.party.RecordRole.values()))
              .build());
    }
    return lines;
  }

  /** The duty kinds a variant's list may hold, and one it never holds. */
  private static final List<String> DUTY_KINDS = List.of("publicity", "works", "not-on-the-list");

  private StepPlan stepPlan() {
    StepPlan.Builder plan = new StepPlan.Builder().name(LocalizedText.of("九步", "nine steps"));
    int steps = 1 + random.nextInt(9);
    for (int i = 0; i < steps; i++) {
      plan.addStep(
          Step.of(
              identifier("step"),
              LocalizedText.of("第" + (i + 1) + "步", "step " + (i + 1)),
              pick(StepRole.values())));
    }
    return plan.build();
  }

  private Quorum quorum() {
    switch (random.nextInt(4)) {
      case 0:
        return Quorum.ofInvited(fraction());
      case 1:
        return Quorum.ofCount(chance(5) ? smallCount(5) : random.nextInt(6));
      default:
        return new Quorum.Builder()
            .minimumCount(random.nextInt(5))
            .fraction(fraction())
            .strict(random.nextBoolean())
            .build();
    }
  }

  private Cadence cadence() {
    NonWorkingDayRule rule = pick(NonWorkingDayRule.values());
    switch (random.nextInt(3)) {
      case 0:
        if (garbageNow(Garbage.NUMBER)) {
          return Cadence.monthly(pick(0, 32, -1), rule);
        }
        return Cadence.monthly(chance(2) ? pick(1, 28, 29, 30, 31) : 1 + random.nextInt(31), rule);
      case 1:
        return Cadence.weekly(pick(DayOfWeek.values()), rule);
      default:
        return Cadence.onDemand();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Decision rules of every kind.

  /**
   * Consensus, simple majority, supermajority, double threshold or (if allowed) a restricted vote.
   */
  private DecisionRule decisionRule(boolean restrictedAllowed) {
    switch (random.nextInt(restrictedAllowed ? 5 : 4)) {
      case 0:
        {
          Consensus.Builder consensus = new Consensus.Builder();
          if (!chance(3)) {
            consensus.blockingNoCount(smallCount(3));
          }
          if (chance(3)) {
            consensus.participation(
                Participation.of(fraction(), random.nextBoolean(), pick(Measure.values())));
          }
          return chance(4) ? Consensus.strict() : consensus.build();
        }
      case 1:
        return chance(2)
            ? MajorityRule.simple(pick(Base.values()))
            : new MajorityRule.Builder()
                .approval(
                    Threshold.of(
                        Fraction.half(), true, pick(Base.values()), pick(Measure.values())))
                .participation(
                    chance(2)
                        ? Optional.of(
                            Participation.of(
                                fraction(), random.nextBoolean(), pick(Measure.values())))
                        : Optional.empty())
                .build();
      case 2:
        {
          MajorityRule.Builder supermajority =
              new MajorityRule.Builder()
                  .approval(
                      Threshold.of(
                          fraction(),
                          random.nextBoolean(),
                          pick(Base.values()),
                          pick(Measure.values())));
          if (chance(2)) {
            supermajority.minimumYes(
                chance(2) ? decimal() : BigDecimal.valueOf(random.nextInt(10)));
          }
          if (chance(2)) {
            supermajority.participation(
                Participation.of(fraction(), random.nextBoolean(), pick(Measure.values())));
          }
          return supermajority.build();
        }
      case 3:
        return chance(3)
            ? Profiles.ownersMajorMatterRule()
            : DoubleThreshold.of(side(Measure.HEADCOUNT), side(Measure.WEIGHT));
      default:
        return RestrictedVote.of(pick(PartyKind.values()), decisionRule(false));
    }
  }

  private MajorityRule side(Measure measure) {
    MajorityRule.Builder side =
        new MajorityRule.Builder()
            .approval(Threshold.of(fraction(), random.nextBoolean(), pick(Base.values()), measure));
    if (chance(2)) {
      side.participation(Participation.of(fraction(), random.nextBoolean(), measure));
    }
    if (chance(4)) {
      side.minimumYes(decimal());
    }
    return side.build();
  }

  // ---------------------------------------------------------------------------------------------
  // Units and parties.

  private void jurisdiction() {
    if (chance(40)) {
      jurisdiction = Jurisdiction.of(List.of());
      return;
    }
    int roots = chance(6) ? 2 : 1;
    int budget = size >= LARGE ? 60 : 4 + 2 * size;
    for (int r = 0; r < roots; r++) {
      TierLevel level =
          chance(5)
              ? pick(TierLevel.DISTRICT, TierLevel.SUB_DISTRICT, TierLevel.COMMUNITY)
              : TierLevel.CITY;
      AdministrativeUnit root =
          AdministrativeUnit.root(UnitId.of(identifier("unit")), level, text());
      units.add(root);
      budget = grow(root, budget);
    }
    jurisdiction = Jurisdiction.of(units);
  }

  private int grow(AdministrativeUnit parent, int budget) {
    int ordinal = parent.level().ordinal();
    if (ordinal == 0 || budget <= 0) {
      return budget;
    }
    int n = 1 + random.nextInt(Math.min(3, 1 + size));
    for (int i = 0; i < n && budget > 0; i++) {
      int lower = ordinal - (ordinal >= 2 && chance(6) ? 2 : 1);
      AdministrativeUnit child =
          AdministrativeUnit.of(
              UnitId.of(identifier("unit")), TierLevel.values()[lower], text(), parent.id());
      units.add(child);
      children.computeIfAbsent(parent.id(), k -> new ArrayList<>()).add(child.id());
      budget = grow(child, budget - 1);
    }
    return budget;
  }

  private UnitId deliberatingUnit() {
    if (units.isEmpty() || chance(15)) {
      return UnitId.of(identifier("elsewhere"));
    }
    List<AdministrativeUnit> communities = new ArrayList<>();
    for (AdministrativeUnit unit : units) {
      if (unit.level() == TierLevel.COMMUNITY) {
        communities.add(unit);
      }
    }
    return (!communities.isEmpty() && !chance(3) ? pick(communities) : pick(units)).id();
  }

  private List<UnitId> within(UnitId top) {
    List<UnitId> found = new ArrayList<>();
    List<UnitId> queue = new ArrayList<>(List.of(top));
    while (!queue.isEmpty()) {
      UnitId unit = queue.remove(queue.size() - 1);
      found.add(unit);
      queue.addAll(children.getOrDefault(unit, List.of()));
    }
    return found;
  }

  private UnitId anyUnit() {
    if (units.isEmpty() || chance(20)) {
      return UnitId.of(identifier("unknown-unit"));
    }
    return pick(units).id();
  }

  private List<UnitId> affectedUnits() {
    List<UnitId> candidates = within(deliberatingUnit);
    Set<UnitId> affected = new LinkedHashSet<>();
    int count = 1 + (size == 0 ? 0 : random.nextInt(Math.min(3, size)));
    for (int i = 0; i < count; i++) {
      affected.add(chance(8) ? anyUnit() : pick(candidates));
    }
    return new ArrayList<>(affected);
  }

  private Topic topic(Optional<PartyId> mediator) {
    TopicCatalogue catalogue = profile.catalogue();
    Optional<CatalogueEntry> entry =
        catalogue.entries().isEmpty() || chance(3)
            ? Optional.empty()
            : Optional.of(pick(catalogue.entries()));
    String category;
    if (chance(15)) {
      category = identifier("category");
    } else if (entry.isPresent() && !chance(10)) {
      category = entry.get().category();
    } else {
      category = chance(3) ? TopicCategory.PUBLIC_AFFAIRS : pick(catalogue.categories()).id();
    }
    Optional<String> entryId =
        chance(20) ? Optional.of(identifier("entry")) : entry.map(CatalogueEntry::id);
    MatterSize matter =
        entry.isPresent() && chance(2)
            ? entry.get().defaultMatterSize()
            : pick(MatterSize.values());
    SourceKind kind = pick(SourceKind.values());
    TopicSource source =
        kind == SourceKind.HOTLINE_12345
            ? TopicSource.hotline(identifier("ticket"))
            : chance(2) ? TopicSource.of(kind) : TopicSource.of(kind, text());
    Topic.Builder topic =
        new Topic.Builder()
            .id(TopicId.of(identifier("t")))
            .title(text())
            .category(category)
            .catalogueEntry(entryId)
            .matterSize(matter)
            .addAllAffectedUnits(affectedUnits())
            .source(source)
            .raisedAt(clock);
    if (chance(3)) {
      topic.publicFunds(PublicFunds.of(decimal()));
    }
    if (chance(12)) {
      topic.settledElsewhere(SettledElsewhere.of(pick(SettlingAuthority.values()), text()));
    }
    if (chance(8)) {
      topic.dispute(
          mediator.isPresent() && !chance(4)
              ? TwoPartyDispute.mediatedBy(mediator.get())
              : TwoPartyDispute.withoutMediator());
    }
    return topic.build();
  }

  private void parties(Topic topic, Optional<PartyId> mediator) {
    List<PartyKind> kinds = new ArrayList<>();
    profile
        .catalogue()
        .category(topic.category())
        .ifPresent(c -> kinds.addAll(c.requiredPartyKinds()));
    topic
        .catalogueEntry()
        .flatMap(profile.catalogue()::entry)
        .ifPresent(e -> kinds.addAll(e.requiredPartyKinds()));
    if (topic.publicFunds().isPresent()) {
      kinds.addAll(profile.publicFundsSupervisorKinds());
    }
    if (!profile.supervisorKinds().isEmpty() && !chance(3)) {
      kinds.add(pick(List.copyOf(profile.supervisorKinds())));
    }
    kinds.add(PartyKind.PARTY_ORGANISATION);
    kinds.add(PartyKind.GOVERNMENT_DEPARTMENT);
    List<PartyKind> chosen = subset(kinds, 8);
    int extra = length(LARGE);
    for (int i = 0; i < extra; i++) {
      chosen.add(pick(PartyKind.values()));
    }
    List<UnitId> topicUnits = topic.affectedUnits();
    for (PartyKind kind : chosen) {
      parties.add(party(PartyId.of(identifier("p")), kind, topicUnits));
    }
    if (mediator.isPresent() && !chance(4)) {
      parties.add(
          party(
              mediator.get(),
              chance(4) ? PartyKind.LEGAL_ADVISER : PartyKind.MEDIATOR,
              topicUnits));
    }
    for (Party party : shuffled(parties)) {
      partyIds.add(party.id());
    }
  }

  private Party party(PartyId id, PartyKind kind, List<UnitId> topicUnits) {
    Party.Builder party =
        new Party.Builder()
            .id(id)
            .kind(kind)
            .unit(chance(3) ? pick(topicUnits) : chance(2) ? deliberatingUnit : anyUnit());
    if (kind == PartyKind.OTHER) {
      party.otherLabel(text());
    }
    boolean supervisor =
        profile.supervisorKinds().contains(kind)
            || profile.publicFundsSupervisorKinds().contains(kind);
    Set<PartyRole> roles = EnumSet.noneOf(PartyRole.class);
    roles.add(supervisor && !chance(4) ? PartyRole.SUPERVISOR : PartyRole.DELIBERATOR);
    if (chance(5)) {
      roles.add(pick(PartyRole.values()));
    }
    party.addAllRoles(roles);
    if (chance(3)) {
      party.weight(decimal());
    }
    if (chance(3)) {
      party.displayName(text());
    }
    return party.build();
  }

  /** A party on the list, or now and then one not on it. */
  private PartyId anyParty() {
    if (partyIds.isEmpty() || chance(15)) {
      return PartyId.of(identifier("stranger"));
    }
    return pick(partyIds);
  }

  private PartyId partyOfKind(PartyKind kind) {
    for (Party party : parties) {
      if (party.kind() == kind && !chance(3)) {
        return party.id();
      }
    }
    return anyParty();
  }

  // ---------------------------------------------------------------------------------------------
  // Admission and meetings.

  private Optional<Admission> admission(Topic topic) {
    if (chance(8)) {
      return Optional.empty();
    }
    clock = later(clock);
    boolean admitted = topic.settledElsewhere().isPresent() ? chance(4) : !chance(8);
    Admission.Builder admission =
        new Admission.Builder()
            .status(admitted ? AdmissionStatus.ADMITTED : AdmissionStatus.REFUSED)
            .decidedAt(chance(10) ? around(clock) : clock);
    if (!admitted || topic.settledElsewhere().isPresent() ? !chance(6) : chance(6)) {
      admission.explanationToResidents(text());
    }
    if (topic.dispute().isPresent() ? !chance(5) : chance(20)) {
      admission.approval(Approval.of(chance(3) ? around(clock) : earlier(clock), text()));
    }
    return Optional.of(admission.build());
  }

  private LocalDate plannedDate() {
    LocalDate near = date(later(clock));
    if (near.equals(MAX_DATE) || near.equals(MIN_DATE) || chance(2)) {
      return near;
    }
    LocalDate eleventh = near.withDayOfMonth(11);
    return eleventh.isBefore(near) && near.getYear() < 9999 ? eleventh.plusMonths(1) : eleventh;
  }

  private Meeting meeting(Topic topic) {
    Instant start = next(later(clock));
    Instant end = shortlyAfter(start);
    clock = end;
    MeetingKind kind;
    if (chance(4)) {
      kind = pick(MeetingKind.values());
    } else if (topic.matterSize() == MatterSize.MAJOR) {
      kind = MeetingKind.REGULAR;
    } else if (topic.matterSize() == MatterSize.URGENT) {
      kind = MeetingKind.URGENT;
    } else {
      kind = pick(MeetingKind.SMALL, MeetingKind.ONLINE_MICRO, MeetingKind.REGULAR);
    }
    PartyId chair = partyOfKind(PartyKind.PARTY_ORGANISATION);
    Meeting.Builder meeting =
        new Meeting.Builder()
            .unit(chance(8) ? anyUnit() : deliberatingUnit)
            .kind(kind)
            .scheduledDate(chance(6) ? date(start) : localDate(start))
            .startedAt(start)
            .endedAt(end)
            .chair(chair)
            .recorder(anyParty());
    Set<PartyId> invited = new LinkedHashSet<>(subset(partyIds, 5));
    if (chance(6)) {
      invited.add(PartyId.of(identifier("guest")));
    }
    if (chance(3)) {
      invited.add(chair);
    }
    meeting.addAllInvited(invited);
    Set<PartyId> present = new LinkedHashSet<>();
    for (PartyId party : invited) {
      if (!chance(5)) {
        present.add(party);
      }
    }
    if (chance(5)) {
      present.add(anyParty());
    }
    for (PartyId party : present) {
      Instant at =
          chance(4)
              ? (garbage == Garbage.INSTANT ? around(start) : earlier(start))
              : between(start, end);
      meeting.addAttendance(
          chance(4) ? SignIn.withEvidence(party, at, text()) : SignIn.of(party, at));
    }
    meeting.addAllStages(stages(start, end));
    List<PartyId> speakers = new ArrayList<>(present);
    int turns = length(12);
    for (int i = 0; i < turns; i++) {
      meeting.addSpeakingTurn(
          SpeakingTurn.of(
              speakers.isEmpty() || chance(10) ? anyParty() : pick(speakers), turnDuration()));
    }
    if (chance(6)) {
      meeting.addConflict(ConflictOfInterest.of(anyParty(), text()));
    }
    Optional<Vote> vote =
        chance(4) ? Optional.empty() : Optional.of(vote(topic, start, end, present));
    meeting.vote(vote);
    if (!chance(4)) {
      meeting.result(
          chance(3) || vote.isEmpty()
              ? MeetingResult.of(text())
              : MeetingResult.of(text(), pick(Outcome.values())));
    }
    if (!chance(3)) {
      Instant from = chance(5) ? between(start, end) : later(end);
      Duration up =
          bound()
              ? MAX_DURATION
              : chance(4) ? Duration.ZERO : Duration.ofHours(1 + random.nextLong(24 * 14));
      meeting.publicity(Publicity.of(text(), from, plus(from, up)));
    }
    int problems = length(4);
    for (int i = 0; i < problems; i++) {
      Instant raised = between(start, end);
      meeting.addProblem(
          chance(2)
              ? RaisedProblem.solvedOnTheSpot(text(), raised)
              : RaisedProblem.pending(
                  text(), raised, chance(3) ? Optional.empty() : Optional.of(next(raised))));
    }
    return meeting.build();
  }

  /**
   * All the profile's stages in order, some of them, or all stages shuffled; times mostly in order.
   */
  private List<StageRecord> stages(Instant start, Instant end) {
    List<MeetingStage> stages;
    List<MeetingStage> expected =
        profile.meetingStages().isEmpty()
            ? List.of(MeetingStage.values())
            : profile.meetingStages();
    switch (random.nextInt(6)) {
      case 0:
        stages = List.of();
        break;
      case 1:
        stages = subset(expected, 3);
        break;
      case 2:
        stages = shuffled(List.of(MeetingStage.values()));
        break;
      default:
        stages = expected;
        break;
    }
    List<StageRecord> records = new ArrayList<>();
    Instant at = start;
    for (MeetingStage stage : stages) {
      at = chance(10) ? around(at) : between(at, end);
      records.add(StageRecord.of(stage, at, text()));
    }
    return records;
  }

  private Vote vote(Topic topic, Instant start, Instant end, Set<PartyId> present) {
    Optional<DecisionRule> expected = profile.decisionRule(topic);
    DecisionRule rule = expected.isEmpty() || chance(3) ? decisionRule(true) : expected.get();
    List<Voter> eligible = new ArrayList<>();
    for (Party party : subset(parties, 4)) {
      PartyKind kind = chance(15) ? pick(PartyKind.values()) : party.kind();
      BigDecimal weight = chance(10) ? decimal() : party.weight().orElse(BigDecimal.ONE);
      eligible.add(Voter.of(party.id(), kind, weight));
    }
    if (chance(8)) {
      eligible.add(Voter.of(PartyId.of(identifier("voter")), pick(PartyKind.values()), decimal()));
    }
    Vote.Builder vote =
        new Vote.Builder().rule(rule).addAllEligible(eligible).closedAt(between(start, end));
    // a show of hands counts heads only: a rule that weighs (floor area) needs ballots
    if (!rule.measuresWeight() && chance(4)) {
      int voters = 0;
      for (Voter voter : eligible) {
        if (!(rule instanceof RestrictedVote) || ((RestrictedVote) rule).kind() == voter.kind()) {
          voters++;
        }
      }
      int hands = voters == 0 ? 0 : random.nextInt(voters + 1);
      int yes = hands == 0 ? 0 : random.nextInt(hands + 1);
      int no = hands - yes == 0 ? 0 : random.nextInt(hands - yes + 1);
      vote.showOfHands(ShowOfHands.of(yes, no, hands - yes - no, anyParty()));
    } else {
      List<Ballot> ballots = new ArrayList<>();
      for (Voter voter : eligible) {
        if (!chance(6)) {
          ballots.add(Ballot.of(voter.party(), pick(Choice.values())));
        }
      }
      if (chance(8) && !ballots.isEmpty()) {
        ballots.add(Ballot.of(pick(ballots).party(), pick(Choice.values())));
      }
      if (chance(8)) {
        ballots.add(
            Ballot.of(
                chance(2) || present.isEmpty() ? anyParty() : pick(List.copyOf(present)),
                pick(Choice.values())));
      }
      vote.addAllBallots(chance(4) ? shuffled(ballots) : ballots);
    }
    return vote.build();
  }

  // ---------------------------------------------------------------------------------------------
  // Steps, outcome and what follows it.

  private List<StepEvent> steps(Instant raised) {
    List<String> ids = new ArrayList<>();
    if (profile.stepPlan().isPresent()) {
      for (Step step : profile.stepPlan().get().steps()) {
        ids.add(step.id());
      }
    }
    if (ids.isEmpty() && !chance(6)) {
      return List.of();
    }
    ids = subset(ids, 6);
    if (chance(8)) {
      ids = shuffled(ids);
    }
    if (chance(10)) {
      ids.add(random.nextInt(ids.size() + 1), identifier("step"));
    }
    List<StepEvent> steps = new ArrayList<>();
    Instant at = raised;
    for (String id : ids) {
      at = next(at);
      PartyId actor = anyParty();
      steps.add(
          chance(4)
              ? StepEvent.underWay(id, at, actor)
              : StepEvent.completed(id, at, later(at), actor));
    }
    return steps;
  }

  private OutcomeRecord outcome() {
    OutcomeKind kind = pick(OutcomeKind.values());
    clock = later(clock);
    Instant classified = clock;
    OutcomeRecord.Builder outcome =
        new OutcomeRecord.Builder()
            .kind(kind)
            .facts(chance(5) ? randomFacts() : facts(kind))
            .classifiedAt(classified);
    boolean carried = kind == OutcomeKind.IMMEDIATE || kind == OutcomeKind.COMMITTED;
    int duties =
        carried ? (chance(8) ? 0 : 1 + length(size >= LARGE ? 30 : 4)) : (chance(6) ? 1 : 0);
    Instant last = classified;
    for (int i = 0; i < duties; i++) {
      Duty.Builder duty = new Duty.Builder().id(identifier("duty")).description(text());
      if (!chance(5)) {
        duty.responsible(anyParty());
      }
      if (!chance(3)) {
        duty.measures(text());
      }
      if (!chance(4)) {
        duty.deadline(chance(6) ? around(classified) : later(later(classified)));
      }
      if (!chance(3)) {
        Instant done = chance(8) ? around(classified) : later(classified);
        last = done.isAfter(last) ? done : last;
        duty.completedAt(done);
        if (!chance(5)) {
          duty.completionRecord(text());
        }
      }
      if (chance(3)) {
        duty.kind(pick(DUTY_KINDS));
      }
      outcome.addDuty(duty.build());
    }
    if (kind == OutcomeKind.COMMITTED || chance(10)) {
      int reports = length(6);
      Instant at = classified;
      for (int i = 0; i < reports; i++) {
        at = later(at);
        outcome.addProgressReport(
            Publicity.of(text(), at, plus(at, Duration.ofDays(random.nextInt(30)))));
      }
    }
    if ((kind == OutcomeKind.SHELVED || kind == OutcomeKind.RECOMMENDATION)
        ? !chance(4)
        : chance(8)) {
      Instant from = later(classified);
      outcome.residentsNotice(
          Publicity.of(text(), from, plus(from, Duration.ofDays(random.nextInt(20)))));
    }
    if (kind == OutcomeKind.SHELVED && !chance(3)) {
      outcome.takeUpAgainOn(date(later(later(classified))));
    }
    if (kind == OutcomeKind.RECOMMENDATION) {
      if (!chance(3)) {
        outcome.proposedSolution(text());
      }
      if (chance(3)) {
        outcome.solvedAt(chance(5) ? around(classified) : later(classified));
      }
    }
    clock = last;
    return outcome.build();
  }

  /** Facts that lead to the kind. */
  private OutcomeFacts facts(OutcomeKind kind) {
    OutcomeFacts.Builder facts =
        new OutcomeFacts.Builder()
            .agreementReached(
                kind == OutcomeKind.IMMEDIATE
                    || kind == OutcomeKind.COMMITTED
                    || (kind == OutcomeKind.RECOMMENDATION && random.nextBoolean()))
            .withinPowers(kind != OutcomeKind.RECOMMENDATION)
            .roundsHeld(kind == OutcomeKind.SHELVED ? smallCount(4) : 1 + random.nextInt(2))
            .disagreement(
                kind == OutcomeKind.SHELVED
                    ? pick(Disagreement.MODERATE, Disagreement.DEEP)
                    : pick(Disagreement.values()))
            .wideScopeOrComplexCauses(random.nextBoolean());
    if (kind == OutcomeKind.COMMITTED) {
      int factors = 1 + length(3);
      for (int i = 0; i < factors; i++) {
        facts.addBlockingFactor(text());
      }
    }
    return facts.build();
  }

  private OutcomeFacts randomFacts() {
    OutcomeFacts.Builder facts =
        new OutcomeFacts.Builder()
            .agreementReached(random.nextBoolean())
            .withinPowers(random.nextBoolean())
            .roundsHeld(smallCount(6))
            .disagreement(pick(Disagreement.values()))
            .wideScopeOrComplexCauses(random.nextBoolean());
    int factors = length(size >= LARGE ? 40 : 3);
    for (int i = 0; i < factors; i++) {
      facts.addBlockingFactor(text());
    }
    return facts.build();
  }

  private List<Supervision> supervision() {
    int count = length(size >= LARGE ? 20 : 5);
    List<Supervision> supervision = new ArrayList<>();
    Instant at = earlier(clock);
    for (int i = 0; i < count; i++) {
      at = next(at);
      PartyId supervisor =
          profile.supervisorKinds().isEmpty() || chance(4)
              ? anyParty()
              : partyOfKind(pick(List.copyOf(profile.supervisorKinds())));
      supervision.add(Supervision.of(pick(SupervisionPhase.values()), supervisor, at, text()));
    }
    return supervision;
  }

  private List<Escalation> escalations(Optional<OutcomeRecord> outcome) {
    boolean recommendation =
        outcome.isPresent() && outcome.get().kind() == OutcomeKind.RECOMMENDATION;
    int count = recommendation ? (chance(5) ? 0 : 1 + length(2)) : (chance(10) ? 1 : 0);
    List<Escalation> escalations = new ArrayList<>();
    Instant at = clock;
    for (int i = 0; i < count; i++) {
      at = next(at);
      UnitId from = chance(6) ? anyUnit() : deliberatingUnit;
      UnitId to = anyUnit();
      for (AdministrativeUnit unit : units) {
        if (unit.id().equals(from) && unit.parent().isPresent() && !chance(4)) {
          to = unit.parent().get();
        }
      }
      Escalation.Builder escalation =
          new Escalation.Builder()
              .fromUnit(from)
              .toUnit(to)
              .reason(text())
              .escalatedAt(at)
              .deadline(later(later(at)));
      if (!chance(3)) {
        escalation.follower(anyParty());
      }
      int followUps = length(5);
      Instant follow = at;
      for (int k = 0; k < followUps; k++) {
        follow = later(follow);
        escalation.addFollowUp(FollowUp.of(follow, text()));
      }
      if (chance(2)) {
        escalation.resolvedAt(chance(6) ? next(at) : later(follow));
      }
      escalations.add(escalation.build());
    }
    return escalations;
  }

  private List<Revisit> revisits() {
    int count = length(3);
    List<Revisit> revisits = new ArrayList<>();
    Instant at = clock;
    for (int i = 0; i < count; i++) {
      at = next(at);
      revisits.add(Revisit.of(at, anyParty(), text()));
    }
    return revisits;
  }

  private List<Appraisal> appraisals() {
    int count = length(size >= LARGE ? 40 : 4);
    List<Appraisal> appraisals = new ArrayList<>();
    Instant at = clock;
    for (int i = 0; i < count; i++) {
      at = next(at);
      int score;
      if (bound()) {
        boolean max = random.nextBoolean();
        drawn.add(max ? Bound.INT_MAX : Bound.INT_MIN);
        score = max ? Integer.MAX_VALUE : Integer.MIN_VALUE;
      } else {
        score = chance(10) ? random.nextInt(-3, 12) : 1 + random.nextInt(5);
      }
      appraisals.add(Appraisal.of(at, anyParty(), score));
    }
    return appraisals;
  }

  private List<Reopening> reopenings() {
    int count = chance(4) ? length(3) : 0;
    List<Reopening> reopenings = new ArrayList<>();
    Instant at = clock;
    for (int i = 0; i < count; i++) {
      at = next(at);
      reopenings.add(Reopening.of(at, text()));
    }
    return reopenings;
  }

  /** Risk assessments: by any party (listed or not), at any level, with or without measures. */
  private List<RiskAssessment> riskAssessments() {
    int count = chance(3) ? length(3) : 0;
    List<RiskAssessment> assessments = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      RiskAssessment.Builder assessment =
          new RiskAssessment.Builder()
              .assessor(anyParty())
              .assessedAt(around(clock))
              .level(pick(RiskLevel.values()))
              .findings(text());
      int measures = chance(3) ? 0 : length(3);
      for (int m = 0; m < measures; m++) {
        assessment.addMeasures(text());
      }
      assessments.add(assessment.build());
    }
    return assessments;
  }

  /** Acts of the party organisation: any kind, by a party organisation (now and then another party). */
  private List<PartyOrganisationAct> partyActs() {
    int count = chance(3) ? length(4) : 0;
    List<PartyOrganisationAct> acts = new ArrayList<>();
    Instant at = clock;
    for (int i = 0; i < count; i++) {
      at = chance(2) ? at : next(at);
      PartyActKind kind = pick(PartyActKind.values());
      PartyId actor = partyOfKind(PartyKind.PARTY_ORGANISATION);
      acts.add(
          kind == PartyActKind.NAMED_ORGANISER
              ? PartyOrganisationAct.namedOrganiser(actor, at, anyParty())
              : PartyOrganisationAct.of(kind, actor, at));
    }
    return acts;
  }

  private Optional<HotlineCase> hotlineCase(Topic topic) {
    boolean fromHotline = topic.source().kind() == SourceKind.HOTLINE_12345;
    if (fromHotline ? chance(5) : !chance(20)) {
      return Optional.empty();
    }
    Instant received = earlier(topic.raisedAt());
    HotlineCase.Builder hotline =
        new HotlineCase.Builder()
            .ticketId(fromHotline && !chance(6) ? topic.source().reference().get() : identifier("ticket"))
            .receivedAt(received)
            .firstContact(anyParty());
    Set<PartyId> departments = new LinkedHashSet<>();
    int count = 1 + length(3);
    for (int i = 0; i < count; i++) {
      departments.add(partyOfKind(PartyKind.GOVERNMENT_DEPARTMENT));
    }
    hotline.addAllDepartments(departments);
    if (!chance(4)) {
      hotline.forwardedAt(next(received));
    }
    if (chance(2)) {
      hotline.coordinationConvenedAt(next(received));
    }
    if (!chance(3)) {
      hotline.repliedAt(next(received));
    }
    if (chance(2)) {
      hotline.handledAt(next(received));
    }
    return Optional.of(hotline.build());
  }

  // ---------------------------------------------------------------------------------------------
  // Events: the story of the record, mostly fitting the state machine, sometimes not.

  private List<DeliberationEvent> events(Deliberation record) {
    List<DeliberationEvent> events = new ArrayList<>();
    Instant at = record.topic().raisedAt();
    events.add(DeliberationEvent.of(EventType.TOPIC_RAISED, at, anyParty()));
    if (record.admission().isPresent()) {
      Admission admission = record.admission().get();
      at =
          latest(
              at,
              garbage == Garbage.INSTANT ? around(admission.decidedAt()) : admission.decidedAt());
      events.add(
          DeliberationEvent.of(
              admission.isAdmitted() ? EventType.ADMITTED : EventType.REFUSED, at, anyParty()));
      if (admission.isAdmitted()) {
        events.add(DeliberationEvent.of(EventType.PARTIES_IDENTIFIED, at, anyParty()));
      }
    }
    for (Meeting meeting : record.meetings()) {
      at = latest(at, meeting.endedAt());
      events.add(DeliberationEvent.of(EventType.MEETING_HELD, at, anyParty()));
    }
    if (record.outcome().isPresent()) {
      OutcomeRecord outcome = record.outcome().get();
      at = latest(at, outcome.classifiedAt());
      if (outcome.kind() == OutcomeKind.IMMEDIATE
          || outcome.kind() == OutcomeKind.COMMITTED
          || chance(3)) {
        events.add(DeliberationEvent.of(EventType.DECISION_MADE, at, anyParty()));
      }
      events.add(DeliberationEvent.classified(outcome.kind(), at, anyParty()));
      for (int i = 0; i < outcome.duties().size(); i++) {
        events.add(DeliberationEvent.of(EventType.DUTY_ASSIGNED, at, anyParty()));
      }
      for (Publicity report : outcome.progressReports()) {
        at = latest(at, report.from());
        events.add(DeliberationEvent.of(EventType.PROGRESS_PUBLISHED, at, anyParty()));
      }
      for (Escalation escalation : record.escalations()) {
        at = latest(at, escalation.escalatedAt());
        events.add(DeliberationEvent.of(EventType.ESCALATED, at, anyParty()));
      }
      if (outcome.completedAt().isPresent()) {
        at = latest(at, outcome.completedAt().get());
        events.add(DeliberationEvent.of(EventType.COMPLETED, at, anyParty()));
      }
      for (Revisit revisit : record.revisits()) {
        at = latest(at, revisit.at());
        events.add(DeliberationEvent.of(EventType.REVISITED, at, anyParty()));
      }
      for (Appraisal appraisal : record.appraisals()) {
        at = latest(at, appraisal.at());
        events.add(DeliberationEvent.of(EventType.APPRAISED, at, anyParty()));
      }
      for (Reopening reopening : record.reopenings()) {
        at = latest(at, reopening.at());
        events.add(DeliberationEvent.of(EventType.REOPENED, at, anyParty()));
      }
    }
    int extra = size >= LARGE ? random.nextInt(40) : 0;
    for (int i = 0; i < extra; i++) {
      events.add(DeliberationEvent.of(EventType.MEETING_HELD, at, anyParty()));
    }
    if (chance(3) && !events.isEmpty()) {
      switch (random.nextInt(5)) {
        case 0:
          events.remove(random.nextInt(events.size()));
          break;
        case 1:
          Collections.swap(events, random.nextInt(events.size()), random.nextInt(events.size()));
          break;
        case 2:
          EventType type = pick(EventType.values());
          events.add(
              random.nextInt(events.size() + 1),
              type == EventType.OUTCOME_CLASSIFIED
                  ? DeliberationEvent.classified(pick(OutcomeKind.values()), around(at), anyParty())
                  : DeliberationEvent.of(type, around(at), anyParty()));
          break;
        case 3:
          events.add(
              DeliberationEvent.of(
                  EventType.TOPIC_RAISED, earlier(record.topic().raisedAt()), anyParty()));
          break;
        default:
          return shuffled(events);
      }
    }
    return events;
  }

  private static Instant latest(Instant a, Instant b) {
    return b.isAfter(a) ? b : a;
  }

  // ---------------------------------------------------------------------------------------------
  // What the record is judged with: calendars, instants, dates, cadences.

  private WorkCalendar calendar(List<LocalDate> dates) {
    int kind = random.nextInt(40);
    if (kind == 0) {
      drawn.add(Bound.CALENDAR_WITHOUT_WORKING_DAYS);
      return date -> false;
    }
    if (kind == 1) {
      return date -> true;
    }
    if (kind < 8) {
      return WorkCalendar.weekendsOnly();
    }
    Set<LocalDate> holidays = new LinkedHashSet<>();
    Set<LocalDate> workingDays = new LinkedHashSet<>();
    if (kind == 2) {
      // more than a year without a working day around one of the record's dates
      drawn.add(Bound.CALENDAR_WITHOUT_WORKING_DAYS);
      LocalDate first = pick(dates).minusDays(random.nextInt(400));
      for (int i = 0; i < 400; i++) {
        holidays.add(first.plusDays(i));
      }
    }
    for (LocalDate date : dates) {
      if (chance(3)) {
        holidays.add(date);
      } else if (chance(4) && date.isBefore(MAX_DATE)) {
        workingDays.add(date.plusDays(1));
      }
    }
    if (chance(4)) {
      holidays.add(MIN_DATE);
      holidays.add(MAX_DATE);
      drawn.add(Bound.DATE_MIN);
      drawn.add(Bound.DATE_MAX);
    }
    workingDays.removeAll(holidays);
    return WorkCalendar.of(holidays, workingDays);
  }

  private List<Instant> nows(Deliberation record) {
    List<Instant> nows = new ArrayList<>();
    nows.add(MIN_INSTANT);
    nows.add(MAX_INSTANT);
    nows.add(record.topic().raisedAt());
    Instant end = clock.isAfter(MAX_INSTANT) || clock.isBefore(MIN_INSTANT) ? MAX_INSTANT : clock;
    nows.add(later(end));
    nows.add(
        between(
            record.topic().raisedAt().isBefore(MIN_INSTANT)
                ? MIN_INSTANT
                : record.topic().raisedAt(),
            MAX_INSTANT));
    return nows;
  }

  private List<LocalDate> dates(Deliberation record) {
    Set<LocalDate> dates = new LinkedHashSet<>();
    dates.add(MIN_DATE);
    dates.add(MAX_DATE);
    dates.add(MIN_DATE.plusDays(random.nextInt(40)));
    dates.add(MAX_DATE.minusDays(random.nextInt(40)));
    record.plannedMeetingDate().ifPresent(dates::add);
    for (Meeting meeting : record.meetings()) {
      dates.add(meeting.scheduledDate());
    }
    dates.add(localDate(record.topic().raisedAt()));
    return new ArrayList<>(dates);
  }

  private List<Cadence> cadences() {
    List<Cadence> cadences = new ArrayList<>();
    for (TierRule tier : profile.tiers()) {
      cadences.add(tier.cadence());
    }
    cadences.add(cadence());
    cadences.add(cadence());
    return cadences;
  }
}
