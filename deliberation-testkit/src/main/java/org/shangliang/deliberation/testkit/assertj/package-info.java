/**
 * AssertJ assertions on validation reports and scenarios, entered through {@link
 * org.shangliang.deliberation.testkit.assertj.DeliberationAssertions#assertThat}. Every failure
 * message lists the report's actual violations — severity, code, path — each rendered in English and
 * in Chinese by {@link org.shangliang.deliberation.validation.Messages}, and for a scenario its seed
 * and the one line of Java that rebuilds it.
 *
 * <p>The core tells two things apart, and so do these assertions: a <em>compliant</em> report has
 * no violation of severity {@code ERROR} ({@code isCompliant()}, as {@link
 * org.shangliang.deliberation.validation.ValidationReport#isCompliant()}); a <em>clean</em> one has
 * no violation at all, warnings and remarks included ({@code isClean()}), which is what a valid
 * scenario promises.
 *
 * <pre>{@code
 * import static org.shangliang.deliberation.testkit.assertj.DeliberationAssertions.assertThat;
 *
 * Scenario valid = Scenarios.valid(Profiles.jinan()).generate(42L);
 * assertThat(valid).isClean();
 *
 * Scenario broken = Scenarios.breaking(Profiles.jinan(), "meeting.quorum.not-met").generate(7L);
 * assertThat(broken).reportsExactlyItsExpectedCodes();
 *
 * ValidationReport report = validator.validate(record, at);
 * assertThat(report).withProfile(Profiles.jinan())
 *     .hasOnly("meeting.quorum.not-met").at("meetings[0].attendance");
 * assertThat(report).has(RuleCodes.MEETING_QUORUM_NOT_MET).and().doesNotHave("meeting.chair.not-convener");
 * }</pre>
 *
 * <p>A failure reads, for instance:
 *
 * <pre>
 * Expecting the report to be clean (no violation of any severity), but it has 1 violation of the codes [history.event-rejected].
 * Actual violations (1):
 *   1. ERROR history.event-rejected at events[9]
 *        en: The event "topic raised" at 2026-03-02 10:00 +08:00 does not fit the state "completed" …
 *        zh: 2026-03-02 10:00 +08:00 的事件“提出议题”与 … 达到的状态“已办结”不符；…
 * Scenario: seed 42, size 20, expected codes []
 * Rebuild it with: Scenarios.valid(Profiles.jinan()).generate(42L, 20)
 * </pre>
 */
package org.shangliang.deliberation.testkit.assertj;
