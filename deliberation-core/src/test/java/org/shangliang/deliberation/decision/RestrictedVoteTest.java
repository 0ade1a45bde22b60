package org.shangliang.deliberation.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;

/** The deputies' vote on livelihood micro-projects (民生微实事人大代表票决制). */
class RestrictedVoteTest {
  private static final PartyId D1 = PartyId.of("deputy-1");
  private static final PartyId D2 = PartyId.of("deputy-2");
  private static final PartyId D3 = PartyId.of("deputy-3");

  private static final RestrictedVote DEPUTIES_SIMPLE_MAJORITY =
      RestrictedVote.of(PartyKind.PEOPLES_CONGRESS_DEPUTY, MajorityRule.simple(Base.DECISIVE));

  private static List<Voter> voters() {
    List<Voter> voters = new ArrayList<>();
    voters.add(Voter.of(D1, PartyKind.PEOPLES_CONGRESS_DEPUTY));
    voters.add(Voter.of(PartyId.of("resident-1"), PartyKind.RESIDENT_REPRESENTATIVE));
    voters.add(Voter.of(D2, PartyKind.PEOPLES_CONGRESS_DEPUTY));
    for (int i = 2; i <= 5; i++) {
      voters.add(Voter.of(PartyId.of("resident-" + i), PartyKind.RESIDENT_REPRESENTATIVE));
    }
    voters.add(Voter.of(D3, PartyKind.PEOPLES_CONGRESS_DEPUTY));
    voters.add(Voter.of(PartyId.of("cppcc-1"), PartyKind.CPPCC_MEMBER));
    return voters;
  }

  /** Deputies 1 and 2 vote yes and deputy 3 no; every other party votes no. */
  private static List<Ballot> mixedBallots() {
    List<Ballot> ballots = new ArrayList<>();
    for (Voter voter : voters()) {
      boolean yes = voter.party().equals(D1) || voter.party().equals(D2);
      ballots.add(Ballot.of(voter.party(), yes ? Choice.YES : Choice.NO));
    }
    return ballots;
  }

  private static Set<PartyId> everyone() {
    Set<PartyId> present = new HashSet<>();
    for (Voter voter : voters()) {
      present.add(voter.party());
    }
    return present;
  }

  @Test
  void countsOnlyTheBallotsOfTheRestrictedKind() {
    Decision decision = DEPUTIES_SIMPLE_MAJORITY.decide(mixedBallots(), everyone(), voters());

    assertThat(decision.outcome()).isEqualTo(Outcome.PASSED);
    Tally tally = decision.tally();
    assertThat(tally.eligibleCount()).isEqualTo(3);
    assertThat(tally.presentCount()).isEqualTo(3);
    assertThat(tally.castCount()).isEqualTo(3);
    assertThat(tally.yesCount()).isEqualTo(2);
    assertThat(tally.noCount()).isEqualTo(1);
  }

  @Test
  void theSameRuleUnrestrictedCountsEveryone() {
    Decision decision =
        MajorityRule.simple(Base.DECISIVE).decide(mixedBallots(), everyone(), voters());

    assertThat(decision.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(decision.tally().noCount()).isEqualTo(7);
  }

  @Test
  void presenceOfOtherKindsIsLeftOut() {
    RestrictedVote rule =
        RestrictedVote.of(
            PartyKind.PEOPLES_CONGRESS_DEPUTY,
            MajorityRule.supermajority(Fraction.of(2, 3), false, Base.PRESENT));
    Set<PartyId> present = everyone();
    present.remove(D3);

    Decision decision =
        rule.decide(
            List.of(Ballot.of(D1, Choice.YES), Ballot.of(D2, Choice.YES)), present, voters());

    assertThat(decision.tally().presentCount()).isEqualTo(2);
    assertThat(decision.outcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  void weightsOfOtherKindsAreLeftOut() {
    PartyId owner = PartyId.of("owner");
    List<Voter> voters =
        List.of(
            Voter.of(D1, PartyKind.PEOPLES_CONGRESS_DEPUTY, new BigDecimal("2.5")),
            Voter.of(owner, PartyKind.STAKEHOLDER, new BigDecimal("1000")));
    RestrictedVote rule =
        RestrictedVote.of(
            PartyKind.PEOPLES_CONGRESS_DEPUTY,
            new MajorityRule.Builder()
                .approval(Threshold.of(Fraction.half(), true, Base.ELIGIBLE, Measure.WEIGHT))
                .build());

    Decision decision =
        rule.decide(
            List.of(Ballot.of(D1, Choice.YES), Ballot.of(owner, Choice.NO)),
            Set.of(D1, owner),
            voters);

    assertThat(decision.tally().eligibleWeight()).isEqualByComparingTo("2.5");
    assertThat(decision.tally().presentWeight()).isEqualByComparingTo("2.5");
    assertThat(decision.tally().castWeight()).isEqualByComparingTo("2.5");
    assertThat(decision.tally().yesWeight()).isEqualByComparingTo("2.5");
    assertThat(decision.outcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  void ballotsOfDeputiesWhoDidNotSignInAreLeftOut() {
    Set<PartyId> present = everyone();
    present.remove(D1);
    present.remove(D2);

    // D1 and D2 vote yes without signing in; only D3's no counts
    Decision decision = DEPUTIES_SIMPLE_MAJORITY.decide(mixedBallots(), present, voters());

    assertThat(decision.tally().presentCount()).isEqualTo(1);
    assertThat(decision.tally().castCount()).isEqualTo(1);
    assertThat(decision.tally().yesCount()).isZero();
    assertThat(decision.tally().noCount()).isEqualTo(1);
    assertThat(decision.outcome()).isEqualTo(Outcome.FAILED);
  }

  @Test
  void noVoterOfTheKindFails() {
    Decision decision =
        RestrictedVote.of(PartyKind.PARTY_CONGRESS_DEPUTY, MajorityRule.simple(Base.DECISIVE))
            .decide(mixedBallots(), everyone(), voters());

    assertThat(decision.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(decision.tally().eligibleCount()).isZero();
  }

  @Test
  void aTallyIsTakenToCountTheRestrictedKindAlready() {
    Tally deputiesShowOfHands = Tally.ofShowOfHands(2, 1, 0, 3, 3);

    assertThat(DEPUTIES_SIMPLE_MAJORITY.decide(deputiesShowOfHands))
        .isEqualTo(MajorityRule.simple(Base.DECISIVE).decide(deputiesShowOfHands));
  }

  @Test
  void canRestrictADoubleThreshold() {
    DoubleThreshold both =
        DoubleThreshold.of(
            MajorityRule.simple(Base.CAST),
            new MajorityRule.Builder()
                .approval(Threshold.of(Fraction.half(), true, Base.CAST, Measure.WEIGHT))
                .build());
    RestrictedVote rule = RestrictedVote.of(PartyKind.PEOPLES_CONGRESS_DEPUTY, both);

    assertThat(rule.decide(mixedBallots(), everyone(), voters()).outcome())
        .isEqualTo(Outcome.PASSED);
    assertThat(both.decide(mixedBallots(), everyone(), voters()).outcome())
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void rejectsANestedRestrictedVote() {
    assertThatThrownBy(
            () -> RestrictedVote.of(PartyKind.RESIDENT_REPRESENTATIVE, DEPUTIES_SIMPLE_MAJORITY))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("rule: must not itself be a restricted vote, was ");
  }
}
