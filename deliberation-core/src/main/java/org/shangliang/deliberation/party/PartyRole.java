package org.shangliang.deliberation.party;

/**
 * The part a party plays in a deliberation. A party may hold several roles.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13); docs/domain.md "Party list" and "Duties and
 * supervision".
 */
public enum PartyRole {
  /** Takes part in the discussion and, where a vote is held, votes. */
  DELIBERATOR,
  /** Supervises before, during and after (事前、事中、事后), e.g. discipline inspection, finance and audit where public money is spent. */
  SUPERVISOR,
  /** Convenes the meeting and drafts the plan. */
  CONVENER,
  /** Attends without a voice in the decision. */
  OBSERVER
}
