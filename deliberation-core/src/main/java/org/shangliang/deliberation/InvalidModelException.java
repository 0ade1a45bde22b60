package org.shangliang.deliberation;

/**
 * Thrown when a value of the model cannot exist: a required field is missing or {@code null}, an
 * identifier is blank, a number is out of its range, a collection holds duplicates, or a unit tree is
 * malformed.
 *
 * <p>This is the one exception type for <em>malformed</em> input. Its message names the field (as a path
 * such as {@code parties[3].weight}) and the fault, and the offending value unless the field holds
 * personal data, in which case only the fault is named. A record that is well formed but breaks a
 * procedure rule is never reported by an exception: it yields a violation in a validation report.
 */
public class InvalidModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the field path and the fault, e.g. {@code "weight: must not be negative, was -2"}
   */
  public InvalidModelException(String message) {
    super(message);
  }
}
