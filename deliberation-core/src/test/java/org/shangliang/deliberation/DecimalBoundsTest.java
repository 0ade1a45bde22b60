package org.shangliang.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.shangliang.deliberation.ModelSamples.PARTY;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.decision.Ballot;
import org.shangliang.deliberation.decision.Base;
import org.shangliang.deliberation.decision.Choice;
import org.shangliang.deliberation.decision.Decision;
import org.shangliang.deliberation.decision.Fraction;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.decision.Measure;
import org.shangliang.deliberation.decision.Tally;
import org.shangliang.deliberation.decision.Threshold;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.topic.PublicFunds;

/**
 * Every decimal of the model has at most 15 digits before the point and 6 after (a total, in a tally
 * or a check, at most 25 before the point), checked when it is built, so that no sum, comparison,
 * message or {@code toString} can fail on a value the model accepted. A census of the generated value
 * classes fails when a decimal field has no case here.
 */
class DecimalBoundsTest {

  /** Fields bounded to 15 digits before the point, and how to build a value with one. */
  private static final Map<String, Function<BigDecimal, Object>> FIELDS = new LinkedHashMap<>();

  /** Totals, bounded to 25 digits before the point, and how to build a value with one. */
  private static final Map<String, Function<BigDecimal, Object>> TOTALS = new LinkedHashMap<>();

  static {
    FIELDS.put("Party.weight", w -> ModelSamples.party().weight(w).build());
    FIELDS.put("Voter.weight", w -> Voter.of(PARTY, PartyKind.STAKEHOLDER, w));
    FIELDS.put("PublicFunds.amount", PublicFunds::of);
    FIELDS.put(
        "MajorityRule.minimumYes",
        m -> new MajorityRule.Builder()
            .approval(Threshold.of(Fraction.half(), true, Base.CAST, Measure.WEIGHT))
            .minimumYes(m)
            .build());
    // each weight of a tally in turn; the others keep the sample's consistent values
    TOTALS.put("Tally.yesWeight", w -> tally("yesWeight", w));
    TOTALS.put("Tally.noWeight", w -> tally("noWeight", w));
    TOTALS.put("Tally.abstainWeight", w -> tally("abstainWeight", w));
    TOTALS.put("Tally.castWeight", w -> tally("castWeight", w));
    TOTALS.put("Tally.presentWeight", w -> tally("presentWeight", w));
    TOTALS.put("Tally.eligibleWeight", w -> tally("eligibleWeight", w));
    TOTALS.put(
        "Check.achieved",
        a -> new org.shangliang.deliberation.decision.Check.Builder()
            .kind(org.shangliang.deliberation.decision.CheckKind.MINIMUM_YES)
            .measure(Measure.WEIGHT)
            .achieved(a)
            .whole(BigDecimal.ZERO)
            .strict(false)
            .met(true)
            .build());
    TOTALS.put(
        "Check.whole",
        w -> new org.shangliang.deliberation.decision.Check.Builder()
            .kind(org.shangliang.deliberation.decision.CheckKind.NO_BLOCK)
            .measure(Measure.HEADCOUNT)
            .achieved(BigDecimal.ZERO)
            .whole(w)
            .strict(true)
            .met(true)
            .build());
  }

  private static Tally tally(String field, BigDecimal value) {
    BigDecimal[] w = {
      new BigDecimal("3"), new BigDecimal("2"), new BigDecimal("1"), new BigDecimal("6"),
      new BigDecimal("8"), new BigDecimal("10")
    };
    String[] names = {
      "yesWeight", "noWeight", "abstainWeight", "castWeight", "presentWeight", "eligibleWeight"
    };
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(field)) {
        w[i] = value;
      }
    }
    return new Tally.Builder()
        .eligibleCount(5)
        .presentCount(4)
        .castCount(3)
        .yesCount(1)
        .noCount(1)
        .abstainCount(1)
        .yesWeight(w[0])
        .noWeight(w[1])
        .abstainWeight(w[2])
        .castWeight(w[3])
        .presentWeight(w[4])
        .eligibleWeight(w[5])
        .build();
  }

  /** Decimals no field accepts: too many digits before or after the point, or a huge exponent. */
  private static final List<String> UNBOUNDED =
      List.of(
          "1E+2147483647",
          "1E-2147483647",
          "9E+999999",
          "1E+25",
          "12345678901234567890123456",
          "0.0000001",
          "1.0000000",
          "0E-7");

  /** Decimals beyond a field but within a total. */
  private static final List<String> BEYOND_A_FIELD =
      List.of("1000000000000000", "1E+15", "1234567890123456.5", "9999999999999999999999999");

  static Stream<Arguments> unbounded() {
    List<Arguments> cases = new ArrayList<>();
    for (String field : FIELDS.keySet()) {
      for (String value : UNBOUNDED) {
        cases.add(Arguments.of(field, value));
      }
      for (String value : BEYOND_A_FIELD) {
        cases.add(Arguments.of(field, value));
      }
    }
    for (String field : TOTALS.keySet()) {
      for (String value : UNBOUNDED) {
        cases.add(Arguments.of(field, value));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("unbounded")
  void rejectsADecimalWithTooManyDigitsNamingTheFieldInAShortMessage(String field, String value) {
    Function<BigDecimal, Object> build = FIELDS.containsKey(field) ? FIELDS.get(field) : TOTALS.get(field);
    Throwable thrown = catchThrowable(() -> build.apply(new BigDecimal(value)));

    assertThat(thrown).isInstanceOf(InvalidModelException.class);
    InvalidModelException e = (InvalidModelException) thrown;
    String path = field.substring(field.indexOf('.') + 1);
    assertThat(e.path().toString()).isEqualTo(path);
    assertThat(e.getMessage())
        .startsWith(path + ": must have at most " + (FIELDS.containsKey(field) ? 15 : 25)
            + " digits before the point and 6 after, was ")
        .hasSizeLessThan(200);
  }

  static Stream<Arguments> bounded() {
    List<Arguments> cases = new ArrayList<>();
    for (String field : FIELDS.keySet()) {
      for (String value :
          List.of("0", "999999999999999.999999", "0.000001", "1E+14", "9.9E+14", "89.5", "0E-6")) {
        cases.add(Arguments.of(field, value));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("bounded")
  void acceptsUpTo15DigitsBeforeThePointAnd6AfterWhateverTheScale(String field, String value) {
    assertThatCode(() -> FIELDS.get(field).apply(new BigDecimal(value))).doesNotThrowAnyException();
  }

  @Test
  void acceptsTotalsUpTo25DigitsBeforeThePoint() {
    BigDecimal most = new BigDecimal("9999999999999999999999999.999999");
    assertThat(tally("eligibleWeight", most).eligibleWeight()).isEqualTo(most);
    assertThatCode(() -> TOTALS.get("Check.whole").apply(most).toString())
        .doesNotThrowAnyException();
  }

  @Test
  void tallyingTheLargestWeightsOfManyVotersStaysExactAndExplainable() {
    BigDecimal largest = new BigDecimal("999999999999999.999999");
    List<Voter> voters = new ArrayList<>();
    List<Ballot> ballots = new ArrayList<>();
    Set<PartyId> present = new java.util.HashSet<>();
    for (int i = 0; i < 1000; i++) {
      PartyId party = PartyId.of("owner-" + i);
      voters.add(Voter.of(party, PartyKind.STAKEHOLDER, largest));
      ballots.add(Ballot.of(party, i % 3 == 0 ? Choice.NO : Choice.YES));
      present.add(party);
    }
    MajorityRule rule =
        new MajorityRule.Builder()
            .approval(Threshold.of(Fraction.of(2, 3), false, Base.CAST, Measure.WEIGHT))
            .minimumYes(largest)
            .build();

    Decision decision = rule.decide(ballots, present, voters);

    assertThat(decision.tally().eligibleWeight())
        .isEqualByComparingTo(largest.multiply(BigDecimal.valueOf(1000)));
    assertThat(decision.passed()).isFalse(); // 666 of 1000 is less than 2/3
    assertThat(decision.explain(Locale.SIMPLIFIED_CHINESE)).contains("999999999999999999.999");
    assertThat(decision.toString()).hasSizeLessThan(1000);
  }

  @Test
  void neverWritesOutAHugeExponentInAMessage() {
    BigDecimal huge = new BigDecimal(BigInteger.ONE, -2_000_000_000);
    Throwable thrown = catchThrowable(() -> PublicFunds.of(huge));
    assertThat(thrown).isInstanceOf(InvalidModelException.class);
    assertThat(thrown.getMessage()).isEqualTo(
        "amount: must have at most 15 digits before the point and 6 after, was 1E+2000000000");
    BigDecimal negativeHuge = new BigDecimal(BigInteger.ONE.negate(), -2_000_000_000);
    assertThat(catchThrowable(() -> Voter.of(PARTY, PartyKind.STAKEHOLDER, negativeHuge)))
        .hasMessageStartingWith("weight: must have at most 15 digits");
  }

  /**
   * Reads every field of every generated value class of the model packages, and lists the decimal
   * ones: each must have a case above.
   */
  @Test
  void everyDecimalFieldOfTheModelHasACase() {
    Set<String> found = new TreeSet<>();
    for (Class<?> valueClass : ModelSamples.generatedValueClasses()) {
      for (Field field : valueClass.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())
            && field.getGenericType().getTypeName().contains("java.math.BigDecimal")) {
          found.add(valueClass.getSimpleName().substring("Immutable".length()) + "." + field.getName());
        }
      }
    }
    Set<String> covered = new TreeSet<>(FIELDS.keySet());
    covered.addAll(TOTALS.keySet());
    assertThat(found).hasSize(12);
    assertThat(covered).isEqualTo(found);
  }
}
