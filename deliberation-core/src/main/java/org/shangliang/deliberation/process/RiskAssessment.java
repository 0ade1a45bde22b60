package org.shangliang.deliberation.process;

import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.party.PartyId;

/**
 * A risk assessment (重大决策风险评估) of the matter before it is decided: who assessed it, when, the
 * level of risk found, the findings, and the measures to mitigate the risk.
 *
 * <p>A profile names the matters that need one before their decision ({@link
 * org.shangliang.deliberation.profile.Profile#riskAssessedSizes()} and {@link
 * org.shangliang.deliberation.profile.Profile#riskAssessedEntries()}). The validator reports a matter
 * decided without an assessment ({@code risk.assessment-missing}) or only with assessments made after
 * the decision ({@code risk.assessment-late}), an assessor not on the party list ({@code
 * risk.assessor-not-listed}) and a high-risk finding without measures ({@code risk.measures-missing}).
 *
 * <p>The findings and the measures are free text written about residents' affairs and may hold
 * personal data (e.g. the name of a resident who objects, or of a person to talk to): a build-time
 * check that refuses them never repeats them, {@link #toString()} shows them as {@code ***}, and no
 * message of the validator quotes them.
 *
 * <p>Source: Reform 2025 (中国党政干部论坛, 2025-05-21), 重大决策风险评估机制 (Shenzhen's 红色议事厅:
 * 387 risk assessments of old-town renewal projects in 2023); docs/domain.md "Risk assessment before a
 * major decision".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RiskAssessment {
  RiskAssessment() {}

  /**
   * Who assessed the risk: a party that should be on the record's party list (e.g. the party
   * organisation, a third-party body or an expert).
   *
   * @return the assessor's id
   */
  public abstract PartyId assessor();

  /**
   * When the assessment was made (its report signed off).
   *
   * @return the instant; in the years 1 to 9999 (UTC)
   */
  public abstract Instant assessedAt();

  /**
   * The level of risk found.
   *
   * @return the level
   */
  public abstract RiskLevel level();

  /**
   * What the assessment found: the risks and their causes.
   *
   * @return the findings, not blank; may hold personal data: redacted from {@link #toString()} and
   *     never printed in messages
   */
  @Value.Redacted
  public abstract String findings();

  /**
   * The measures to mitigate the risks found (风险防控措施), in the order given. A high-risk finding
   * needs at least one.
   *
   * @return the measures, each not blank; may hold personal data: redacted from {@link #toString()}
   *     and never printed in messages
   */
  @Value.Redacted
  public abstract List<String> measures();

  @Value.Check
  void check() {
    Checks.instant("assessedAt", assessedAt());
    Checks.notBlankPersonal("findings", findings());
    for (int i = 0; i < measures().size(); i++) {
      Checks.notBlankPersonal("measures[" + i + "]", measures().get(i));
    }
  }

  /**
   * A builder of risk assessments; {@code assessor}, {@code assessedAt}, {@code level} and {@code
   * findings} are required.
   */
  public static final class Builder extends ImmutableRiskAssessment.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
