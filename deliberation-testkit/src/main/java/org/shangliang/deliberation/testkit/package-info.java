/**
 * Seeded generators of deliberation scenarios for test authors. No property-testing framework:
 * every generator is a pure function of a {@link java.util.random.RandomGenerator} and a size, so it
 * plugs into a plain loop, a JUnit 5 parameterized test ({@code testkit.junit}) or any tool a test
 * author chooses.
 *
 * <ul>
 *   <li>{@link org.shangliang.deliberation.testkit.Scenarios}: {@code valid(profile[, shape])},
 *       records the profile judges clean, for any profile; {@code breaking(profile, code)}, records
 *       that break one named rule and declare every code their report holds (every built-in rule
 *       has one); both also over a unit tree and work calendar the caller gives, shared by many
 *       records ({@code ScenarioGen.over(jurisdiction, calendar)}, {@code
 *       Generators.province(seed, units)} for a large tree);
 *   <li>{@link org.shangliang.deliberation.testkit.Scenario} and {@link
 *       org.shangliang.deliberation.testkit.ScenarioGen}: a scenario carries its seed and size and
 *       the line of Java that rebuilds it;
 *   <li>{@link org.shangliang.deliberation.testkit.Shape}: what a valid scenario must hold (a vote
 *       by ballots, a dispute, finished duties …);
 *   <li>{@link org.shangliang.deliberation.testkit.Histories}: event sequences that fold, and
 *       sequences rejected first at a known event ({@link
 *       org.shangliang.deliberation.testkit.InvalidHistory});
 *   <li>{@link org.shangliang.deliberation.testkit.Generators} and {@link
 *       org.shangliang.deliberation.testkit.Gen}: the pieces (unit trees, work calendars, decision
 *       rules, parties, ballots) and the combinators;
 *   <li>{@link org.shangliang.deliberation.testkit.Minimizer}: reduces a failing scenario to a
 *       locally minimal one that still fails.
 * </ul>
 *
 * <p>AssertJ assertions on reports and scenarios are in {@code
 * org.shangliang.deliberation.testkit.assertj}; JUnit 5 sources ({@code @ValidScenarios}, {@code
 * @BreakingScenarios}, {@code @EachRuleCode}) in {@code org.shangliang.deliberation.testkit.junit}.
 * The guide is docs/testing.md.
 *
 * <pre>{@code
 * Scenario s = Scenarios.valid(Profiles.jinan()).generate(42L);
 * assertThat(s).isClean();
 * Scenario broken = Scenarios.breaking(Profiles.jinan(), "meeting.quorum.not-met").generate(7L);
 * assertThat(broken).reportsExactlyItsExpectedCodes();
 * }</pre>
 */
package org.shangliang.deliberation.testkit;
