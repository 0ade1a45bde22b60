package org.shangliang.deliberation.testkit.junit;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.testkit.ScenarioGen;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.validation.RuleCode;

/**
 * The arguments of {@link BreakingScenarios}: JUnit creates it from the annotation; tests do not
 * call it.
 */
public final class BreakingScenariosProvider
    extends AnnotationBasedArgumentsProvider<BreakingScenarios> {
  /** Creates the provider; JUnit does. */
  public BreakingScenariosProvider() {}

  @Override
  protected Stream<? extends Arguments> provideArguments(
      ParameterDeclarations parameters, ExtensionContext context, BreakingScenarios annotation) {
    String name = "@BreakingScenarios";
    Profile profile = Sources.profile(name, annotation.profile(), annotation.profileMethod(), context);
    RuleCode code;
    try {
      code = RuleCode.of(annotation.code().strip());
    } catch (InvalidModelException e) {
      throw new ExtensionConfigurationException(
          name + ": code \"" + annotation.code() + "\" is not a rule code such as"
              + " meeting.quorum.not-met",
          e);
    }
    Optional<String> why = Scenarios.whyNotBreakable(profile, code);
    if (why.isPresent()) {
      throw new ExtensionConfigurationException(
          name + ": profile " + profile.id() + " cannot break " + code.value() + ": " + why.get());
    }
    ScenarioGen gen = Scenarios.breaking(profile, code);
    int size = Sources.size(name, annotation.size());
    return Sources.scenarios(
        Sources.seed(annotation.seed(), context),
        Sources.count(name, annotation.count(), context),
        code.value(),
        seed -> gen.generate(seed, size));
  }
}
