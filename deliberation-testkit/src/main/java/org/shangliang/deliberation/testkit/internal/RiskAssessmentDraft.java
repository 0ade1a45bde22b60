package org.shangliang.deliberation.testkit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.RiskAssessment;
import org.shangliang.deliberation.process.RiskLevel;

/**
 * A mutable copy of a risk assessment ({@link RiskAssessment}): every field of the value as a public
 * field, to change and build again. The core's builders are strict (a field is set once) and have no
 * copy methods, so a mutation or a minimizer rebuilds a value through its draft: {@code
 * RiskAssessmentDraft.edit(value, d -> ...)}, or {@code RiskAssessmentDraft.of(value)}, change,
 * {@link #build()}.
 *
 * <p>A draft of a value, unchanged, builds a value equal to it.
 *
 * <p>Not thread-safe: a draft is scratch space for one thread; the values it builds are immutable.
 */
public final class RiskAssessmentDraft {
  /** The value's {@link RiskAssessment#assessor()}. */
  public PartyId assessor;

  /** The value's {@link RiskAssessment#assessedAt()}. */
  public Instant assessedAt;

  /** The value's {@link RiskAssessment#level()}. */
  public RiskLevel level;

  /** The value's {@link RiskAssessment#findings()}. */
  public String findings;

  /** The value's {@link RiskAssessment#measures()}, a mutable list. */
  public List<String> measures;

  private RiskAssessmentDraft(RiskAssessment value) {
    this.assessor = value.assessor();
    this.assessedAt = value.assessedAt();
    this.level = value.level();
    this.findings = value.findings();
    this.measures = new ArrayList<>(value.measures());
  }

  /**
   * A draft holding every field of a value.
   *
   * @param value the value to copy
   * @return a new draft; {@link #build()} on it unchanged gives a value equal to {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static RiskAssessmentDraft of(RiskAssessment value) {
    return new RiskAssessmentDraft(Objects.requireNonNull(value, "value"));
  }

  /**
   * A copy of a value with a change made to its draft.
   *
   * @param value the value to copy
   * @param change what to change on the draft
   * @return the value the changed draft builds
   * @throws org.shangliang.deliberation.InvalidModelException if the changed fields do not make a
   *     well-formed value
   * @throws NullPointerException if an argument is null
   */
  public static RiskAssessment edit(
      RiskAssessment value, Consumer<? super RiskAssessmentDraft> change) {
    RiskAssessmentDraft draft = of(value);
    Objects.requireNonNull(change, "change").accept(draft);
    return draft.build();
  }

  /**
   * Builds the value the fields describe.
   *
   * @return the value
   * @throws org.shangliang.deliberation.InvalidModelException if the fields do not make a
   *     well-formed value (a field null, a required part missing, a check of the value failing)
   */
  public RiskAssessment build() {
    return new RiskAssessment.Builder()
        .assessor(assessor)
        .assessedAt(assessedAt)
        .level(level)
        .findings(findings)
        .addAllMeasures(measures)
        .build();
  }
}
