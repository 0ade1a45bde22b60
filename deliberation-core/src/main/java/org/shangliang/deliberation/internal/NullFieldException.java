package org.shangliang.deliberation.internal;

import org.shangliang.deliberation.InvalidModelException;

/** Raised by generated value types when a field is given {@code null}. Not exported. */
public final class NullFieldException extends InvalidModelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param field the name of the field that was given {@code null}
   */
  public NullFieldException(String field) {
    super(field + ": must not be null");
  }
}
