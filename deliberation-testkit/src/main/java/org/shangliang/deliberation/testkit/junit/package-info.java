/**
 * JUnit 5 sources of scenarios for {@code @ParameterizedTest}s, and an extension that makes a
 * failing scenario reproducible.
 *
 * <ul>
 *   <li>{@link org.shangliang.deliberation.testkit.junit.ValidScenarios}: valid scenarios of a
 *       profile, optionally holding some structures ({@code features});
 *   <li>{@link org.shangliang.deliberation.testkit.junit.BreakingScenarios}: scenarios breaking one
 *       rule of a profile;
 *   <li>{@link org.shangliang.deliberation.testkit.junit.EachRuleCode}: one scenario per rule the
 *       profile can break;
 *   <li>{@link org.shangliang.deliberation.testkit.junit.ScenarioReporting}: on a failure, the
 *       scenario's seed and the one line that rebuilds it, in the failure and in the test report.
 * </ul>
 *
 * <p>A profile is named by a built-in id ({@code jinan}, {@code haidian}, {@code bishan}, {@code
 * jinan-owners-example}) or by {@code profileMethod}, a static method returning a city's own
 * profile. Counts and seeds are fixed, so a build runs the same scenarios every time; the
 * properties {@code shangliang.testkit.count} and {@code shangliang.testkit.seed} (system
 * properties or JUnit configuration parameters) override them for a deeper run ({@link
 * org.shangliang.deliberation.testkit.junit.ScenarioSources}). Each scenario's display name is its
 * profile's id, its code for a breaking scenario, and its seed.
 *
 * <pre>{@code
 * import static org.shangliang.deliberation.testkit.assertj.DeliberationAssertions.assertThat;
 *
 * class OurProfileTest {
 *   static Profile ours() {
 *     return Profiles.jinan().withIdentity("lixia", LocalizedText.of("历下", "Lixia"));
 *   }
 *
 *   @ParameterizedTest
 *   @ValidScenarios(profileMethod = "ours")
 *   void validRecordsAreClean(Scenario scenario) {
 *     assertThat(scenario).isClean();
 *   }
 *
 *   @ParameterizedTest
 *   @EachRuleCode(profileMethod = "ours")
 *   void eachBrokenRuleIsReportedAlone(Scenario scenario) {
 *     assertThat(scenario).reportsExactlyItsExpectedCodes();
 *   }
 *
 *   @ParameterizedTest(name = "{0}")
 *   @BreakingScenarios(profile = "haidian", code = "meeting.quorum.not-met", count = 50)
 *   void quorumIsReportedAtTheAttendance(Scenario scenario) {
 *     assertThat(scenario).report().has("meeting.quorum.not-met");
 *   }
 * }
 * }</pre>
 *
 * <p>Run deeper: {@code mvn verify -Dshangliang.testkit.count=10000 -Dshangliang.testkit.seed=1}.
 */
package org.shangliang.deliberation.testkit.junit;
