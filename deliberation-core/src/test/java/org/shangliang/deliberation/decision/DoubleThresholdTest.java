package org.shangliang.deliberation.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;

/**
 * An owners' decision of the shape of PRC Civil Code art. 278 for major matters (e.g. rebuilding,
 * or adding a lift paid from the maintenance fund): at least 2/3 of the owners and of the floor
 * area take part, and at least 3/4 of the participating owners and of the participating area
 * approve.
 */
class DoubleThresholdTest {
  private static final Fraction TWO_THIRDS = Fraction.of(2, 3);
  private static final Fraction THREE_QUARTERS = Fraction.of(3, 4);

  /** Eight small flats of 50 m² (s1…s8) and two large ones of 300 m² (b1, b2): 1000 m² in all. */
  private static final List<Voter> OWNERS = owners();

  private static final DoubleThreshold ART_278 =
      DoubleThreshold.of(side(Measure.HEADCOUNT), side(Measure.WEIGHT));

  private static MajorityRule side(Measure measure) {
    return new MajorityRule.Builder()
        .approval(Threshold.of(THREE_QUARTERS, false, Base.CAST, measure))
        .participation(Participation.of(TWO_THIRDS, false, measure))
        .build();
  }

  private static List<Voter> owners() {
    List<Voter> owners = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      owners.add(Voter.of(PartyId.of("s" + i), PartyKind.STAKEHOLDER, new BigDecimal("50.00")));
    }
    owners.add(Voter.of(PartyId.of("b1"), PartyKind.STAKEHOLDER, new BigDecimal("300")));
    owners.add(Voter.of(PartyId.of("b2"), PartyKind.STAKEHOLDER, new BigDecimal("300.0")));
    return owners;
  }

  /** Ballots: the named owners vote yes, the others named in {@code no} vote no. */
  private static Decision vote(List<String> yes, List<String> no) {
    List<Ballot> ballots = new ArrayList<>();
    Set<PartyId> present = new HashSet<>();
    for (String id : yes) {
      ballots.add(Ballot.of(PartyId.of(id), Choice.YES));
      present.add(PartyId.of(id));
    }
    for (String id : no) {
      ballots.add(Ballot.of(PartyId.of(id), Choice.NO));
      present.add(PartyId.of(id));
    }
    return ART_278.decide(ballots, present, OWNERS);
  }

  @Test
  void headcountPassingButAreaFailingFails() {
    // 8 of 10 owners (≥ 3/4) but 400 of 1000 m² (< 3/4)
    Decision decision =
        vote(List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8"), List.of("b1", "b2"));

    assertThat(decision.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(decision.checks())
        .extracting(Check::kind, Check::measure, Check::met)
        .containsExactly(
            tuple(CheckKind.PARTICIPATION, Measure.HEADCOUNT, true),
            tuple(CheckKind.APPROVAL, Measure.HEADCOUNT, true),
            tuple(CheckKind.PARTICIPATION, Measure.WEIGHT, true),
            tuple(CheckKind.APPROVAL, Measure.WEIGHT, false));
    assertThat(decision.checks().get(3).achieved()).isEqualByComparingTo("400");
    assertThat(decision.checks().get(3).whole()).isEqualByComparingTo("1000");
  }

  @Test
  void areaPassingButHeadcountFailingFails() {
    // 750 of 1000 m² (exactly 3/4) but 5 of 10 owners
    Decision decision =
        vote(List.of("b1", "b2", "s1", "s2", "s3"), List.of("s4", "s5", "s6", "s7", "s8"));

    assertThat(decision.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(decision.checks()).extracting(Check::met).containsExactly(true, false, true, true);
  }

  @Test
  void bothPassingPasses() {
    Decision decision =
        vote(List.of("b1", "b2", "s1", "s2", "s3", "s4", "s5", "s6"), List.of("s7", "s8"));

    assertThat(decision.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(decision.checks()).allSatisfy(c -> assertThat(c.met()).isTrue());
  }

  @Test
  void approvalIsOfThoseTakingPartNotOfAllOwners() {
    // 7 owners with 850 m² take part (≥ 2/3 of both); 6 of them with 800 m² approve: ≥ 3/4 of
    // those taking part, though only 6 of all 10 owners
    Decision decision = vote(List.of("b1", "b2", "s1", "s2", "s3", "s4"), List.of("s5"));

    assertThat(decision.outcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  void tooFewOwnersTakingPartIsNoQuorumEvenIfAllApprove() {
    // 6 of 10 owners (< 2/3), though with 800 of 1000 m²
    Decision decision = vote(List.of("b1", "b2", "s1", "s2", "s3", "s4"), List.of());

    assertThat(decision.outcome()).isEqualTo(Outcome.NO_QUORUM);
  }

  @Test
  void tooLittleAreaTakingPartIsNoQuorum() {
    // 7 of 10 owners (≥ 2/3) but 350 of 1000 m² (< 2/3)
    Decision decision = vote(List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7"), List.of());

    assertThat(decision.outcome()).isEqualTo(Outcome.NO_QUORUM);
    assertThat(decision.checks())
        .extracting(Check::kind, Check::measure, Check::met)
        .containsExactly(
            tuple(CheckKind.PARTICIPATION, Measure.HEADCOUNT, true),
            tuple(CheckKind.APPROVAL, Measure.HEADCOUNT, true),
            tuple(CheckKind.PARTICIPATION, Measure.WEIGHT, false));
  }

  @Test
  void rejectsAHeadcountSideMeasuringWeight() {
    assertThatThrownBy(() -> DoubleThreshold.of(side(Measure.WEIGHT), side(Measure.WEIGHT)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("headcount.approval.measure: must be HEADCOUNT, was WEIGHT");
  }

  @Test
  void rejectsAWeightSideMeasuringHeadcount() {
    assertThatThrownBy(() -> DoubleThreshold.of(side(Measure.HEADCOUNT), side(Measure.HEADCOUNT)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("weight.approval.measure: must be WEIGHT, was HEADCOUNT");
  }

  @Test
  void rejectsASideWhoseParticipationMeasuresTheOtherThing() {
    MajorityRule mixed =
        new MajorityRule.Builder()
            .approval(Threshold.of(THREE_QUARTERS, false, Base.CAST, Measure.HEADCOUNT))
            .participation(Participation.of(TWO_THIRDS, false, Measure.WEIGHT))
            .build();

    assertThatThrownBy(() -> DoubleThreshold.of(mixed, side(Measure.WEIGHT)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "headcount.participation.measure: must be HEADCOUNT, was WEIGHT");
  }
}
