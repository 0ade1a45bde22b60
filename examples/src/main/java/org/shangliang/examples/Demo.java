package org.shangliang.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.validation.Messages;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/**
 * The demo the README runs: validates the Jinan lift-installation case, then a broken variant, and
 * prints both reports in Chinese and in English.
 *
 * <p>Run from the repository root: {@code ./mvnw -q -pl examples -am compile exec:java}.
 */
public final class Demo {
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
    Validator validator =
        Validator.builder(Profiles.jinan())
            .jurisdiction(JinanLiftCase.jurisdiction())
            .calendar(JinanLiftCase.calendar())
            .build();
    print(
        out,
        "济南 · 3号楼加装电梯（社区于每月11日协商）/ Jinan · lift for building 3 (community, on the 11th)",
        validator,
        JinanLiftCase.compliant());
    print(
        out,
        "济南 · 加装电梯，错误示例：跨两个社区却在网格协商，且无审计监督 / "
            + "Jinan · lift, broken: spans two communities but deliberated at a grid, no audit",
        validator,
        JinanLiftCase.broken());
  }

  private static void print(PrintStream out, String title, Validator validator, Deliberation record) {
    ValidationReport report = validator.validate(record, JinanLiftCase.NOW);
    out.println("== " + title + " ==");
    out.println("profile: " + validator.profile().id() + ", judged at " + JinanLiftCase.NOW);
    for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
      boolean zh = locale.getLanguage().equals("zh");
      out.println(zh ? "-- 中文 --" : "-- English --");
      if (report.isClean()) {
        out.println(zh ? "合规：未发现违规。" : "Compliant: no violations.");
      } else {
        out.println(
            (zh ? "违规 " : "Violations: ")
                + report.violations().size()
                + (report.isCompliant() ? (zh ? "（仅提示）" : " (warnings only)") : ""));
        for (Violation v : report.violations()) {
          out.println(
              "  " + v.severity() + " " + v.code() + " @ " + v.path() + "\n    "
                  + Messages.render(v, locale));
        }
      }
    }
    out.println();
  }
}
