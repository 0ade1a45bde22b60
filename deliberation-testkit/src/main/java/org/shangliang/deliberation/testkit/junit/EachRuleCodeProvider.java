package org.shangliang.deliberation.testkit.junit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.validation.RuleCode;

/**
 * The arguments of {@link EachRuleCode}: JUnit creates it from the annotation; tests do not call
 * it.
 */
public final class EachRuleCodeProvider extends AnnotationBasedArgumentsProvider<EachRuleCode> {
  /** Creates the provider; JUnit does. */
  public EachRuleCodeProvider() {}

  @Override
  protected Stream<? extends Arguments> provideArguments(
      ParameterDeclarations parameters, ExtensionContext context, EachRuleCode annotation) {
    String name = "@EachRuleCode";
    Profile profile = Sources.profile(name, annotation.profile(), annotation.profileMethod(), context);
    long seed = Sources.seed(annotation.seed(), context);
    int size = Sources.size(name, annotation.size());
    return codes(profile).stream()
        .map(
            code ->
                Sources.argument(Scenarios.breaking(profile, code).generate(seed, size), code.value()));
  }

  /**
   * The codes a profile can break, in the order of {@link RuleCodes#all()}.
   *
   * @param profile the profile
   * @return the codes that have a breaking generator and that the profile allows breaking
   */
  static List<RuleCode> codes(Profile profile) {
    List<RuleCode> breakable = Scenarios.breakableCodes();
    List<RuleCode> codes = new ArrayList<>();
    for (RuleCode code : RuleCodes.all()) {
      if (breakable.contains(code) && Scenarios.canBreak(profile, code)) {
        codes.add(code);
      }
    }
    return codes;
  }
}
