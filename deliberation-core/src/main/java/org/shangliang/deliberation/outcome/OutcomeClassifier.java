package org.shangliang.deliberation.outcome;

import org.shangliang.deliberation.LocalizedText;

/**
 * Classifies an outcome from its facts (结果分流): a total, deterministic function.
 *
 * <ol>
 *   <li>beyond the tier's powers → {@link OutcomeKind#RECOMMENDATION} (建议件), whatever else holds;
 *   <li>within its powers, no agreement → {@link OutcomeKind#SHELVED} (搁置件; "议而不决" is tolerated);
 *   <li>agreement, and objective factors prevent doing it now → {@link OutcomeKind#COMMITTED} (承诺件);
 *   <li>agreement, nothing prevents it → {@link OutcomeKind#IMMEDIATE} (即办件).
 * </ol>
 *
 * <p>Rounds held, depth of disagreement and scope do not change the kind; they are given among the
 * reasons of a shelved outcome, and the rule {@code outcome.shelved.premature} warns when a matter is
 * shelved after fewer rounds than the profile asks, without deep disagreement or a wide scope.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13), 结果分流分类办理; docs/domain.md "Outcome kinds".
 *
 * <p>Stateless and thread-safe.
 */
public final class OutcomeClassifier {
  private OutcomeClassifier() {}

  /**
   * The kind the facts classify to, without the reasons: the same kind as {@link
   * #classify(OutcomeFacts)}, and nothing allocated.
   *
   * @param facts the recorded facts
   * @return the outcome kind
   */
  public static OutcomeKind kindOf(OutcomeFacts facts) {
    if (!facts.withinPowers()) {
      return OutcomeKind.RECOMMENDATION;
    }
    if (!facts.agreementReached()) {
      return OutcomeKind.SHELVED;
    }
    return facts.canBeDoneNow() ? OutcomeKind.IMMEDIATE : OutcomeKind.COMMITTED;
  }

  /**
   * Classifies.
   *
   * @param facts the recorded facts
   * @return the kind with the facts that decided it
   */
  public static Classification classify(OutcomeFacts facts) {
    Classification.Builder result = new Classification.Builder();
    if (!facts.withinPowers()) {
      return result
          .kind(OutcomeKind.RECOMMENDATION)
          .addReason(LocalizedText.of("超出本级职权范围", "beyond this tier's powers"))
          .build();
    }
    result.addReason(LocalizedText.of("属本级职权范围", "within this tier's powers"));
    if (!facts.agreementReached()) {
      result
          .kind(OutcomeKind.SHELVED)
          .addReason(LocalizedText.of("未达成一致意见", "no agreement reached"))
          .addReason(
              LocalizedText.of(
                  "已协商 " + facts.roundsHeld() + " 轮", facts.roundsHeld() + " round(s) held"))
          .addReason(
              LocalizedText.of(
                  "分歧程度：" + facts.disagreement().label().zh(),
                  "disagreement: " + facts.disagreement().label().en()));
      if (facts.wideScopeOrComplexCauses()) {
        result.addReason(LocalizedText.of("涉及面广、成因复杂", "wide scope or complex causes"));
      }
      return result.build();
    }
    result.addReason(LocalizedText.of("已达成一致意见", "agreement reached"));
    if (!facts.canBeDoneNow()) {
      return result
          .kind(OutcomeKind.COMMITTED)
          .addReason(
              LocalizedText.of(
                  "客观因素暂不能办理：" + String.join("、", facts.blockingFactors()),
                  "objective factors prevent doing it now: "
                      + String.join(", ", facts.blockingFactors())))
          .build();
    }
    return result
        .kind(OutcomeKind.IMMEDIATE)
        .addReason(LocalizedText.of("具备立即办理条件", "it can be done now"))
        .build();
  }
}
