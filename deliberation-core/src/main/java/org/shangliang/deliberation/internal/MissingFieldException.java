package org.shangliang.deliberation.internal;

import java.util.Arrays;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;

/**
 * Raised by the generated builders of the {@link ModelStyle} when required fields were not set. The
 * path is the first field missing; the fault names the others. Not exported.
 */
public final class MissingFieldException extends InvalidModelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception naming the required fields that were not set; the generated builders call
   * this constructor.
   *
   * @param missingFields the names of the required fields that were not set, at least one
   */
  public MissingFieldException(String... missingFields) {
    super(
        missingFields.length == 0 ? Path.root() : Path.parse(missingFields[0]),
        missingFields.length <= 1
            ? "required, not set"
            : "required, not set (nor "
                + String.join(", ", Arrays.asList(missingFields).subList(1, missingFields.length))
                + ")");
  }

  /**
   * Creates the exception for a value whose defaults depend on each other in a cycle, which the
   * generated code reports with a message only; the path is the root.
   *
   * @param message the message of the generated code
   */
  public MissingFieldException(String message) {
    super(Path.root(), message);
  }
}
