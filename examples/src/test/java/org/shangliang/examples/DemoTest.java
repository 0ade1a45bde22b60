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
    assertThat(out).doesNotContain("业主");
  }
}
