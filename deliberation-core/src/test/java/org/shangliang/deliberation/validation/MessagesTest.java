package org.shangliang.deliberation.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.rules.Rule;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.Path;

class MessagesTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private static List<String> builtInCodes() {
    return RuleCodes.all().stream().map(RuleCode::value).sorted().collect(Collectors.toList());
  }

  @Test
  void everyBuiltInCodeHasAChineseMessageAndNoOrphanKey() {
    assertThat(Messages.builtIn().codes(ZH)).containsExactlyElementsOf(builtInCodes());
  }

  @Test
  void everyBuiltInCodeHasAnEnglishMessageAndNoOrphanKey() {
    assertThat(Messages.builtIn().codes(Locale.ENGLISH)).containsExactlyElementsOf(builtInCodes());
  }

  @Test
  void everyObligationHasAMessageInBothLanguagesAndNoOrphanKey() {
    List<String> obligations =
        org.shangliang.deliberation.rules.Obligations.codes().stream()
            .map(RuleCode::value)
            .sorted()
            .collect(Collectors.toList());
    assertThat(Messages.builtIn().obligationCodes(ZH)).containsExactlyElementsOf(obligations);
    assertThat(Messages.builtIn().obligationCodes(Locale.ENGLISH)).containsExactlyElementsOf(obligations);
    for (RuleCode code : org.shangliang.deliberation.rules.Obligations.codes()) {
      assertThat(RuleCodes.all()).contains(code);
      for (Locale locale : List.of(ZH, Locale.ENGLISH)) {
        new MessageFormat(Messages.builtIn().obligationPattern(code, locale).orElseThrow(), locale);
      }
    }
  }

  @Test
  void everyBuiltInRuleIsListedInRuleCodes() {
    assertThat(Validator.builtInRules().stream().map(Rule::code).collect(Collectors.toList()))
        .containsExactlyElementsOf(RuleCodes.all());
  }

  @Test
  void everyPatternIsAValidMessageFormatInBothLanguages() {
    for (RuleCode code : RuleCodes.all()) {
      for (Locale locale : List.of(ZH, Locale.ENGLISH)) {
        String pattern = Messages.builtIn().pattern(code, locale).orElseThrow();
        MessageFormat format = new MessageFormat(pattern, locale);
        assertThat(format.getFormatsByArgumentIndex().length)
            .as("%s %s", code, locale)
            .isLessThanOrEqualTo(6);
      }
    }
  }

  @Test
  void rendersLabelledArgumentsInTheReadersLanguage() {
    Violation v =
        new Violation.Builder()
            .code(RuleCodes.PARTY_PUBLIC_FUNDS_SUPERVISOR_MISSING)
            .severity(Severity.ERROR)
            .path(Path.of("parties"))
            .addArgs(PartyKind.AUDIT, new BigDecimal("240000.00"))
            .source("test")
            .build();
    assertThat(Messages.render(v, Locale.CHINA)).contains("审计").contains("240000.00 元");
    assertThat(Messages.render(v, Locale.UK)).contains("audit as a supervisor");
  }

  @Test
  void ignoresTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    Violation v =
        new Violation.Builder()
            .code(RuleCodes.UNIT_UNKNOWN)
            .severity(Severity.ERROR)
            .path(Path.of("deliberatingUnit"))
            .addArgs("u-1")
            .source("test")
            .build();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertThat(Messages.render(v, Locale.ENGLISH)).isEqualTo("Unit u-1 is not in the jurisdiction.");
      Locale.setDefault(Locale.ENGLISH);
      assertThat(Messages.render(v, Locale.SIMPLIFIED_CHINESE)).isEqualTo("单位 u-1 不在辖区单位树中。");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void rendersAUsersOwnRuleFromPatternsAddedToTheMessages() {
    RuleCode code = RuleCode.of("acme.noise.after-ten");
    Messages messages = Messages.builtIn().with(code, "{0} 点后不得施工。", "No works after {0}.");
    Violation v =
        new Violation.Builder()
            .code(code)
            .severity(Severity.WARNING)
            .path(Path.root())
            .addArgs("22:00")
            .source("acme")
            .build();
    assertThat(messages.format(v, Locale.ENGLISH)).isEqualTo("No works after 22:00.");
    assertThat(messages.format(v, ZH)).isEqualTo("22:00 点后不得施工。");
    assertThat(Messages.render(v, Locale.ENGLISH)).isEqualTo("acme.noise.after-ten [22:00]");
  }

  @Test
  void rendersInstantsInTheGivenZoneAndInUtcByDefault() {
    Violation v =
        new Violation.Builder()
            .code(RuleCodes.MEETING_URGENT_LATE)
            .severity(Severity.ERROR)
            .path(Path.of("meetings"))
            .addArgs(
                java.time.Instant.parse("2026-11-20T11:40:00Z"),
                java.time.Instant.parse("2026-11-22T11:40:00Z"))
            .source("test")
            .build();
    assertThat(Messages.render(v, Locale.ENGLISH, java.time.ZoneId.of("Asia/Shanghai")))
        .isEqualTo("The urgent matter raised at 2026-11-20 19:40 +08:00 had to be deliberated by 2026-11-22 19:40 +08:00.");
    assertThat(Messages.render(v, Locale.ENGLISH)).contains("2026-11-20T11:40:00Z");
  }

  @Test
  void rendersDurationsInDaysHoursMinutesAndSeconds() {
    Violation v =
        new Violation.Builder()
            .code(RuleCodes.MEETING_SPEAKING_TIME_EXCEEDED)
            .severity(Severity.WARNING)
            .path(Path.of("meetings"))
            .addArgs("p-1", java.time.Duration.ofSeconds(390), java.time.Duration.ofMinutes(5))
            .source("test")
            .build();
    assertThat(Messages.render(v, Locale.ENGLISH))
        .isEqualTo("Party p-1 spoke for 6 min 30 s, longer than the limit of 5 min.");
    assertThat(Messages.render(v, ZH)).isEqualTo("主体 p-1 发言 6分钟30秒，超过规定时限 5分钟。");
  }

  @Test
  void rendersFractionsOfASecondSoAnOverrunIsVisible() {
    Violation v =
        new Violation.Builder()
            .code(RuleCodes.MEETING_SPEAKING_TIME_EXCEEDED)
            .severity(Severity.WARNING)
            .path(Path.of("meetings"))
            .addArgs("p-1", java.time.Duration.ofMillis(300_500), java.time.Duration.ofMinutes(5))
            .source("test")
            .build();
    assertThat(Messages.render(v, Locale.ENGLISH))
        .isEqualTo("Party p-1 spoke for 5 min 0.5 s, longer than the limit of 5 min.");
    assertThat(Messages.render(v, ZH)).isEqualTo("主体 p-1 发言 5分钟0.5秒，超过规定时限 5分钟。");
  }
}
