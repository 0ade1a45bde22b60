package org.shangliang.deliberation.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.decision.Ballot;
import org.shangliang.deliberation.decision.Base;
import org.shangliang.deliberation.decision.Choice;
import org.shangliang.deliberation.decision.DecisionRule;
import org.shangliang.deliberation.decision.DoubleThreshold;
import org.shangliang.deliberation.decision.Fraction;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.decision.Measure;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.decision.RestrictedVote;
import org.shangliang.deliberation.decision.Threshold;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;

/**
 * A vote on floor area is decided on ballots that carry each owner's area; a show of hands counts
 * heads only, so a vote whose rule measures weight cannot be one. Owners with 10, 10, 10 and 300 m²
 * voting 3 to 1 pass by heads and fail by area.
 */
class VoteMeasureTest {
  private static final Instant CLOSED = Instant.parse("2026-12-11T02:00:00Z");
  private static final PartyId A = PartyId.of("owner-a");
  private static final PartyId B = PartyId.of("owner-b");
  private static final PartyId C = PartyId.of("owner-c");
  private static final PartyId BIG = PartyId.of("owner-big");
  private static final Set<PartyId> ALL = Set.of(A, B, C, BIG);
  private static final PartyId COUNTER = PartyId.of("counter");

  private static final MajorityRule BY_AREA =
      new MajorityRule.Builder()
          .approval(Threshold.of(Fraction.half(), true, Base.CAST, Measure.WEIGHT))
          .build();
  private static final MajorityRule BY_HEADS = MajorityRule.simple(Base.CAST);
  private static final DoubleThreshold BY_HEADS_AND_AREA = DoubleThreshold.of(BY_HEADS, BY_AREA);

  private static Vote.Builder owners(DecisionRule rule) {
    return new Vote.Builder()
        .rule(rule)
        .addEligible(Voter.of(A, PartyKind.STAKEHOLDER, new BigDecimal("10")))
        .addEligible(Voter.of(B, PartyKind.STAKEHOLDER, new BigDecimal("10")))
        .addEligible(Voter.of(C, PartyKind.STAKEHOLDER, new BigDecimal("10")))
        .addEligible(Voter.of(BIG, PartyKind.STAKEHOLDER, new BigDecimal("300")))
        .closedAt(CLOSED);
  }

  private static List<Ballot> threeToOne() {
    return List.of(
        Ballot.of(A, Choice.YES), Ballot.of(B, Choice.YES), Ballot.of(C, Choice.YES),
        Ballot.of(BIG, Choice.NO));
  }

  @Test
  void ballotsWithWeightsFailByAreaWhatHeadsWouldPass() {
    assertThat(owners(BY_HEADS).addAllBallots(threeToOne()).build().decide(ALL).outcome())
        .isEqualTo(Outcome.PASSED);
    assertThat(owners(BY_AREA).addAllBallots(threeToOne()).build().decide(ALL).outcome())
        .isEqualTo(Outcome.FAILED);
    assertThat(owners(BY_HEADS_AND_AREA).addAllBallots(threeToOne()).build().decide(ALL).outcome())
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void refusesAShowOfHandsOnARuleThatMeasuresArea() {
    for (DecisionRule rule :
        List.<DecisionRule>of(
            BY_AREA,
            BY_HEADS_AND_AREA,
            RestrictedVote.of(PartyKind.STAKEHOLDER, BY_HEADS_AND_AREA),
            new MajorityRule.Builder()
                .approval(Threshold.of(Fraction.half(), true, Base.CAST, Measure.HEADCOUNT))
                .participation(
                    org.shangliang.deliberation.decision.Participation.of(
                        Fraction.half(), false, Measure.WEIGHT))
                .build())) {
      assertThatThrownBy(() -> owners(rule).showOfHands(ShowOfHands.of(3, 1, 0, COUNTER)).build())
          .as("%s", rule)
          .isInstanceOfSatisfying(
              InvalidModelException.class,
              e -> {
                assertThat(e.path().toString()).isEqualTo("showOfHands");
                assertThat(e.fault()).contains("measures weight");
              });
    }
  }

  @Test
  void acceptsAShowOfHandsOnAHeadcountRule() {
    Vote vote = owners(BY_HEADS).showOfHands(ShowOfHands.of(3, 1, 0, COUNTER)).build();
    assertThat(vote.decide(ALL).outcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  void saysWhichRulesMeasureWeight() {
    assertThat(BY_HEADS.measuresWeight()).isFalse();
    assertThat(BY_AREA.measuresWeight()).isTrue();
    assertThat(BY_HEADS_AND_AREA.measuresWeight()).isTrue();
    assertThat(RestrictedVote.of(PartyKind.STAKEHOLDER, BY_HEADS).measuresWeight()).isFalse();
    assertThat(RestrictedVote.of(PartyKind.STAKEHOLDER, BY_AREA).measuresWeight()).isTrue();
  }
}
