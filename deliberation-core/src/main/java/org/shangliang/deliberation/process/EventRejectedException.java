package org.shangliang.deliberation.process;

/**
 * Thrown when an event does not fit the state of a deliberation's history, e.g. a duty assigned before
 * the outcome is classified. The message names the state and the event.
 */
public final class EventRejectedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message names the state, the event and what would fit
   */
  public EventRejectedException(String message) {
    super(message);
  }
}
