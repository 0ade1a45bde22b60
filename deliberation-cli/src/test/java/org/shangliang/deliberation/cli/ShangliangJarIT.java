package org.shangliang.deliberation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar run as a process, as a user runs it: {@code java -jar shangliang.jar ...}. */
class ShangliangJarIT {

  private static final String DIR = "src/test/resources/inputs/validate/";

  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private Run run(String... args) throws IOException, InterruptedException {
    String jar = System.getProperty("shangliang.jar");
    assertThat(jar).as("system property shangliang.jar (set by failsafe)").isNotBlank();
    assertThat(Path.of(jar)).exists();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx128m");
    command.add("-jar");
    command.add(jar);
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(Path.of(DIR + "violations.jsonl").toFile()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void reportsAUsageErrorInOneLineWithExitCode2() throws Exception {
    Run run = run("validate", "--frobnicate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("shangliang: Unknown option: '--frobnicate'").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void validatesAFileAndExitsWith3ForItsBadLines() throws Exception {
    Run run =
        run("validate", "--units", DIR + "units.json", "--at", "2026-12-05T02:00:00Z", "--lang", "zh",
            "--threads", "2", DIR + "mixed.jsonl");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out())
        .isEqualTo(Files.readString(Path.of("src/test/resources/golden/validate/mixed.zh.txt"), StandardCharsets.UTF_8));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validatesStandardInputAsJsonLinesAndExitsWith1ForAViolation() throws Exception {
    Run run = run("validate", "--units", DIR + "units.json", "--at", "2026-12-05T02:00:00Z", "--format", "jsonl");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines()).hasSize(3);
    assertThat(run.out()).contains("\"location\":\"<stdin>:2\"").contains("\"type\":\"summary\",\"lines\":2");
  }
}
