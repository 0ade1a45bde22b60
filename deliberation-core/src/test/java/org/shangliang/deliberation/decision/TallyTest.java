package org.shangliang.deliberation.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;

class TallyTest {
  private static final PartyId A = PartyId.of("owner-a");
  private static final PartyId B = PartyId.of("owner-b");
  private static final PartyId C = PartyId.of("owner-c");
  private static final PartyId D = PartyId.of("owner-d");
  private static final PartyId STRANGER = PartyId.of("not-an-owner");

  private static Voter owner(PartyId id, String area) {
    return Voter.of(id, PartyKind.STAKEHOLDER, new BigDecimal(area));
  }

  private static final List<Voter> OWNERS =
      List.of(owner(A, "89.50"), owner(B, "0.1"), owner(C, "0.2"), owner(D, "120"));

  @Test
  void countsOnlyTheFirstBallotOfEachParty() {
    Tally tally =
        Tally.of(
            List.of(
                Ballot.of(A, Choice.YES),
                Ballot.of(A, Choice.NO),
                Ballot.of(A, Choice.ABSTAIN),
                Ballot.of(B, Choice.NO),
                Ballot.of(B, Choice.YES)),
            Set.of(A, B),
            OWNERS);

    assertThat(tally.castCount()).isEqualTo(2);
    assertThat(tally.yesCount()).isEqualTo(1);
    assertThat(tally.noCount()).isEqualTo(1);
    assertThat(tally.abstainCount()).isZero();
    assertThat(tally.yesWeight()).isEqualByComparingTo("89.5");
    assertThat(tally.noWeight()).isEqualByComparingTo("0.1");
  }

  @Test
  void ignoresBallotsOfPartiesThatAreNotEligible() {
    Tally tally =
        Tally.of(
            List.of(
                Ballot.of(STRANGER, Choice.YES),
                Ballot.of(STRANGER, Choice.YES),
                Ballot.of(C, Choice.NO)),
            Set.of(C, STRANGER),
            OWNERS);

    assertThat(tally.castCount()).isEqualTo(1);
    assertThat(tally.yesCount()).isZero();
    assertThat(tally.noCount()).isEqualTo(1);
    assertThat(tally.yesWeight()).isEqualByComparingTo("0");
    assertThat(tally.castWeight()).isEqualByComparingTo("0.2");
  }

  @Test
  void sumsWeightsExactly() {
    Tally tally =
        Tally.of(
            List.of(
                Ballot.of(A, Choice.YES),
                Ballot.of(B, Choice.YES),
                Ballot.of(C, Choice.YES),
                Ballot.of(D, Choice.ABSTAIN)),
            Set.of(A, B, C, D),
            OWNERS);

    // 0.1 + 0.2 is 0.3 here, not 0.30000000000000004
    assertThat(tally.yesWeight()).isEqualByComparingTo("89.8");
    assertThat(tally.yesWeight().subtract(new BigDecimal("89.5")))
        .isEqualByComparingTo(new BigDecimal("0.3"));
    assertThat(tally.abstainWeight()).isEqualByComparingTo("120");
    assertThat(tally.castWeight()).isEqualByComparingTo("209.8");
    assertThat(tally.eligibleWeight()).isEqualByComparingTo("209.80");
    assertThat(tally.presentWeight()).isEqualByComparingTo("209.8");
  }

  @Test
  void presentCountsOnlyEligibleVotersSignedIn() {
    Tally tally = Tally.of(List.of(), Set.of(A, D, STRANGER), OWNERS);

    assertThat(tally.eligibleCount()).isEqualTo(4);
    assertThat(tally.presentCount()).isEqualTo(2);
    assertThat(tally.presentWeight()).isEqualByComparingTo("209.5");
    assertThat(tally.castCount()).isZero();
    assertThat(tally.castWeight()).isEqualByComparingTo("0");
  }

  @Test
  void ignoresTheBallotOfAnEligibleVoterWhoDidNotSignIn() {
    // Only signed-in parties vote: the ballot of an eligible party not present is not counted.
    Tally tally = Tally.of(List.of(Ballot.of(B, Choice.YES)), Set.of(), OWNERS);

    assertThat(tally.presentCount()).isZero();
    assertThat(tally.castCount()).isZero();
    assertThat(tally.yesCount()).isZero();
    assertThat(tally.yesWeight()).isEqualByComparingTo("0");
    assertThat(tally.castWeight()).isEqualByComparingTo("0");
    assertThat(tally).isEqualTo(Tally.of(List.of(), Set.of(), OWNERS));
  }

  @Test
  void yesVotesNeverExceedThePresentSoAPresentBasedMajorityCannotExceedOne() {
    // A signed in; B, C and D vote without signing in, and their ballots are left out.
    Tally tally =
        Tally.of(
            List.of(
                Ballot.of(A, Choice.YES),
                Ballot.of(B, Choice.YES),
                Ballot.of(C, Choice.YES),
                Ballot.of(D, Choice.YES)),
            Set.of(A),
            OWNERS);

    assertThat(tally.presentCount()).isEqualTo(1);
    assertThat(tally.castCount()).isEqualTo(1);
    assertThat(tally.yesCount()).isEqualTo(1);
    assertThat(tally.yesWeight()).isEqualByComparingTo("89.5");
    assertThat(tally.castWeight()).isEqualByComparingTo("89.5");
    assertThat(tally.presentWeight()).isEqualByComparingTo("89.5");
    for (Measure measure : Measure.values()) {
      assertThat(tally.yes(measure)).isLessThanOrEqualTo(tally.base(measure, Base.PRESENT));
    }
    // yes / present is at most 1: "more than all those present" cannot be met, "all of them" is
    for (Measure measure : Measure.values()) {
      MajorityRule moreThanAll =
          new MajorityRule.Builder()
              .approval(Threshold.of(Fraction.of(1, 1), true, Base.PRESENT, measure))
              .build();
      MajorityRule all =
          new MajorityRule.Builder()
              .approval(Threshold.of(Fraction.of(1, 1), false, Base.PRESENT, measure))
              .build();
      assertThat(moreThanAll.decide(tally).outcome()).as("%s", measure).isEqualTo(Outcome.FAILED);
      assertThat(all.decide(tally).outcome()).as("%s", measure).isEqualTo(Outcome.PASSED);
    }
  }

  @Test
  void countsTheFirstBallotOfAPartyPresentWhateverAbsentPartiesCastBefore() {
    Tally tally =
        Tally.of(
            List.of(
                Ballot.of(B, Choice.NO),
                Ballot.of(A, Choice.YES),
                Ballot.of(B, Choice.YES),
                Ballot.of(A, Choice.NO)),
            Set.of(A),
            OWNERS);

    assertThat(tally.castCount()).isEqualTo(1);
    assertThat(tally.yesCount()).isEqualTo(1);
    assertThat(tally.noCount()).isZero();
    assertThat(tally.yesWeight()).isEqualByComparingTo("89.5");
  }

  @Test
  void givesTheBaseOfEachKindByHeadcountAndWeight() {
    // A, B and C vote; D signs in without voting; E is eligible but absent.
    List<Voter> owners = new ArrayList<>(OWNERS);
    owners.add(owner(PartyId.of("owner-e"), "0.5"));
    Tally tally =
        Tally.of(
            List.of(
                Ballot.of(A, Choice.YES), Ballot.of(B, Choice.NO), Ballot.of(C, Choice.ABSTAIN)),
            Set.of(A, B, C, D),
            owners);

    assertThat(tally.base(Measure.HEADCOUNT, Base.CAST)).isEqualByComparingTo("3");
    assertThat(tally.base(Measure.HEADCOUNT, Base.DECISIVE)).isEqualByComparingTo("2");
    assertThat(tally.base(Measure.HEADCOUNT, Base.PRESENT)).isEqualByComparingTo("4");
    assertThat(tally.base(Measure.HEADCOUNT, Base.ELIGIBLE)).isEqualByComparingTo("5");
    assertThat(tally.base(Measure.WEIGHT, Base.CAST)).isEqualByComparingTo("89.8");
    assertThat(tally.base(Measure.WEIGHT, Base.DECISIVE)).isEqualByComparingTo("89.6");
    assertThat(tally.base(Measure.WEIGHT, Base.PRESENT)).isEqualByComparingTo("209.8");
    assertThat(tally.base(Measure.WEIGHT, Base.ELIGIBLE)).isEqualByComparingTo("210.3");
    assertThat(tally.yes(Measure.HEADCOUNT)).isEqualByComparingTo("1");
    assertThat(tally.yes(Measure.WEIGHT)).isEqualByComparingTo("89.5");
  }

  @Test
  void rejectsAPartyTwiceInTheEligibleList() {
    List<Voter> owners = new ArrayList<>(OWNERS);
    owners.add(owner(B, "5"));

    assertThatThrownBy(() -> Tally.of(List.of(Ballot.of(B, Choice.YES)), Set.of(A, B), owners))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("eligible[4].party: duplicate, was owner-b");
  }

  @Test
  void rejectsAPartyTwiceInTheEligibleListEvenWithTheSameKindAndWeight() {
    List<Voter> twice = List.of(owner(A, "1"), owner(A, "1"));

    assertThatThrownBy(() -> Tally.of(List.of(), Set.of(), twice))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("eligible[1].party: duplicate, was owner-a");
  }

  @Test
  void tallyOfNoVotersIsAllZero() {
    Tally tally = Tally.of(List.of(Ballot.of(STRANGER, Choice.YES)), Set.of(STRANGER), List.of());

    assertThat(tally.castCount()).isZero();
    assertThat(tally.eligibleCount()).isZero();
    assertThat(tally.castWeight()).isZero();
    assertThat(tally.eligibleWeight()).isZero();
  }

  @Test
  void showOfHandsCountsHeadsAndRecordsNoWeights() {
    Tally tally = Tally.ofShowOfHands(5, 2, 1, 9, 12);

    assertThat(tally.yesCount()).isEqualTo(5);
    assertThat(tally.noCount()).isEqualTo(2);
    assertThat(tally.abstainCount()).isEqualTo(1);
    assertThat(tally.castCount()).isEqualTo(8);
    assertThat(tally.presentCount()).isEqualTo(9);
    assertThat(tally.eligibleCount()).isEqualTo(12);
    assertThat(tally.weighed()).isFalse();
    assertThat(tally.yesWeight()).isZero();
    assertThat(tally.castWeight()).isZero();
    assertThat(tally.presentWeight()).isZero();
    assertThat(tally.eligibleWeight()).isZero();
  }

  @Test
  void showOfHandsRejectsMoreHandsThanPartiesPresent() {
    assertThatThrownBy(() -> Tally.ofShowOfHands(3, 2, 1, 5, 10))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("more hands (6) than parties present (5)");
  }

  @Test
  void showOfHandsDoesNotOverflowWhenAddingHands() {
    assertThatThrownBy(
            () ->
                Tally.ofShowOfHands(
                    Integer.MAX_VALUE, Integer.MAX_VALUE, 2, Integer.MAX_VALUE, Integer.MAX_VALUE))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("more hands (4294967296)");
  }

  @ParameterizedTest
  @CsvSource({
    "-1, 0, 0, 3, 3",
    "0, -1, 0, 3, 3",
    "0, 0, -1, 3, 3",
    "-2, 1, 1, 3, 3",
    "0, 0, 0, -1, 3",
    "0, 0, 0, 0, -1",
    "-2147483648, 0, 0, 0, 0"
  })
  void showOfHandsRejectsNegativeCounts(int yes, int no, int abstain, int present, int eligible) {
    assertThatThrownBy(() -> Tally.ofShowOfHands(yes, no, abstain, present, eligible))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageEndingWith(
            ": counts must not be negative, was yes %d, no %d, abstain %d, present %d, eligible %d",
            yes, no, abstain, present, eligible);
  }

  @Test
  void showOfHandsRejectsMorePresentThanEligible() {
    assertThatThrownBy(() -> Tally.ofShowOfHands(1, 0, 0, 4, 3))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("present: more parties present (4) than eligible (3)");
  }

  @Test
  void showOfHandsChecksPresenceBeforeCountingHands() {
    // both wrong: more present than eligible is reported, in the show of hands' own words
    assertThatThrownBy(() -> Tally.ofShowOfHands(5, 0, 0, 4, 3))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("present: more parties present (4) than eligible (3)");
  }

  @Test
  void showOfHandsAcceptsEveryoneVoting() {
    Tally tally = Tally.ofShowOfHands(1, 1, 1, 3, 3);

    assertThat(tally.castCount()).isEqualTo(3);
    assertThat(tally.presentCount()).isEqualTo(3);
  }

  /**
   * The fields of a tally, consistent unless a test changes one: 5 eligible (weight 10), 4 present
   * (8), 1 yes (3), 1 no (2), 1 abstention (1), so 3 cast (6).
   */
  private static final class Fields {
    int eligibleCount = 5;
    int presentCount = 4;
    int castCount = 3;
    int yesCount = 1;
    int noCount = 1;
    int abstainCount = 1;
    String eligibleWeight = "10";
    String presentWeight = "8";
    String castWeight = "6";
    String yesWeight = "3";
    String noWeight = "2";
    String abstainWeight = "1";

    Tally build() {
      return new Tally.Builder()
          .eligibleCount(eligibleCount)
          .presentCount(presentCount)
          .castCount(castCount)
          .yesCount(yesCount)
          .noCount(noCount)
          .abstainCount(abstainCount)
          .eligibleWeight(new BigDecimal(eligibleWeight))
          .presentWeight(new BigDecimal(presentWeight))
          .castWeight(new BigDecimal(castWeight))
          .yesWeight(new BigDecimal(yesWeight))
          .noWeight(new BigDecimal(noWeight))
          .abstainWeight(new BigDecimal(abstainWeight))
          .build();
    }
  }

  @Test
  void builderAcceptsConsistentFields() {
    Tally tally = new Fields().build();

    assertThat(tally.castCount()).isEqualTo(3);
    assertThat(tally.castWeight()).isEqualByComparingTo("6");
  }

  @Test
  void builderAcceptsEqualWeightsOfAnotherScale() {
    Fields fields = new Fields();
    fields.castWeight = "6.00";
    fields.presentWeight = "6.0";
    fields.eligibleWeight = "6.000";

    assertThat(fields.build().castWeight()).isEqualByComparingTo("6");
  }

  @Test
  void builderRejectsACastCountThatIsNotTheSumOfTheChoices() {
    Fields fields = new Fields();
    fields.castCount = 2;

    assertThatThrownBy(fields::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("castCount: must be yes + no + abstain (3), was 2");
  }

  @Test
  void builderRejectsACastCountThatOnlyMatchesTheSumWhenItOverflows() {
    // Integer.MAX_VALUE + 1 wraps round to Integer.MIN_VALUE in int arithmetic
    Fields fields = new Fields();
    fields.eligibleCount = Integer.MAX_VALUE;
    fields.presentCount = Integer.MAX_VALUE;
    fields.yesCount = Integer.MAX_VALUE;
    fields.noCount = 1;
    fields.abstainCount = 0;
    fields.castCount = Integer.MIN_VALUE;

    assertThatThrownBy(fields::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("castCount: must be yes + no + abstain (2147483648), was -2147483648");
  }

  @Test
  void builderRejectsMoreBallotsThanPartiesPresent() {
    Fields fields = new Fields();
    fields.presentCount = 2;

    assertThatThrownBy(fields::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("castCount: must not exceed present 2, was 3");
  }

  @Test
  void builderRejectsMorePartiesPresentThanEligible() {
    Fields fields = new Fields();
    fields.eligibleCount = 3;

    assertThatThrownBy(fields::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("presentCount: must not exceed eligible 3, was 4");
  }

  @ParameterizedTest
  @CsvSource({"yes, -1", "no, -1", "abstain, -1", "present, -1"})
  void builderRejectsNegativeCounts(String field, int value) {
    Fields fields = new Fields();
    switch (field) {
      case "yes":
        fields.yesCount = value;
        break;
      case "no":
        fields.noCount = value;
        break;
      case "abstain":
        fields.abstainCount = value;
        break;
      default:
        fields.presentCount = value;
    }

    assertThatThrownBy(fields::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith(field + "Count: counts must not be negative, was ")
        .hasMessageContaining(field + " " + value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "yesWeight",
        "noWeight",
        "abstainWeight",
        "castWeight",
        "presentWeight",
        "eligibleWeight"
      })
  void builderRejectsANegativeWeight(String field) {
    Fields fields = new Fields();
    switch (field) {
      case "yesWeight":
        fields.yesWeight = "-0.5";
        break;
      case "noWeight":
        fields.noWeight = "-0.5";
        break;
      case "abstainWeight":
        fields.abstainWeight = "-0.5";
        break;
      case "castWeight":
        fields.castWeight = "-0.5";
        break;
      case "presentWeight":
        fields.presentWeight = "-0.5";
        break;
      default:
        fields.eligibleWeight = "-0.5";
    }

    assertThatThrownBy(fields::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(field + ": must not be negative, was -0.5");
  }

  @Test
  void builderRejectsANegativeWeightEvenWhenTheSumStillMatches() {
    // yes 3 + no -1 + abstain 4 = 6: the sum agrees, the negative no weight does not
    Fields fields = new Fields();
    fields.noWeight = "-1";
    fields.abstainWeight = "4";

    assertThatThrownBy(fields::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("noWeight: must not be negative, was -1");
  }

  @Test
  void builderRejectsACastWeightThatIsNotTheSumOfTheChoices() {
    Fields fields = new Fields();
    fields.castWeight = "6.01";

    assertThatThrownBy(fields::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("castWeight: must be yes + no + abstain weights (6), was 6.01");
  }

  @Test
  void builderRejectsMoreWeightCastThanPresent() {
    Fields fields = new Fields();
    fields.presentWeight = "5.99";

    assertThatThrownBy(fields::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("castWeight: must not exceed present weight 5.99, was 6");
  }

  @Test
  void builderRejectsMoreWeightPresentThanEligible() {
    Fields fields = new Fields();
    fields.presentWeight = "10.5";

    assertThatThrownBy(fields::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("presentWeight: must not exceed eligible weight 10, was 10.5");
  }

  @Test
  void builderRejectsAMissingField() {
    assertThatThrownBy(() -> new Tally.Builder().eligibleCount(2).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("presentCount");
  }

  @Test
  void voterRejectsANegativeWeight() {
    assertThatThrownBy(() -> Voter.of(A, PartyKind.STAKEHOLDER, new BigDecimal("-0.01")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("weight: must not be negative, was -0.01");
  }
}
