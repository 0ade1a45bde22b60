package org.shangliang.deliberation.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/**
 * Generation succeeds for every seed and every size: a {@link GenerationException} is only for a
 * shape the profile cannot satisfy, never for an unlucky draw. Each profile's breaking generators
 * (every code it can break) and its valid generator run over a fixed range of seeds at sizes from 0
 * (the fewest parties the record needs) to 100, and each scenario reports exactly what it declares.
 *
 * <p>Cost, tuned to stay under a minute on a busy 2-core machine: 150 seeds per breakable code and
 * profile (some 260 pairs) and 2,000 valid seeds per profile make about 50,000 scenarios, some 10 s
 * on an idle machine. Rarer failures are hunted by raising the counts locally (1,500 seeds per code
 * and profile, 20,000 valid seeds per profile); the seeds that once failed are kept below.
 */
class GenerationRobustnessTest {
  private static final int[] SIZES = {0, 1, 2, 3, 5, 8, 13, 40, 100};
  private static final int BREAKING_SEEDS = 150;
  private static final int VALID_SEEDS = 2_000;

  static Stream<Arguments> profiles() {
    return Stream.of(
        Arguments.of(Profiles.jinan()),
        Arguments.of(Profiles.haidian()),
        Arguments.of(Profiles.bishan()),
        Arguments.of(Profiles.jinanOwnersExample()),
        Arguments.of(DerivedProfiles.custom()));
  }

  private static int size(long seed) {
    return SIZES[(int) Math.floorMod(seed, (long) SIZES.length)];
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void everyBreakableRuleBreaksForEverySeedAndSize(Profile profile) {
    List<String> failures = new ArrayList<>();
    int codes = 0;
    for (RuleCode code : Scenarios.breakableCodes()) {
      if (!Scenarios.canBreak(profile, code)) {
        continue;
      }
      codes++;
      ScenarioGen gen = Scenarios.breaking(profile, code);
      for (long seed = 0; seed < BREAKING_SEEDS; seed++) {
        checkBreaking(gen, code, seed, size(seed), failures);
      }
    }
    assertThat(codes).as("codes profile %s can break", profile.id()).isPositive();
    assertThat(failures).as("breaking scenarios that failed to generate or to report their codes").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void validScenariosAreCompliantForEverySeedAndSize(Profile profile) {
    List<String> failures = new ArrayList<>();
    ScenarioGen gen = Scenarios.valid(profile);
    for (long seed = 0; seed < VALID_SEEDS; seed++) {
      checkValid(gen, seed, size(seed), d -> true, failures);
    }
    assertThat(failures).as("valid scenarios that failed to generate or to comply").isEmpty();
  }

  static Stream<Arguments> seedsThatOnceFailed() {
    return Stream.of(
        // a count quorum of 4 with only 3 of the deliberators drawn to be invited
        Arguments.of(DerivedProfiles.custom(), "meeting.quorum.not-met", 1289L, 8),
        Arguments.of(DerivedProfiles.custom(), "meeting.ballot.not-signed-in", 1214L, 3),
        Arguments.of(Profiles.bishan(), "escalation.answer-late", 1361L, 2),
        Arguments.of(Profiles.haidian(), "meeting.ballot.not-signed-in", 408L, 3),
        // a conflict of interest left one voter of two, short of a two-thirds majority
        Arguments.of(Profiles.jinan(), "meeting.ballot.not-signed-in", 2152L, 3));
  }

  @ParameterizedTest
  @MethodSource("seedsThatOnceFailed")
  void aBreakingScenarioGeneratesWhereTheDrawOnceLeftTooFewParties(
      Profile profile, String code, long seed, int size) {
    List<String> failures = new ArrayList<>();
    checkBreaking(Scenarios.breaking(profile, code), RuleCode.of(code), seed, size, failures);
    assertThat(failures).isEmpty();
  }

  static Stream<Arguments> singleFeatureShapes() {
    return Stream.of(
        Arguments.of(
            Shape.any().with(Shape.Feature.VOTE),
            (Predicate<Deliberation>) d -> d.meetings().stream().anyMatch(m -> m.vote().isPresent())),
        Arguments.of(
            Shape.any().with(Shape.Feature.CONFLICT_OF_INTEREST),
            (Predicate<Deliberation>)
                d -> d.meetings().stream().anyMatch(m -> !m.conflicts().isEmpty() && m.vote().isPresent())),
        Arguments.of(
            Shape.any().without(Shape.Feature.MEETING),
            (Predicate<Deliberation>) d -> d.meetings().isEmpty()));
  }

  @ParameterizedTest
  @MethodSource("singleFeatureShapes")
  void aShapeOfOneFeatureGeneratesForEverySeedAndHoldsIt(Shape shape, Predicate<Deliberation> holds) {
    List<String> failures = new ArrayList<>();
    for (Profile profile : List.of(Profiles.jinan(), DerivedProfiles.custom())) {
      ScenarioGen gen = Scenarios.valid(profile, shape);
      for (long seed = 0; seed < 200; seed++) {
        checkValid(gen, seed, size(seed), holds, failures);
      }
    }
    assertThat(failures).as("scenarios that failed to generate, comply or hold %s", shape).isEmpty();
  }

  private static void checkBreaking(
      ScenarioGen gen, RuleCode code, long seed, int size, List<String> failures) {
    Scenario s;
    try {
      s = gen.generate(seed, size);
    } catch (RuntimeException e) {
      failures.add(gen.recipe() + ".generate(" + seed + "L, " + size + ") threw " + e);
      return;
    }
    ValidationReport report = s.validate();
    Set<RuleCode> reported =
        report.violations().stream().map(Violation::code).collect(Collectors.toSet());
    if (!s.expectedCodes().contains(code) || !reported.equals(s.expectedCodes())) {
      failures.add(BreakingScenariosTest.describe(s, report));
    }
  }

  private static void checkValid(
      ScenarioGen gen, long seed, int size, Predicate<Deliberation> holds, List<String> failures) {
    Scenario s;
    try {
      s = gen.generate(seed, size);
    } catch (RuntimeException e) {
      failures.add(gen.recipe() + ".generate(" + seed + "L, " + size + ") threw " + e);
      return;
    }
    ValidationReport report = s.validate();
    if (!report.violations().isEmpty() || !s.expectedCodes().isEmpty()) {
      failures.add(Compliance.describe(s, report));
    } else if (!holds.test(s.record())) {
      failures.add(s.snippet() + " does not hold what its shape asks");
    }
  }
}
