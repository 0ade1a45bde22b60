package org.shangliang.deliberation.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.decision.Consensus;
import org.shangliang.deliberation.decision.DecisionRule;
import org.shangliang.deliberation.decision.DoubleThreshold;
import org.shangliang.deliberation.decision.Fraction;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.decision.Participation;
import org.shangliang.deliberation.decision.Quorum;
import org.shangliang.deliberation.decision.RestrictedVote;
import org.shangliang.deliberation.decision.Threshold;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.outcome.AppraisalScale;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.process.Step;
import org.shangliang.deliberation.process.StepPlan;
import org.shangliang.deliberation.profile.DutyKind;
import org.shangliang.deliberation.profile.ForbiddenRoles;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.RuleSetting;
import org.shangliang.deliberation.tier.Cadence;
import org.shangliang.deliberation.tier.NonWorkingDayRule;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.topic.CatalogueEntry;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.validation.Severity;

/**
 * A profile in words: an ordered list of facts (aspect, value), each with a stable key, in one
 * language. {@code profile show} prints the list and {@code profile diff} compares two lists by key, so
 * the two commands cannot disagree. The aspects are everything {@link Profile} exposes (see
 * docs/domain.md "Profiles and defaults").
 */
final class ProfileFacts {

  /**
   * One aspect of a profile.
   *
   * @param key a stable key, the same in both languages (e.g. {@code tier.COMMUNITY.cadence})
   * @param aspect the aspect in words
   * @param value the value in words
   */
  record Fact(String key, String aspect, String value) {

    /**
     * The fact as a JSON row.
     *
     * @return key, aspect and value by name
     */
    Map<String, String> row() {
      Map<String, String> row = new java.util.LinkedHashMap<>();
      row.put("key", key);
      row.put("aspect", aspect);
      row.put("value", value);
      return row;
    }
  }

  private final Lang lang;
  private final List<Fact> facts = new ArrayList<>();

  private ProfileFacts(Lang lang) {
    this.lang = lang;
  }

  /**
   * The facts of a profile.
   *
   * @param profile the profile
   * @param lang the language of aspects and values
   * @return the facts, in a fixed order
   */
  static List<Fact> of(Profile profile, Lang lang) {
    ProfileFacts out = words(lang);
    out.collect(profile);
    return List.copyOf(out.facts);
  }

  /**
   * The wording of profile settings in a language, for other views of a profile (the diagram).
   *
   * @param lang the language
   * @return a fresh instance (not thread-safe; use it in one thread)
   */
  static ProfileFacts words(Lang lang) {
    return new ProfileFacts(lang);
  }

  private void add(String key, String zh, String en, String value) {
    facts.add(new Fact(key, lang.pick(zh, en), value));
  }

  private void collect(Profile p) {
    add("id", "标识", "id", p.id());
    add("name", "名称", "name", p.name().in(lang.locale()));
    add("zone", "时区", "time zone", p.zone().getId());
    for (TierRule tier : p.tiers()) {
      String key = "tier." + tier.level().name();
      String level = label(tier.level());
      add(key + ".body", level + "：议事机构", level + ": body", tier.body().in(lang.locale()));
      add(key + ".convener", level + "：召集方", level + ": convener", label(tier.convenerKind()));
      add(key + ".cadence", level + "：例会", level + ": regular meetings", cadenceWords(tier.cadence()));
      add(key + ".powers", level + "：可决定", level + ": may decide", powers(tier));
      add(
          key + ".escalates-to",
          level + "：上报至",
          level + ": escalates to",
          tier.escalatesTo().map(this::label).orElse(none()));
    }
    add("step-plan", "步骤", "step plan", steps(p.stepPlan()));
    add(
        "meeting-stages",
        "会议环节",
        "meeting stages",
        p.meetingStages().isEmpty() ? none() : join(p.meetingStages(), this::label, " → "));
    for (MatterSize size : MatterSize.values()) {
      String name = label(size);
      add(
          "quorum." + size.name(),
          name + "：法定人数",
          name + ": quorum",
          Optional.ofNullable(p.quorums().get(size)).map(this::quorum).orElse(none()));
      add(
          "decision." + size.name(),
          name + "：表决规则",
          name + ": decision rule",
          Optional.ofNullable(p.decisionRules().get(size)).map(this::rule).orElse(none()));
    }
    for (Map.Entry<String, DecisionRule> e : p.entryDecisionRules().entrySet()) {
      add(
          "decision.entry." + e.getKey(),
          "目录条目 " + e.getKey() + "：表决规则",
          "catalogue entry " + e.getKey() + ": decision rule",
          rule(e.getValue()));
    }
    for (TopicCategory category : p.catalogue().categories()) {
      add(
          "category." + category.id(),
          "议题类别 " + category.id(),
          "topic category " + category.id(),
          category.name().in(lang.locale())
              + requiredKinds(category.requiredPartyKinds()));
    }
    for (CatalogueEntry entry : p.catalogue().entries()) {
      add(
          "entry." + entry.id(),
          "目录条目 " + entry.id(),
          "catalogue entry " + entry.id(),
          entry.name().in(lang.locale())
              + lang.pick("（类别 ", " (category ")
              + entry.category()
              + lang.pick("，默认", ", default ")
              + label(entry.defaultMatterSize())
              + lang.pick("）", ")")
              + requiredKinds(entry.requiredPartyKinds()));
    }
    outcomes(p);
    windows(p);
    add(
        "online-max-affected-units",
        "线上微协商：受影响单元上限",
        "online micro-deliberation: most affected units",
        String.valueOf(p.onlineMaxAffectedUnits()));
    add(
        "min-rounds-before-shelving",
        "搁置前最少协商轮数",
        "rounds before shelving",
        String.valueOf(p.minRoundsBeforeShelving()));
    add("appraisal-scale", "评价量表", "appraisal scale", p.appraisalScale().map(this::scale).orElse(none()));
    add(
        "reopen-on-poor-appraisal",
        "评价差时重新办理",
        "poor appraisal reopens",
        yesNo(p.reopenOnPoorAppraisal()));
    add("supervisors", "监督方", "supervisor kinds", kinds(p.supervisorKinds()));
    add(
        "public-funds-supervisors",
        "涉及公共资金的监督方",
        "public-funds supervisors",
        kinds(p.publicFundsSupervisorKinds()));
    for (RuleSetting setting : p.ruleSettings()) {
      add(
          "rule." + setting.code().value(),
          "规则 " + setting.code().value(),
          "rule " + setting.code().value(),
          setting.enabled()
              ? setting.severity().map(s -> severity(s, lang)).orElse(lang.pick("启用", "on"))
              : lang.pick("关闭", "off"));
    }
    add(
        "party-acts",
        "党组织须有的行为",
        "required party acts",
        p.requiredPartyActs().isEmpty() ? none() : kinds(p.requiredPartyActs()));
    add(
        "risk.sizes",
        "须作风险评估的事项规模",
        "risk assessment: matter sizes",
        p.riskAssessedSizes().isEmpty() ? none() : kinds(p.riskAssessedSizes()));
    add(
        "risk.entries",
        "须作风险评估的目录条目",
        "risk assessment: catalogue entries",
        p.riskAssessedEntries().isEmpty() ? none() : String.join(", ", p.riskAssessedEntries()));
    for (DutyKind duty : p.dutyKinds()) {
      add(
          "duty-kind." + duty.id(),
          "职责清单 " + duty.id(),
          "duty kind " + duty.id(),
          duty.label().in(lang.locale()) + lang.pick("，承担方：", "; carried by ") + kinds(duty.carriers()));
    }
    for (ForbiddenRoles forbidden : p.forbiddenRoles()) {
      add(
          "forbidden-roles." + forbidden.kind().name(),
          "负面清单：" + label(forbidden.kind()),
          "negative list: " + label(forbidden.kind()),
          join(forbidden.roles(), this::label, lang.pick("、", ", ")));
    }
    add(
        "linked-members-required",
        "联户党员须参加",
        "linked members must take part",
        yesNo(p.linkedMembersRequired()));
  }

  private void outcomes(Profile p) {
    for (OutcomeKind kind : OutcomeKind.values()) {
      add("outcome." + kind.name(), kind.label().zh(), kind.label().en(), outcomeDuty(p, kind));
    }
  }

  /**
   * What follows an outcome of a kind under a profile, in words, with the profile's windows.
   *
   * @param p the profile
   * @param kind the outcome kind
   * @return e.g. {@code explained to residents (within 7 days of shelving)}
   */
  String outcomeDuty(Profile p, OutcomeKind kind) {
    switch (kind) {
      case IMMEDIATE:
        return lang.pick("各方当即落实，每项职责有完成记录", "the parties do it now; each duty has a completion record");
      case SHELVED:
        return lang.pick("向居民说明原因", "explained to residents")
            + within(p.shelvedExplanationWindow(), "搁置后", "of shelving");
      case COMMITTED:
        return lang.pick("定期公示进展", "progress publicised")
            + p.progressPublicityInterval().map(d -> lang.pick("，每 ", " every ") + duration(d)).orElse("");
      default:
        return lang.pick("结果和建议方案上报；解决后告知居民", "result and proposed solution go up; residents told once solved")
            + within(p.recommendationNoticeWindow(), "解决后", "of the solution");
    }
  }

  private String within(Optional<Duration> window, String zhAfter, String enAfter) {
    return window
        .map(d -> lang.pick("（" + zhAfter + " " + duration(d) + "内）", " (within " + duration(d) + " " + enAfter + ")"))
        .orElse("");
  }

  private void windows(Profile p) {
    window("window.speaking", "发言时限", "speaking limit", p.speakingTimeLimit());
    window("window.publicity", "公示最短期限", "minimum publicity", p.minimumPublicity());
    window("window.urgent", "急事处置时限", "urgent window", p.urgentWindow());
    window("window.problem-solution", "问题答复时限", "problem-solution window", p.problemSolutionWindow());
    window("window.progress-publicity", "进展公示间隔", "progress publicity interval", p.progressPublicityInterval());
    window("window.revisit", "回访时限", "revisit window", p.revisitWindow());
    window("window.escalation-follow-up", "上报跟进间隔", "escalation follow-up", p.escalationFollowUpWindow());
    window("window.hotline-reply", "12345 答复时限", "hotline reply", p.hotlineReplyWindow());
    window("window.hotline-handling", "12345 办理时限", "hotline handling", p.hotlineHandlingWindow());
    window("window.shelved-explanation", "搁置说明时限", "shelved explanation", p.shelvedExplanationWindow());
    window(
        "window.recommendation-notice", "建议件告知时限", "recommendation notice", p.recommendationNoticeWindow());
  }

  private void window(String key, String zh, String en, Optional<Duration> value) {
    add(key, zh, en, value.map(this::duration).orElse(none()));
  }

  private String none() {
    return lang.pick("无", "none");
  }

  private String yesNo(boolean value) {
    return value ? lang.pick("是", "yes") : lang.pick("否", "no");
  }

  private String label(Labelled value) {
    return value.label(lang.locale());
  }

  private <T> String join(Collection<T> values, Function<T, String> words, String separator) {
    return values.stream().map(words).collect(Collectors.joining(separator));
  }

  private String kinds(Collection<? extends Labelled> kinds) {
    return kinds.isEmpty() ? none() : join(kinds, this::label, lang.pick("、", ", "));
  }

  private String requiredKinds(Collection<? extends Labelled> kinds) {
    return kinds.isEmpty() ? "" : lang.pick("；须有：", "; requires ") + kinds(kinds);
  }

  /**
   * A tier's cadence in words.
   *
   * @param cadence the cadence
   * @return e.g. {@code monthly on day 11, next working day if not one}
   */
  String cadenceWords(Cadence cadence) {
    String shift =
        cadence.onNonWorkingDay() == NonWorkingDayRule.NEXT_WORKING_DAY
            ? lang.pick("，非工作日顺延至下一工作日", ", next working day if not one")
            : lang.pick("，非工作日不顺延", ", kept on non-working days");
    switch (cadence.kind()) {
      case MONTHLY:
        return lang.pick("每月 " + cadence.dayOfMonth() + " 日", "monthly on day " + cadence.dayOfMonth())
            + shift;
      case WEEKLY:
        return lang.pick("每周", "weekly on ")
            + cadence.dayOfWeek().map(d -> d.getDisplayName(java.time.format.TextStyle.FULL, lang.locale())).orElse("?")
            + shift;
      default:
        return lang.pick("按需召开", "on demand");
    }
  }

  private String powers(TierRule tier) {
    String sizes = join(tier.matterSizes(), this::label, lang.pick("、", ", "));
    if (tier.categories().isEmpty()) {
      return sizes;
    }
    return sizes + lang.pick("；类别：", "; categories: ") + String.join(", ", tier.categories());
  }

  private String steps(Optional<StepPlan> plan) {
    if (plan.isEmpty()) {
      return none();
    }
    StringBuilder out = new StringBuilder(plan.get().name().in(lang.locale())).append(": ");
    List<Step> steps = plan.get().steps();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      if (i > 0) {
        out.append(" → ");
      }
      out.append(step.name().in(lang.locale())).append(" (").append(label(step.role())).append(')');
    }
    return out.toString();
  }

  private String quorum(Quorum quorum) {
    List<String> parts = new ArrayList<>();
    quorum
        .fraction()
        .ifPresent(f -> parts.add(lang.pick("签到人数", "signed in ") + comparison(quorum.strict()) + " " + f
            + lang.pick(" 受邀人数", " of the invited")));
    if (quorum.minimumCount() > 0) {
      parts.add(lang.pick("签到 ≥ " + quorum.minimumCount() + " 人", "≥ " + quorum.minimumCount() + " signed in"));
    }
    return parts.isEmpty() ? none() : String.join(lang.pick("，且", " and "), parts);
  }

  private String comparison(boolean strict) {
    return strict ? ">" : "≥";
  }

  /**
   * A decision rule in words, with its exact thresholds.
   *
   * @param rule the rule
   * @return the words
   */
  String rule(DecisionRule rule) {
    if (rule instanceof MajorityRule majority) {
      return threshold(majority.approval()) + majority.participation().map(this::participation).orElse("");
    }
    if (rule instanceof DoubleThreshold both) {
      return lang.pick("人数：", "headcount: ")
          + rule(both.headcount())
          + lang.pick("；面积：", "; area: ")
          + rule(both.weight());
    }
    if (rule instanceof Consensus consensus) {
      return lang.pick(
              "一致同意（" + consensus.blockingNoCount() + " 张反对票即否决）",
              "consensus (" + consensus.blockingNoCount() + " no vote(s) block)")
          + consensus.participation().map(this::participation).orElse("");
    }
    if (rule instanceof RestrictedVote restricted) {
      return lang.pick("仅" + label(restricted.kind()) + "表决：", "only " + label(restricted.kind()) + " vote: ")
          + rule(restricted.rule());
    }
    return rule.getClass().getSimpleName() + ": " + rule;
  }

  private String threshold(Threshold t) {
    return lang.pick(
        "赞成 " + comparison(t.strict()) + " " + fraction(t.fraction()) + " " + label(t.base()) + "（" + label(t.measure()) + "）",
        "yes " + comparison(t.strict()) + " " + fraction(t.fraction()) + " of " + label(t.base()) + " (" + label(t.measure()) + ")");
  }

  private String participation(Participation p) {
    return lang.pick(
        "；参与 " + comparison(p.strict()) + " " + fraction(p.fraction()) + " 有表决权者（" + label(p.measure()) + "）",
        "; participation " + comparison(p.strict()) + " " + fraction(p.fraction()) + " of the eligible (" + label(p.measure()) + ")");
  }

  /**
   * A severity in words.
   *
   * @param severity the severity
   * @param lang the language
   * @return e.g. {@code 错误} or {@code error}
   */
  static String severity(Severity severity, Lang lang) {
    switch (severity) {
      case ERROR:
        return lang.pick("错误", "error");
      case WARNING:
        return lang.pick("警告", "warning");
      default:
        return lang.pick("提示", "info");
    }
  }

  private static String fraction(Fraction f) {
    return f.toString();
  }

  private String scale(AppraisalScale scale) {
    return lang.pick(
        scale.min() + "–" + scale.max() + "，≤ " + scale.poorAtMost() + " 为差",
        scale.min() + "–" + scale.max() + ", poor ≤ " + scale.poorAtMost());
  }

  /**
   * A duration in the largest whole unit: days (beyond two days), hours, minutes or seconds.
   *
   * @param d the duration
   * @return e.g. {@code 7 天} or {@code 48 hours}
   */
  String duration(Duration d) {
    long seconds = d.getSeconds();
    if (seconds % 86_400 == 0 && seconds > 2 * 86_400) {
      return seconds / 86_400 + lang.pick(" 天", " days");
    }
    if (seconds % 3_600 == 0) {
      return seconds / 3_600 + lang.pick(" 小时", " hours");
    }
    if (seconds % 60 == 0) {
      return seconds / 60 + lang.pick(" 分钟", " minutes");
    }
    return seconds + lang.pick(" 秒", " seconds");
  }
}
