package org.shangliang.deliberation.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.TestAbortedException;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.testkit.Scenarios;

class ScenarioSourcesTest {

  private static EngineExecutionResults run(Class<?> fixture, String... parameters) {
    Map<String, String> map = new LinkedHashMap<>();
    map.put(OnlyThroughEngineTestKit.PARAMETER, "true");
    for (int i = 0; i < parameters.length; i += 2) {
      map.put(parameters[i], parameters[i + 1]);
    }
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(fixture))
        .configurationParameters(map)
        .execute();
  }

  private static List<String> names(EngineExecutionResults results) {
    return results.testEvents().started().stream()
        .map(e -> e.getTestDescriptor().getDisplayName())
        .collect(Collectors.toList());
  }

  private static Throwable throwable(Event event) {
    return event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
  }

  /** Each failed container's method name and the message of its failure. */
  private static Map<String, String> containerFailures(EngineExecutionResults results) {
    return results.containerEvents().failed().stream()
        .collect(
            Collectors.toMap(
                e -> e.getTestDescriptor().getDisplayName(),
                e -> throwable(e).getClass().getSimpleName() + ": " + throwable(e).getMessage()));
  }

  private static List<ReportEntry> reportEntries(EngineExecutionResults results) {
    return results.allEvents().reportingEntryPublished().stream()
        .map(e -> e.getRequiredPayload(ReportEntry.class))
        .collect(Collectors.toList());
  }

  @Test
  void validScenariosRunTheDefaultCountFromTheDefaultSeedNamedByProfileAndSeed() {
    EngineExecutionResults results = run(Fixtures.ValidJinan.class);
    results.testEvents().assertStatistics(s -> s.started(ScenarioSources.DEFAULT_COUNT).succeeded(ScenarioSources.DEFAULT_COUNT));
    assertThat(names(results).get(0)).isEqualTo("[1] jinan, seed " + ScenarioSources.DEFAULT_SEED);
    assertThat(names(results).get(19))
        .isEqualTo("[20] jinan, seed " + (ScenarioSources.DEFAULT_SEED + 19));
    assertThat(reportEntries(results)).isEmpty();
  }

  @Test
  void theCountAndSeedPropertiesOverrideTheAnnotations() {
    EngineExecutionResults results =
        run(
            Fixtures.ValidJinan.class,
            ScenarioSources.COUNT_PROPERTY, "3",
            ScenarioSources.SEED_PROPERTY, "-500");
    results.testEvents().assertStatistics(s -> s.started(3).succeeded(3));
    assertThat(names(results))
        .containsExactly("[1] jinan, seed -500", "[2] jinan, seed -499", "[3] jinan, seed -498");
    EngineExecutionResults fewer =
        run(Fixtures.FailingHaidian.class, ScenarioSources.COUNT_PROPERTY, "1");
    fewer.testEvents().assertStatistics(s -> s.started(1).failed(1));
  }

  @Test
  void theCountPropertyIsReadFromTheSystemProperties() {
    String before = System.getProperty(ScenarioSources.COUNT_PROPERTY);
    System.setProperty(ScenarioSources.COUNT_PROPERTY, "2");
    try {
      run(Fixtures.ValidJinan.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    } finally {
      if (before == null) {
        System.clearProperty(ScenarioSources.COUNT_PROPERTY);
      } else {
        System.setProperty(ScenarioSources.COUNT_PROPERTY, before);
      }
    }
  }

  @Test
  void aPropertyThatIsNotANumberFailsNamingIt() {
    assertThat(containerFailures(run(Fixtures.ValidJinan.class, ScenarioSources.COUNT_PROPERTY, "many")))
        .containsValue(
            "ExtensionConfigurationException: the property shangliang.testkit.count must be a whole"
                + " number, was \"many\"");
    assertThat(containerFailures(run(Fixtures.ValidJinan.class, ScenarioSources.COUNT_PROPERTY, "0")))
        .containsValue(
            "ExtensionConfigurationException: the property shangliang.testkit.count must be at"
                + " least 1, was \"0\"");
    assertThat(containerFailures(run(Fixtures.ValidJinan.class, ScenarioSources.SEED_PROPERTY, "1e9")))
        .containsValue(
            "ExtensionConfigurationException: the property shangliang.testkit.seed must be a whole"
                + " number, was \"1e9\"");
  }

  @Test
  void aFailingInvocationCarriesItsSeedAndSnippetAndPublishesThem() {
    EngineExecutionResults results = run(Fixtures.FailingHaidian.class);
    results.testEvents().assertStatistics(s -> s.started(2).failed(2));
    List<Event> failed = results.testEvents().failed().list();
    for (int i = 0; i < 2; i++) {
      long seed = 77 + i;
      String snippet = "Scenarios.valid(Profiles.haidian()).generate(" + seed + "L, 8)";
      assertThat(failed.get(i).getTestDescriptor().getDisplayName())
          .isEqualTo("[" + (i + 1) + "] haidian, seed " + seed);
      Throwable failure = throwable(failed.get(i));
      assertThat(failure).isInstanceOf(AssertionError.class).hasMessageContaining("[deliberately wrong]");
      assertThat(failure.getSuppressed()).hasSize(1);
      assertThat(failure.getSuppressed()[0])
          .isInstanceOf(ScenarioReporting.Reproduction.class)
          .hasMessage("scenario of seed " + seed + " (size 8); rebuild it with: " + snippet);
      ScenarioReporting.Reproduction reproduction =
          (ScenarioReporting.Reproduction) failure.getSuppressed()[0];
      assertThat(reproduction.seed()).isEqualTo(seed);
      assertThat(reproduction.snippet()).isEqualTo(snippet);
      assertThat(reproduction.getStackTrace()).isEmpty();
    }
    assertThat(reportEntries(results))
        .extracting(ReportEntry::getKeyValuePairs)
        .containsExactly(
            Map.of(
                "scenario.seed", "77",
                "scenario.snippet", "Scenarios.valid(Profiles.haidian()).generate(77L, 8)"),
            Map.of(
                "scenario.seed", "78",
                "scenario.snippet", "Scenarios.valid(Profiles.haidian()).generate(78L, 8)"));
  }

  @Test
  void anExtensionRegisteredByHandReportsEveryScenarioArgumentAndLeavesAbortsAlone() {
    EngineExecutionResults results = run(Fixtures.RegisteredByHand.class);
    results.testEvents().assertStatistics(s -> s.started(3).failed(1).aborted(1).succeeded(1));
    Throwable failure = throwable(results.testEvents().failed().list().get(0));
    assertThat(failure)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("deliberately failed between between");
    assertThat(failure.getSuppressed())
        .extracting(Throwable::getMessage)
        .containsExactly(
            "scenario of seed 1 (size 20); rebuild it with:"
                + " Scenarios.valid(Profiles.bishan()).generate(1L, 20)",
            "scenario of seed 2 (size 6); rebuild it with:"
                + " Scenarios.valid(Profiles.jinan()).generate(2L, 6)");
    assertThat(reportEntries(results))
        .extracting(ReportEntry::getKeyValuePairs)
        .containsExactly(
            Map.of(
                "scenario1.seed", "1",
                "scenario1.snippet", "Scenarios.valid(Profiles.bishan()).generate(1L, 20)",
                "scenario2.seed", "2",
                "scenario2.snippet", "Scenarios.valid(Profiles.jinan()).generate(2L, 6)"));
    Throwable abort = throwable(results.testEvents().aborted().list().get(0));
    assertThat(abort).isInstanceOf(TestAbortedException.class);
    assertThat(abort.getSuppressed()).isEmpty();
  }

  @Test
  void aProfileMethodGivesACitysOwnProfileWithTheAskedFeatures() {
    EngineExecutionResults results = run(Fixtures.OwnProfiles.class);
    results.testEvents().assertStatistics(s -> s.started(5).succeeded(5));
    assertThat(names(results))
        .contains("[1] jinan-weekly, seed " + ScenarioSources.DEFAULT_SEED)
        .contains("[2] example-city, seed " + (ScenarioSources.DEFAULT_SEED + 1));
  }

  @Test
  void aMisconfiguredSourceFailsWithTheReason() {
    Map<String, String> failures = containerFailures(run(Fixtures.Misconfigured.class));
    assertThat(failures)
        .containsEntry(
            "unknownProfile(Scenario)",
            "ExtensionConfigurationException: @ValidScenarios: profile \"atlantis\" is not a"
                + " built-in profile (jinan, haidian, bishan, jinan-owners-example); name a static"
                + " method returning your own Profile with profileMethod")
        .containsEntry(
            "bothProfiles(Scenario)",
            "ExtensionConfigurationException: @ValidScenarios: give exactly one of profile (a"
                + " built-in id: jinan, haidian, bishan, jinan-owners-example) and profileMethod (a"
                + " static method returning a Profile), were profile \"jinan\" and profileMethod"
                + " \"notAProfile\"")
        .containsKey("noProfile(Scenario)")
        .containsEntry(
            "missingMethod(Scenario)",
            "ExtensionConfigurationException: @ValidScenarios: profileMethod \"missing\": no method"
                + " without parameters of that name in "
                + Fixtures.Misconfigured.class.getName() + " or the classes enclosing it")
        .containsEntry(
            "notAProfileMethod(Scenario)",
            "ExtensionConfigurationException: @ValidScenarios: profileMethod \"notAProfile\" must"
                + " return a Profile, returns java.lang.String")
        .containsEntry(
            "notStaticMethod(Scenario)",
            "ExtensionConfigurationException: @ValidScenarios: profileMethod \"notStatic\" must be"
                + " static")
        .containsEntry(
            "zeroCount(Scenario)",
            "ExtensionConfigurationException: @ValidScenarios: count must be at least 1, was 0")
        .containsEntry(
            "notACode(Scenario)",
            "ExtensionConfigurationException: @BreakingScenarios: code \"Not A Code\" is not a rule"
                + " code such as meeting.quorum.not-met")
        .hasSize(9);
    assertThat(failures.get("unbreakableCode(Scenario)"))
        .startsWith(
            "ExtensionConfigurationException: @BreakingScenarios: profile jinan cannot break"
                + " rule.failed: ");
  }

  @Test
  void breakingScenariosAreNamedByProfileCodeAndSeed() {
    Assumptions.assumeTrue(
        Scenarios.canBreak(Profiles.jinan(), RuleCodes.MEETING_QUORUM_NOT_MET),
        "no breaking generator of meeting.quorum.not-met yet");
    EngineExecutionResults results = run(Fixtures.BreakingQuorum.class);
    results.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    assertThat(names(results))
        .containsExactly(
            "[1] jinan, meeting.quorum.not-met, seed " + ScenarioSources.DEFAULT_SEED,
            "[2] jinan, meeting.quorum.not-met, seed " + (ScenarioSources.DEFAULT_SEED + 1));
  }

  @Test
  void eachRuleCodeYieldsOneScenarioPerCodeTheProfileCanBreak() {
    EngineExecutionResults results = run(Fixtures.EachCode.class);
    List<String> bishan = breakable(Profiles.bishan(), ScenarioSources.DEFAULT_SEED);
    List<String> quorumOff = breakable(Fixtures.EachCode.quorumOff(), 5);
    results.testEvents()
        .assertStatistics(
            s -> s.started(bishan.size() + quorumOff.size()).succeeded(bishan.size() + quorumOff.size()));
    assertThat(names(results)).containsExactlyInAnyOrderElementsOf(
        java.util.stream.Stream.concat(bishan.stream(), quorumOff.stream()).collect(Collectors.toList()));
    assertThat(names(results)).noneMatch(name -> name.startsWith("jinan-no-quorum, meeting.quorum.not-met"));
  }

  /** The display names of the codes a profile can break, in the order of RuleCodes.all(). */
  private static List<String> breakable(Profile profile, long seed) {
    List<String> names = new java.util.ArrayList<>();
    for (var code : RuleCodes.all()) {
      if (Scenarios.canBreak(profile, code)) {
        names.add("[" + (names.size() + 1) + "] " + profile.id() + ", " + code.value() + ", seed " + seed);
      }
    }
    return names;
  }
}
