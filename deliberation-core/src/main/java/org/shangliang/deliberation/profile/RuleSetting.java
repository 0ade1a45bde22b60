package org.shangliang.deliberation.profile;

import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;

/**
 * A profile's setting for one rule: switched off, or on with another severity than its default.
 * Rules a profile does not mention run with their default severity.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class RuleSetting {
  RuleSetting() {}

  /**
   * The rule's code.
   *
   * @return the code
   */
  @Value.Parameter
  public abstract RuleCode code();

  /**
   * Whether the rule runs.
   *
   * @return {@code false} if the profile switches it off
   */
  @Value.Parameter
  public abstract boolean enabled();

  /**
   * The severity the rule's violations get instead of the default.
   *
   * @return the severity, or empty for the rule's default
   */
  @Value.Parameter
  public abstract Optional<Severity> severity();

  /**
   * Switches a rule off.
   *
   * @param code the rule's code
   * @return the setting
   */
  public static RuleSetting off(RuleCode code) {
    return ImmutableRuleSetting.of(code, false, Optional.empty());
  }

  /**
   * Runs a rule with another severity.
   *
   * @param code the rule's code
   * @param severity the severity its violations get
   * @return the setting
   */
  public static RuleSetting severity(RuleCode code, Severity severity) {
    return ImmutableRuleSetting.of(code, true, Optional.of(severity));
  }

  @Value.Check
  void check() {
    if (!enabled() && severity().isPresent()) {
      throw new org.shangliang.deliberation.InvalidModelException(
          org.shangliang.deliberation.Path.of("severity"),
          "a rule switched off has no severity, was " + severity().get());
    }
  }
}
