package org.shangliang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Keeps the README's demo true: it prints both reports, in both languages. */
class DemoTest {
  @Test
  void printsTheCompliantCaseAndTheBrokenVariantInBothLanguages() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out).contains("合规：未发现违规。").contains("Compliant: no violations.");
    assertThat(out)
        .contains("party.public-funds-supervisor-missing @ parties")
        .contains("tier.unit-not-covering @ deliberatingUnit")
        .contains("审计")
        .contains("audit as a supervisor")
        .contains("jinan.lixia.quancheng (sub-district/town)");
    assertThat(out).doesNotContain("业主1").doesNotContain("业主6");
  }

  @Test
  void showsTheJinanMeetingAndItsDoubleThresholdVote() {
    String out = demo();
    String meeting = out.substring(out.indexOf("== 2 "), out.indexOf("== 3a "));
    assertThat(meeting).contains("Compliant: no violations.").contains("合规：未发现违规。");
    assertThat(meeting)
        .contains("approval (headcount) 5 / votes cast (abstentions included) 6 ≥ 3/4: met")
        .contains("通过")
        .contains("passed");
  }

  @Test
  void showsTheBishanProblemDueThenOverdueThenAnswered() {
    String out = demo();
    assertThat(out)
        .contains("DUE meeting.problem.solution-late @ meetings[0].problems[1] by 2026-11-21T11:40:00Z")
        .contains("OVERDUE meeting.problem.solution-late @ meetings[0].problems[1]");
    String answered = out.substring(out.indexOf("== 3c "));
    assertThat(answered).contains("Compliant: no violations.");
  }

  @Test
  void carriesTheJinanLiftToItsAppraisalWithWhatIsDueMidway() {
    String out = demo();
    String midway = out.substring(out.indexOf("== 4a "), out.indexOf("== 4b "));
    assertThat(midway)
        .contains("Compliant: no violations.")
        .contains("DUE outcome.duty.overdue @ outcome.duties[0].deadline by 2027-06-30T10:00:00Z")
        .contains("DUE outcome.committed.progress-missing @ outcome.progressReports");
    String end = out.substring(out.indexOf("== 4b "), out.indexOf("== 5a "));
    assertThat(end).contains("Compliant: no violations.").contains("无 / none");
    assertThat(out).contains("承诺件").contains("objective factors prevent doing it now");
  }

  @Test
  void sendsTheHaidianCaseUpAsARecommendationAndFollowsItUp() {
    String out = demo();
    assertThat(out.substring(out.indexOf("== 5a "), out.indexOf("== 5b ")))
        .contains("DUE escalation.follow-up-late @ escalations[0].followUps");
    assertThat(out.substring(out.indexOf("== 5b "), out.indexOf("== 5c ")))
        .contains("ERROR escalation.follow-up-late")
        .contains("OVERDUE escalation.follow-up-late");
    assertThat(out.substring(out.indexOf("== 5c "))).contains("Compliant: no violations.");
  }

  private static String demo() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
