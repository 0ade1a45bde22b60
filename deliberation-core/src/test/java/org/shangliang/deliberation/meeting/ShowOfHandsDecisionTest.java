package org.shangliang.deliberation.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.decision.Base;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;

/** Deciding a show of hands never throws, whoever the caller says was present. */
class ShowOfHandsDecisionTest {
  private static final PartyId A = PartyId.of("a");
  private static final PartyId B = PartyId.of("b");
  private static final PartyId C = PartyId.of("c");

  private static Vote hands(int yes, int no, int abstain) {
    return new Vote.Builder()
        .rule(MajorityRule.simple(Base.PRESENT))
        .addEligible(
            Voter.of(A, PartyKind.RESIDENT_REPRESENTATIVE),
            Voter.of(B, PartyKind.RESIDENT_REPRESENTATIVE),
            Voter.of(C, PartyKind.RESIDENT_REPRESENTATIVE))
        .showOfHands(ShowOfHands.of(yes, no, abstain, A))
        .closedAt(Instant.parse("2026-03-11T02:00:00Z"))
        .build();
  }

  @Test
  void countsEachRaisedHandAsPresentWhenHandsOutnumberThoseSignedIn() {
    // three hands, one voter signed in: the three who raised a hand were there
    var decision = hands(2, 1, 0).decide(Set.of(A));
    assertThat(decision.tally().presentCount()).isEqualTo(3);
    assertThat(decision.outcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  void keepsThoseSignedInAsPresentWhenTheyOutnumberTheHands() {
    // one yes hand of three voters present: not more than half of those present
    var decision = hands(1, 0, 0).decide(Set.of(A, B, C));
    assertThat(decision.tally().presentCount()).isEqualTo(3);
    assertThat(decision.outcome()).isEqualTo(Outcome.FAILED);
  }

  @Test
  void decidesWithNobodySignedIn() {
    assertThat(hands(0, 0, 0).decide(Set.of()).tally().presentCount()).isZero();
    assertThat(hands(1, 1, 1).decide(Set.of()).tally().presentCount()).isEqualTo(3);
  }
}
