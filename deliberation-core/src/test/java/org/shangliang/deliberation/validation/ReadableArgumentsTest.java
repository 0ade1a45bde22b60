package org.shangliang.deliberation.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.topic.PublicFunds;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;

/**
 * Arguments a reader can use: units by name next to their id when the jurisdiction is given, money
 * with two decimals, instants in the zone asked for with seconds when they matter.
 */
class ReadableArgumentsTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final UnitId DISTRICT = UnitId.of("jinan.lixia");
  private static final UnitId STREET = UnitId.of("jinan.lixia.quancheng");
  private static final Jurisdiction JURISDICTION =
      Jurisdiction.of(
          AdministrativeUnit.root(DISTRICT, TierLevel.DISTRICT, "历下区"),
          AdministrativeUnit.of(STREET, TierLevel.SUB_DISTRICT, "泉城路街道", DISTRICT));

  private static Violation violation(RuleCode code, Object... args) {
    return new Violation.Builder()
        .code(code)
        .severity(Severity.ERROR)
        .path(Path.of("deliberatingUnit"))
        .addArgs(args)
        .source("test")
        .build();
  }

  @Test
  void showsUnitsByNameNextToTheirIdGivenTheJurisdiction() {
    Violation v =
        violation(
            RuleCodes.TIER_UNIT_NOT_COVERING, STREET, List.of(DISTRICT, UnitId.of("elsewhere")),
            DISTRICT, TierLevel.DISTRICT);
    assertThat(Messages.render(v, Locale.ENGLISH, SHANGHAI, JURISDICTION))
        .startsWith(
            "The deliberating unit 泉城路街道 (jinan.lixia.quancheng) does not cover the affected unit(s)"
                + " 历下区 (jinan.lixia), elsewhere;");
    assertThat(Messages.render(v, ZH, SHANGHAI, JURISDICTION)).contains("泉城路街道（jinan.lixia.quancheng）");
    assertThat(Messages.render(v, Locale.ENGLISH, SHANGHAI))
        .startsWith("The deliberating unit jinan.lixia.quancheng does not cover");
    assertThat(Messages.arguments(v, Locale.ENGLISH, SHANGHAI, JURISDICTION)[2])
        .isEqualTo("历下区 (jinan.lixia)");
  }

  @Test
  void showsMoneyWithTwoDecimalsWithoutRounding() {
    for (String[] amount :
        new String[][] {
          {"240000", "240000.00"}, {"240000.5", "240000.50"}, {"240000.00", "240000.00"},
          {"2.4E+5", "240000.00"}, {"0", "0.00"}, {"1.005", "1.005"}
        }) {
      Violation v =
          violation(
              RuleCodes.PARTY_PUBLIC_FUNDS_SUPERVISOR_MISSING, PartyKind.AUDIT,
              PublicFunds.of(new BigDecimal(amount[0])));
      assertThat(Messages.render(v, Locale.ENGLISH)).contains("(" + amount[1] + " yuan)");
      assertThat(Messages.render(v, ZH)).contains("（" + amount[1] + " 元）");
    }
  }

  @Test
  void showsInstantsInTheZoneWithSecondsOnlyWhenNotZero() {
    Violation v =
        violation(
            RuleCodes.MEETING_URGENT_LATE,
            Instant.parse("2026-11-20T11:40:30Z"),
            Instant.parse("2026-11-22T11:40:00.25Z"));
    assertThat(Messages.render(v, Locale.ENGLISH, SHANGHAI))
        .isEqualTo(
            "The urgent matter raised at 2026-11-20 19:40:30 +08:00 had to be deliberated by"
                + " 2026-11-22 19:40:00.25 +08:00.");
  }

  @Test
  void neverThrowsOnInstantsBeyondWhatAZoneCanShow() {
    Violation v = violation(RuleCodes.MEETING_URGENT_LATE, Instant.MAX, Instant.MIN);
    assertThat(Messages.render(v, Locale.ENGLISH, SHANGHAI)).contains(Instant.MAX.toString());
  }

  @Test
  void fallsBackToTheCodeWhenAUsersPatternDoesNotFitItsArguments() {
    RuleCode code = RuleCode.of("acme.count");
    Messages messages = Messages.builtIn().with(code, "{0,number,#} 次", "{0,number,#} times");
    assertThat(messages.format(violation(code, "many"), Locale.ENGLISH)).isEqualTo("acme.count [many]");
    assertThat(messages.format(violation(code, 3), Locale.ENGLISH)).isEqualTo("3 times");
  }
}
