package org.shangliang.deliberation.process;

import org.immutables.value.Value;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.internal.Checks;

/**
 * One step of a step plan: an id, a name and its role.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Step {
  Step() {}

  /**
   * The step's id.
   *
   * @return the id, e.g. {@code deliberate}, in the alphabet of identifiers (1 to 128 letters,
   *     marks, numbers, punctuation and symbols)
   */
  @Value.Parameter
  public abstract String id();

  /** @return the step's name, e.g. 开展协商 / deliberate */
  @Value.Parameter
  public abstract LocalizedText name();

  /** @return what the step means to the rest of the record */
  @Value.Parameter
  public abstract StepRole role();

  /**
   * Creates a step.
   *
   * @param id the id
   * @param name the name
   * @param role the role
   * @return the step
   * @throws org.shangliang.deliberation.InvalidModelException if the id is blank or has white space
   */
  public static Step of(String id, LocalizedText name, StepRole role) {
    return ImmutableStep.of(id, name, role);
  }

  @Value.Check
  void check() {
    Checks.identifier("id", id());
  }

  @Override
  public String toString() {
    return id();
  }
}
