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
        .contains("泉城路街道 (jinan.lixia.quancheng) (sub-district/town)")
        .contains("泉城路街道（jinan.lixia.quancheng）（街道/镇）");
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
        .contains("DUE meeting.problem.solution-late @ meetings[0].problems[1]")
        .contains(
            "Due: The problem raised at 2026-11-20 19:40 +08:00 needs a proposed solution by"
                + " 2026-11-21 19:40 +08:00.")
        .contains("待办：于 2026-11-20 19:40 +08:00 提出的问题，须在 2026-11-21 19:40 +08:00 前提出解决方案。")
        .contains("OVERDUE meeting.problem.solution-late @ meetings[0].problems[1]")
        .contains("已逾期：于 2026-11-20 19:40 +08:00 提出的问题");
    String answered = out.substring(out.indexOf("== 3c "));
    assertThat(answered).contains("Compliant: no violations.");
  }

  @Test
  void carriesTheJinanLiftToItsAppraisalWithWhatIsDueMidway() {
    String out = demo();
    String midway = out.substring(out.indexOf("== 4a "), out.indexOf("== 4b "));
    assertThat(midway)
        .contains("Compliant: no violations.")
        .contains("DUE outcome.duty.overdue @ outcome.duties[0].deadline")
        .contains("Due: The agreed item b3-lift is to be finished by 2027-06-30 18:00 +08:00.")
        .contains("待办：议定事项 b3-lift 须于 2027-06-30 18:00 +08:00 前完成。")
        .contains("DUE outcome.committed.progress-missing @ outcome.progressReports");
    String end = out.substring(out.indexOf("== 4b "), out.indexOf("== 5a "));
    assertThat(end).contains("Compliant: no violations.").contains("无 / none");
    assertThat(out).contains("承诺件").contains("objective factors prevent doing it now");
  }

  @Test
  void sendsTheHaidianCaseUpAsARecommendationAndFollowsItUp() {
    String out = demo();
    assertThat(out.substring(out.indexOf("== 5a "), out.indexOf("== 5b ")))
        .contains("DUE escalation.follow-up-late @ escalations[0].followUps")
        .contains("Due: 花园路街道 (haidian.huayuanlu) is to answer the matter sent up by");
    assertThat(out.substring(out.indexOf("== 5b "), out.indexOf("== 5c ")))
        .contains("ERROR escalation.follow-up-late")
        .contains("OVERDUE escalation.follow-up-late");
    assertThat(out.substring(out.indexOf("== 5c "))).contains("Compliant: no violations.");
  }

  @Test
  void showsEveryInstantInTheProfilesZoneObligationsIncluded() {
    String out = demo();
    assertThat(out).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?Z");
    assertThat(out).contains("judged at 2026-11-21 16:00 +08:00").contains("obligations at 2026-11-22 01:40 +08:00");
  }

  private static String demo() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
