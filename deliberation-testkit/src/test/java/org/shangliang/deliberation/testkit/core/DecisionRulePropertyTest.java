package org.shangliang.deliberation.testkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.decision.Ballot;
import org.shangliang.deliberation.decision.Base;
import org.shangliang.deliberation.decision.Check;
import org.shangliang.deliberation.decision.CheckKind;
import org.shangliang.deliberation.decision.Choice;
import org.shangliang.deliberation.decision.Consensus;
import org.shangliang.deliberation.decision.Decision;
import org.shangliang.deliberation.decision.DecisionRule;
import org.shangliang.deliberation.decision.DoubleThreshold;
import org.shangliang.deliberation.decision.Fraction;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.decision.Measure;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.decision.Participation;
import org.shangliang.deliberation.decision.RestrictedVote;
import org.shangliang.deliberation.decision.Tally;
import org.shangliang.deliberation.decision.Threshold;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.testkit.Generators;

/**
 * Generated voters, presence, ballots and rules of every kind, checked against the invariants the
 * decision rules promise: monotonicity, consensus implying a decisive majority, the double
 * threshold being the conjunction of its sides, decisions that can be re-checked from their tally
 * and checks, and exact fractions. The rules come from the testkit's {@code Generators.any…} (every
 * rule the model accepts, thresholds of 0 and 1 included); the ballots are this test's own, since
 * they mix ballots that must not count (strangers, second ballots, voters not signed in). Case {@code i} is rebuilt from seed {@code 20261121 + i}, which
 * every assertion message names.
 */
class DecisionRulePropertyTest {
  private static final long BASE_SEED = 20261121L;
  private static final int CASES = 300;

  private static final PartyKind[] KINDS = {
    PartyKind.PEOPLES_CONGRESS_DEPUTY,
    PartyKind.RESIDENT_REPRESENTATIVE,
    PartyKind.STAKEHOLDER,
    PartyKind.OWNERS_COMMITTEE
  };
  private static final Measure[] MEASURES = Measure.values();

  // ---------------------------------------------------------------------------------------------
  // Generators: plain functions of a SplittableRandom.

  /** Eligible voters, who is signed in, and the ballots in the order cast. */
  private static final class Scenario {
    final List<Voter> eligible;
    final Set<PartyId> present;
    final List<Ballot> ballots;

    Scenario(List<Voter> eligible, Set<PartyId> present, List<Ballot> ballots) {
      this.eligible = eligible;
      this.present = present;
      this.ballots = ballots;
    }

    Scenario withBallots(List<Ballot> other) {
      return new Scenario(eligible, present, other);
    }

    @Override
    public String toString() {
      return "eligible " + eligible + ", present " + present + ", ballots " + ballots;
    }
  }

  /**
   * 0 to 12 voters of mixed kinds and weights (0 to 2 decimals); random turnout and presence. Those
   * who vote have signed in, except now and then one who has not, whose ballot must not count; some
   * sign in without voting. A second ballot by someone and a ballot by a stranger must not count
   * either.
   */
  private static Scenario scenario(SplittableRandom r, double yes, double no) {
    int n = r.nextInt(13);
    List<Voter> eligible = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      BigDecimal weight =
          r.nextInt(10) == 0
              ? BigDecimal.ZERO
              : BigDecimal.valueOf(r.nextInt(1, 30_001), r.nextInt(3));
      eligible.add(Voter.of(PartyId.of("v" + i), KINDS[r.nextInt(KINDS.length)], weight));
    }
    double turnout = r.nextDouble();
    double presence = r.nextDouble();
    Set<PartyId> present = new LinkedHashSet<>();
    List<Ballot> ballots = new ArrayList<>();
    for (Voter voter : eligible) {
      boolean votes = r.nextDouble() < turnout;
      if (votes) {
        ballots.add(Ballot.of(voter.party(), choice(r, yes, no)));
      }
      // a voter who did not sign in votes in vain; one who did may still not vote
      boolean signedIn = votes ? r.nextInt(8) != 0 : r.nextDouble() < presence;
      if (signedIn) {
        present.add(voter.party());
      }
    }
    if (r.nextInt(5) == 0) {
      present.add(PartyId.of("stranger"));
    }
    if (n > 0 && r.nextInt(4) == 0) { // a second ballot by someone, which must not count
      ballots.add(Ballot.of(eligible.get(r.nextInt(n)).party(), choice(r, yes, no)));
    }
    if (r.nextInt(5) == 0) { // a ballot by someone not eligible, which must not count
      ballots.add(Ballot.of(PartyId.of("stranger"), choice(r, yes, no)));
    }
    shuffle(r, ballots);
    return new Scenario(eligible, present, ballots);
  }

  private static Scenario scenario(SplittableRandom r) {
    double yes = r.nextDouble();
    double no = r.nextDouble() * (1 - yes);
    return scenario(r, yes, no);
  }

  private static Choice choice(SplittableRandom r, double yes, double no) {
    double x = r.nextDouble();
    return x < yes ? Choice.YES : x < yes + no ? Choice.NO : Choice.ABSTAIN;
  }

  private static <T> void shuffle(SplittableRandom r, List<T> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }

  private static Fraction fraction(SplittableRandom r) {
    return Generators.anyFractions().generate(r, 0);
  }

  private static Optional<Participation> participation(SplittableRandom r, Measure measure) {
    return r.nextBoolean()
        ? Optional.empty()
        : Optional.of(Participation.of(fraction(r), r.nextBoolean(), measure));
  }

  private static MajorityRule majority(SplittableRandom r) {
    return Generators.anyMajorityRules().generate(r, 0);
  }

  private static Consensus consensus(SplittableRandom r) {
    return Generators.anyConsensusRules().generate(r, 0);
  }

  private static DoubleThreshold doubleThreshold(SplittableRandom r) {
    return Generators.anyDoubleThresholds().generate(r, 0);
  }

  private static DecisionRule unrestricted(SplittableRandom r) {
    switch (r.nextInt(3)) {
      case 0:
        return consensus(r);
      case 1:
        return majority(r);
      default:
        return doubleThreshold(r);
    }
  }

  private static RestrictedVote restricted(SplittableRandom r) {
    return Generators.anyRestrictedVotes(List.of(KINDS)).generate(r, 0);
  }

  /** A rule of kind {@code kind}: 0 consensus, 1 majority, 2 double threshold, 3 restricted. */
  private static DecisionRule rule(SplittableRandom r, int kind) {
    switch (kind) {
      case 0:
        return consensus(r);
      case 1:
        return majority(r);
      case 2:
        return doubleThreshold(r);
      default:
        return restricted(r);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // a. Monotonicity.

  @Test
  void turningOneNoIntoYesNeverTurnsAPassIntoAFailureForAnyRuleKind() {
    int passesKept = 0;
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      SplittableRandom r = new SplittableRandom(seed);
      for (int kind = 0; kind < 4; kind++) {
        DecisionRule rule = rule(r, kind);
        Scenario before = scenario(r);
        List<Ballot> ballots = new ArrayList<>(before.ballots);
        List<Integer> noes = indicesOf(ballots, Choice.NO);
        if (noes.isEmpty()) {
          List<PartyId> signedIn = new ArrayList<>();
          for (Voter voter : before.eligible) {
            if (before.present.contains(voter.party())) {
              signedIn.add(voter.party());
            }
          }
          PartyId voter =
              signedIn.isEmpty()
                  ? PartyId.of("stranger")
                  : signedIn.get(r.nextInt(signedIn.size()));
          ballots.add(0, Ballot.of(voter, Choice.NO));
          noes = List.of(0);
          before = before.withBallots(List.copyOf(ballots));
        }
        int flipped = noes.get(r.nextInt(noes.size()));
        ballots.set(flipped, Ballot.of(ballots.get(flipped).party(), Choice.YES));
        Scenario after = before.withBallots(ballots);

        Decision was = rule.decide(before.ballots, before.present, before.eligible);
        Decision is = rule.decide(after.ballots, after.present, after.eligible);
        String why =
            String.format(
                "seed %d, rule %s, ballot %d NO→YES, %s%nbefore: %s%nafter: %s",
                seed, rule, flipped, before, was, is);
        if (was.passed()) {
          assertThat(is.outcome()).as(why).isEqualTo(Outcome.PASSED);
          passesKept++;
        }
        // participation counts ballots, not choices: a flip cannot make or break a quorum
        assertThat(is.outcome() == Outcome.NO_QUORUM)
            .as(why)
            .isEqualTo(was.outcome() == Outcome.NO_QUORUM);
        // the yes count goes up by one exactly when the flipped ballot is one that counts (for a
        // restricted vote, one of a voter of its kind)
        int counted = counts(before, flipped) && ofScope(rule, before, flipped) ? 1 : 0;
        assertThat(is.tally().yesCount()).as(why).isEqualTo(was.tally().yesCount() + counted);
        assertThat(is.tally().noCount()).as(why).isEqualTo(was.tally().noCount() - counted);
      }
    }
    assertThat(passesKept).as("cases that passed before the flip").isGreaterThan(CASES / 5);
  }

  @Test
  void raisingAnyBallotNoToAbstainToYesNeverTurnsAPassIntoAFailure() {
    // Beyond the documented NO→YES: NO→ABSTAIN and ABSTAIN→YES are monotone too for every base,
    // since yes ≤ decisive, so (yes + w) / (decisive + w) ≥ yes / decisive.
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      SplittableRandom r = new SplittableRandom(seed);
      DecisionRule rule = rule(r, r.nextInt(4));
      Scenario before = scenario(r);
      if (before.ballots.isEmpty()) {
        continue;
      }
      List<Ballot> ballots = new ArrayList<>(before.ballots);
      int raised = r.nextInt(ballots.size());
      Ballot ballot = ballots.get(raised);
      Choice higher = ballot.choice() == Choice.NO ? Choice.ABSTAIN : Choice.YES;
      ballots.set(raised, Ballot.of(ballot.party(), higher));

      Decision was = rule.decide(before.ballots, before.present, before.eligible);
      Decision is = rule.decide(ballots, before.present, before.eligible);
      if (was.passed()) {
        assertThat(is.outcome())
            .as(
                "seed %d, rule %s, ballot %d %s→%s, %s",
                seed, rule, raised, ballot.choice(), higher, before)
            .isEqualTo(Outcome.PASSED);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // b. Consensus implies a decisive majority.

  /**
   * A consensus with no NO vote passes: at least one YES, the participation met if any. Then every
   * majority of the decisive votes by headcount passes on the same ballots: yes / (yes + 0) = 1,
   * which reaches any non-strict p/q and exceeds any p/q below 1; the same participation (or none)
   * is met, and a minimum no higher than the yes count is met.
   *
   * <p>Bases CAST, PRESENT and ELIGIBLE are excluded: consensus allows abstentions and ignores
   * absentees, but abstentions sink a CAST base, and abstentions, absentees and those signed in who
   * did not vote sink a PRESENT or ELIGIBLE base (e.g. 1 yes and 9 abstentions is a consensus, not
   * a majority of the votes cast). With a blocking number above 1 a consensus tolerates NO votes,
   * which can outnumber the yes votes (see ConsensusTest), so the implication is stated for a tally
   * with no NO vote, which is every passing tally when one NO blocks (the default).
   */
  @Test
  void aConsensusPassImpliesADecisiveHeadcountMajority() {
    int implications = 0;
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      SplittableRandom r = new SplittableRandom(seed);
      Consensus consensus =
          new Consensus.Builder()
              .blockingNoCount(r.nextBoolean() ? 1 : r.nextInt(1, 5))
              .participation(participation(r, MEASURES[r.nextInt(2)]))
              .build();
      double yes = r.nextDouble();
      Scenario scenario = scenario(r, yes, r.nextInt(3) == 0 ? 0.2 * (1 - yes) : 0);
      Decision agreed = consensus.decide(scenario.ballots, scenario.present, scenario.eligible);
      if (!agreed.passed() || agreed.tally().noCount() > 0) {
        assertThat(consensus.blockingNoCount() > 1 || !agreed.passed())
            .as("seed %d: a default consensus passed with a NO vote: %s", seed, agreed)
            .isTrue();
        continue;
      }
      for (int k = 0; k < 8; k++) {
        int q = r.nextInt(1, 13);
        int p = r.nextInt(q + 1);
        boolean strict = p < q && r.nextBoolean();
        int yesCount = agreed.tally().yesCount();
        BigDecimal minimum =
            r.nextBoolean()
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(r.nextInt(yesCount + 1)).setScale(r.nextInt(3));
        MajorityRule majority =
            new MajorityRule.Builder()
                .approval(Threshold.of(Fraction.of(p, q), strict, Base.DECISIVE, Measure.HEADCOUNT))
                .minimumYes(minimum)
                .participation(r.nextBoolean() ? consensus.participation() : Optional.empty())
                .build();
        Decision decided = majority.decide(scenario.ballots, scenario.present, scenario.eligible);
        assertThat(decided.outcome())
            .as(
                "seed %d: consensus %s passed (%s) but %s gave %s; %s",
                seed, consensus, agreed, majority, decided, scenario)
            .isEqualTo(Outcome.PASSED);
        implications++;
      }
    }
    assertThat(implications).as("majorities checked after a consensus passed").isGreaterThan(CASES);
  }

  // ---------------------------------------------------------------------------------------------
  // c. The double threshold is the conjunction of its sides.

  @Test
  void doubleThresholdIsTheConjunctionOfItsTwoSides() {
    int[] outcomes = new int[Outcome.values().length];
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      SplittableRandom r = new SplittableRandom(seed);
      DoubleThreshold rule = doubleThreshold(r);
      Scenario s = scenario(r);

      Decision both = rule.decide(s.ballots, s.present, s.eligible);
      Decision heads = rule.headcount().decide(s.ballots, s.present, s.eligible);
      Decision weight = rule.weight().decide(s.ballots, s.present, s.eligible);

      Outcome expected;
      if (heads.outcome() == Outcome.NO_QUORUM || weight.outcome() == Outcome.NO_QUORUM) {
        expected = Outcome.NO_QUORUM;
      } else if (heads.passed() && weight.passed()) {
        expected = Outcome.PASSED;
      } else {
        expected = Outcome.FAILED;
      }
      String why = "seed " + seed + ", rule " + rule + ", " + s;
      assertThat(both.outcome()).as(why).isEqualTo(expected);
      List<Check> checks = new ArrayList<>(heads.checks());
      checks.addAll(weight.checks());
      assertThat(both.checks()).as(why).isEqualTo(checks);
      assertThat(both.tally()).as(why).isEqualTo(heads.tally());
      outcomes[both.outcome().ordinal()]++;
    }
    for (Outcome outcome : Outcome.values()) {
      assertThat(outcomes[outcome.ordinal()])
          .as("cases with outcome %s", outcome)
          .isGreaterThan(CASES / 20);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // d. Decisions can be re-checked.

  @Test
  void decidingOnBallotsEqualsDecidingOnTheirTally() {
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      SplittableRandom r = new SplittableRandom(seed);
      DecisionRule rule = unrestricted(r);
      Scenario s = scenario(r);

      assertThat(rule.decide(s.ballots, s.present, s.eligible))
          .as("seed %d, rule %s, %s", seed, rule, s)
          .isEqualTo(rule.decide(Tally.of(s.ballots, s.present, s.eligible)));
    }
  }

  @Test
  void aRestrictedVoteDecidesAsItsRuleOnTheBallotsOfItsKindAlone() {
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      SplittableRandom r = new SplittableRandom(seed);
      RestrictedVote rule = restricted(r);
      Scenario s = scenario(r);

      List<Voter> ofKind = new ArrayList<>();
      Set<PartyId> ids = new HashSet<>();
      for (Voter voter : s.eligible) {
        if (voter.kind() == rule.kind()) {
          ofKind.add(voter);
          ids.add(voter.party());
        }
      }
      List<Ballot> theirs = new ArrayList<>();
      for (Ballot ballot : s.ballots) {
        if (ids.contains(ballot.party())) {
          theirs.add(ballot);
        }
      }
      Set<PartyId> theirPresence = new HashSet<>(s.present);
      theirPresence.retainAll(ids);

      assertThat(rule.decide(s.ballots, s.present, s.eligible))
          .as("seed %d, rule %s, %s", seed, rule, s)
          .isEqualTo(rule.rule().decide(theirs, theirPresence, ofKind));
    }
  }

  @Test
  void tallyOfBallotsAgreesWithARecount() {
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      Scenario s = scenario(new SplittableRandom(seed));
      Tally tally = Tally.of(s.ballots, s.present, s.eligible);
      Recount expected = new Recount(s);
      String why = "seed " + seed + ", " + s + ", tally " + tally;

      assertThat(tally.eligibleCount()).as(why).isEqualTo(s.eligible.size());
      assertThat(tally.presentCount()).as(why).isEqualTo(expected.present);
      assertThat(new int[] {tally.yesCount(), tally.noCount(), tally.abstainCount()})
          .as(why)
          .containsExactly(expected.counts);
      assertThat(tally.castCount())
          .as(why)
          .isEqualTo(expected.counts[0] + expected.counts[1] + expected.counts[2]);
      assertThat(tally.eligibleWeight()).as(why).isEqualByComparingTo(expected.eligibleWeight);
      assertThat(tally.presentWeight()).as(why).isEqualByComparingTo(expected.presentWeight);
      assertThat(tally.yesWeight()).as(why).isEqualByComparingTo(expected.weights[0]);
      assertThat(tally.noWeight()).as(why).isEqualByComparingTo(expected.weights[1]);
      assertThat(tally.abstainWeight()).as(why).isEqualByComparingTo(expected.weights[2]);
      assertThat(tally.castWeight())
          .as(why)
          .isEqualByComparingTo(
              expected.weights[0].add(expected.weights[1]).add(expected.weights[2]));
      // only those signed in vote, once each
      assertThat(tally.castCount()).as(why).isLessThanOrEqualTo(tally.presentCount());
      assertThat(tally.presentCount()).as(why).isLessThanOrEqualTo(tally.eligibleCount());
      assertThat(tally.castWeight()).as(why).isLessThanOrEqualTo(tally.presentWeight());
      assertThat(tally.presentWeight()).as(why).isLessThanOrEqualTo(tally.eligibleWeight());
      for (Measure measure : MEASURES) {
        assertThat(tally.yes(measure))
            .as(why)
            .isLessThanOrEqualTo(tally.base(measure, Base.PRESENT));
      }
    }
  }

  @Test
  void ballotsThatDoNotCountDoNotChangeTheTally() {
    int dropped = 0;
    int notSignedIn = 0;
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      Scenario s = scenario(new SplittableRandom(seed));
      List<Ballot> counting = new ArrayList<>();
      for (int b = 0; b < s.ballots.size(); b++) {
        Ballot ballot = s.ballots.get(b);
        if (counts(s, b)) {
          counting.add(ballot);
        } else if (!s.present.contains(ballot.party())
            && s.eligible.stream().anyMatch(v -> v.party().equals(ballot.party()))) {
          notSignedIn++;
        }
      }
      dropped += s.ballots.size() - counting.size();

      assertThat(Tally.of(counting, s.present, s.eligible))
          .as("seed %d, %s, counting %s", seed, s, counting)
          .isEqualTo(Tally.of(s.ballots, s.present, s.eligible));
    }
    assertThat(dropped).as("ballots that do not count").isGreaterThan(CASES / 5);
    assertThat(notSignedIn)
        .as("ballots of eligible parties not signed in")
        .isGreaterThan(CASES / 10);
  }

  @Test
  void everyCheckAgreesWithItsOwnNumbersAndTheOutcomeWithTheChecks() {
    int checked = 0;
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      SplittableRandom r = new SplittableRandom(seed);
      DecisionRule rule = rule(r, r.nextInt(4));
      Scenario s = scenario(r);
      Decision decision = rule.decide(s.ballots, s.present, s.eligible);
      Tally tally = decision.tally();
      String why = "seed " + seed + ", rule " + rule + ", " + s + "\n" + decision;

      boolean quorumMissed = false;
      boolean allMet = true;
      for (Check check : decision.checks()) {
        String which = why + "\ncheck " + check;
        assertThat(check.met()).as(which).isEqualTo(recompute(check));
        assertNumbersComeFromTheTally(check, tally, which);
        quorumMissed |= check.kind() == CheckKind.PARTICIPATION && !check.met();
        allMet &= check.met();
        checked++;
      }
      Outcome expected =
          quorumMissed ? Outcome.NO_QUORUM : allMet ? Outcome.PASSED : Outcome.FAILED;
      assertThat(decision.outcome()).as(why).isEqualTo(expected);
      assertThat(decision.checks()).as(why).isNotEmpty();
    }
    assertThat(checked).isGreaterThan(CASES);
  }

  /** The check's comparison, recomputed with integers: decimals are brought to one scale first. */
  private static boolean recompute(Check check) {
    int scale = Math.max(0, Math.max(check.achieved().scale(), check.whole().scale()));
    BigInteger achieved = check.achieved().setScale(scale).unscaledValue();
    BigInteger whole = check.whole().setScale(scale).unscaledValue();
    if (check.fraction().isPresent()) {
      if (whole.signum() == 0) {
        return false; // an empty whole reaches no fraction
      }
      Fraction f = check.fraction().get();
      int c =
          achieved
              .multiply(BigInteger.valueOf(f.denominator()))
              .compareTo(whole.multiply(BigInteger.valueOf(f.numerator())));
      return check.strict() ? c > 0 : c >= 0;
    }
    if (check.kind() == CheckKind.NO_BLOCK) {
      return achieved.compareTo(whole) < 0;
    }
    return achieved.compareTo(whole) >= 0;
  }

  private static void assertNumbersComeFromTheTally(Check check, Tally tally, String why) {
    boolean heads = check.measure() == Measure.HEADCOUNT;
    BigDecimal yes = heads ? BigDecimal.valueOf(tally.yesCount()) : tally.yesWeight();
    BigDecimal no = heads ? BigDecimal.valueOf(tally.noCount()) : tally.noWeight();
    BigDecimal abstain = heads ? BigDecimal.valueOf(tally.abstainCount()) : tally.abstainWeight();
    BigDecimal present = heads ? BigDecimal.valueOf(tally.presentCount()) : tally.presentWeight();
    BigDecimal eligible =
        heads ? BigDecimal.valueOf(tally.eligibleCount()) : tally.eligibleWeight();
    switch (check.kind()) {
      case PARTICIPATION:
        assertThat(check.base()).as(why).contains(Base.ELIGIBLE);
        assertThat(check.achieved()).as(why).isEqualByComparingTo(yes.add(no).add(abstain));
        assertThat(check.whole()).as(why).isEqualByComparingTo(eligible);
        break;
      case APPROVAL:
        assertThat(check.achieved()).as(why).isEqualByComparingTo(yes);
        BigDecimal whole;
        switch (check.base().orElseThrow()) {
          case CAST:
            whole = yes.add(no).add(abstain);
            break;
          case DECISIVE:
            whole = yes.add(no);
            break;
          case PRESENT:
            whole = present;
            break;
          default:
            whole = eligible;
        }
        assertThat(check.whole()).as(why).isEqualByComparingTo(whole);
        break;
      case MINIMUM_YES:
        assertThat(check.fraction()).as(why).isEmpty();
        assertThat(check.achieved()).as(why).isEqualByComparingTo(yes);
        break;
      case NO_BLOCK:
      default:
        assertThat(check.fraction()).as(why).isEmpty();
        assertThat(check.measure()).as(why).isEqualTo(Measure.HEADCOUNT);
        assertThat(check.achieved()).as(why).isEqualByComparingTo(no);
    }
  }

  /**
   * Whether ballot {@code index} counts by the definition: it is the first ballot of an eligible
   * party that signed in.
   */
  private static boolean counts(Scenario s, int index) {
    PartyId party = s.ballots.get(index).party();
    if (!s.present.contains(party)
        || s.eligible.stream().noneMatch(voter -> voter.party().equals(party))) {
      return false;
    }
    for (int b = 0; b < index; b++) {
      if (s.ballots.get(b).party().equals(party)) {
        return false;
      }
    }
    return true;
  }

  /** Whether ballot {@code index} is by a voter of the kind a restricted vote is restricted to. */
  private static boolean ofScope(DecisionRule rule, Scenario s, int index) {
    if (!(rule instanceof RestrictedVote)) {
      return true;
    }
    PartyId party = s.ballots.get(index).party();
    PartyKind kind = ((RestrictedVote) rule).kind();
    return s.eligible.stream().anyMatch(v -> v.party().equals(party) && v.kind() == kind);
  }

  /**
   * A recount by the definition: the first ballot of each eligible party signed in, weights added
   * up; ballots of eligible parties not signed in are left out.
   */
  private static final class Recount {
    int present;
    BigDecimal eligibleWeight = BigDecimal.ZERO;
    BigDecimal presentWeight = BigDecimal.ZERO;
    final int[] counts = new int[3];
    final BigDecimal[] weights = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};

    Recount(Scenario s) {
      for (Voter voter : s.eligible) {
        eligibleWeight = eligibleWeight.add(voter.weight());
        if (!s.present.contains(voter.party())) {
          continue;
        }
        present++;
        presentWeight = presentWeight.add(voter.weight());
        for (Ballot ballot : s.ballots) {
          if (ballot.party().equals(voter.party())) {
            int c = ballot.choice() == Choice.YES ? 0 : ballot.choice() == Choice.NO ? 1 : 2;
            counts[c]++;
            weights[c] = weights[c].add(voter.weight());
            break;
          }
        }
      }
    }
  }

  private static List<Integer> indicesOf(List<Ballot> ballots, Choice choice) {
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < ballots.size(); i++) {
      if (ballots.get(i).choice() == choice) {
        indices.add(i);
      }
    }
    return indices;
  }

  // ---------------------------------------------------------------------------------------------
  // e. Exact fractions.

  private static final BigInteger TEN_TO_17 = BigInteger.TEN.pow(17);

  /** {@code part × q ≥ p × whole} ({@code >} when strict); an empty whole reaches nothing. */
  private static boolean exactly(
      long p, long q, BigInteger part, BigInteger whole, boolean strict) {
    if (whole.signum() == 0) {
      return false;
    }
    int c = part.multiply(BigInteger.valueOf(q)).compareTo(whole.multiply(BigInteger.valueOf(p)));
    return strict ? c > 0 : c >= 0;
  }

  private static boolean byDoubles(long p, long q, long part, long whole, boolean strict) {
    double ratio = (double) part / whole;
    double fraction = (double) p / q;
    return strict ? ratio > fraction : ratio >= fraction;
  }

  /** A whole: small, large, near Long.MAX_VALUE, or a large multiple of q (exact boundaries). */
  private static long whole(SplittableRandom r, long q) {
    switch (r.nextInt(5)) {
      case 0:
        return r.nextLong(0, 50);
      case 1:
        return r.nextLong(0, Long.MAX_VALUE);
      case 2:
        return Long.MAX_VALUE - r.nextLong(0, 1000);
      default:
        return q * r.nextLong(1, Long.MAX_VALUE / q) + r.nextLong(-2, 3);
    }
  }

  @Test
  void fractionComparisonsAreExact() {
    int doublesWrong = 0;
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      SplittableRandom r = new SplittableRandom(seed);
      for (int k = 0; k < 20; k++) {
        long q = r.nextInt(4) == 0 ? r.nextLong(1, 1_000_001) : r.nextLong(1, 13);
        long p = r.nextLong(0, q + 1);
        Fraction f = Fraction.of(p, q);
        long whole = Math.max(0, whole(r, q));
        long part;
        if (r.nextBoolean() || whole == 0) {
          part = whole == 0 ? 0 : r.nextLong(0, whole + 1 > 0 ? whole + 1 : whole);
        } else {
          // next to the boundary p × whole / q
          BigInteger boundary =
              BigInteger.valueOf(p)
                  .multiply(BigInteger.valueOf(whole))
                  .divide(BigInteger.valueOf(q));
          part = Math.max(0, Math.min(whole, boundary.longValueExact() + r.nextLong(-2, 3)));
        }
        boolean strict = r.nextBoolean();
        boolean expected =
            exactly(p, q, BigInteger.valueOf(part), BigInteger.valueOf(whole), strict);
        String why = "seed " + seed + ": " + part + " of " + whole + (strict ? " > " : " ≥ ") + f;

        assertThat(f.isMetBy(part, whole, strict)).as(why).isEqualTo(expected);
        assertThat(
                f.isMetBy(
                    BigDecimal.valueOf(part).setScale(r.nextInt(3)),
                    BigDecimal.valueOf(whole).setScale(r.nextInt(3)),
                    strict))
            .as(why + " (as decimals with trailing zeros)")
            .isEqualTo(expected);
        if (whole > 0 && byDoubles(p, q, part, whole, strict) != expected) {
          doublesWrong++;
        }
      }
    }
    // the generated cases include some where double arithmetic gives the wrong answer
    assertThat(doublesWrong).as("cases where doubles are wrong").isGreaterThan(10);
  }

  @Test
  void decimalFractionComparisonsAreExact() {
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      SplittableRandom r = new SplittableRandom(seed);
      for (int k = 0; k < 20; k++) {
        Fraction f = fraction(r);
        BigDecimal whole = BigDecimal.valueOf(r.nextLong(0, 10_000_000), r.nextInt(3));
        BigDecimal part =
            r.nextBoolean()
                ? BigDecimal.valueOf(r.nextLong(0, 10_000_000), r.nextInt(3))
                : whole
                    .multiply(BigDecimal.valueOf(f.numerator()))
                    .divide(BigDecimal.valueOf(f.denominator()), 2, RoundingMode.FLOOR)
                    .add(BigDecimal.valueOf(r.nextInt(-2, 3), 2));
        if (part.signum() < 0) {
          part = BigDecimal.ZERO;
        }
        boolean strict = r.nextBoolean();
        int scale = Math.max(part.scale(), whole.scale());
        boolean expected =
            exactly(
                f.numerator(),
                f.denominator(),
                part.setScale(scale).unscaledValue(),
                whole.setScale(scale).unscaledValue(),
                strict);

        assertThat(f.isMetBy(part, whole, strict))
            .as("seed %d: %s of %s %s %s", seed, part, whole, strict ? ">" : "≥", f)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void fractionComparisonsNearBoundariesWhereDoublesFail() {
    long[][] cases = {
      // p, q, part, whole
      {1, 3, TEN_TO_17.longValueExact(), 3 * TEN_TO_17.longValueExact()},
      {1, 3, TEN_TO_17.longValueExact(), 3 * TEN_TO_17.longValueExact() + 1},
      {1, 3, TEN_TO_17.longValueExact() - 1, 3 * TEN_TO_17.longValueExact() - 2},
      {2, 3, 2 * TEN_TO_17.longValueExact(), 3 * TEN_TO_17.longValueExact() + 1},
      {1, 2, Long.MAX_VALUE / 2, Long.MAX_VALUE},
      {1, 2, Long.MAX_VALUE / 2 + 1, Long.MAX_VALUE},
      {999_999, 1_000_000, Long.MAX_VALUE - 1, Long.MAX_VALUE},
      {1, 1, Long.MAX_VALUE - 1, Long.MAX_VALUE},
    };
    for (long[] c : cases) {
      Fraction f = Fraction.of(c[0], c[1]);
      for (boolean strict : new boolean[] {false, true}) {
        boolean expected =
            exactly(c[0], c[1], BigInteger.valueOf(c[2]), BigInteger.valueOf(c[3]), strict);
        assertThat(f.isMetBy(c[2], c[3], strict))
            .as("%d of %d %s %s", c[2], c[3], strict ? ">" : "≥", f)
            .isEqualTo(expected);
      }
    }
    // 10^17 is exactly a third of 3×10^17 but not of 3×10^17 + 1, which doubles cannot tell apart
    long part = TEN_TO_17.longValueExact();
    assertThat(Fraction.of(1, 3).isMetBy(part, 3 * part, false)).isTrue();
    assertThat(Fraction.of(1, 3).isMetBy(part, 3 * part, true)).isFalse();
    assertThat(Fraction.of(1, 3).isMetBy(part, 3 * part + 1, false)).isFalse();
    assertThat(byDoubles(1, 3, part, 3 * part + 1, false)).isTrue();
  }
}
