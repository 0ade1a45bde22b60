package org.shangliang.deliberation.testkit.internal.breaking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.validation.RuleCode;

/** Every breaker, by the code of the rule it breaks. Not exported. */
public final class Breakers {
  private static final Map<RuleCode, Breaker> BY_CODE = index();

  private Breakers() {}

  /**
   * The breaker of a rule.
   *
   * @param code the rule's code
   * @return its breaker, or empty if there is none
   */
  public static Optional<Breaker> of(RuleCode code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /**
   * The codes that have a breaker, in the order of the rules table.
   *
   * @return the codes
   */
  public static List<RuleCode> codes() {
    List<RuleCode> codes = new ArrayList<>();
    for (RuleCode code : RuleCodes.all()) {
      if (BY_CODE.containsKey(code)) {
        codes.add(code);
      }
    }
    return List.copyOf(codes);
  }

  private static Map<RuleCode, Breaker> index() {
    List<Breaker> all = new ArrayList<>();
    all.addAll(AdmissionBreakers.all());
    all.addAll(MeetingBreakers.all());
    all.addAll(AccountabilityBreakers.all());
    all.addAll(FollowUpBreakers.all());
    all.addAll(NoticeBreakers.all());
    all.addAll(RiskBreakers.all());
    all.addAll(PartyActBreakers.all());
    all.addAll(DutyListBreakers.all());
    Map<RuleCode, Breaker> byCode = new LinkedHashMap<>();
    for (Breaker breaker : all) {
      if (byCode.put(breaker.code(), breaker) != null) {
        throw new IllegalStateException("two breakers of " + breaker.code().value());
      }
      if (!RuleCodes.all().contains(breaker.code())) {
        throw new IllegalStateException("a breaker of " + breaker.code().value() + ", not a built-in rule");
      }
    }
    return Collections.unmodifiableMap(byCode);
  }
}
