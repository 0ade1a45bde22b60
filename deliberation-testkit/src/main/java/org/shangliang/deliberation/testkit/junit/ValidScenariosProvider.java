package org.shangliang.deliberation.testkit.junit;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.testkit.ScenarioGen;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.testkit.Shape;

/**
 * The arguments of {@link ValidScenarios}: JUnit creates it from the annotation; tests do not call
 * it.
 */
public final class ValidScenariosProvider extends AnnotationBasedArgumentsProvider<ValidScenarios> {
  /** Creates the provider; JUnit does. */
  public ValidScenariosProvider() {}

  @Override
  protected Stream<? extends Arguments> provideArguments(
      ParameterDeclarations parameters, ExtensionContext context, ValidScenarios annotation) {
    String name = "@ValidScenarios";
    Profile profile = Sources.profile(name, annotation.profile(), annotation.profileMethod(), context);
    Shape shape = Shape.any();
    for (Shape.Feature feature : annotation.features()) {
      shape = shape.with(feature);
    }
    ScenarioGen gen = Scenarios.valid(profile, shape);
    int size = Sources.size(name, annotation.size());
    return Sources.scenarios(
        Sources.seed(annotation.seed(), context),
        Sources.count(name, annotation.count(), context),
        "",
        seed -> gen.generate(seed, size));
  }
}
