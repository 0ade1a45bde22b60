package org.shangliang.deliberation.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;

/**
 * Generated ballots and eligible snapshots with weights of every form (whole, with up to six decimals,
 * written with an exponent, of fifteen digits) tallied and compared with sums taken one by one from
 * {@link BigDecimal#ZERO}: the same values and the same scales, for counts and weights alike. Each
 * case is rebuilt from its seed, which every assertion message names.
 */
class TallyWeightsPropertyTest {
  private static final long BASE_SEED = 20261213L;
  private static final int CASES = 100;
  private static final Choice[] CHOICES = Choice.values();

  static LongStream seeds() {
    return LongStream.range(0, CASES).map(i -> BASE_SEED + i);
  }

  private static BigDecimal weight(SplittableRandom random) {
    switch (random.nextInt(5)) {
      case 0:
        return BigDecimal.ONE;
      case 1:
        return BigDecimal.valueOf(random.nextInt(200)); // whole
      case 2:
        return BigDecimal.valueOf(random.nextLong(100_000_000L), 1 + random.nextInt(6)); // decimals
      case 3:
        return new BigDecimal(random.nextInt(1, 10) + "E+" + random.nextInt(1, 4)); // negative scale
      default:
        return new BigDecimal("999999999999999").subtract(BigDecimal.valueOf(random.nextInt(1000)));
    }
  }

  /** The expected tally, summed as adding each weight to ZERO in turn. */
  private static Tally expected(List<Ballot> ballots, Set<PartyId> present, List<Voter> eligible) {
    Map<PartyId, Voter> byParty = new HashMap<>();
    BigDecimal eligibleWeight = BigDecimal.ZERO;
    BigDecimal presentWeight = BigDecimal.ZERO;
    int presentCount = 0;
    for (Voter voter : eligible) {
      byParty.put(voter.party(), voter);
      eligibleWeight = eligibleWeight.add(voter.weight());
      if (present.contains(voter.party())) {
        presentCount++;
        presentWeight = presentWeight.add(voter.weight());
      }
    }
    int[] counts = new int[3];
    BigDecimal[] weights = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    Set<PartyId> voted = new HashSet<>();
    for (Ballot ballot : ballots) {
      Voter voter = byParty.get(ballot.party());
      if (voter != null && present.contains(ballot.party()) && voted.add(ballot.party())) {
        int i = ballot.choice().ordinal();
        counts[i]++;
        weights[i] = weights[i].add(voter.weight());
      }
    }
    return new Tally.Builder()
        .eligibleCount(eligible.size())
        .presentCount(presentCount)
        .castCount(counts[0] + counts[1] + counts[2])
        .yesCount(counts[Choice.YES.ordinal()])
        .noCount(counts[Choice.NO.ordinal()])
        .abstainCount(counts[Choice.ABSTAIN.ordinal()])
        .eligibleWeight(eligibleWeight)
        .presentWeight(presentWeight)
        .castWeight(weights[0].add(weights[1]).add(weights[2]))
        .yesWeight(weights[Choice.YES.ordinal()])
        .noWeight(weights[Choice.NO.ordinal()])
        .abstainWeight(weights[Choice.ABSTAIN.ordinal()])
        .build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void weightsAreExactSumsWithTheLargestScale(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    boolean sameForm = random.nextBoolean(); // half the cases weigh every voter alike
    BigDecimal common = weight(random);
    List<Voter> eligible = new ArrayList<>();
    Set<PartyId> present = new HashSet<>();
    int voters = random.nextInt(40);
    for (int i = 0; i < voters; i++) {
      PartyId party = PartyId.of("v" + i);
      eligible.add(Voter.of(party, PartyKind.STAKEHOLDER, sameForm ? common : weight(random)));
      if (random.nextInt(4) > 0) {
        present.add(party);
      }
    }
    List<Ballot> ballots = new ArrayList<>();
    int cast = random.nextInt(50);
    for (int i = 0; i < cast; i++) {
      PartyId party = PartyId.of("v" + random.nextInt(voters + 5)); // some not eligible
      ballots.add(Ballot.of(party, CHOICES[random.nextInt(CHOICES.length)]));
    }
    assertThat(Tally.of(ballots, present, eligible))
        .as("seed %d", seed)
        .isEqualTo(expected(ballots, present, eligible));
  }

  @Test
  void sumsWholeWeightsBeyondTheRangeOfALong() {
    BigDecimal heavy = new BigDecimal("999999999999999");
    List<Voter> eligible = new ArrayList<>();
    List<Ballot> ballots = new ArrayList<>();
    Set<PartyId> present = new HashSet<>();
    for (int i = 0; i < 10_000; i++) { // 10,000 × (10^15 - 1) exceeds Long.MAX_VALUE
      PartyId party = PartyId.of("v" + i);
      eligible.add(Voter.of(party, PartyKind.STAKEHOLDER, heavy));
      present.add(party);
      ballots.add(Ballot.of(party, Choice.YES));
    }
    Tally tally = Tally.of(ballots, present, eligible);
    BigDecimal total = heavy.multiply(BigDecimal.valueOf(10_000));
    assertThat(tally.eligibleWeight()).isEqualTo(total);
    assertThat(tally.yesWeight()).isEqualTo(total);
    assertThat(tally).isEqualTo(expected(ballots, present, eligible));
  }
}
