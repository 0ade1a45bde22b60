package org.shangliang.deliberation.rules.internal;

import org.shangliang.deliberation.rules.Rule;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;

/** Base of the built-in rules: a code, a default severity and a source. */
abstract class BuiltInRule implements Rule {
  static final String ADMISSION = "DOMAIN.md Jinan: admission of a topic (seeds/003)";
  static final String CATALOGUE = "DOMAIN.md Jinan: the three ones, topic catalogue (seeds/003)";
  static final String PARTY_LIST = "DOMAIN.md Jinan: the three ones, party list (seeds/003)";
  static final String SUPERVISION = "DOMAIN.md Jinan: after the result, supervision (seeds/003)";
  static final String TIERS =
      "DOMAIN.md Jinan: tiered, regular meetings; procedure and chair (seeds/003)";
  static final String TIMING = "DOMAIN.md Jinan: tiered, regular meetings; 三事 (seeds/003)";

  private final RuleCode code;
  private final Severity severity;
  private final String source;

  BuiltInRule(RuleCode code, Severity severity, String source) {
    this.code = code;
    this.severity = severity;
    this.source = source;
  }

  @Override
  public final RuleCode code() {
    return code;
  }

  @Override
  public final Severity defaultSeverity() {
    return severity;
  }

  @Override
  public final String source() {
    return source;
  }

  @Override
  public String toString() {
    return code.value();
  }
}
