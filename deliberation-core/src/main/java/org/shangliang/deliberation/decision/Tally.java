package org.shangliang.deliberation.decision;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.party.PartyId;

/**
 * The counts a decision is computed from, by headcount and by weight, over the eligible voters and
 * those of them signed in: eligible voters, those present,
 * ballots cast, and yes, no and abstain. Built from ballots with {@link #of(Collection, Set, List)}
 * (each eligible party's first ballot counts; ballots of parties not eligible do not) or from a show of
 * hands with {@link #ofShowOfHands(int, int, int, int, int)} (weights equal counts). Only ballots of
 * eligible parties that signed in count, once each, so the yes votes never exceed those present.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Tally {
  Tally() {}

  /** @return the number of eligible voters */
  public abstract int eligibleCount();

  /** @return the number of eligible voters present */
  public abstract int presentCount();

  /** @return the number of counted ballots */
  public abstract int castCount();

  /** @return the number of yes ballots */
  public abstract int yesCount();

  /** @return the number of no ballots */
  public abstract int noCount();

  /** @return the number of abstentions */
  public abstract int abstainCount();

  /**
   * The total weight of the eligible voters.
   *
   * @return zero or more, a total of voters' weights: at most 25 digits before the decimal point
   *     and 6 after
   */
  public abstract BigDecimal eligibleWeight();

  /**
   * The weight of the eligible voters present.
   *
   * @return zero or more, a total of voters' weights: at most 25 digits before the decimal point
   *     and 6 after
   */
  public abstract BigDecimal presentWeight();

  /**
   * The weight of the counted ballots.
   *
   * @return zero or more, a total of voters' weights: at most 25 digits before the decimal point
   *     and 6 after
   */
  public abstract BigDecimal castWeight();

  /**
   * The weight of the yes ballots.
   *
   * @return zero or more, a total of voters' weights: at most 25 digits before the decimal point
   *     and 6 after
   */
  public abstract BigDecimal yesWeight();

  /**
   * The weight of the no ballots.
   *
   * @return zero or more, a total of voters' weights: at most 25 digits before the decimal point
   *     and 6 after
   */
  public abstract BigDecimal noWeight();

  /**
   * The weight of the abstentions.
   *
   * @return zero or more, a total of voters' weights: at most 25 digits before the decimal point
   *     and 6 after
   */
  public abstract BigDecimal abstainWeight();

  /**
   * Tallies ballots against the eligible snapshot. The first ballot of each eligible party that
   * signed in counts; later ballots of the same party, ballots of parties not eligible and ballots of
   * parties not signed in are not counted (only signed-in parties vote; meeting rules report the
   * others).
   *
   * @param ballots the ballots, in the order cast
   * @param present the parties signed in
   * @param eligible the eligible voters with kinds and weights, each party once
   * @return the tally
   * @throws InvalidModelException if a party is twice in the eligible list
   */
  public static Tally of(Collection<Ballot> ballots, Set<PartyId> present, List<Voter> eligible) {
    int eligibleCount = 0;
    int presentCount = 0;
    BigDecimal eligibleWeight = BigDecimal.ZERO;
    BigDecimal presentWeight = BigDecimal.ZERO;
    Map<PartyId, Voter> byParty = new HashMap<>();
    for (Voter voter : eligible) {
      if (byParty.putIfAbsent(voter.party(), voter) != null) {
        throw new InvalidModelException(
            Path.of("eligible").index(eligibleCount).child("party"),
            "duplicate, was " + voter.party());
      }
      eligibleCount++;
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
      if (voter == null || !present.contains(ballot.party()) || !voted.add(ballot.party())) {
        continue;
      }
      int i = ballot.choice().ordinal();
      counts[i]++;
      weights[i] = weights[i].add(voter.weight());
    }
    return new Builder()
        .eligibleCount(eligibleCount)
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

  /**
   * Tallies a show of hands: counts only, each hand weighing 1.
   *
   * @param yes hands for
   * @param no hands against
   * @param abstain hands abstaining
   * @param present eligible voters present, at least {@code yes + no + abstain}
   * @param eligible eligible voters, at least {@code present}
   * @return the tally
   * @throws InvalidModelException if a count is negative or the counts do not nest
   */
  public static Tally ofShowOfHands(int yes, int no, int abstain, int present, int eligible) {
    if (yes < 0 || no < 0 || abstain < 0 || present < 0 || eligible < 0) {
      String first =
          yes < 0 ? "yes"
              : no < 0 ? "no" : abstain < 0 ? "abstain" : present < 0 ? "present" : "eligible";
      throw new InvalidModelException(
          Path.of(first),
          "counts must not be negative, was yes " + yes + ", no " + no + ", abstain " + abstain
              + ", present " + present + ", eligible " + eligible);
    }
    if (present > eligible) {
      throw new InvalidModelException(
          Path.of("present"),
          "more parties present (" + present + ") than eligible (" + eligible + ")");
    }
    if ((long) yes + no + abstain > present) {
      throw new InvalidModelException(
          Path.root(),
          "more hands (" + ((long) yes + no + abstain) + ") than parties present (" + present
              + ")");
    }
    return new Builder()
        .eligibleCount(eligible)
        .presentCount(present)
        .castCount(yes + no + abstain)
        .yesCount(yes)
        .noCount(no)
        .abstainCount(abstain)
        .eligibleWeight(BigDecimal.valueOf(eligible))
        .presentWeight(BigDecimal.valueOf(present))
        .castWeight(BigDecimal.valueOf((long) yes + no + abstain))
        .yesWeight(BigDecimal.valueOf(yes))
        .noWeight(BigDecimal.valueOf(no))
        .abstainWeight(BigDecimal.valueOf(abstain))
        .build();
  }

  /**
   * The yes votes by a measure.
   *
   * @param measure headcount or weight
   * @return the yes count or weight
   */
  public BigDecimal yes(Measure measure) {
    return measure == Measure.HEADCOUNT ? BigDecimal.valueOf(yesCount()) : yesWeight();
  }

  /**
   * The ballots cast by a measure.
   *
   * @param measure headcount or weight
   * @return the cast count or weight
   */
  public BigDecimal cast(Measure measure) {
    return measure == Measure.HEADCOUNT ? BigDecimal.valueOf(castCount()) : castWeight();
  }

  /**
   * The eligible voters by a measure.
   *
   * @param measure headcount or weight
   * @return the eligible count or weight
   */
  public BigDecimal eligible(Measure measure) {
    return measure == Measure.HEADCOUNT ? BigDecimal.valueOf(eligibleCount()) : eligibleWeight();
  }

  /**
   * The whole an approval threshold is a fraction of.
   *
   * @param measure headcount or weight
   * @param base cast, decisive, present or eligible
   * @return the base's count or weight
   */
  public BigDecimal base(Measure measure, Base base) {
    boolean heads = measure == Measure.HEADCOUNT;
    switch (base) {
      case CAST:
        return cast(measure);
      case DECISIVE:
        return heads ? BigDecimal.valueOf((long) yesCount() + noCount()) : yesWeight().add(noWeight());
      case PRESENT:
        return heads ? BigDecimal.valueOf(presentCount()) : presentWeight();
      case ELIGIBLE:
      default:
        return eligible(measure);
    }
  }

  @Value.Check
  void check() {
    if (yesCount() < 0 || noCount() < 0 || abstainCount() < 0 || presentCount() < 0) {
      String first =
          yesCount() < 0 ? "yesCount"
              : noCount() < 0 ? "noCount" : abstainCount() < 0 ? "abstainCount" : "presentCount";
      throw new InvalidModelException(
          Path.of(first),
          "counts must not be negative, was yes " + yesCount() + ", no " + noCount() + ", abstain "
              + abstainCount() + ", present " + presentCount());
    }
    long cast = (long) yesCount() + noCount() + abstainCount();
    if (castCount() != cast) {
      throw new InvalidModelException(
          Path.of("castCount"), "must be yes + no + abstain (" + cast + "), was " + castCount());
    }
    if (presentCount() > eligibleCount()) {
      throw new InvalidModelException(
          Path.of("presentCount"),
          "must not exceed eligible " + eligibleCount() + ", was " + presentCount());
    }
    if (castCount() > presentCount()) {
      throw new InvalidModelException(
          Path.of("castCount"),
          "must not exceed present " + presentCount() + ", was " + castCount());
    }
    String[] names = {
      "yesWeight", "noWeight", "abstainWeight", "castWeight", "presentWeight", "eligibleWeight"
    };
    BigDecimal[] weights = {
      yesWeight(), noWeight(), abstainWeight(), castWeight(), presentWeight(), eligibleWeight()
    };
    for (int i = 0; i < weights.length; i++) {
      Checks.total(names[i], weights[i]);
      Checks.notNegative(names[i], weights[i]);
    }
    BigDecimal castWeight = yesWeight().add(noWeight()).add(abstainWeight());
    if (castWeight().compareTo(castWeight) != 0) {
      throw new InvalidModelException(
          Path.of("castWeight"),
          "must be yes + no + abstain weights (" + Checks.number(castWeight) + "), was "
              + Checks.number(castWeight()));
    }
    if (castWeight().compareTo(presentWeight()) > 0) {
      throw new InvalidModelException(
          Path.of("castWeight"),
          "must not exceed present weight " + Checks.number(presentWeight()) + ", was "
              + Checks.number(castWeight()));
    }
    if (presentWeight().compareTo(eligibleWeight()) > 0) {
      throw new InvalidModelException(
          Path.of("presentWeight"),
          "must not exceed eligible weight " + Checks.number(eligibleWeight()) + ", was "
              + Checks.number(presentWeight()));
    }
  }

  /** A builder of tallies; every field is required. */
  public static final class Builder extends ImmutableTally.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
