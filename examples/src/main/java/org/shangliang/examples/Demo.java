package org.shangliang.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.shangliang.deliberation.decision.Decision;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.outcome.Classification;
import org.shangliang.deliberation.outcome.OutcomeClassifier;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.Obligations;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.validation.Messages;
import org.shangliang.deliberation.validation.Obligation;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/**
 * The demo the README runs. It validates, and prints in Chinese and in English:
 *
 * <ol>
 *   <li>the Jinan lift-installation case, then a broken variant;
 *   <li>the same case carried through its community meeting on the 11th: seven stages, quorum, and
 *       the owners' double-threshold vote with the comparisons that prove it;
 *   <li>a Bishan courtyard meeting whose open problem must get a proposed solution within 24 hours:
 *       what is due at 12 hours, and what is overdue at 30 hours;
 *   <li>the Jinan lift's outcome: committed (承诺件), carried out with monthly progress reports,
 *       supervised, revisited and appraised, with what is due midway;
 *   <li>a Haidian 集议办督评 case that goes up as a recommendation (建议件): due follow-ups, an overdue
 *       one, then solved and residents told.
 * </ol>
 *
 * <p>The cases are JSON documents under {@code org/shangliang/examples/cases/} on the class path,
 * read with deliberation-json ({@link Cases}); the Java classes beside this one build the same
 * records in Java.
 *
 * <p>Run from the repository root: {@code ./mvnw -q -pl examples -am compile exec:java}.
 */
public final class Demo {
  private static final Locale[] LOCALES = {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH};

  private static final DateTimeFormatter LOCAL_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm xxx", Locale.ROOT);

  /** The instant the Jinan lift's committed outcome is judged midway. */
  static final Instant JINAN_MIDWAY = Instant.parse("2027-02-20T02:00:00Z");
  /** A week after the Haidian recommendation went up. */
  static final Instant HAIDIAN_SENT_UP = HaidianRecommendationCase.ESCALATED.plusSeconds(7 * 86_400);
  /** The state of the Haidian case whose follower then fell silent. */
  static final Instant HAIDIAN_STALLED = Instant.parse("2027-01-05T02:00:00Z");
  /** When the Haidian case was closed. */
  static final Instant HAIDIAN_CLOSED = Instant.parse("2027-02-01T02:00:00Z");

  private Demo() {}

  /**
   * Runs the demo.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    run(out);
    out.flush();
  }

  /**
   * Writes the demo's output.
   *
   * @param out where to write
   */
  public static void run(PrintStream out) {
    WorkCalendar calendar = JinanLiftCase.calendar();
    // the cases are JSON files (org/shangliang/examples/cases/), read with deliberation-json
    Jurisdiction jinanUnits = Cases.jurisdiction("jinan-units");
    Validator jinan = validator(Profiles.jinan(), jinanUnits, calendar);
    report(
        out,
        "1a 济南 · 3号楼加装电梯（社区于每月11日协商）/ Jinan · lift for building 3 (community, on the 11th)",
        jinan, jinanUnits,
        Cases.record("jinan-lift"),
        JinanLiftCase.NOW);
    report(
        out,
        "1b 济南 · 加装电梯，错误示例：跨两个社区却在网格协商，且无审计监督 / "
            + "Jinan · lift, broken: spans two communities but deliberated at a grid, no audit",
        jinan, jinanUnits,
        Cases.record("jinan-lift-broken"),
        JinanLiftCase.NOW);

    Validator owners = validator(Profiles.jinanOwnersExample(), jinanUnits, calendar);
    Deliberation meetingRecord = Cases.record("jinan-meeting");
    report(
        out,
        "2 济南 · 12月11日社区议事会：七定、签到、业主双过三分之二表决 / "
            + "Jinan · community meeting of 11 December: seven stages, quorum, owners' double threshold",
        owners, jinanUnits,
        meetingRecord,
        JinanMeetingCase.NOW);
    Meeting meeting = meetingRecord.meetings().get(0);
    Decision decision = meeting.vote().get().decide(meeting.present());
    for (Locale locale : LOCALES) {
      out.println(zh(locale) ? "-- 表决结果 --" : "-- The vote --");
      out.println("  " + decision.explain(locale).replace("\n", "\n  "));
    }
    out.println();

    Jurisdiction bishanUnits = Cases.jurisdiction("bishan-units");
    Validator bishan = validator(Profiles.bishan(), bishanUnits, calendar);
    Deliberation open = Cases.record("bishan-courtyard-open");
    Instant after12h = BishanCourtyardCase.RAISED.plusSeconds(12 * 3600);
    Instant after30h = BishanCourtyardCase.RAISED.plusSeconds(30 * 3600);
    report(out, "3a 璧山 · 5号院院坝会，12小时后 / Bishan · courtyard meeting, 12 hours on",
        bishan, bishanUnits, open, after12h);
    obligations(out, Profiles.bishan(), bishanUnits, open, after12h);
    report(out, "3b 璧山 · 5号院院坝会，30小时后仍未提出解决方案 / "
            + "Bishan · courtyard meeting, 30 hours on, still no proposed solution",
        bishan, bishanUnits, open, after30h);
    obligations(out, Profiles.bishan(), bishanUnits, open, after30h);
    Deliberation answered = Cases.record("bishan-courtyard-answered");
    report(out, "3c 璧山 · 20小时内提出了解决方案 / Bishan · a solution proposed within 20 hours",
        bishan, bishanUnits, answered, after30h);

    Instant midway = JINAN_MIDWAY;
    Deliberation committed = Cases.record("jinan-outcome-midway");
    Classification classified = OutcomeClassifier.classify(committed.outcome().get().facts());
    out.println("== 4 济南 · 加装电梯结果分流 / Jinan · the lift's outcome ==");
    for (Locale locale : LOCALES) {
      out.println("  " + classified.explain(locale).replace("\n", "\n  "));
    }
    out.println();
    report(out, "4a 济南 · 承诺件办理中（2027年2月）/ Jinan · committed, being carried out (February 2027)",
        owners, jinanUnits, committed, midway);
    obligations(out, Profiles.jinanOwnersExample(), jinanUnits, committed, midway);
    Deliberation done = Cases.record("jinan-outcome-done");
    report(out, "4b 济南 · 办结、监督、回访、评议（2027年6月）/ Jinan · finished, supervised, revisited, appraised (June 2027)",
        owners, jinanUnits, done, JinanOutcomeCase.END);
    obligations(out, Profiles.jinanOwnersExample(), jinanUnits, done, JinanOutcomeCase.END);

    Jurisdiction haidianUnits = Cases.jurisdiction("haidian-units");
    Validator haidian = validator(Profiles.haidian(), haidianUnits, calendar);
    Instant escalatedWeek = HAIDIAN_SENT_UP;
    Deliberation sentUp = Cases.record("haidian-sent-up");
    report(out, "5a 海淀 · 集议办督评：建议件上报街道一周后 / Haidian · recommendation, a week after it went up",
        haidian, haidianUnits, sentUp, escalatedWeek);
    obligations(out, Profiles.haidian(), haidianUnits, sentUp, escalatedWeek);
    Instant silent = Instant.parse("2027-01-20T02:00:00Z");
    Deliberation stalled = Cases.record("haidian-stalled");
    report(out, "5b 海淀 · 跟进人十五天未跟进 / Haidian · the follower silent for over 15 days",
        haidian, haidianUnits, stalled, silent);
    obligations(out, Profiles.haidian(), haidianUnits, stalled, silent);
    Instant closed = HAIDIAN_CLOSED;
    Deliberation solved = Cases.record("haidian-closed");
    report(out, "5c 海淀 · 街道解决并告知居民 / Haidian · solved by the sub-district, residents told",
        haidian, haidianUnits, solved, closed);
    obligations(out, Profiles.haidian(), haidianUnits, solved, closed);
    MonthlyThemeCase.print(out);
    SimilarCasesCase.print(out);
  }

  private static Validator validator(Profile profile, Jurisdiction jurisdiction, WorkCalendar calendar) {
    return Validator.builder(profile).jurisdiction(jurisdiction).calendar(calendar).build();
  }

  private static void report(
      PrintStream out,
      String title,
      Validator validator,
      Jurisdiction jurisdiction,
      Deliberation record,
      Instant now) {
    ValidationReport report = validator.validate(record, now);
    ZoneId zone = validator.profile().zone();
    out.println("== " + title + " ==");
    out.println("profile: " + validator.profile().id() + ", judged at " + local(now, zone));
    for (Locale locale : LOCALES) {
      boolean zh = zh(locale);
      out.println(zh ? "-- 中文 --" : "-- English --");
      if (report.isClean()) {
        out.println(zh ? "合规：未发现违规。" : "Compliant: no violations.");
        continue;
      }
      out.println(
          (zh ? "违规 " : "Violations: ")
              + report.violations().size()
              + (report.isCompliant() ? (zh ? "（仅提示）" : " (warnings only)") : ""));
      for (Violation v : report.violations()) {
        out.println(
            "  " + v.severity() + " " + v.code() + " @ " + v.path() + "\n    "
                + Messages.render(v, locale, zone, jurisdiction));
      }
    }
    out.println();
  }

  private static void obligations(
      PrintStream out, Profile profile, Jurisdiction jurisdiction, Deliberation record, Instant now) {
    List<Obligation> open = Obligations.of(profile).at(record, now);
    ZoneId zone = profile.zone();
    out.println("-- 待办 / obligations at " + local(now, zone) + " --");
    if (open.isEmpty()) {
      out.println("  无 / none");
    }
    for (Obligation obligation : open) {
      out.println(
          "  " + (obligation.overdue() ? "OVERDUE" : "DUE") + " " + obligation.code() + " @ "
              + obligation.path());
      for (Locale locale : LOCALES) {
        out.println("    " + Messages.render(obligation, locale, zone, jurisdiction));
      }
    }
    out.println();
  }

  /** An instant in a zone, as the messages show it: {@code 2026-11-21 16:00 +08:00}. */
  private static String local(Instant instant, ZoneId zone) {
    return LOCAL_TIME.format(instant.atZone(zone));
  }

  private static boolean zh(Locale locale) {
    return org.shangliang.deliberation.LocalizedText.isChinese(locale);
  }
}
