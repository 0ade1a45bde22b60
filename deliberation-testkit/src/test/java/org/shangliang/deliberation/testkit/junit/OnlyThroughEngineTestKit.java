package org.shangliang.deliberation.testkit.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a fixture class that runs only inside the tests that launch it through the EngineTestKit
 * (they set {@value #PARAMETER}); a build or an IDE that discovers it skips it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(OnlyThroughEngineTestKit.Condition.class)
@interface OnlyThroughEngineTestKit {
  /** The configuration parameter the launching tests set to {@code true}. */
  String PARAMETER = "shangliang.testkit.fixtures";

  /** Enables the fixture only when the parameter is set. */
  final class Condition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(PARAMETER).map(Boolean::parseBoolean).orElse(false)
          ? ConditionEvaluationResult.enabled("launched through the EngineTestKit")
          : ConditionEvaluationResult.disabled("a fixture, run only through the EngineTestKit");
    }
  }
}
