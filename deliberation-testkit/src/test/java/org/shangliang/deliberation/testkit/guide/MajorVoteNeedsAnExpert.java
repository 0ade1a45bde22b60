package org.shangliang.deliberation.testkit.guide;

import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.SignIn;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.rules.Rule;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;

/**
 * A city's own rule, the example of docs/testing.md: a major matter put to a vote needs an expert
 * signed in to the meeting that votes. Reports at {@code meetings[i].attendance}.
 */
public final class MajorVoteNeedsAnExpert implements Rule {
  /** The rule's code. */
  public static final RuleCode CODE = RuleCode.of("local.major-vote.expert-missing");

  @Override
  public RuleCode code() {
    return CODE;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String source() {
    return "Example City deliberation rules, art. 7";
  }

  @Override
  public void check(RuleContext context) {
    Deliberation record = context.deliberation();
    if (record.topic().matterSize() != MatterSize.MAJOR) {
      return;
    }
    PartyList parties = record.parties();
    for (int i = 0; i < record.meetings().size(); i++) {
      Meeting meeting = record.meetings().get(i);
      if (meeting.vote().isPresent() && !anExpertSignedIn(meeting, parties)) {
        context.report(Path.of("meetings").index(i).child("attendance"));
      }
    }
  }

  private static boolean anExpertSignedIn(Meeting meeting, PartyList parties) {
    for (SignIn signIn : meeting.attendance()) {
      if (parties.party(signIn.party()).map(p -> p.kind() == PartyKind.EXPERT).orElse(false)) {
        return true;
      }
    }
    return false;
  }
}
