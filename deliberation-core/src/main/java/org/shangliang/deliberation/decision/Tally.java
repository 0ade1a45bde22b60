package org.shangliang.deliberation.decision;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
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
 * hands with {@link #ofShowOfHands(int, int, int, int, int)}. Only ballots of eligible parties that
 * signed in count, once each, so the yes votes never exceed those present.
 *
 * <p>A show of hands counts heads and nothing else: its tally is not {@link #weighed()} and every
 * weight in it is zero. A threshold on weight (floor area) is therefore never met on such a tally, and
 * no rule that measures weight can pass on heads alone; its checks say so ({@link Check#measured()}).
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
   * Whether the tally records weights: {@code true} for a tally of ballots (each voter with its
   * weight), {@code false} for a show of hands, which counts heads only and whose weights are all
   * zero.
   *
   * @return {@code true} unless set; {@code false} for {@link #ofShowOfHands(int, int, int, int, int)}
   */
  @Value.Default
  public boolean weighed() {
    return true;
  }

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
    // Indexes sized for the snapshot up front; a voter's slot also records whether its ballot counted.
    Map<PartyId, Slot> byParty = new HashMap<>(capacity(eligible.size()));
    int eligibleCount = 0;
    int presentCount = 0;
    Sum eligibleWeight = new Sum();
    Sum presentWeight = new Sum();
    for (Voter voter : eligible) {
      if (byParty.putIfAbsent(voter.party(), new Slot(voter)) != null) {
        throw new InvalidModelException(
            Path.of("eligible").index(eligibleCount).child("party"),
            "duplicate, was " + voter.party());
      }
      eligibleCount++;
      eligibleWeight.add(voter.weight());
      if (present.contains(voter.party())) {
        presentCount++;
        presentWeight.add(voter.weight());
      }
    }
    int[] counts = new int[3];
    Sum[] weights = {new Sum(), new Sum(), new Sum()};
    for (Ballot ballot : ballots) {
      Slot slot = byParty.get(ballot.party());
      if (slot == null || slot.counted || !present.contains(ballot.party())) {
        continue;
      }
      slot.counted = true;
      int i = ballot.choice().ordinal();
      counts[i]++;
      weights[i].add(slot.voter.weight());
    }
    BigDecimal[] sums = {weights[0].value(), weights[1].value(), weights[2].value()};
    return new Builder()
        .eligibleCount(eligibleCount)
        .presentCount(presentCount)
        .castCount(counts[0] + counts[1] + counts[2])
        .yesCount(counts[Choice.YES.ordinal()])
        .noCount(counts[Choice.NO.ordinal()])
        .abstainCount(counts[Choice.ABSTAIN.ordinal()])
        .eligibleWeight(eligibleWeight.value())
        .presentWeight(presentWeight.value())
        .castWeight(sums[0].add(sums[1]).add(sums[2]))
        .yesWeight(sums[Choice.YES.ordinal()])
        .noWeight(sums[Choice.NO.ordinal()])
        .abstainWeight(sums[Choice.ABSTAIN.ordinal()])
        .build();
  }

  private static int capacity(int size) {
    return Math.max(16, (int) Math.min(1 << 30, size * 4L / 3 + 1));
  }

  /** An eligible voter and whether a ballot of theirs has been counted. */
  private static final class Slot {
    final Voter voter;
    boolean counted;

    Slot(Voter voter) {
      this.voter = voter;
    }
  }

  /**
   * An exact running sum of weights, the same value and scale as adding them to {@link
   * BigDecimal#ZERO} one by one (a sum's scale is the largest scale added), that allocates nothing for
   * whole weights of up to 18 digits, the usual case of one vote per head.
   */
  private static final class Sum {
    private long whole;
    private BigDecimal rest = BigDecimal.ZERO;

    void add(BigDecimal weight) {
      if (weight.scale() == 0 && weight.precision() <= 18) {
        long value = weight.longValue();
        long sum = whole + value;
        if (((whole ^ sum) & (value ^ sum)) < 0) { // overflow: move the whole part aside
          rest = rest.add(BigDecimal.valueOf(whole));
          whole = value;
        } else {
          whole = sum;
        }
      } else {
        rest = rest.add(weight);
      }
    }

    BigDecimal value() {
      return rest.add(BigDecimal.valueOf(whole));
    }
  }

  /**
   * Tallies a show of hands: counts only. The tally is not {@link #weighed()} and its weights are
   * zero, so that no threshold on weight can be met by hands.
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
        .eligibleWeight(BigDecimal.ZERO)
        .presentWeight(BigDecimal.ZERO)
        .castWeight(BigDecimal.ZERO)
        .yesWeight(BigDecimal.ZERO)
        .noWeight(BigDecimal.ZERO)
        .abstainWeight(BigDecimal.ZERO)
        .weighed(false)
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
    if (!weighed()) {
      for (int i = 0; i < weights.length; i++) {
        if (weights[i].signum() != 0) {
          throw new InvalidModelException(
              Path.of(names[i]),
              "must be zero in a tally without weights (a show of hands), was "
                  + weights[i].toPlainString());
        }
      }
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

  /** A builder of tallies; every field but {@code weighed} is required. */
  public static final class Builder extends ImmutableTally.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
