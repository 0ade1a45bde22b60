package org.shangliang.deliberation.internal;

import org.shangliang.deliberation.InvalidModelException;

/** Raised by generated builders when required fields were not set. Not exported. */
public final class MissingFieldException extends InvalidModelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; used by the generated code when it has only a message.
   *
   * @param message the message of the generated code
   */
  public MissingFieldException(String message) {
    super(message);
  }

  /**
   * Creates the exception naming the fields that were not set.
   *
   * @param message the message of the generated code, naming the type
   * @param missingFields the names of the required fields that were not set
   */
  public MissingFieldException(String message, String... missingFields) {
    super(String.join(", ", missingFields) + ": required, not set (" + message + ")");
  }
}
