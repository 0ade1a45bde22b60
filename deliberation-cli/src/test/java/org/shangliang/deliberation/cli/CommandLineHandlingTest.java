package org.shangliang.deliberation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.cli.CliRunner.cli;

import org.junit.jupiter.api.Test;

class CommandLineHandlingTest {

  @Test
  void showsUsageWithExitCodesOnHelp() {
    CliRunner.Result result = cli().run("--help");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).contains("Usage: shangliang").contains("Exit codes:").contains("70  internal error")
        .contains("74  standard output closed or not writable");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void reportsAnUnknownOptionInOneLineWithTheUsageExitCode() {
    CliRunner.Result result = cli().run("--frobnicate");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err().lines())
        .containsExactly(
            "shangliang: Unknown option: '--frobnicate'",
            "Try 'shangliang --help' for more information.");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void reportsAnUnknownCommandWithTheUsageExitCode() {
    CliRunner.Result result = cli().run("frobnicate");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).startsWith("shangliang: Unmatched argument at index 0: 'frobnicate'");
    assertThat(result.err()).doesNotContain("\tat ");
  }

  @Test
  void printsItsVersion() {
    CliRunner.Result result = cli().run("--version");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).startsWith("shangliang 0.");
  }

  @Test
  void picksTheLanguageFromTheLocaleUnlessGiven() {
    ShangliangCommand zh = new ShangliangCommand(context(java.util.Locale.SIMPLIFIED_CHINESE));
    ShangliangCommand en = new ShangliangCommand(context(java.util.Locale.US));

    assertThat(zh.lang()).isEqualTo(Lang.ZH);
    assertThat(en.lang()).isEqualTo(Lang.EN);
    zh.lang = Lang.EN;
    assertThat(zh.lang()).isEqualTo(Lang.EN);
  }

  private static CliContext context(java.util.Locale locale) {
    return new CliContext(
        java.io.InputStream.nullInputStream(),
        new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
        new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
        java.time.Clock.systemUTC(),
        locale,
        false,
        System::nanoTime);
  }

  @Test
  void failsWithItsOwnCodeWhenStandardOutputCannotTakeTheOutput() {
    CliRunner.Result result = cli().stdoutClosedAfter(100).run("rules");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OUTPUT_FAILED);
    assertThat(result.out()).hasSize(100);
    assertThat(result.err()).isEqualTo("shangliang: " + StandardOutput.FAILED + System.lineSeparator());
  }

  @Test
  void keepsTheCommandsCodeWhenStandardOutputTakesEverything() {
    CliRunner.Result result = cli().stdoutClosedAfter(10_000_000).run("rules");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.err()).isEmpty();
  }
}
