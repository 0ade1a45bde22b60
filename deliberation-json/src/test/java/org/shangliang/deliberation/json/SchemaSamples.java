package org.shangliang.deliberation.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.decision.Fraction;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.topic.PublicFunds;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.Obligation;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/** Hand-made documents for the schema tests: every type of argument, and a profile of every form. */
final class SchemaSamples {
  private static final DeliberationJson JSON = DeliberationJson.create();

  private SchemaSamples() {}

  /** One argument of every type a violation's arguments may hold. */
  static List<Object> everyArgument() {
    return List.of(
        "text 文字",
        "",
        true,
        'x',
        (byte) -7,
        (short) 300,
        42,
        -9_000_000_000L,
        Long.MIN_VALUE,
        new BigInteger("123456789012345678901234567890"),
        new BigDecimal("1.50"),
        new BigDecimal("1E+3"),
        new BigDecimal("-0.0000001"),
        Instant.parse("2026-11-20T11:40:00.123456789Z"),
        Instant.parse("+12026-11-20T11:40:00Z"),
        LocalDate.of(2026, 11, 20),
        LocalTime.of(19, 40),
        LocalDateTime.of(2026, 11, 20, 19, 40, 5),
        OffsetDateTime.of(2026, 11, 20, 19, 40, 0, 0, ZoneOffset.ofHours(8)),
        OffsetTime.of(19, 40, 0, 0, ZoneOffset.ofHours(-5)),
        ZonedDateTime.of(2026, 11, 20, 19, 40, 0, 0, ZoneId.of("Asia/Shanghai")),
        Duration.ofHours(36).plusNanos(5),
        Duration.ofHours(-1),
        Period.of(1, -2, 3),
        Year.of(2026),
        Year.of(-44),
        YearMonth.of(2026, 11),
        MonthDay.of(2, 29),
        ZoneId.of("Asia/Shanghai"),
        ZoneOffset.ofHours(8),
        PartyId.of("p-1"),
        UnitId.of("jinan.lixia"),
        TopicId.of("t-1"),
        DeliberationId.of("d-1"),
        RuleCode.of("meeting.quorum.not-met"),
        Path.of("meetings").index(2).child("attendance"),
        Path.of("$weird_name").child("ünïcode").index(0),
        Path.root(),
        LocalizedText.of("中文", "English"),
        Fraction.of(2, 4),
        Fraction.of(1_000_000, 1_000_000),
        PublicFunds.of(new BigDecimal("240000.00")),
        OutcomeKind.COMMITTED,
        TierLevel.SUB_DISTRICT,
        PartyKind.OTHER,
        org.shangliang.deliberation.process.PartyActKind.SET_PROCEDURE,
        Severity.WARNING,
        DayOfWeek.SUNDAY,
        Month.FEBRUARY,
        List.of(),
        List.of(1, List.of("a", Instant.EPOCH), Set.of(OutcomeKind.SHELVED)));
  }


  /**
   * A report of one violation with every type of argument.
   *
   * @return the document
   */
  static String everyArgumentReport() {
    Violation violation =
        new Violation.Builder()
            .code(RuleCode.of("custom.everything"))
            .severity(Severity.INFO)
            .path(Path.of("meetings").index(0).child("attendance"))
            .addAllArgs(everyArgument())
            .source("test")
            .build();
    return JSON.write(DocumentKind.REPORT, ValidationReport.of(List.of(violation)));
  }

  /**
   * Obligations: one overdue with a few arguments, one due in a year beyond 9999.
   *
   * @return the document
   */
  static String obligations() {
    Obligation overdue =
        new Obligation.Builder()
            .code(RuleCode.of("outcome.duty.overdue"))
            .path(Path.of("outcome", "duties").index(0))
            .dueAt(Instant.parse("2026-11-20T11:40:00Z"))
            .overdue(true)
            .addArgs("d-1", Instant.parse("2026-11-20T11:40:00Z"), Duration.ofDays(30), OutcomeKind.COMMITTED)
            .build();
    Obligation later =
        new Obligation.Builder()
            .code(RuleCode.of("timing.revisit.due"))
            .path(Path.root())
            .dueAt(Instant.parse("+10001-01-20T00:00:00Z"))
            .overdue(false)
            .build();
    return JSON.write(DocumentKind.OBLIGATIONS, List.of(overdue, later));
  }

  /**
   * A profile that extends Jinan and uses every form the profile document has: without, named
   * rules used by name, cadences of every kind, rule settings of both forms, quorums, windows and
   * an appraisal scale.
   *
   * @return the document
   */
  static String namedRulesProfile() {
    String headcount = "{\"fraction\":\"1/2\",\"strict\":true,\"base\":\"cast\",\"measure\":\"headcount\"}";
    return "{\"schemaVersion\":\"1.0\",\"id\":\"futian-example\","
        + "\"name\":{\"zh\":\"福田示例\",\"en\":\"Futian example\"},"
        + "\"extends\":\"jinan\",\"without\":[\"revisitWindow\",\"escalationFollowUpWindow\"],"
        + "\"rules\":{\"deputies\":{\"type\":\"restricted\",\"kind\":\"peoples-congress-deputy\","
        + "\"rule\":{\"type\":\"majority\",\"approval\":" + headcount + "}},"
        + "\"all-agree\":{\"type\":\"consensus\",\"blockingNoCount\":2,"
        + "\"participation\":{\"fraction\":\"2/3\",\"strict\":false,\"measure\":\"headcount\"}}},"
        + "\"zone\":\"Asia/Shanghai\","
        + "\"tiers\":["
        + "{\"level\":\"community\",\"body\":{\"zh\":\"社区议事会\",\"en\":\"community council\"},"
        + "\"convenerKind\":\"residents-committee\","
        + "\"cadence\":{\"kind\":\"monthly\",\"dayOfMonth\":11,\"onNonWorkingDay\":\"next-working-day\"},"
        + "\"matterSizes\":[\"major\",\"minor\"],\"categories\":[\"public-affairs\"],"
        + "\"escalatesTo\":\"sub-district\"},"
        + "{\"level\":\"grid\",\"body\":{\"zh\":\"网格议事\",\"en\":\"grid talk\"},"
        + "\"convenerKind\":\"grid-worker\","
        + "\"cadence\":{\"kind\":\"weekly\",\"dayOfWeek\":\"wednesday\",\"onNonWorkingDay\":\"keep\"},"
        + "\"matterSizes\":[\"minor\",\"urgent\"]},"
        + "{\"level\":\"courtyard\",\"body\":{\"zh\":\"院坝会\",\"en\":\"courtyard talk\"},"
        + "\"convenerKind\":\"resident-representative\",\"cadence\":{\"kind\":\"on-demand\"},"
        + "\"matterSizes\":[\"minor\"]}],"
        + "\"publicFundsSupervisorKinds\":[\"finance\",\"audit\"],"
        + "\"ruleSettings\":[{\"code\":\"meeting.quorum.not-met\",\"enabled\":false},"
        + "{\"code\":\"meeting.speaking-time.exceeded\",\"enabled\":true,\"severity\":\"error\"}],"
        + "\"meetingStages\":[\"sign-in\",\"discussion\",\"form-result\"],"
        + "\"quorums\":{\"major\":{\"minimumCount\":3,\"fraction\":\"1/2\",\"strict\":true},"
        + "\"minor\":{\"minimumCount\":2,\"strict\":false}},"
        + "\"decisionRules\":{\"major\":\"all-agree\",\"urgent\":{\"type\":\"majority\",\"approval\":"
        + headcount + ",\"minimumYes\":3}},"
        + "\"entryDecisionRules\":{\"elderly-meals\":\"deputies\"},"
        + "\"speakingTimeLimit\":\"PT5M\",\"onlineMaxAffectedUnits\":2,\"urgentWindow\":\"P2D\","
        + "\"supervisorKinds\":[\"discipline-inspection\"],"
        + "\"appraisalScale\":{\"min\":1,\"max\":5,\"poorAtMost\":2},"
        + "\"reopenOnPoorAppraisal\":true,\"minRoundsBeforeShelving\":3,\"hotlineReplyWindow\":\"PT36H\"}";
  }
}
