package org.shangliang.deliberation.testkit;

/**
 * Thrown when a generator cannot produce a value: a bounded filter gave up, or a profile leaves no
 * way to build what was asked for (for instance a breaking scenario for a rule the profile turns
 * off). The message says which.
 */
public final class GenerationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what could not be generated, and why
   */
  public GenerationException(String message) {
    super(message);
  }
}
