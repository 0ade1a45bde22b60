package org.shangliang.deliberation.testkit.internal.breaking;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.RuleSetting;
import org.shangliang.deliberation.testkit.GenerationException;
import org.shangliang.deliberation.testkit.ScenarioFactory;
import org.shangliang.deliberation.testkit.ScenarioParts;
import org.shangliang.deliberation.testkit.Shape;
import org.shangliang.deliberation.testkit.internal.Given;
import org.shangliang.deliberation.testkit.internal.ValidScenarios;
import org.shangliang.deliberation.validation.RuleCode;

/**
 * How to break one rule: the shape of the valid scenario to start from (one where the rule has
 * something to inspect), and one mutation that breaks the rule, declaring every code the broken
 * record is expected to report. Immutable and thread-safe.
 */
public final class Breaker {
  /** How many valid scenarios a breaker may try before it gives up. */
  static final int ATTEMPTS = 64;

  /** The mutation: from a valid scenario's parts to the broken ones. */
  @FunctionalInterface
  public interface Mutation {
    /**
     * Breaks the rule in a valid scenario.
     *
     * @param valid the parts of a compliant scenario of the breaker's shape
     * @param random the random source, to choose what to break
     * @return the broken parts with their expected codes (which include the breaker's code), or
     *     empty if this scenario offers nothing to break (another one is drawn)
     */
    Optional<ScenarioParts> apply(ScenarioParts valid, RandomGenerator random);
  }

  private final RuleCode code;
  private final Function<Profile, Shape> shape;
  private final Function<Profile, Optional<String>> unsupported;
  private final Mutation mutation;
  /** The mutation over a tree the caller gives: {@link #mutation} unless one that keeps it is set. */
  private final Mutation overGiven;
  /** Why the mutation always replaces the scenario's tree, or null if it keeps it at least at times. */
  private final String replacesTree;

  private Breaker(
      RuleCode code,
      Function<Profile, Shape> shape,
      Function<Profile, Optional<String>> unsupported,
      Mutation mutation,
      Mutation overGiven,
      String replacesTree) {
    this.code = code;
    this.shape = shape;
    this.unsupported = unsupported;
    this.mutation = mutation;
    this.overGiven = overGiven;
    this.replacesTree = replacesTree;
  }

  /**
   * A breaker.
   *
   * @param code the rule it breaks
   * @param shape the shape of the valid scenario it starts from, for a profile
   * @param mutation the mutation
   * @return the breaker, supported by every profile that runs the rule
   */
  public static Breaker of(RuleCode code, Function<Profile, Shape> shape, Mutation mutation) {
    return new Breaker(
        Objects.requireNonNull(code, "code"),
        Objects.requireNonNull(shape, "shape"),
        p -> Optional.empty(),
        mutation,
        Objects.requireNonNull(mutation, "mutation"),
        null);
  }

  /**
   * This breaker, also unsupported by the profiles for which {@code reason} gives a reason (for
   * instance a profile with no speaking-time limit cannot break it).
   *
   * @param reason why a profile cannot break the rule, or empty if it can
   * @return the new breaker
   */
  public Breaker unsupportedWhen(Function<Profile, Optional<String>> reason) {
    Objects.requireNonNull(reason, "reason");
    Function<Profile, Optional<String>> before = unsupported;
    return new Breaker(
        code,
        shape,
        p -> {
          Optional<String> first = before.apply(p);
          return first.isPresent() ? first : reason.apply(p);
        },
        mutation,
        overGiven,
        replacesTree);
  }

  /**
   * This breaker, with another mutation over a tree the caller gives: one that never replaces the
   * tree where this breaker's own mutation would (it offers nothing to break instead), so that no
   * tree is built only to be refused.
   *
   * @param keepingTheTree the mutation that keeps the tree
   * @return the new breaker
   */
  public Breaker overAGivenTree(Mutation keepingTheTree) {
    Objects.requireNonNull(keepingTheTree, "keepingTheTree");
    return new Breaker(code, shape, unsupported, mutation, keepingTheTree, replacesTree);
  }

  /**
   * This breaker, marked as one whose mutation always replaces the scenario's unit tree, so that it
   * cannot break a record over a tree the caller gives.
   *
   * @param how what the mutation does to the tree, for the message that refuses it (e.g. {@code
   *     "adds a unit of another tree"})
   * @return the new breaker
   */
  public Breaker replacingTheTree(String how) {
    Objects.requireNonNull(how, "how");
    return new Breaker(code, shape, unsupported, mutation, overGiven, how);
  }

  /**
   * Why this breaker cannot break a record over a given tree.
   *
   * @return what its mutation does to the tree, or empty if it keeps the tree (at least at times:
   *     the scenarios whose mutation would replace it are then drawn again)
   */
  public Optional<String> replacesTree() {
    return Optional.ofNullable(replacesTree);
  }

  /**
   * The rule this breaker breaks.
   *
   * @return its code
   */
  public RuleCode code() {
    return code;
  }

  /**
   * Why a profile cannot break this rule.
   *
   * @param profile the profile
   * @return the reason, or empty if it can
   */
  public Optional<String> unsupported(Profile profile) {
    if (!enabled(profile, code)) {
      return Optional.of("profile " + profile.id() + " switches the rule " + code.value() + " off");
    }
    return unsupported.apply(profile);
  }

  /**
   * The factory of breaking scenarios of a profile: draws a valid scenario of the breaker's shape
   * and mutates it; codes the profile switches off are dropped from the expected set.
   *
   * @param profile the profile
   * @return the factory
   */
  public ScenarioFactory factory(Profile profile) {
    Objects.requireNonNull(profile, "profile");
    Optional<String> reason = unsupported(profile);
    ScenarioFactory valid = reason.isPresent() ? null : ValidScenarios.factory(profile, shape.apply(profile));
    return factory(profile, reason, valid, null);
  }

  /**
   * The factory of breaking scenarios of a profile over a given tree and calendar: as {@link
   * #factory(Profile)}, but each valid scenario is drawn over them, and a mutation that would
   * replace the tree or the calendar counts as one that offers nothing to break (another valid
   * scenario is drawn), so that every scenario keeps them.
   *
   * @param profile the profile
   * @param given the tree and calendar, checked for the profile
   * @return the factory
   * @throws IllegalArgumentException if this breaker always replaces the tree ({@link
   *     #replacesTree()})
   */
  public ScenarioFactory factory(Profile profile, Given given) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(given, "given");
    if (replacesTree != null) {
      throw new IllegalArgumentException(
          "code: breaking "
              + code.value()
              + " "
              + replacesTree
              + ", so it cannot be generated over a given jurisdiction;"
              + " Scenarios.canBreakOver(profile, code) tells which codes can");
    }
    Optional<String> reason = unsupported(profile);
    ScenarioFactory valid =
        reason.isPresent() ? null : ValidScenarios.factory(profile, shape.apply(profile), given);
    return factory(profile, reason, valid, given);
  }

  private ScenarioFactory factory(
      Profile profile, Optional<String> reason, ScenarioFactory valid, Given given) {
    return (random, size) -> {
      if (reason.isPresent()) {
        throw new GenerationException(
            "cannot break " + code.value() + " in profile " + profile.id() + ": " + reason.get());
      }
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        Optional<ScenarioParts> broken =
            (given == null ? mutation : overGiven).apply(valid.make(random, size), random);
        if (broken.isPresent() && given != null && !keeps(broken.get(), given)) {
          continue;
        }
        if (broken.isPresent()) {
          ScenarioParts parts = broken.get();
          if (!parts.expectedCodes().contains(code)) {
            throw new IllegalStateException(
                "the breaker of " + code.value() + " did not declare its own code");
          }
          Set<RuleCode> expected = new LinkedHashSet<>();
          for (RuleCode c : parts.expectedCodes()) {
            if (enabled(profile, c)) {
              expected.add(c);
            }
          }
          return parts.withRecord(parts.record(), expected);
        }
      }
      throw new GenerationException(
          "cannot break "
              + code.value()
              + " in profile "
              + profile.id()
              + ": "
              + ATTEMPTS
              + " valid scenarios offered nothing to break"
              + (given != null ? " without replacing the given jurisdiction" : ""));
    };
  }

  private static boolean keeps(ScenarioParts parts, Given given) {
    return parts.jurisdiction() == given.jurisdiction() && parts.calendar() == given.calendar();
  }

  private static boolean enabled(Profile profile, RuleCode code) {
    return profile.ruleSetting(code).map(RuleSetting::enabled).orElse(true);
  }

  @Override
  public String toString() {
    return "Breaker[" + code.value() + "]";
  }
}
