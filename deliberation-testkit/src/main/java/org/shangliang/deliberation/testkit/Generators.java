package org.shangliang.deliberation.testkit;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
import org.shangliang.deliberation.decision.Participation;
import org.shangliang.deliberation.decision.Quorum;
import org.shangliang.deliberation.decision.RestrictedVote;
import org.shangliang.deliberation.decision.Threshold;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.party.HouseholdLink;
import org.shangliang.deliberation.party.HouseholdLinks;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.party.PartyRole;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.tier.HolidayCalendar;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;

/**
 * Generators of the model's pieces, for test authors who want one piece on its own and for {@link
 * Scenarios}, which composes them: unit trees, work calendars, fractions, quorums, decision rules of
 * every kind, parties and party lists, voters and ballots. Each is a pure function of its random
 * source and size ({@link Gen}); the Javadoc of each says what the size bounds. {@link
 * #province(long, int)}, a large unit tree for many scenarios to share, is a function of a seed and
 * a count of units. Every value they
 * make is accepted by the model (never an {@link org.shangliang.deliberation.InvalidModelException}).
 */
public final class Generators {
  /** Kinds of party a filler of a party list may have (never {@link PartyKind#OTHER}). */
  private static final List<PartyKind> RESIDENT_KINDS =
      List.of(
          PartyKind.STAKEHOLDER,
          PartyKind.RESIDENT_REPRESENTATIVE,
          PartyKind.PARTY_MEMBER_REPRESENTATIVE,
          PartyKind.STAKEHOLDER,
          PartyKind.RESIDENT_UNIT,
          PartyKind.SOCIAL_ORGANISATION,
          PartyKind.EXPERT,
          PartyKind.GRID_WORKER);

  /**
   * The share of a province's units at each level, city first: one city, 8 districts, 48
   * sub-districts, 240 communities, 720 grids, 2160 courtyards.
   */
  private static final int[] PROVINCE_SHARES = {1, 8, 48, 240, 720, 2160};

  private Generators() {}

  /**
   * Unit trees for the levels of a profile's tiers: one tree whose root is at the highest of them
   * and in which every path from the root down to a leaf passes through every tier level (levels
   * without a tier may be inserted between them, as places skip or add levels), sometimes with a
   * second, separate root (another city). Every tier level therefore has a unit, and every unit
   * below the top has an ancestor at every higher tier level.
   *
   * @param profile the profile whose tier levels the tree uses; it must have at least one tier
   * @return the generator; the size bounds how many units the tree has: at most {@code 16 + size /
   *     4}, and never more than 120
   * @throws IllegalArgumentException if the profile has no tier
   */
  public static Gen<Jurisdiction> jurisdictions(Profile profile) {
    Objects.requireNonNull(profile, "profile");
    Set<TierLevel> levels = EnumSet.noneOf(TierLevel.class);
    for (TierRule tier : profile.tiers()) {
      levels.add(tier.level());
    }
    if (levels.isEmpty()) {
      throw new IllegalArgumentException(
          "profile: must have at least one tier, was " + profile.id() + " with none");
    }
    return jurisdictions(levels);
  }

  /**
   * Unit trees through the given levels (see {@link #jurisdictions(Profile)}).
   *
   * @param tierLevels the levels every root-to-leaf path passes through, at least one
   * @return the generator; the size bounds how many units the tree has: at most {@code 16 + size /
   *     4}, and never more than 120
   * @throws IllegalArgumentException if no level is given
   */
  public static Gen<Jurisdiction> jurisdictions(Collection<TierLevel> tierLevels) {
    Set<TierLevel> required = EnumSet.noneOf(TierLevel.class);
    required.addAll(tierLevels);
    if (required.isEmpty()) {
      throw new IllegalArgumentException("tierLevels: must hold at least one level, was empty");
    }
    TreeSet<TierLevel> sorted = new TreeSet<>(required);
    TierLevel top = sorted.last();
    TierLevel bottom = sorted.first();
    TierLevel[] all = TierLevel.values();
    return (random, size) -> {
      // the levels of the tree, top first: the required ones and now and then one in between
      List<TierLevel> chain = new ArrayList<>();
      for (int i = top.ordinal(); i >= 0; i--) {
        TierLevel level = all[i];
        boolean below = level.compareTo(bottom) < 0;
        if (required.contains(level) || (!below && random.nextInt(4) == 0)) {
          chain.add(level);
        }
      }
      // at most 7 units are needed (a path through at most 6 levels and a second root): cap >= 16
      int cap = Math.min(120, 16 + size / 4);
      List<AdministrativeUnit> units = new ArrayList<>();
      List<AdministrativeUnit> frontier = new ArrayList<>();
      AdministrativeUnit root =
          AdministrativeUnit.root(unitId(chain.get(0), 1), chain.get(0), unitName(chain.get(0), 1));
      units.add(root);
      frontier.add(root);
      int[] counters = new int[all.length];
      counters[chain.get(0).ordinal()] = 1;
      for (int depth = 1; depth < chain.size(); depth++) {
        TierLevel level = chain.get(depth);
        // a child at this depth brings a path of `path` units down to the bottom level with it
        int path = chain.size() - depth;
        List<AdministrativeUnit> next = new ArrayList<>();
        for (int p = 0; p < frontier.size(); p++) {
          AdministrativeUnit parent = frontier.get(p);
          // owed: a path for each parent after this one, the rest of the path below each child
          // placed at this depth, and the place of a second root
          int owed = (frontier.size() - 1 - p) * path + next.size() * (path - 1) + 1;
          int affordable = (cap - units.size() - owed) / path;
          int children = 1 + (affordable > 1 ? Math.min(affordable - 1, random.nextInt(3)) : 0);
          for (int c = 0; c < children; c++) {
            int n = ++counters[level.ordinal()];
            AdministrativeUnit child =
                AdministrativeUnit.of(unitId(level, n), level, unitName(level, n), parent.id());
            units.add(child);
            next.add(child);
          }
        }
        frontier = next;
      }
      if (random.nextInt(4) == 0) {
        int n = ++counters[chain.get(0).ordinal()];
        units.add(AdministrativeUnit.root(unitId(chain.get(0), n), chain.get(0), unitName(chain.get(0), n)));
      }
      return Jurisdiction.of(units);
    };
  }

  /**
   * A province-like unit tree of exactly {@code units} units, for many records to share (see {@link
   * ScenarioGen#over}): cities at the top, then districts, sub-districts, communities, grids and
   * courtyards, every level of {@link TierLevel} on every path from a city down to a courtyard, so
   * that it serves any profile's tiers. The units are shared out among the levels roughly as in a
   * province (about 8 districts a city, 6 sub-districts a district, 5 communities a sub-district, 3
   * grids a community and 3 courtyards a grid: at 5,000 units, 1 city, 12 districts, 75
   * sub-districts, 377 communities, 1,133 grids and 3,402 courtyards); each unit below the top has
   * a parent drawn at random among the units one level up, every one of which gets at least one
   * child, so the units under a parent vary in number. Ids are the level and a number ({@code
   * city-1}, {@code district-12}, {@code sub-district-40} …, numbered from 1 at each level, parents
   * before children), names the level's Chinese name and the number; the units are listed level by
   * level from the top.
   *
   * <p>The same seed and count always give the same tree. Unlike {@link #jurisdictions}, which caps
   * a tree at 120 units, it has as many as asked: time and memory are linear in the count.
   *
   * @param seed the seed
   * @param units how many units, from 6 (one path from a city to a courtyard) to 10,000,000
   * @return the tree
   * @throws IllegalArgumentException if {@code units} is out of range
   */
  public static Jurisdiction province(long seed, int units) {
    if (units < PROVINCE_SHARES.length || units > 10_000_000) {
      throw new IllegalArgumentException(
          "units: must be from " + PROVINCE_SHARES.length + " to 10000000, was " + units);
    }
    TierLevel[] levels = TierLevel.values();
    // units per level, top (city) first: the level's share of the count (rounded down), at least
    // as many as the level above (each unit there needs a child) and few enough that each level
    // below can have as many; the courtyards take the rest
    int[] counts = new int[levels.length];
    long total = 0;
    for (int share : PROVINCE_SHARES) {
      total += share;
    }
    int placed = 0;
    for (int i = 0; i < levels.length - 1; i++) {
      long share = (long) units * PROVINCE_SHARES[i] / total;
      int least = i == 0 ? 1 : counts[i - 1];
      int most = (units - placed) / (levels.length - i);
      int count = (int) Math.min(most, Math.max(least, share));
      counts[i] = count;
      placed += count;
    }
    counts[levels.length - 1] = units - placed;
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    List<AdministrativeUnit> tree = new ArrayList<>(units);
    List<AdministrativeUnit> above = new ArrayList<>();
    for (int i = 0; i < levels.length; i++) {
      TierLevel level = levels[levels.length - 1 - i];
      List<AdministrativeUnit> here = new ArrayList<>(counts[i]);
      for (int n = 1; n <= counts[i]; n++) {
        AdministrativeUnit unit;
        if (above.isEmpty()) {
          unit = AdministrativeUnit.root(unitId(level, n), level, unitName(level, n));
        } else {
          // the first children go one to each parent; the others to parents drawn at random
          int parent = n <= above.size() ? n - 1 : random.nextInt(above.size());
          unit = AdministrativeUnit.of(unitId(level, n), level, unitName(level, n), above.get(parent).id());
        }
        here.add(unit);
      }
      tree.addAll(here);
      above = here;
    }
    return Jurisdiction.of(tree);
  }

  private static UnitId unitId(TierLevel level, int n) {
    return UnitId.of(level.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + n);
  }

  private static String unitName(TierLevel level, int n) {
    return level.label().zh() + " " + n;
  }

  /**
   * Work calendars over a span of years: in each year a seven-day spring holiday in late January or
   * February and the national-day week from 1 October, each with one or two make-up working days on
   * a nearby weekend (调休), and two to four single holidays on weekdays. Every calendar leaves working
   * days in every week but the holiday weeks.
   *
   * @param fromYear the first year, 1 to 9999
   * @param toYear the last year, {@code fromYear} to 9999
   * @return the generator; the size plays no part
   * @throws IllegalArgumentException if the years are out of range or reversed
   */
  public static Gen<HolidayCalendar> workCalendars(int fromYear, int toYear) {
    if (fromYear < 1 || toYear > 9999 || toYear < fromYear) {
      throw new IllegalArgumentException(
          "years: must satisfy 1 <= fromYear <= toYear <= 9999, were " + fromYear + " and " + toYear);
    }
    return (random, size) -> {
      Set<LocalDate> holidays = new TreeSet<>();
      Set<LocalDate> makeUp = new TreeSet<>();
      for (int year = fromYear; year <= toYear; year++) {
        LocalDate spring = LocalDate.of(year, 1, 21).plusDays(random.nextInt(28));
        holidayWeek(random, spring, holidays, makeUp);
        holidayWeek(random, LocalDate.of(year, 10, 1), holidays, makeUp);
        int singles = 2 + random.nextInt(3);
        for (int i = 0; i < singles; i++) {
          // a day from March to mid-September, moved on to the next weekday not yet a holiday
          LocalDate day = LocalDate.of(year, 3, 1).plusDays(random.nextInt(200));
          while (day.getDayOfWeek() == DayOfWeek.SATURDAY
              || day.getDayOfWeek() == DayOfWeek.SUNDAY
              || holidays.contains(day)) {
            day = day.plusDays(1);
          }
          holidays.add(day);
        }
      }
      return HolidayCalendar.of(holidays, makeUp);
    };
  }

  private static void holidayWeek(
      RandomGenerator random, LocalDate first, Set<LocalDate> holidays, Set<LocalDate> makeUp) {
    for (int d = 0; d < 7; d++) {
      holidays.add(first.plusDays(d));
    }
    int wanted = 1 + random.nextInt(2);
    for (int d = 1; d <= 10 && wanted > 0; d++) {
      LocalDate[] near = {first.minusDays(d), first.plusDays(6 + d)};
      for (LocalDate day : near) {
        DayOfWeek dow = day.getDayOfWeek();
        if (wanted > 0
            && (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY)
            && !holidays.contains(day)
            && day.getYear() >= 1
            && day.getYear() <= 9999) {
          makeUp.add(day);
          wanted--;
        }
      }
    }
  }

  /**
   * Fractions p/q with q from 1 to 6 and p from 1 to q.
   *
   * @return the generator; the size plays no part
   */
  public static Gen<Fraction> fractions() {
    return (random, size) -> {
      int q = 1 + random.nextInt(6);
      return Fraction.of(1 + random.nextInt(q), q);
    };
  }

  /**
   * Fractions from one half to three quarters: the thresholds of majorities (1/2, 3/5, 2/3, 3/4).
   *
   * @return the generator; the size plays no part
   */
  public static Gen<Fraction> majorityFractions() {
    return Gen.elements(Fraction.half(), Fraction.of(3, 5), Fraction.of(2, 3), Fraction.of(3, 4));
  }

  /**
   * Quorums that some sign-ins meet: a fraction of the invited (strict only below one), a minimum
   * count, or both.
   *
   * @return the generator; the size bounds the minimum count (at most {@code 1 + size / 4}, at most
   *     10)
   */
  public static Gen<Quorum> quorums() {
    return (random, size) -> {
      Quorum.Builder quorum = new Quorum.Builder();
      int form = random.nextInt(3);
      if (form != 1) {
        Fraction fraction = majorityFractions().generate(random, size);
        quorum.fraction(fraction).strict(random.nextInt(4) == 0);
      }
      if (form != 0) {
        quorum.minimumCount(1 + random.nextInt(Math.min(10, 1 + size / 4)));
      }
      return quorum.build();
    };
  }

  /**
   * Consensus rules: one to three NO votes block; sometimes a participation threshold on headcount.
   *
   * @return the generator; the size plays no part
   */
  public static Gen<Consensus> consensusRules() {
    return (random, size) -> {
      Consensus.Builder rule = new Consensus.Builder().blockingNoCount(1 + random.nextInt(3));
      if (random.nextInt(3) == 0) {
        rule.participation(participation(random, Measure.HEADCOUNT));
      }
      return rule.build();
    };
  }

  /**
   * Majority rules on headcount: simple (more than half) or super (1/2 to 3/4, strict or not) over a
   * base (cast, decisive, present or eligible), sometimes with a participation threshold and a
   * minimum number of yes votes.
   *
   * @return the generator; the size bounds the minimum of yes votes (at most {@code size / 5}, at
   *     most 3)
   */
  public static Gen<MajorityRule> majorityRules() {
    return (random, size) -> majority(random, size, Measure.HEADCOUNT);
  }

  private static MajorityRule majority(RandomGenerator random, int size, Measure measure) {
    Base base = Base.values()[random.nextInt(Base.values().length)];
    Fraction fraction =
        random.nextBoolean() ? Fraction.half() : majorityFractions().generate(random, size);
    boolean strict = fraction.equals(Fraction.half()) || random.nextInt(3) == 0;
    MajorityRule.Builder rule =
        new MajorityRule.Builder().approval(Threshold.of(fraction, strict, base, measure));
    if (random.nextInt(3) == 0) {
      rule.participation(participation(random, measure));
    }
    int maxYes = Math.min(3, size / 5);
    if (measure == Measure.HEADCOUNT && maxYes > 0 && random.nextInt(3) == 0) {
      rule.minimumYes(BigDecimal.valueOf(1 + random.nextInt(maxYes)));
    }
    return rule.build();
  }

  private static Participation participation(RandomGenerator random, Measure measure) {
    return Participation.of(
        Gen.elements(Fraction.of(1, 3), Fraction.half(), Fraction.of(2, 3)).generate(random, 0),
        false,
        measure);
  }

  /**
   * Double thresholds: a headcount majority and a floor-area majority that must both pass, each with
   * a participation threshold at times (the shape of owners' decisions).
   *
   * @return the generator; the size bounds the minimum of yes votes on headcount as in {@link
   *     #majorityRules()}
   */
  public static Gen<DoubleThreshold> doubleThresholds() {
    return (random, size) ->
        DoubleThreshold.of(
            majority(random, size, Measure.HEADCOUNT), majority(random, 0, Measure.WEIGHT));
  }

  /**
   * Votes restricted to one party kind (e.g. people's-congress deputies, 人大代表票决), decided among
   * them by a consensus, majority or double-threshold rule.
   *
   * @param kinds the kinds the vote may be restricted to, at least one
   * @return the generator; the size bounds the inner rule as in {@link #majorityRules()}
   * @throws IllegalArgumentException if no kind is given
   */
  public static Gen<RestrictedVote> restrictedVotes(Collection<PartyKind> kinds) {
    Gen<PartyKind> kind = Gen.elements(kinds);
    Gen<DecisionRule> inner =
        Gen.oneOf(consensusRules(), majorityRules(), majorityRules(), doubleThresholds());
    return (random, size) -> RestrictedVote.of(kind.generate(random, size), inner.generate(random, size));
  }

  /**
   * Decision rules of one kind.
   *
   * @param kind the kind
   * @param weighed whether the rule may measure floor area; {@code false} for a rule a show of
   *     hands can decide (then {@link Shape.RuleKind#DOUBLE_THRESHOLD} has none)
   * @return the generator; the size as in {@link #majorityRules()}
   * @throws IllegalArgumentException for a double threshold that may not measure floor area
   */
  public static Gen<DecisionRule> decisionRules(Shape.RuleKind kind, boolean weighed) {
    Objects.requireNonNull(kind, "kind");
    switch (kind) {
      case CONSENSUS:
        return consensusRules().map(r -> r);
      case MAJORITY:
        return majorityRules().map(r -> r);
      case DOUBLE_THRESHOLD:
        if (!weighed) {
          throw new IllegalArgumentException(
              "kind: a double threshold measures floor area, which was not allowed");
        }
        return doubleThresholds().map(r -> r);
      case RESTRICTED:
      default:
        Gen<RestrictedVote> restricted = restrictedVotes(List.of(PartyKind.PEOPLES_CONGRESS_DEPUTY, PartyKind.RESIDENT_REPRESENTATIVE, PartyKind.STAKEHOLDER));
        return weighed ? restricted.map(r -> r) : restricted.filter(r -> !r.measuresWeight()).map(r -> r);
    }
  }

  /**
   * Decision rules of every kind: consensus, majorities, double thresholds and restricted votes.
   *
   * @param weighed whether a rule may measure floor area
   * @return the generator; the size as in {@link #majorityRules()}
   */
  public static Gen<DecisionRule> decisionRules(boolean weighed) {
    List<Shape.RuleKind> kinds = new ArrayList<>(List.of(Shape.RuleKind.values()));
    if (!weighed) {
      kinds.remove(Shape.RuleKind.DOUBLE_THRESHOLD);
    }
    return Gen.elements(kinds).flatMap(kind -> decisionRules(kind, weighed));
  }

  /**
   * Floor areas of homes, 30.00 to 200.00 m² (the weights of owners).
   *
   * @return the generator; the size plays no part
   */
  public static Gen<BigDecimal> floorAreas() {
    return (random, size) -> BigDecimal.valueOf(3000 + random.nextInt(17_001), 2);
  }

  /**
   * Resident parties in given units: stakeholders (owners, with their floor area as weight),
   * resident and party-member representatives, resident units, social organisations, experts and
   * grid workers, all deliberators, with ids {@code prefix-1}, {@code prefix-2} ….
   *
   * @param prefix the ids' prefix, an identifier without white space
   * @param units the units the parties belong to, at least one
   * @return the generator; the size is the number of parties
   * @throws IllegalArgumentException if no unit is given
   */
  public static Gen<List<Party>> residents(String prefix, List<UnitId> units) {
    Objects.requireNonNull(prefix, "prefix");
    Gen<UnitId> unit = Gen.elements(units);
    return (random, size) -> {
      List<Party> parties = new ArrayList<>(size);
      for (int i = 1; i <= size; i++) {
        PartyKind kind = RESIDENT_KINDS.get(random.nextInt(RESIDENT_KINDS.size()));
        Party.Builder party =
            new Party.Builder()
                .id(PartyId.of(prefix + "-" + i))
                .kind(kind)
                .unit(unit.generate(random, size))
                .addRole(PartyRole.DELIBERATOR);
        if (kind == PartyKind.STAKEHOLDER) {
          party.weight(floorAreas().generate(random, size));
        }
        parties.add(party.build());
      }
      return parties;
    };
  }

  /**
   * Party lists of residents in given units (see {@link #residents(String, List)}).
   *
   * @param units the units the parties belong to, at least one
   * @return the generator; the size is the number of parties
   */
  public static Gen<PartyList> partyLists(List<UnitId> units) {
    return residents("p", units).map(PartyList::of);
  }

  /**
   * The eligible voters of a list of parties: each party with its kind and its listed weight (1
   * where the list gives none), as {@code meeting.vote.voter-mismatch} wants them.
   *
   * @param parties the parties
   * @return the voters, in the parties' order
   */
  public static List<Voter> voters(List<Party> parties) {
    List<Voter> voters = new ArrayList<>(parties.size());
    for (Party party : parties) {
      voters.add(Voter.of(party.id(), party.kind(), party.weight().orElse(BigDecimal.ONE)));
    }
    return voters;
  }

  /**
   * Ballots of some voters: each voter casts at most one ballot, with a probability of {@code
   * turnoutPercent}, YES with a probability of {@code yesPercent} and otherwise NO or ABSTAIN.
   *
   * @param voters who may vote, each at most once
   * @param turnoutPercent the chance a voter casts a ballot, 0 to 100
   * @param yesPercent the chance a ballot is YES, 0 to 100
   * @return the generator of ballots in the voters' order; the size plays no part (the voters bound
   *     the ballots)
   * @throws IllegalArgumentException if a percentage is outside 0 to 100
   */
  public static Gen<List<Ballot>> ballots(List<PartyId> voters, int turnoutPercent, int yesPercent) {
    if (turnoutPercent < 0 || turnoutPercent > 100 || yesPercent < 0 || yesPercent > 100) {
      throw new IllegalArgumentException(
          "percentages: must be 0 to 100, were turnout " + turnoutPercent + ", yes " + yesPercent);
    }
    List<PartyId> copy = List.copyOf(voters);
    return (random, size) -> {
      List<Ballot> ballots = new ArrayList<>(copy.size());
      for (PartyId voter : copy) {
        if (random.nextInt(100) < turnoutPercent) {
          Choice choice =
              random.nextInt(100) < yesPercent
                  ? Choice.YES
                  : random.nextInt(4) == 0 ? Choice.ABSTAIN : Choice.NO;
          ballots.add(Ballot.of(voter, choice));
        }
      }
      return ballots;
    };
  }

  /**
   * Fractions p/q with q from 1 to 12 and p from 0 to q: every threshold a rule may hold, 0 and 1
   * included, for code that must handle any rule the model accepts.
   *
   * @return the generator; the size plays no part
   */
  public static Gen<Fraction> anyFractions() {
    return (random, size) -> {
      int q = 1 + random.nextInt(12);
      return Fraction.of(random.nextInt(q + 1), q);
    };
  }

  /**
   * Every majority rule the model accepts whose approval measures {@code measure}: any fraction of
   * {@link #anyFractions()}, strict or not, over any base; a minimum of yes votes half of the time (0
   * to 5 on headcount, 0.00 to 500.00 on floor area); a participation threshold half of the time
   * (any fraction, strict or not, measuring {@code turnout}). Unlike {@link #majorityRules()}, which
   * makes the rules a profile would hold, these include rules no vote can pass and rules every vote
   * passes.
   *
   * @param measure what the approval threshold measures
   * @param turnout what the participation threshold, if any, measures
   * @return the generator; the size plays no part
   */
  public static Gen<MajorityRule> anyMajorityRules(Measure measure, Measure turnout) {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(turnout, "turnout");
    Base[] bases = Base.values();
    return (random, size) ->
        new MajorityRule.Builder()
            .approval(
                Threshold.of(
                    anyFractions().generate(random, size),
                    random.nextBoolean(),
                    bases[random.nextInt(bases.length)],
                    measure))
            .minimumYes(anyMinimumYes(random, measure))
            .participation(anyParticipation(random, turnout))
            .build();
  }

  /**
   * Every majority rule the model accepts, on either measure (see {@link #anyMajorityRules(Measure,
   * Measure)}).
   *
   * @return the generator; the size plays no part
   */
  public static Gen<MajorityRule> anyMajorityRules() {
    Measure[] measures = Measure.values();
    return (random, size) ->
        anyMajorityRules(measures[random.nextInt(measures.length)], measures[random.nextInt(measures.length)])
            .generate(random, size);
  }

  /**
   * Every consensus rule the model accepts: one to four NO votes block; a participation threshold
   * half of the time (any fraction, strict or not, on either measure).
   *
   * @return the generator; the size plays no part
   */
  public static Gen<Consensus> anyConsensusRules() {
    Measure[] measures = Measure.values();
    return (random, size) ->
        new Consensus.Builder()
            .blockingNoCount(1 + random.nextInt(4))
            .participation(anyParticipation(random, measures[random.nextInt(measures.length)]))
            .build();
  }

  /**
   * Every double threshold the model accepts: any headcount majority and any floor-area majority
   * (see {@link #anyMajorityRules(Measure, Measure)}).
   *
   * @return the generator; the size plays no part
   */
  public static Gen<DoubleThreshold> anyDoubleThresholds() {
    return (random, size) ->
        DoubleThreshold.of(
            anyMajorityRules(Measure.HEADCOUNT, Measure.HEADCOUNT).generate(random, size),
            anyMajorityRules(Measure.WEIGHT, Measure.WEIGHT).generate(random, size));
  }

  /**
   * Every vote restricted to one of the given kinds that the model accepts: any consensus, majority
   * or double threshold among them.
   *
   * @param kinds the kinds the vote may be restricted to, at least one
   * @return the generator; the size plays no part
   * @throws IllegalArgumentException if no kind is given
   */
  public static Gen<RestrictedVote> anyRestrictedVotes(Collection<PartyKind> kinds) {
    Gen<PartyKind> kind = Gen.elements(kinds);
    Gen<DecisionRule> inner = anyUnrestrictedRules();
    return (random, size) ->
        RestrictedVote.of(kind.generate(random, size), inner.generate(random, size));
  }

  /**
   * Every decision rule the model accepts: consensus, majority, double threshold or a vote
   * restricted to one of the given kinds, each a quarter of the time.
   *
   * @param kinds the kinds a restricted vote may be restricted to, at least one
   * @return the generator; the size plays no part
   * @throws IllegalArgumentException if no kind is given
   */
  public static Gen<DecisionRule> anyDecisionRules(Collection<PartyKind> kinds) {
    return Gen.<DecisionRule>oneOf(
        anyConsensusRules(), anyMajorityRules(), anyDoubleThresholds(), anyRestrictedVotes(kinds));
  }

  private static Gen<DecisionRule> anyUnrestrictedRules() {
    return Gen.<DecisionRule>oneOf(anyConsensusRules(), anyMajorityRules(), anyDoubleThresholds());
  }

  private static Optional<Participation> anyParticipation(RandomGenerator random, Measure measure) {
    return random.nextBoolean()
        ? Optional.empty()
        : Optional.of(Participation.of(anyFractions().generate(random, 0), random.nextBoolean(), measure));
  }

  private static BigDecimal anyMinimumYes(RandomGenerator random, Measure measure) {
    if (random.nextBoolean()) {
      return BigDecimal.ZERO;
    }
    if (measure == Measure.HEADCOUNT) {
      return BigDecimal.valueOf(random.nextInt(6));
    }
    int scale = random.nextInt(3); // whole, tenths or hundredths of a square metre, up to 500
    int[] perSquareMetre = {1, 10, 100};
    return BigDecimal.valueOf(random.nextInt(500 * perSquareMetre[scale] + 1), scale);
  }

  /**
   * Household links (党员联户) over a unit tree: party members, each linked to the households of one to
   * three units of the tree's lowest level (courtyards, buildings), members named {@code
   * linked-member-1}, {@code linked-member-2} …; a unit may have several members or none.
   *
   * @param jurisdiction the unit tree
   * @return the generator; the size bounds how many members there are: at most {@code 1 + size /
   *     4}, and never more than 60; none for an empty tree
   */
  public static Gen<HouseholdLinks> householdLinks(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    TierLevel lowest = null;
    for (AdministrativeUnit unit : jurisdiction.units()) {
      if (lowest == null || lowest.isHigherThan(unit.level())) {
        lowest = unit.level();
      }
    }
    List<UnitId> leaves = new ArrayList<>();
    for (AdministrativeUnit unit : jurisdiction.units()) {
      if (unit.level() == lowest) {
        leaves.add(unit.id());
      }
    }
    return (random, size) -> {
      if (leaves.isEmpty()) {
        return HouseholdLinks.none();
      }
      int members = random.nextInt(1 + Math.min(60, 1 + Math.max(0, size) / 4));
      List<HouseholdLink> links = new ArrayList<>(members);
      for (int i = 1; i <= members; i++) {
        Set<UnitId> units = new java.util.LinkedHashSet<>();
        int count = 1 + random.nextInt(Math.min(3, leaves.size()));
        while (units.size() < count) {
          units.add(leaves.get(random.nextInt(leaves.size())));
        }
        links.add(
            new HouseholdLink.Builder()
                .member(PartyId.of("linked-member-" + i))
                .addAllUnits(units)
                .build());
      }
      return HouseholdLinks.of(links);
    };
  }
}
