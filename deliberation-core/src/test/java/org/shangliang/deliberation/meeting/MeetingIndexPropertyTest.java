package org.shangliang.deliberation.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.decision.Ballot;
import org.shangliang.deliberation.decision.Base;
import org.shangliang.deliberation.decision.Choice;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.unit.UnitId;

/**
 * Generated votes and meetings (ballots repeated, cast by parties not eligible, conflicts declared
 * twice) whose lookups — eligible voters, first ballots, parties with a conflict — are checked against
 * a linear scan of the lists. Each case is rebuilt from its seed, which every assertion message names.
 */
class MeetingIndexPropertyTest {
  private static final long BASE_SEED = 20261211L;
  private static final int CASES = 100;
  private static final Instant STARTED = Instant.parse("2026-12-11T01:00:00Z");
  private static final Instant ENDED = Instant.parse("2026-12-11T03:00:00Z");
  private static final Choice[] CHOICES = Choice.values();

  static LongStream seeds() {
    return LongStream.range(0, CASES).map(i -> BASE_SEED + i);
  }

  /** Ids p0..p29 and one that never appears. */
  private static List<PartyId> asked() {
    List<PartyId> ids = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ids.add(PartyId.of("p" + i));
    }
    ids.add(PartyId.of("nobody"));
    return ids;
  }

  private static PartyId anyParty(SplittableRandom random) {
    return PartyId.of("p" + random.nextInt(30));
  }

  private static Vote vote(SplittableRandom random) {
    Vote.Builder vote =
        new Vote.Builder().rule(MajorityRule.simple(Base.CAST)).closedAt(ENDED);
    Set<PartyId> eligible = new HashSet<>();
    int voters = random.nextInt(25);
    for (int i = 0; i < voters; i++) {
      PartyId party = anyParty(random);
      if (eligible.add(party)) {
        vote.addEligible(Voter.of(party, PartyKind.STAKEHOLDER));
      }
    }
    int ballots = random.nextInt(40);
    for (int i = 0; i < ballots; i++) {
      vote.addBallot(Ballot.of(anyParty(random), CHOICES[random.nextInt(CHOICES.length)]));
    }
    return vote.build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void eligibleVotersAndFirstBallotsAgreeWithAScan(long seed) {
    Vote vote = vote(new SplittableRandom(seed));
    for (PartyId party : asked()) {
      Optional<Voter> voter = Optional.empty();
      for (Voter candidate : vote.eligible()) {
        if (candidate.party().equals(party)) {
          voter = Optional.of(candidate);
          break;
        }
      }
      int first = -1;
      for (int k = 0; k < vote.ballots().size() && first < 0; k++) {
        if (vote.ballots().get(k).party().equals(party)) {
          first = k;
        }
      }
      assertThat(vote.voter(party)).as("seed %d: voter(%s)", seed, party).isEqualTo(voter);
      assertThat(vote.isEligible(party))
          .as("seed %d: isEligible(%s)", seed, party)
          .isEqualTo(voter.isPresent());
      assertThat(vote.firstBallot(party)).as("seed %d: firstBallot(%s)", seed, party).isEqualTo(first);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void conflictedAndPresentAgreeWithAScan(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Meeting.Builder meeting =
        new Meeting.Builder()
            .unit(UnitId.of("dianliu-1"))
            .kind(MeetingKind.REGULAR)
            .scheduledDate(LocalDate.of(2026, 12, 11))
            .startedAt(STARTED)
            .endedAt(ENDED)
            .chair(PartyId.of("p0"))
            .recorder(PartyId.of("p1"));
    Set<PartyId> signedIn = new HashSet<>();
    int signIns = random.nextInt(25);
    for (int i = 0; i < signIns; i++) {
      PartyId party = anyParty(random);
      if (signedIn.add(party)) {
        meeting.addAttendance(SignIn.of(party, STARTED));
      }
    }
    int conflicts = random.nextInt(8);
    for (int i = 0; i < conflicts; i++) {
      meeting.addConflict(ConflictOfInterest.of(anyParty(random), "业主委员会成员的亲属"));
    }
    Meeting built = meeting.build();
    List<PartyId> attendanceOrder = new ArrayList<>();
    built.attendance().forEach(signIn -> attendanceOrder.add(signIn.party()));
    assertThat(built.present()).as("seed %d: present", seed).containsExactlyElementsOf(attendanceOrder);
    for (PartyId party : asked()) {
      boolean declared = false;
      for (ConflictOfInterest conflict : built.conflicts()) {
        declared |= conflict.party().equals(party);
      }
      assertThat(built.conflicted().contains(party))
          .as("seed %d: conflicted contains %s", seed, party)
          .isEqualTo(declared);
    }
  }
}
