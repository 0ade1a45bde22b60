package org.shangliang.deliberation.testkit;

import java.util.random.RandomGenerator;

/**
 * Makes the parts of one scenario from a random source and a size; the body of a {@link
 * ScenarioGen}. Like a {@link Gen}, a pure function of its random source and size.
 */
@FunctionalInterface
public interface ScenarioFactory {
  /**
   * Makes one scenario's parts.
   *
   * @param random the only source of randomness
   * @param size how large the scenario may grow, at least 0
   * @return the parts
   * @throws GenerationException if no scenario can be made
   */
  ScenarioParts make(RandomGenerator random, int size);
}
