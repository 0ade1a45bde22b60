package org.shangliang.deliberation.rules.internal;

import org.shangliang.deliberation.rules.Rule;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;

/** Base of the built-in rules: a code, a default severity and a source. */
abstract class BuiltInRule implements Rule {
  // Where each rule comes from: the public article (short name, publisher, date), the practice it
  // names, and the section of docs/domain.md that explains it. The articles are listed in full in
  // docs/domain.md#sources.
  static final String UNITS =
      "Jinan 2018 (人民网, 2018-09-13), 六级协商民主联动平台; docs/domain.md#units";
  static final String ADMISSION =
      "Jinan 2018 (人民网, 2018-09-13), 议题选择; docs/domain.md#admission-of-a-topic";
  static final String CATALOGUE =
      "Jinan 2018 (人民网, 2018-09-13), 三个一: 协商事项目录; docs/domain.md#topic-catalogue";
  static final String PARTY_LIST =
      "Jinan 2018 (人民网, 2018-09-13), 三个一: 协商主体清单; docs/domain.md#party-list";
  static final String TIERS =
      "Jinan 2018 (人民网, 2018-09-13), 三个一: 分层定期协商机制; docs/domain.md#tiers-and-regular-meetings";
  static final String TIMING =
      "Jinan 2018 (人民网, 2018-09-13), 每月11日\"111\" and 急事立议; docs/domain.md#matter-sizes-and-timing";
  static final String RULE_FAILED =
      "Shangliang validator: a rule that throws is reported, and the other rules run (Validator)";
  static final String THREE_MATTERS =
      "Jinan 2018 (人民网, 2018-09-13), 三事 and 线上微协商; docs/domain.md#matter-sizes-and-timing";
  static final String BISHAN =
      "Bishan 2024 (seminar report, undated), 24小时内提出解决方案; docs/domain.md#matter-sizes-and-timing";
  static final String SEVEN_STAGES =
      "Jinan 2018 (人民网, 2018-09-13), 七定; docs/domain.md#meetings-and-the-seven-stages";
  static final String PROCEDURE =
      "Jinan 2018 (人民网, 2018-09-13), 议事流程; docs/domain.md#procedure-and-chair";
  static final String QUORUM =
      "Jinan 2018 (人民网, 2018-09-13), 七定: 组织签到; quorum sizes are a profile setting; docs/domain.md#meetings-and-the-seven-stages";
  static final String VOTING =
      "Jinan 2018 (人民网, 2018-09-13), 七定: 形成结果; thresholds are a profile setting; docs/domain.md#decisions-and-votes";
  static final String PUBLICITY =
      "Jinan 2018 (人民网, 2018-09-13), 七定: 结果公示; publicity periods are a profile setting; docs/domain.md#publicity-revisits-and-appraisal";
  static final String STEPS =
      "Jinan 2018 (人民网, 2018-09-13), 五步; Haidian 2025 (人民日报, 2025-09-10), 集议办督评; Reform 2025 (中国党政干部论坛, 2025-05-21), 九步法; docs/domain.md#steps";
  static final String OUTCOMES =
      "Jinan 2018 (人民网, 2018-09-13), 结果分流分类办理; docs/domain.md#outcome-kinds";
  static final String AFTER =
      "Jinan 2018 (人民网, 2018-09-13), 责任主体、工作措施、完成时限; docs/domain.md#duties-and-supervision";
  static final String SUPERVISION =
      "Jinan 2018 (人民网, 2018-09-13), 事前事中事后监督; docs/domain.md#duties-and-supervision";
  static final String ESCALATION =
      "Jinan 2018 (人民网, 2018-09-13), 建议件 and 专人跟踪协调; docs/domain.md#escalation";
  static final String APPRAISAL =
      "Jinan 2018 (人民网, 2018-09-13), 回访、评议; Haidian 2025 (人民日报, 2025-09-10), 评; docs/domain.md#publicity-revisits-and-appraisal";
  static final String HOTLINE =
      "Jinan 2018 (人民网, 2018-09-13), 12345协调推进工作组; Beijing 2021 (光明日报, 2021-10-25), 接诉即办; docs/domain.md#the-12345-hotline";
  static final String HISTORY =
      "Jinan 2018 (人民网, 2018-09-13), 五步 and 结果分流分类办理; docs/domain.md#event-history";
  static final String RISK =
      "Reform 2025 (中国党政干部论坛, 2025-05-21), 重大决策风险评估机制; docs/domain.md#risk-assessment-before-a-major-decision";
  static final String HOUSEHOLD_LINKS =
      "Reform 2025 (中国党政干部论坛, 2025-05-21), \"1+10+N\" 党员联户 (Luxi County, Pingxiang); docs/domain.md#household-links-and-duty-lists";
  static final String DUTY_LIST =
      "Reform 2025 (中国党政干部论坛, 2025-05-21), 《基层治理权责清单》 (Shanghai Changning); docs/domain.md#household-links-and-duty-lists";
  static final String NEGATIVE_LIST =
      "Reform 2025 (中国党政干部论坛, 2025-05-21), \"五小\" 负面清单 (Chengdu); docs/domain.md#household-links-and-duty-lists";

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
