package org.shangliang.deliberation.process;

/**
 * Whether a topic was admitted for deliberation.
 *
 * <p>Source: DOMAIN.md, Jinan "admission of a topic", seeds/003.
 */
public enum AdmissionStatus {
  /** The topic is deliberated. */
  ADMITTED,
  /** The topic is not deliberated; residents are told why. */
  REFUSED
}
