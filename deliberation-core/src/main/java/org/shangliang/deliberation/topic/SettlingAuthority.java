package org.shangliang.deliberation.topic;

/**
 * Who already settled a matter, so that it is not deliberated.
 *
 * <p>Source: DOMAIN.md, Jinan "admission of a topic", seeds/003.
 */
public enum SettlingAuthority {
  /** Settled by national law (国家法律法规已有规定). */
  LAW,
  /** Settled by a decision of a higher party committee (上级党委已有决定). */
  HIGHER_PARTY_COMMITTEE
}
