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
  static final String APPRAISAL =
      "DOMAIN.md Jinan: after the result, revisit and appraisal (seeds/003); Haidian 评 (seeds/000)";
  static final String ESCALATION =
      "DOMAIN.md Jinan: 建议件 and items sent up get a named follower (seeds/003)";
  static final String HISTORY =
      "DOMAIN.md Jinan: 五步, four outcome kinds and after the result (seeds/003)";
  static final String HOTLINE =
      "DOMAIN.md Jinan: the district's 12345 coordination group (seeds/003); Beijing 接诉即办 (seeds/001)";
  static final String SEVEN_STAGES =
      "DOMAIN.md Jinan: 七定, the seven stages of every meeting (seeds/003)";
  static final String QUORUM =
      "DOMAIN.md: quorum sizes are not in the articles, a profile setting; Jinan 七定 sign-in (seeds/003)";
  static final String PUBLICITY =
      "DOMAIN.md Jinan: 七定, publicise the result (seeds/003); publicity periods are a profile setting";
  static final String BISHAN =
      "DOMAIN.md Chongqing Bishan: a solution proposed within 24 hours (seeds/002)";
  static final String OUTCOMES =
      "DOMAIN.md Jinan: four outcome kinds, 结果分流分类办理 (seeds/003)";
  static final String AFTER =
      "DOMAIN.md Jinan: after the result (seeds/003)";
  static final String STEPS =
      "DOMAIN.md Jinan: 五步 (seeds/003); Haidian: 集议办督评 (seeds/000); any ordered plan (seeds/004)";
  static final String PROCEDURE = "DOMAIN.md Jinan: procedure and chair (seeds/003)";
  static final String VOTING = "DOMAIN.md Jinan: 七定, form the result (seeds/003); DESIGN.md §7";
  static final String RULE_FAILED =
      "Shangliang validator: a rule that throws is reported, and the other rules run (Validator)";
  static final String THREE_MATTERS =
      "DOMAIN.md Jinan: 三事 and online micro-deliberation 线上微协商 (seeds/003)";

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
