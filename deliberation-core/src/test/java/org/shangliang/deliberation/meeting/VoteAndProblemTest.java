package org.shangliang.deliberation.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.decision.Base;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.decision.RestrictedVote;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;

class VoteAndProblemTest {
  private static final Instant CLOSED = Instant.parse("2026-12-11T02:00:00Z");
  private static final PartyId COUNTER = PartyId.of("counter");

  /** 3 people's-congress deputies and 10 resident representatives, all present. */
  private static Vote.Builder deputiesAndResidents(Set<PartyId> present) {
    Vote.Builder vote =
        new Vote.Builder()
            .rule(RestrictedVote.of(PartyKind.PEOPLES_CONGRESS_DEPUTY, MajorityRule.simple(Base.PRESENT)))
            .closedAt(CLOSED);
    for (int i = 0; i < 3; i++) {
      PartyId id = PartyId.of("deputy-" + i);
      vote.addEligible(Voter.of(id, PartyKind.PEOPLES_CONGRESS_DEPUTY));
      present.add(id);
    }
    for (int i = 0; i < 10; i++) {
      PartyId id = PartyId.of("resident-" + i);
      vote.addEligible(Voter.of(id, PartyKind.RESIDENT_REPRESENTATIVE));
      present.add(id);
    }
    return vote;
  }

  @Test
  void countsOnlyTheRestrictedKindInAShowOfHands() {
    Set<PartyId> present = new HashSet<>();
    Vote vote = deputiesAndResidents(present).showOfHands(ShowOfHands.of(3, 0, 0, COUNTER)).build();
    assertThat(vote.voters()).isEqualTo(3);
    assertThat(vote.votersPresent(present)).isEqualTo(3);
    assertThat(vote.decide(present).outcome()).isEqualTo(Outcome.PASSED);
    assertThat(vote.decide(present).tally().presentCount()).isEqualTo(3);
  }

  @Test
  void rejectsAShowOfHandsWithMoreHandsThanVoters() {
    assertThatThrownBy(
            () ->
                deputiesAndResidents(new HashSet<>())
                    .showOfHands(ShowOfHands.of(3, 1, 0, COUNTER))
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("showOfHands: more hands (4) than eligible voters (3)");
  }

  @Test
  void rejectsAProblemSolvedOnTheSpotThatAlsoHasAProposedSolution() {
    assertThatThrownBy(
            () ->
                new RaisedProblem.Builder()
                    .description("路灯")
                    .raisedAt(CLOSED)
                    .solvedOnTheSpot(true)
                    .solutionProposedAt(CLOSED.plusSeconds(60))
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("solutionProposedAt: a problem solved on the spot needs no");
    assertThat(RaisedProblem.pending("路灯", CLOSED, Optional.empty()).solvedOnTheSpot()).isFalse();
  }

  @Test
  void givesAnUnmodifiableSetOfThePartiesPresent() {
    Meeting meeting =
        new Meeting.Builder()
            .unit(org.shangliang.deliberation.unit.UnitId.of("c-1"))
            .kind(MeetingKind.SMALL)
            .scheduledDate(java.time.LocalDate.of(2026, 12, 11))
            .startedAt(CLOSED)
            .endedAt(CLOSED.plusSeconds(3600))
            .chair(COUNTER)
            .recorder(COUNTER)
            .addAttendance(SignIn.of(COUNTER, CLOSED))
            .build();
    assertThat(meeting.present()).containsExactly(COUNTER);
    assertThatThrownBy(() -> meeting.present().add(PartyId.of("x")))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
