package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every built-in rule cites where a user can follow it: a public article and a section of the domain
 * guide the project ships (docs/domain.md), never the team's private notes.
 */
class RuleSourcesTest {
  private static final Path GUIDE = Path.of("..", "docs", "domain.md");
  private static final Pattern ANCHOR = Pattern.compile("docs/domain\\.md#([a-z0-9-]+)");

  @Test
  void everyRuleSourcePointsToASectionOfTheDomainGuide() throws IOException {
    Set<String> anchors = new HashSet<>();
    for (String line : Files.readAllLines(GUIDE, StandardCharsets.UTF_8)) {
      if (line.startsWith("## ")) {
        anchors.add(anchorOf(line.substring(3)));
      }
    }
    for (Rule rule : Validator.builtInRules()) {
      Matcher m = ANCHOR.matcher(rule.source());
      assertThat(m.find()).as("source of %s: %s", rule.code(), rule.source()).isTrue();
      assertThat(anchors).as("section of %s", rule.code()).contains(m.group(1));
    }
  }

  @Test
  void everyRuleSourceNamesAPublicArticleAndNoPrivateNote() {
    for (Rule rule : Validator.builtInRules()) {
      assertThat(rule.source())
          .as("source of %s", rule.code())
          .containsPattern("(Jinan|Haidian|Beijing|Bishan|Reform) 20\\d\\d \\(")
          .doesNotContain("DOMAIN.md", "DESIGN.md", "seeds/");
    }
  }

  @Test
  void everyRuleCodeIsExplainedInTheDomainGuide() throws IOException {
    String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
    for (Rule rule : Validator.builtInRules()) {
      assertThat(guide).as("docs/domain.md explains %s", rule.code()).contains(rule.code().value());
    }
  }

  /** GitHub's anchor of a Markdown heading: lower case, spaces to hyphens, punctuation dropped. */
  private static String anchorOf(String heading) {
    return heading
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9 -]", "")
        .trim()
        .replace(' ', '-');
  }
}
