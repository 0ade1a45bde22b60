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
}
