package org.shangliang.deliberation.rules;

import static org.shangliang.deliberation.rules.ReportAssert.assertClean;
import static org.shangliang.deliberation.rules.ReportAssert.assertSingle;

import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.decision.Base;
import org.shangliang.deliberation.decision.Fraction;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.validation.Severity;

/**
 * meeting.vote.rule-mismatch compares the vote's rule with the profile's by value: a rule written with
 * an equivalent fraction (4/6 for the profile's 2/3) is the same rule.
 */
class VoteRuleEquivalenceTest {
  @Test
  void acceptsAVoteRuleWrittenWithAnEquivalentFraction() {
    MeetingCase c = new MeetingCase();
    c.voteRule = MajorityRule.supermajority(Fraction.of(4, 6), false, Base.PRESENT);
    assertClean(c.validate());
  }

  @Test
  void reportsAVoteRuleWithADifferentFraction() {
    MeetingCase c = new MeetingCase();
    c.voteRule = MajorityRule.supermajority(Fraction.of(3, 4), false, Base.PRESENT);
    assertSingle(
        c.validate(), RuleCodes.MEETING_VOTE_RULE_MISMATCH, "meetings[0].vote.rule", Severity.ERROR);
  }
}
