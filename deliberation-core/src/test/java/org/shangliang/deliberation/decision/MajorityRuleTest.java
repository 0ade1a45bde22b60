package org.shangliang.deliberation.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;

class MajorityRuleTest {
  private static final Fraction TWO_THIRDS = Fraction.of(2, 3);

  private static MajorityRule rule(Fraction fraction, boolean strict, Base base, Measure measure) {
    return new MajorityRule.Builder()
        .approval(Threshold.of(fraction, strict, base, measure))
        .build();
  }

  @Test
  void twoYesOfThreeCastPassesAtLeastTwoThirds() {
    Decision decision =
        MajorityRule.supermajority(TWO_THIRDS, false, Base.CAST)
            .decide(Tally.ofShowOfHands(2, 1, 0, 3, 3));

    assertThat(decision.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(decision.passed()).isTrue();
    Check approval = decision.checks().get(0);
    assertThat(approval.kind()).isEqualTo(CheckKind.APPROVAL);
    assertThat(approval.achieved()).isEqualByComparingTo("2");
    assertThat(approval.whole()).isEqualByComparingTo("3");
    assertThat(approval.fraction()).contains(TWO_THIRDS);
    assertThat(approval.base()).contains(Base.CAST);
    assertThat(approval.strict()).isFalse();
    assertThat(approval.met()).isTrue();
  }

  @Test
  void twoYesOfThreeCastFailsMoreThanTwoThirds() {
    Decision decision =
        MajorityRule.supermajority(TWO_THIRDS, true, Base.CAST)
            .decide(Tally.ofShowOfHands(2, 1, 0, 3, 3));

    assertThat(decision.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(decision.passed()).isFalse();
    assertThat(decision.checks()).singleElement().satisfies(c -> assertThat(c.met()).isFalse());
  }

  @Test
  void simpleMajorityFailsOnATie() {
    Decision decision =
        MajorityRule.simple(Base.DECISIVE).decide(Tally.ofShowOfHands(2, 2, 0, 4, 4));

    assertThat(decision.outcome()).isEqualTo(Outcome.FAILED);
  }

  @Test
  void simpleMajorityPassesWithThreeOfFourDecisive() {
    Decision decision =
        MajorityRule.simple(Base.DECISIVE).decide(Tally.ofShowOfHands(3, 1, 0, 4, 4));

    assertThat(decision.outcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  void abstentionsCountAgainstACastBaseButNotADecisiveOne() {
    Tally tally = Tally.ofShowOfHands(3, 2, 2, 7, 7);

    assertThat(MajorityRule.simple(Base.DECISIVE).decide(tally).outcome())
        .isEqualTo(Outcome.PASSED); // 3 of 5
    assertThat(MajorityRule.simple(Base.CAST).decide(tally).outcome())
        .isEqualTo(Outcome.FAILED); // 3 of 7
  }

  @Test
  void presentBaseCountsThoseSignedInWhetherOrNotTheyVoted() {
    MajorityRule twoThirdsOfPresent = MajorityRule.supermajority(TWO_THIRDS, false, Base.PRESENT);

    // 5 of 8 present: 15 < 16
    assertThat(twoThirdsOfPresent.decide(Tally.ofShowOfHands(5, 0, 0, 8, 10)).outcome())
        .isEqualTo(Outcome.FAILED);
    // 6 of 8 present: 18 ≥ 16
    assertThat(twoThirdsOfPresent.decide(Tally.ofShowOfHands(6, 0, 0, 8, 10)).outcome())
        .isEqualTo(Outcome.PASSED);
  }

  @Test
  void eligibleBaseCountsAbsenteesAgainst() {
    MajorityRule twoThirdsOfAll = MajorityRule.supermajority(TWO_THIRDS, false, Base.ELIGIBLE);

    assertThat(twoThirdsOfAll.decide(Tally.ofShowOfHands(6, 0, 0, 6, 10)).outcome())
        .isEqualTo(Outcome.FAILED);
    assertThat(twoThirdsOfAll.decide(Tally.ofShowOfHands(7, 0, 0, 7, 10)).outcome())
        .isEqualTo(Outcome.PASSED);
  }

  @Test
  void noDecisiveVotesMeansNoMajority() {
    Decision decision =
        MajorityRule.simple(Base.DECISIVE).decide(Tally.ofShowOfHands(0, 0, 5, 5, 5));

    assertThat(decision.outcome()).isEqualTo(Outcome.FAILED);
  }

  @Test
  void minimumYesFailsAMotionThatMeetsTheFraction() {
    MajorityRule rule =
        new MajorityRule.Builder()
            .approval(Threshold.of(Fraction.half(), true, Base.DECISIVE, Measure.HEADCOUNT))
            .minimumYes(new BigDecimal(3))
            .build();

    Decision two = rule.decide(Tally.ofShowOfHands(2, 0, 5, 7, 7));
    assertThat(two.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(two.checks())
        .extracting(Check::kind)
        .containsExactly(CheckKind.APPROVAL, CheckKind.MINIMUM_YES);
    assertThat(two.checks()).extracting(Check::met).containsExactly(true, false);
    assertThat(two.checks().get(1).whole()).isEqualByComparingTo("3");

    assertThat(rule.decide(Tally.ofShowOfHands(3, 0, 4, 7, 7)).outcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  void withoutMinimumYesThereIsNoMinimumCheck() {
    Decision decision =
        MajorityRule.simple(Base.DECISIVE).decide(Tally.ofShowOfHands(1, 0, 0, 1, 1));

    assertThat(decision.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(decision.checks()).extracting(Check::kind).containsExactly(CheckKind.APPROVAL);
  }

  @Test
  void minimumYesByWeightComparesArea() {
    PartyId a = PartyId.of("a");
    PartyId b = PartyId.of("b");
    List<Voter> owners =
        List.of(
            Voter.of(a, PartyKind.STAKEHOLDER, new BigDecimal("59.99")),
            Voter.of(b, PartyKind.STAKEHOLDER, new BigDecimal("0.01")));
    MajorityRule rule =
        new MajorityRule.Builder()
            .approval(Threshold.of(Fraction.half(), true, Base.CAST, Measure.WEIGHT))
            .minimumYes(new BigDecimal("60.00"))
            .build();

    // 59.99 m² < 60.00 m², though all of the area cast
    Decision tooLittle = rule.decide(List.of(Ballot.of(a, Choice.YES)), Set.of(a, b), owners);
    assertThat(tooLittle.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(tooLittle.checks()).extracting(Check::met).containsExactly(true, false);
    // 59.99 + 0.01 = 60.00 m²
    assertThat(
            rule.decide(
                    List.of(Ballot.of(a, Choice.YES), Ballot.of(b, Choice.YES)),
                    Set.of(a, b),
                    owners)
                .outcome())
        .isEqualTo(Outcome.PASSED);
    // b's ballot does not count when b has not signed in
    assertThat(
            rule.decide(
                    List.of(Ballot.of(a, Choice.YES), Ballot.of(b, Choice.YES)), Set.of(a), owners)
                .outcome())
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void participationBelowItsThresholdGivesNoQuorum() {
    MajorityRule rule =
        new MajorityRule.Builder()
            .approval(Threshold.of(Fraction.half(), true, Base.DECISIVE, Measure.HEADCOUNT))
            .participation(Participation.of(Fraction.half(), false, Measure.HEADCOUNT))
            .build();

    Decision few = rule.decide(Tally.ofShowOfHands(4, 0, 0, 10, 10));
    assertThat(few.outcome()).isEqualTo(Outcome.NO_QUORUM);
    assertThat(few.passed()).isFalse();
    assertThat(few.checks())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(CheckKind.PARTICIPATION);
              assertThat(c.base()).contains(Base.ELIGIBLE);
              assertThat(c.achieved()).isEqualByComparingTo("4");
              assertThat(c.whole()).isEqualByComparingTo("10");
              assertThat(c.met()).isFalse();
            });

    Decision enough = rule.decide(Tally.ofShowOfHands(3, 2, 0, 10, 10));
    assertThat(enough.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(enough.checks())
        .extracting(Check::kind)
        .containsExactly(CheckKind.PARTICIPATION, CheckKind.APPROVAL);
  }

  @Test
  void participationCountsBallotsNotPresence() {
    MajorityRule rule =
        new MajorityRule.Builder()
            .approval(Threshold.of(Fraction.half(), true, Base.DECISIVE, Measure.HEADCOUNT))
            .participation(Participation.of(Fraction.half(), true, Measure.HEADCOUNT))
            .build();

    // all ten present, five vote: not more than half
    assertThat(rule.decide(Tally.ofShowOfHands(5, 0, 0, 10, 10)).outcome())
        .isEqualTo(Outcome.NO_QUORUM);
    assertThat(rule.decide(Tally.ofShowOfHands(5, 0, 1, 10, 10)).outcome())
        .isEqualTo(Outcome.PASSED);
  }

  @Test
  void weightedRuleComparesFloorArea() {
    PartyId big = PartyId.of("big");
    PartyId small1 = PartyId.of("small-1");
    PartyId small2 = PartyId.of("small-2");
    List<Voter> owners =
        List.of(
            Voter.of(big, PartyKind.STAKEHOLDER, new BigDecimal("150.00")),
            Voter.of(small1, PartyKind.STAKEHOLDER, new BigDecimal("50.5")),
            Voter.of(small2, PartyKind.STAKEHOLDER, new BigDecimal("49.5")));
    MajorityRule byArea = rule(Fraction.of(3, 4), false, Base.CAST, Measure.WEIGHT);
    Set<PartyId> all = Set.of(big, small1, small2);

    // 150 + 50.5 = 200.5 of 250: 802 ≥ 750
    assertThat(
            byArea
                .decide(
                    List.of(
                        Ballot.of(big, Choice.YES),
                        Ballot.of(small1, Choice.YES),
                        Ballot.of(small2, Choice.NO)),
                    all,
                    owners)
                .outcome())
        .isEqualTo(Outcome.PASSED);
    // 50.5 + 49.5 = 100 of 250
    assertThat(
            byArea
                .decide(
                    List.of(
                        Ballot.of(big, Choice.NO),
                        Ballot.of(small1, Choice.YES),
                        Ballot.of(small2, Choice.YES)),
                    all,
                    owners)
                .outcome())
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void simpleIsMoreThanHalfByHeadcount() {
    Threshold approval = MajorityRule.simple(Base.PRESENT).approval();

    assertThat(approval)
        .isEqualTo(Threshold.of(Fraction.half(), true, Base.PRESENT, Measure.HEADCOUNT));
    assertThat(MajorityRule.simple(Base.PRESENT).minimumYes()).isEqualByComparingTo("0");
    assertThat(MajorityRule.simple(Base.PRESENT).participation()).isEmpty();
  }

  @Test
  void rejectsANegativeMinimumYes() {
    assertThatThrownBy(
            () ->
                new MajorityRule.Builder()
                    .approval(Threshold.of(Fraction.half(), true, Base.CAST, Measure.HEADCOUNT))
                    .minimumYes(new BigDecimal("-1.5"))
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("minimumYes: must not be negative, was -1.5");
  }

  @Test
  void rejectsAMissingApproval() {
    assertThatThrownBy(() -> new MajorityRule.Builder().build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("approval");
  }
}
