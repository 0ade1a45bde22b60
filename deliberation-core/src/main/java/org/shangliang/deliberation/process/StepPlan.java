package org.shangliang.deliberation.process;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.internal.Checks;

/**
 * The ordered steps of a deliberation, as a profile sets them: Jinan's five (五步: identify parties →
 * set the topic → deliberate → carry out → evaluate), Haidian's 集议办督评 (collect → deliberate →
 * handle → supervise → evaluate), or any ordered list (Guangzhou Tianhe's nine steps are not listed in
 * the articles, so a plan must allow any list).
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13), 五步; Haidian 2025 (人民日报, 2025-09-10), 集议办督评; Reform 2025
 * (中国党政干部论坛, 2025-05-21), 九步法; docs/domain.md "Steps".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class StepPlan {
  StepPlan() {}

  /** @return the plan's name */
  public abstract LocalizedText name();

  /** @return the steps in order, ids unique, at least one */
  public abstract List<Step> steps();

  /**
   * The position of a step.
   *
   * @param id the step's id
   * @return its index, or empty if the plan has no such step
   */
  public Optional<Integer> indexOf(String id) {
    for (int i = 0; i < steps().size(); i++) {
      if (steps().get(i).id().equals(id)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * Looks a step up.
   *
   * @param id the step's id
   * @return the step, or empty if the plan has none with this id
   */
  public Optional<Step> step(String id) {
    return indexOf(id).map(i -> steps().get(i));
  }

  @Value.Check
  void check() {
    Checks.notEmpty("steps", steps());
    Checks.unique("steps", "id", steps(), Step::id);
  }

  /** A builder of step plans; the name and at least one step are required. */
  public static final class Builder extends ImmutableStepPlan.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
