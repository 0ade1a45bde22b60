package org.shangliang.deliberation.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shangliang.deliberation.InvalidModelException;

/**
 * The classifier (结果分流) checked against an independent statement of the four outcome kinds of
 * DOMAIN.md, Jinan "four outcome kinds" (seeds/003): every combination of the recorded facts, each
 * definition of the article as a row, and malformed facts.
 */
class OutcomeClassifierTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  private static final List<List<String>> FACTOR_LISTS =
      List.of(List.of(), List.of("资金尚未到位"), List.of("资金尚未到位", "施工需待供暖季结束"));

  /**
   * The rules of DOMAIN.md, stated independently of the classifier: beyond the powers → 建议件;
   * within them, no agreement → 搁置件; agreement but objective factors → 承诺件; otherwise → 即办件.
   */
  private static OutcomeKind expectedKind(
      boolean agreementReached, boolean withinPowers, List<String> blockingFactors) {
    if (!withinPowers) {
      return OutcomeKind.RECOMMENDATION;
    }
    if (!agreementReached) {
      return OutcomeKind.SHELVED;
    }
    if (!blockingFactors.isEmpty()) {
      return OutcomeKind.COMMITTED;
    }
    return OutcomeKind.IMMEDIATE;
  }

  private static OutcomeFacts facts(
      boolean agreementReached,
      boolean withinPowers,
      List<String> blockingFactors,
      int roundsHeld,
      Disagreement disagreement,
      boolean wideScopeOrComplexCauses) {
    return new OutcomeFacts.Builder()
        .agreementReached(agreementReached)
        .withinPowers(withinPowers)
        .addAllBlockingFactors(blockingFactors)
        .roundsHeld(roundsHeld)
        .disagreement(disagreement)
        .wideScopeOrComplexCauses(wideScopeOrComplexCauses)
        .build();
  }

  /** 2 × 2 × 3 × 4 × 3 × 2 = 288 combinations. */
  static Stream<Arguments> everyCombinationOfFacts() {
    List<Arguments> all = new ArrayList<>();
    for (boolean agreement : new boolean[] {true, false}) {
      for (boolean within : new boolean[] {true, false}) {
        for (List<String> factors : FACTOR_LISTS) {
          for (int rounds = 1; rounds <= 4; rounds++) {
            for (Disagreement disagreement : Disagreement.values()) {
              for (boolean wide : new boolean[] {true, false}) {
                all.add(Arguments.of(agreement, within, factors, rounds, disagreement, wide));
              }
            }
          }
        }
      }
    }
    return all.stream();
  }

  @Test
  void theExhaustiveTableHasEveryCombinationOnce() {
    assertThat(everyCombinationOfFacts().map(a -> List.of(a.get())))
        .hasSize(2 * 2 * 3 * 4 * Disagreement.values().length * 2)
        .doesNotHaveDuplicates();
  }

  @ParameterizedTest(
      name = "agreement={0}, withinPowers={1}, factors={2}, rounds={3}, disagreement={4}, wide={5}")
  @MethodSource("everyCombinationOfFacts")
  void classifiesEveryCombinationOfFactsAsTheFourDefinitionsSay(
      boolean agreement,
      boolean within,
      List<String> factors,
      int rounds,
      Disagreement disagreement,
      boolean wide) {
    OutcomeFacts facts = facts(agreement, within, factors, rounds, disagreement, wide);

    Classification first = OutcomeClassifier.classify(facts);
    Classification second = OutcomeClassifier.classify(facts);
    Classification fromEqualFacts =
        OutcomeClassifier.classify(facts(agreement, within, factors, rounds, disagreement, wide));

    OutcomeKind expected = expectedKind(agreement, within, factors);
    assertThat(first.kind()).as("kind of %s", facts).isEqualTo(expected);
    assertThat(OutcomeClassifier.kindOf(facts)).as("kindOf %s", facts).isEqualTo(expected);
    assertThat(second).as("classifying twice").isEqualTo(first).hasSameHashCodeAs(first);
    assertThat(fromEqualFacts).as("classifying equal facts").isEqualTo(first);
    assertThat(second.explain(ZH)).isEqualTo(first.explain(ZH));
    assertThat(second.explain(EN)).isEqualTo(first.explain(EN));
    assertThat(first.reasons()).isNotEmpty();

    String zh = first.explain(ZH);
    String en = first.explain(EN);
    assertThat(zh).startsWith(expected.label().zh());
    assertThat(en).startsWith(expected.label().en());
    assertThat(first.toString()).isEqualTo(en);
    switch (expected) {
      case RECOMMENDATION:
        assertThat(zh).contains("超出本级职权范围");
        assertThat(en).contains("beyond this tier's powers");
        break;
      case SHELVED:
        assertThat(zh).contains("属本级职权范围", "未达成一致意见");
        assertThat(en).contains("within this tier's powers", "no agreement reached");
        // the circumstances of a shelved matter are given among its reasons
        assertThat(zh).contains(String.valueOf(rounds), disagreement.label().zh());
        assertThat(en).contains(rounds + " round", disagreement.label().en());
        if (wide) {
          assertThat(zh).contains("涉及面广");
          assertThat(en).contains("wide scope");
        } else {
          assertThat(zh).doesNotContain("涉及面广");
          assertThat(en).doesNotContain("wide scope");
        }
        break;
      case COMMITTED:
        assertThat(zh).contains("已达成一致意见", "客观因素");
        assertThat(en).contains("agreement reached", "objective factors");
        for (String factor : factors) {
          assertThat(zh).contains(factor);
          assertThat(en).contains(factor);
        }
        break;
      case IMMEDIATE:
        assertThat(zh).contains("已达成一致意见", "具备立即办理条件");
        assertThat(en).contains("agreement reached", "can be done now");
        break;
      default:
        throw new AssertionError(expected);
    }
    // a reason that did not decide is not claimed: no agreement is never reported as agreement
    if (within && !agreement) {
      assertThat(first.reasons()).extracting(r -> r.zh()).doesNotContain("已达成一致意见");
      assertThat(first.reasons()).extracting(r -> r.en()).doesNotContain("agreement reached");
    }
  }

  static Stream<Arguments> theFourDefinitionsOfDomainMd() {
    return Stream.of(
        Arguments.of(
            "即办件: agreement reached and it can be done now",
            facts(true, true, List.of(), 1, Disagreement.NONE, false),
            OutcomeKind.IMMEDIATE),
        Arguments.of(
            "搁置件: wide scope, complex causes, large disagreement, several rounds without agreement",
            facts(false, true, List.of(), 3, Disagreement.DEEP, true),
            OutcomeKind.SHELVED),
        Arguments.of(
            "承诺件: agreement reached but objective factors prevent doing it now",
            facts(true, true, List.of("资金尚未到位"), 2, Disagreement.NONE, false),
            OutcomeKind.COMMITTED),
        Arguments.of(
            "建议件: beyond the community's powers",
            facts(true, false, List.of(), 1, Disagreement.NONE, false),
            OutcomeKind.RECOMMENDATION),
        Arguments.of(
            "建议件: beyond the community's powers (even without agreement, deeply divided, wide scope)",
            facts(false, false, List.of("资金尚未到位"), 4, Disagreement.DEEP, true),
            OutcomeKind.RECOMMENDATION),
        Arguments.of(
            "搁置件: shelved for now, \"议而不决\" is tolerated (one round, moderate disagreement)",
            facts(false, true, List.of(), 1, Disagreement.MODERATE, false),
            OutcomeKind.SHELVED));
  }

  @ParameterizedTest(name = "\"{0}\" → {2}")
  @MethodSource("theFourDefinitionsOfDomainMd")
  void eachDefinitionOfDomainMdGivesItsKind(String definition, OutcomeFacts facts, OutcomeKind kind) {
    assertThat(OutcomeClassifier.classify(facts).kind()).as(definition).isEqualTo(kind);
  }

  @ParameterizedTest(name = "roundsHeld {0}")
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void rejectsFewerThanOneRoundNamingTheField(int rounds) {
    assertThatThrownBy(() -> facts(false, true, List.of(), rounds, Disagreement.DEEP, true))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("roundsHeld")
        .hasMessageContaining("at least 1")
        .hasMessageContaining("was " + rounds);
  }

  @ParameterizedTest(name = "blocking factor \"{0}\"")
  @ValueSource(strings = {"", " ", "\t", "\u3000", "\u00a0"})
  void rejectsABlankBlockingFactorNamingTheField(String blank) {
    assertThatThrownBy(
            () -> facts(true, true, List.of("资金尚未到位", blank), 1, Disagreement.NONE, false))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("blockingFactors")
        .hasMessageContaining("must not be blank");
  }

  @Test
  void canBeDoneNowExactlyWhenNoFactorIsNamed() {
    assertThat(facts(true, true, List.of(), 1, Disagreement.NONE, false).canBeDoneNow()).isTrue();
    assertThat(facts(true, true, List.of("资金尚未到位"), 1, Disagreement.NONE, false).canBeDoneNow())
        .isFalse();
  }

  @Test
  void keepsBlockingFactorsInTheGivenOrderAndNamesThemInThatOrder() {
    OutcomeFacts facts =
        facts(true, true, List.of("施工需待供暖季结束", "资金尚未到位"), 1, Disagreement.NONE, false);
    assertThat(facts.blockingFactors()).containsExactly("施工需待供暖季结束", "资金尚未到位");
    assertThat(OutcomeClassifier.classify(facts).explain(ZH)).contains("施工需待供暖季结束、资金尚未到位");
    assertThat(OutcomeClassifier.classify(facts).explain(EN)).contains("施工需待供暖季结束, 资金尚未到位");
  }
}
