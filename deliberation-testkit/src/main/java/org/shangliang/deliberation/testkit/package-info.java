/**
 * Seeded generators of deliberation scenarios for test authors: {@link
 * org.shangliang.deliberation.testkit.Gen} (a pure function of a random source and a size, with
 * its combinators), {@link org.shangliang.deliberation.testkit.Scenario} and {@link
 * org.shangliang.deliberation.testkit.ScenarioGen} (a scenario that carries its seed and rebuilds
 * from it). No property-testing framework: generators plug into a plain loop, a JUnit 5
 * parameterized test or any tool a test author chooses.
 */
package org.shangliang.deliberation.testkit;
