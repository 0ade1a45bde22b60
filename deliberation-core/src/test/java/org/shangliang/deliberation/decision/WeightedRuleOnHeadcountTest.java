package org.shangliang.deliberation.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.party.PartyKind;

/**
 * A tally of a show of hands counts heads only: a rule that measures weight (floor area) never passes
 * on it, whatever the hands, and its weight checks say they could not be measured.
 */
class WeightedRuleOnHeadcountTest {
  private static final Tally UNANIMOUS = Tally.ofShowOfHands(4, 0, 0, 4, 4);

  private static MajorityRule byArea(Fraction fraction, boolean strict, Base base) {
    return new MajorityRule.Builder()
        .approval(Threshold.of(fraction, strict, base, Measure.WEIGHT))
        .build();
  }

  @Test
  void aShowOfHandsRecordsNoWeights() {
    assertThat(UNANIMOUS.weighed()).isFalse();
    assertThat(UNANIMOUS.yesWeight()).isZero();
    assertThat(UNANIMOUS.eligibleWeight()).isZero();
    assertThat(UNANIMOUS.yesCount()).isEqualTo(4);
    assertThat(Tally.of(List.of(), java.util.Set.of(), List.of()).weighed()).isTrue();
  }

  @Test
  void aTallyWithoutWeightsCannotCarryAWeight() {
    assertThatThrownBy(
            () ->
                new Tally.Builder()
                    .eligibleCount(4).presentCount(4).castCount(4).yesCount(4).noCount(0)
                    .abstainCount(0)
                    .eligibleWeight(BigDecimal.ONE).presentWeight(BigDecimal.ONE)
                    .castWeight(BigDecimal.ONE).yesWeight(BigDecimal.ONE)
                    .noWeight(BigDecimal.ZERO).abstainWeight(BigDecimal.ZERO)
                    .weighed(false)
                    .build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> assertThat(e.path().toString()).isEqualTo("yesWeight"));
  }

  @Test
  void unanimousHandsDoNotPassAMajorityByArea() {
    Decision decision = byArea(Fraction.half(), true, Base.CAST).decide(UNANIMOUS);
    assertThat(decision.outcome()).isEqualTo(Outcome.FAILED);
    Check approval = decision.checks().get(0);
    assertThat(approval.measured()).isFalse();
    assertThat(approval.met()).isFalse();
    assertThat(approval.explain(Locale.ENGLISH)).endsWith("not met (a show of hands records no weights)");
    assertThat(approval.explain(Locale.SIMPLIFIED_CHINESE)).contains("举手表决不记权重");
  }

  @Test
  void unanimousHandsDoNotPassAZeroFractionOrAMinimumByArea() {
    assertThat(byArea(Fraction.of(0, 1), false, Base.ELIGIBLE).decide(UNANIMOUS).passed()).isFalse();
    MajorityRule minimum =
        new MajorityRule.Builder()
            .approval(Threshold.of(Fraction.of(0, 1), false, Base.CAST, Measure.WEIGHT))
            .minimumYes(BigDecimal.ONE)
            .build();
    Decision decision = minimum.decide(UNANIMOUS);
    assertThat(decision.passed()).isFalse();
    assertThat(decision.checks()).allSatisfy(check -> assertThat(check.measured()).isFalse());
  }

  @Test
  void participationByAreaIsNotReachedByHands() {
    MajorityRule rule =
        new MajorityRule.Builder()
            .approval(Threshold.of(Fraction.half(), true, Base.CAST, Measure.HEADCOUNT))
            .participation(Participation.of(Fraction.half(), false, Measure.WEIGHT))
            .build();
    Decision decision = rule.decide(UNANIMOUS);
    assertThat(decision.outcome()).isEqualTo(Outcome.NO_QUORUM);
    assertThat(decision.checks().get(0).measured()).isFalse();
    Consensus consensus =
        new Consensus.Builder()
            .participation(Participation.of(Fraction.half(), false, Measure.WEIGHT))
            .build();
    assertThat(consensus.decide(UNANIMOUS).outcome()).isEqualTo(Outcome.NO_QUORUM);
  }

  @Test
  void aDoubleThresholdNeverPassesOnHandsAlone() {
    DoubleThreshold owners =
        DoubleThreshold.of(MajorityRule.simple(Base.CAST), byArea(Fraction.half(), true, Base.CAST));
    assertThat(owners.decide(UNANIMOUS).passed()).isFalse();
    assertThat(RestrictedVote.of(PartyKind.STAKEHOLDER, owners).decide(UNANIMOUS).passed()).isFalse();
  }

  @Test
  void noGeneratedWeightedRulePassesOnAnyShowOfHands() {
    Random random = new Random(7_2026L);
    Measure[] measures = Measure.values();
    Base[] bases = Base.values();
    for (int i = 0; i < 3_000; i++) {
      long q = 1 + random.nextInt(12);
      Fraction fraction = Fraction.of(random.nextInt((int) q + 1), q);
      Measure approval = measures[random.nextInt(2)];
      Measure turnout = measures[random.nextInt(2)];
      MajorityRule.Builder majority =
          new MajorityRule.Builder()
              .approval(Threshold.of(fraction, random.nextBoolean(), bases[random.nextInt(4)], approval));
      if (random.nextBoolean()) {
        majority.participation(Participation.of(Fraction.of(random.nextInt(3), 2), false, turnout));
      }
      if (random.nextBoolean()) {
        majority.minimumYes(BigDecimal.valueOf(random.nextInt(3)));
      }
      MajorityRule rule = majority.build();
      List<DecisionRule> rules = new ArrayList<>(List.of(rule));
      if (approval == Measure.HEADCOUNT && (rule.participation().isEmpty() || turnout == Measure.HEADCOUNT)) {
        rules.add(DoubleThreshold.of(rule, byArea(fraction, false, Base.CAST)));
      }
      rules.add(RestrictedVote.of(PartyKind.STAKEHOLDER, rule));
      int eligible = random.nextInt(8);
      int present = eligible == 0 ? 0 : random.nextInt(eligible + 1);
      int yes = present == 0 ? 0 : random.nextInt(present + 1);
      int no = present - yes == 0 ? 0 : random.nextInt(present - yes + 1);
      Tally hands = Tally.ofShowOfHands(yes, no, 0, present, eligible);
      for (DecisionRule each : rules) {
        if (each.measuresWeight()) {
          assertThat(each.decide(hands).passed()).as("%s on %s", each, hands).isFalse();
        }
      }
    }
  }
}
