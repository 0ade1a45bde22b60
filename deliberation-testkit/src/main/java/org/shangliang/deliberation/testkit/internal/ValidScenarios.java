package org.shangliang.deliberation.testkit.internal;

import java.util.Objects;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.testkit.ScenarioFactory;
import org.shangliang.deliberation.testkit.Shape;

/**
 * The factory behind {@code Scenarios.valid}: for each seed it resolves what the shape asks against
 * the profile ({@link Choices}), then builds the jurisdiction, the calendar and a compliant record
 * ({@link ValidRecord}), or takes the ones the caller gave ({@link Given}). Not exported.
 */
public final class ValidScenarios {
  private ValidScenarios() {}

  /**
   * The factory of valid scenarios of a profile under a shape.
   *
   * @param profile the profile
   * @param shape what the scenarios must hold
   * @return the factory
   */
  public static ScenarioFactory factory(Profile profile, Shape shape) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(shape, "shape");
    return (random, size) -> new ValidRecord(profile, Choices.resolve(profile, shape, random), random, size).scenario();
  }

  /**
   * The factory of valid scenarios of a profile under a shape over a given tree and calendar: each
   * record is deliberated at a usable unit of the tree drawn uniformly among those of its level, and
   * its parties, affected units and household links lie in the tree.
   *
   * @param profile the profile
   * @param shape what the scenarios must hold
   * @param given the tree and calendar, checked for the profile ({@link Given#of})
   * @return the factory
   */
  public static ScenarioFactory factory(Profile profile, Shape shape, Given given) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(given, "given");
    return (random, size) ->
        new ValidRecord(profile, Choices.resolve(profile, shape, random), random, size, given)
            .scenario();
  }
}
