package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule's code leads to its class in one hop: the code's prefix names the class that holds it. */
class RuleClassesTest {

  @Test
  void eachBuiltInRuleLivesInTheClassNamedAfterItsCodePrefix() {
    for (Rule rule : Validator.builtInRules()) {
      String code = rule.code().value();
      String prefix = code.substring(0, code.indexOf('.'));
      String expected = Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1) + "Rules";
      Class<?> holder = rule.getClass().getEnclosingClass();
      assertThat(holder).as("class of %s", code).isNotNull();
      assertThat(holder.getSimpleName()).as("class of %s", code).isEqualTo(expected);
    }
  }

  @Test
  void builtInRulesRunGroupedByCodePrefix() {
    List<String> prefixes = new ArrayList<>();
    for (Rule rule : Validator.builtInRules()) {
      String code = rule.code().value();
      String prefix = code.substring(0, code.indexOf('.'));
      if (prefixes.isEmpty() || !prefixes.get(prefixes.size() - 1).equals(prefix)) {
        assertThat(prefixes).as("prefix %s appears in two runs", prefix).doesNotContain(prefix);
        prefixes.add(prefix);
      }
    }
    assertThat(prefixes)
        .containsExactly(
            "unit", "topic", "party", "tier", "timing", "meeting", "step", "outcome", "escalation",
            "supervision", "revisit", "appraisal", "hotline", "history", "risk", "gatekeeping");
  }

  @Test
  void eachRuleClassHasATestClassNamedAfterIt() {
    for (Rule rule : Validator.builtInRules()) {
      String holder = rule.getClass().getEnclosingClass().getSimpleName();
      String test = RuleClassesTest.class.getPackageName() + "." + holder + "Test";
      try {
        assertThat(Class.forName(test)).as(test).isNotNull();
      } catch (ClassNotFoundException e) {
        throw new AssertionError("no test class " + test + " for the rules of " + holder, e);
      }
    }
  }
}
