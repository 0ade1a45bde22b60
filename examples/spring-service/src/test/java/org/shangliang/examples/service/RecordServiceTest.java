package org.shangliang.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DocumentKind;
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
import org.shangliang.examples.BishanCourtyardCase;
import org.shangliang.examples.Cases;
import org.shangliang.examples.HaidianRecommendationCase;
import org.shangliang.examples.JinanLiftCase;
import org.shangliang.examples.JinanMeetingCase;
import org.shangliang.examples.JinanOutcomeCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The service against a real PostgreSQL (embedded, started once for this class): the demo's JSON
 * cases posted as a client would, each report checked in Chinese and English against the library
 * called directly, the jsonb storage, obligations at instants, monthly themes and malformed input.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecordServiceTest {
  /** The instant the service takes as now: set by each test before it submits. */
  static final class SettableClock extends Clock {
    private volatile Instant now = Instant.EPOCH;

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @TestConfiguration
  static class Now {
    @Bean
    SettableClock clock() {
      return new SettableClock();
    }
  }

  /** A demo case: the file, the service's profile name, the profile, the instant it is judged at. */
  record Case(String file, String profileName, Profile profile, String units, Instant now) {}

  private static final Instant BISHAN_30_HOURS = BishanCourtyardCase.RAISED.plusSeconds(30 * 3600);

  private static final List<Case> CASES =
      List.of(
          new Case("jinan-lift", "jinan", Profiles.jinanOwnersExample(), "jinan-units", JinanLiftCase.NOW),
          new Case("jinan-lift-broken", "jinan", Profiles.jinanOwnersExample(), "jinan-units", JinanLiftCase.NOW),
          new Case("jinan-meeting", "jinan", Profiles.jinanOwnersExample(), "jinan-units", JinanMeetingCase.NOW),
          new Case("jinan-outcome-midway", "jinan", Profiles.jinanOwnersExample(), "jinan-units",
              Instant.parse("2027-02-20T02:00:00Z")),
          new Case("jinan-outcome-done", "jinan", Profiles.jinanOwnersExample(), "jinan-units", JinanOutcomeCase.END),
          new Case("bishan-courtyard-open", "bishan", Profiles.bishan(), "bishan-units",
              BishanCourtyardCase.RAISED.plusSeconds(12 * 3600)),
          new Case("bishan-courtyard-open", "bishan", Profiles.bishan(), "bishan-units", BISHAN_30_HOURS),
          new Case("bishan-courtyard-answered", "bishan", Profiles.bishan(), "bishan-units", BISHAN_30_HOURS),
          new Case("haidian-sent-up", "haidian", Profiles.haidian(), "haidian-units",
              HaidianRecommendationCase.ESCALATED.plusSeconds(7 * 86_400)),
          new Case("haidian-stalled", "haidian", Profiles.haidian(), "haidian-units",
              Instant.parse("2027-01-20T02:00:00Z")),
          new Case("haidian-closed", "haidian", Profiles.haidian(), "haidian-units",
              Instant.parse("2027-02-01T02:00:00Z")));

  private static final DeliberationJson JSON = DeliberationJson.create();
  private static final ObjectMapper TREE = new ObjectMapper();

  @Autowired MockMvc mvc;
  @Autowired SettableClock clock;
  @Autowired JdbcTemplate jdbc;

  private static String caseText(String file) throws Exception {
    try (var in = Cases.class.getResourceAsStream(Cases.FOLDER + file + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private MockHttpServletResponse submit(String profile, String body, String language)
      throws Exception {
    return mvc.perform(
            post("/profiles/" + profile + "/records")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", language)
                .content(body))
        .andReturn()
        .getResponse();
  }

  private MockHttpServletResponse get(String path, String language) throws Exception {
    return mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .header("Accept-Language", language))
        .andReturn()
        .getResponse();
  }

  private static String text(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  /** The messages of a report or obligations document, in order, in one language. */
  private static List<String> messages(String document, String array, String tag) throws Exception {
    List<String> texts = new ArrayList<>();
    for (JsonNode element : TREE.readTree(document).path(array)) {
      assertThat(element.get("message").size()).isEqualTo(1);
      texts.add(element.get("message").get(tag).asText());
    }
    return texts;
  }

  @Test
  void eachDemoCaseIsValidatedStoredAndReportedInBothLanguages() throws Exception {
    int replaced = 0;
    List<String> broken = new ArrayList<>();
    int owing = 0;
    for (Case c : CASES) {
      Jurisdiction units = Cases.jurisdiction(c.units());
      Deliberation record = Cases.record(c.file());
      Validator direct =
          Validator.builder(c.profile()).jurisdiction(units).calendar(WorkCalendar.weekendsOnly()).build();
      ValidationReport expected = direct.validate(record, c.now());
      ZoneId zone = c.profile().zone();
      String id = record.id().value();
      if (!expected.isClean()) {
        broken.add(c.file());
      }

      boolean storedBefore =
          jdbc.queryForObject("select count(*) from deliberation_record where id = ?", Integer.class, id)
              == 1;
      clock.set(c.now());
      MockHttpServletResponse submitted = submit(c.profileName(), caseText(c.file()), "zh-CN");
      // created, or replacing the stored record of its id (a record grows: meeting, outcome …)
      assertThat(submitted.getStatus()).as(c.file()).isEqualTo(storedBefore ? 200 : 201);
      replaced += storedBefore ? 1 : 0;
      assertThat(submitted.getHeader("Location")).isEqualTo("/records/" + id);
      String zhReport = text(submitted);
      assertThat(JSON.read(DocumentKind.REPORT, zhReport)).as(c.file()).isEqualTo(expected);
      List<String> zh = new ArrayList<>();
      List<String> en = new ArrayList<>();
      for (Violation v : expected.violations()) {
        zh.add(Messages.render(v, Locale.SIMPLIFIED_CHINESE, zone, units));
        en.add(Messages.render(v, Locale.ENGLISH, zone, units));
      }
      assertThat(messages(zhReport, "violations", "zh-CN")).as(c.file()).isEqualTo(zh);

      // the stored report, in English this time
      String enReport = text(get("/records/" + id + "/report", "en-US"));
      assertThat(JSON.read(DocumentKind.REPORT, enReport)).isEqualTo(expected);
      assertThat(messages(enReport, "violations", "en")).as(c.file()).isEqualTo(en);

      // the stored record reads back equal (a vote's rule written as the profile's rule's name)
      MockHttpServletResponse stored = get("/records/" + id, "en");
      assertThat(stored.getStatus()).isEqualTo(200);
      DeliberationJson withRules = DeliberationJson.builder().rulesOf(c.profile()).build();
      assertThat(withRules.read(DocumentKind.RECORD, text(stored))).as(c.file()).isEqualTo(record);

      // what it owes at the instant, in both languages
      List<Obligation> owed = Obligations.of(c.profile()).at(record, c.now());
      owing += owed.size();
      for (String language : List.of("zh-CN", "en")) {
        Locale locale = Locale.forLanguageTag(language);
        String document = text(get("/records/" + id + "/obligations?at=" + c.now(), language));
        assertThat(JSON.read(DocumentKind.OBLIGATIONS, document)).as(c.file()).isEqualTo(owed);
        List<String> expectedTexts = new ArrayList<>();
        for (Obligation o : owed) {
          expectedTexts.add(Messages.render(o, locale, zone, units));
        }
        assertThat(messages(document, "obligations", language)).isEqualTo(expectedTexts);
      }
    }
    // the cases the demo shows as broken are broken, and some cases owe something
    assertThat(broken).contains("jinan-lift-broken", "haidian-stalled").doesNotContain("jinan-lift");
    assertThat(owing).isPositive();
    assertThat(replaced).isGreaterThanOrEqualTo(8); // the cases of one deliberation share its id
  }

  @Test
  void bishanProblemIsDueAtTwelveHoursAndOverdueAtThirty() throws Exception {
    clock.set(BISHAN_30_HOURS);
    assertThat(submit("bishan", caseText("bishan-courtyard-open"), "en").getStatus()).isIn(200, 201);
    String at12 =
        text(get("/records/bishan-yard-5-2026-11/obligations?at=2026-11-20T23:40:00Z", "zh-CN"));
    assertThat(messages(at12, "obligations", "zh-CN"))
        .containsExactly("待办：于 2026-11-20 19:40 +08:00 提出的问题，须在 2026-11-21 19:40 +08:00 前提出解决方案。");
    String at30 =
        text(get("/records/bishan-yard-5-2026-11/obligations?at=" + BISHAN_30_HOURS, "en"));
    assertThat(messages(at30, "obligations", "en"))
        .containsExactly(
            "Overdue: The problem raised at 2026-11-20 19:40 +08:00 needs a proposed solution by 2026-11-21 19:40 +08:00.");
    String report = text(get("/records/bishan-yard-5-2026-11/report", "en"));
    assertThat(JSON.read(DocumentKind.REPORT, report).violations())
        .extracting(v -> v.code().value())
        .containsExactly("meeting.problem.solution-late");
  }

  @Test
  void recordsAreStoredAsJsonbThroughFlyway() throws Exception {
    clock.set(JinanLiftCase.NOW);
    submit("jinan", caseText("jinan-lift-broken"), "en");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success and version = '1'",
                Integer.class))
        .isEqualTo(1);
    Map<String, Object> row =
        jdbc.queryForMap(
            "select profile, jsonb_typeof(record) as kind, record #>> '{topic,id}' as topic,"
                + " jsonb_array_length(report -> 'violations') as violations, raised_at, submitted_at"
                + " from deliberation_record where id = 'dianliu-1-2026-lift'");
    assertThat(row.get("profile")).isEqualTo("jinan");
    assertThat(row.get("kind")).isEqualTo("object");
    assertThat(row.get("topic")).isEqualTo(Cases.record("jinan-lift-broken").topic().id().toString());
    assertThat(((Number) row.get("violations")).intValue()).isGreaterThan(0);
    assertThat(((java.sql.Timestamp) row.get("submitted_at")).toInstant()).isEqualTo(JinanLiftCase.NOW);
    assertThat(((java.sql.Timestamp) row.get("raised_at")).toInstant())
        .isEqualTo(Cases.record("jinan-lift-broken").topic().raisedAt());
    assertThat(
            jdbc.queryForObject(
                "select data_type from information_schema.columns where table_name ="
                    + " 'deliberation_record' and column_name = 'record'",
                String.class))
        .isEqualTo("jsonb");
  }

  @Test
  void malformedRecordIsAProblemDetailWithItsPointerAndIsNotStored() throws Exception {
    String broken =
        caseText("haidian-closed")
            .replace("\"id\": \"hongliu-2026-bus-stop\"", "\"id\": \"malformed-1\"")
            .replaceFirst("\"deliberatingUnit\": \"[^\"]*\"", "\"deliberatingUnit\": 42");
    MockHttpServletResponse answer = submit("haidian", broken, "zh-CN");
    assertThat(answer.getStatus()).isEqualTo(400);
    assertThat(answer.getContentType()).startsWith("application/problem+json");
    JsonNode problem = TREE.readTree(text(answer));
    assertThat(problem.get("title").asText()).isEqualTo("协商文档格式错误");
    assertThat(problem.get("errors").get(0).get("pointer").asText()).isEqualTo("/deliberatingUnit");
    assertThat(problem.get("errors").get(0).get("line").asInt()).isPositive();
    assertThat(get("/records/malformed-1", "en").getStatus()).isEqualTo(404);
  }

  @Test
  void themeOfClassesBelowOneIsAProblemDetailNamingTheSetting() throws Exception {
    MockHttpServletResponse answer = get("/profiles/jinan/themes?from=2026-10&to=2026-10&minCount=0", "en");
    assertThat(answer.getStatus()).isEqualTo(400);
    JsonNode problem = TREE.readTree(text(answer));
    assertThat(problem.get("title").asText()).isEqualTo("Value that cannot be built");
    assertThat(problem.get("errors").get(0).get("pointer").asText()).isEqualTo("/minCount");
  }

  @Test
  void unknownProfileOrRecordIsNotFound() throws Exception {
    assertThat(submit("nanjing", caseText("jinan-lift"), "en").getStatus()).isEqualTo(404);
    assertThat(get("/records/no-such-record", "en").getStatus()).isEqualTo(404);
    assertThat(get("/records/no-such-record/obligations?at=2027-01-01T00:00:00Z", "en").getStatus())
        .isEqualTo(404);
  }

  @Test
  void monthlyThemesGroupTheStoredRecordsOfAProfile() throws Exception {
    clock.set(JinanLiftCase.NOW);
    String lift = caseText("jinan-lift");
    // a second lift in the same community, raised the same month: the records and topics get new ids
    String secondLift = lift.replace("dianliu-1-2026-lift", "dianliu-1-2026-lift-2");
    submit("jinan", lift, "en");
    submit("jinan", secondLift, "en");
    submit("haidian", caseText("haidian-closed"), "en");

    String answer = text(get("/profiles/jinan/themes?from=2026-09&to=2026-11", "en"));
    JsonNode months = TREE.readTree(answer);
    assertThat(months).hasSize(3);
    assertThat(months.get(0).get("month").asText()).isEqualTo("2026-09");
    assertThat(months.get(0).get("themes")).isEmpty();
    assertThat(months.get(2).get("themes")).isEmpty();
    JsonNode october = months.get(1).get("themes");

    Deliberation first = Cases.record("jinan-lift");
    Deliberation second = JSON.read(DocumentKind.RECORD, secondLift);
    var expected =
        org.shangliang.deliberation.query.RecurringIssues.of(Cases.jurisdiction("jinan-units"))
            .findInRecords(List.of(first, second), java.time.YearMonth.of(2026, 10), Profiles.jinan().zone());
    assertThat(expected).singleElement().satisfies(c -> assertThat(c.count()).isEqualTo(2));
    assertThat(october).hasSize(1);
    JsonNode theme = october.get(0);
    assertThat(theme.get("catalogueEntry").asText()).isEqualTo("lift-installation");
    assertThat(theme.get("unit").asText()).isEqualTo(expected.get(0).unit().toString());
    assertThat(theme.get("count").asInt()).isEqualTo(2);
    assertThat(theme.get("topics")).extracting(JsonNode::asText)
        .containsExactly("dianliu-1-2026-lift", "dianliu-1-2026-lift-2");

    // one of a kind is no theme by default; with minCount=1 the Haidian case is its own class
    String haidian = text(get("/profiles/haidian/themes?from=2026-11&to=2026-11", "en"));
    assertThat(TREE.readTree(haidian).get(0).get("themes")).isEmpty();
    String single = text(get("/profiles/haidian/themes?from=2026-11&to=2026-11&minCount=1", "en"));
    assertThat(TREE.readTree(single).get(0).get("themes").get(0).get("topics").get(0).asText())
        .isEqualTo(Cases.record("haidian-closed").topic().id().toString());
  }
}
