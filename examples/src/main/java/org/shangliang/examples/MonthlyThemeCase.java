package org.shangliang.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.outcome.HotlineCase;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.query.RecurringClass;
import org.shangliang.deliberation.query.RecurringIssues;
import org.shangliang.deliberation.query.RecurringSettings;
import org.shangliang.deliberation.topic.CatalogueEntry;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.topic.TopicSource;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;

/**
 * 每月一题 (one theme a month, Beijing): a month of 12345 hotline cases in two sub-districts of
 * Haidian, grouped into classes of cases by catalogue entry (or category) and by the community the
 * buildings they came from belong to; the largest class is the month's theme. The same cases grouped
 * by sub-district show how the level chosen changes the classes. Names, tickets and numbers are
 * invented.
 *
 * <p>The cases are a JSON Lines file of records, {@code hotline/haidian-2026-11.jsonl}, and the units
 * a JSON file, {@code hotline/haidian-units.json}, under {@code org/shangliang/examples/} on the class
 * path, read with deliberation-json; {@link #records()} and {@link #jurisdiction()} build the same in
 * Java ({@code MonthlyThemeCaseTest} keeps them equal).
 *
 * <p>Source: Beijing 2021 (光明日报, 2021-10-25), 接诉即办 and 每月一题; docs/domain.md "Recurring classes of
 * cases".
 */
public final class MonthlyThemeCase {
  /** The folder of the files on the class path. */
  public static final String FOLDER = "/org/shangliang/examples/hotline/";
  /** The file of the month's cases, one record a line. */
  public static final String CASES_FILE = "haidian-2026-11.jsonl";
  /** The file of the units. */
  public static final String UNITS_FILE = "haidian-units.json";
  /** The month. */
  public static final YearMonth MONTH = YearMonth.of(2026, 11);

  /** The district. */
  public static final UnitId HAIDIAN = UnitId.of("haidian");
  /** A sub-district. */
  public static final UnitId HUAYUANLU = UnitId.of("haidian.huayuanlu");
  /** Another sub-district. */
  public static final UnitId XUEYUANLU = UnitId.of("haidian.xueyuanlu");
  /** A community of 花园路. */
  public static final UnitId HONGLIU = UnitId.of("haidian.huayuanlu.hongliu");
  /** Another community of 花园路. */
  public static final UnitId MUDANYUAN = UnitId.of("haidian.huayuanlu.mudanyuan");
  /** A community of 学院路. */
  public static final UnitId SHIYOU = UnitId.of("haidian.xueyuanlu.shiyou");

  private static final Profile PROFILE = Profiles.haidian();
  private static final PartyId CITY_MANAGEMENT = PartyId.of("haidian-city-management");
  private static final PartyId CIVIL_AFFAIRS = PartyId.of("haidian-civil-affairs");
  private static final DeliberationJson JSON = DeliberationJson.create();
  private static final Locale[] LOCALES = {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH};

  private MonthlyThemeCase() {}

  /**
   * The units: the district, two sub-districts, three communities and their buildings.
   *
   * @return the jurisdiction
   */
  public static Jurisdiction jurisdiction() {
    List<AdministrativeUnit> units = new ArrayList<>();
    units.add(AdministrativeUnit.root(HAIDIAN, TierLevel.DISTRICT, "海淀区"));
    units.add(AdministrativeUnit.of(HUAYUANLU, TierLevel.SUB_DISTRICT, "花园路街道", HAIDIAN));
    units.add(AdministrativeUnit.of(XUEYUANLU, TierLevel.SUB_DISTRICT, "学院路街道", HAIDIAN));
    units.add(AdministrativeUnit.of(HONGLIU, TierLevel.COMMUNITY, "红柳社区", HUAYUANLU));
    units.add(AdministrativeUnit.of(MUDANYUAN, TierLevel.COMMUNITY, "牡丹园社区", HUAYUANLU));
    units.add(AdministrativeUnit.of(SHIYOU, TierLevel.COMMUNITY, "石油大院社区", XUEYUANLU));
    for (UnitId community : List.of(HONGLIU, MUDANYUAN, SHIYOU)) {
      for (int b = 1; b <= 9; b += 2) {
        units.add(
            AdministrativeUnit.of(building(community, b), TierLevel.COURTYARD, b + "号楼", community));
      }
    }
    return Jurisdiction.of(units);
  }

  private static UnitId building(UnitId community, int number) {
    return UnitId.of(community.value() + ".b" + number);
  }

  /**
   * The hotline cases received from the last day of October to the first of December (Beijing time),
   * as records: the topic from the 12345 ticket, the case, and the parties that took it.
   *
   * @return the records, in the order received
   */
  public static List<Deliberation> records() {
    List<Deliberation> records = new ArrayList<>();
    String parking = Profiles.PARKING;
    String meals = Profiles.ELDERLY_MEALS;
    String pipes = Profiles.PIPE_REPAIR;
    String daily = TopicCategory.DAILY_LIFE_AND_DISPUTES;
    String pub = TopicCategory.PUBLIC_AFFAIRS;
    // received the last evening of October, Beijing time: not in November
    records.add(hotline(1, "2026-10-31T21:30", HONGLIU, 3, pub, parking, "小区内车辆乱停占用消防通道"));
    records.add(hotline(2, "2026-11-02T08:15", HONGLIU, 1, pub, parking, "1号楼前夜间停车位不足"));
    records.add(hotline(3, "2026-11-03T19:40", SHIYOU, 7, pub, meals, "老人吃饭难，希望开办助餐点"));
    records.add(hotline(4, "2026-11-05T10:05", HONGLIU, 3, pub, parking, "外来车辆占用3号楼车位"));
    records.add(hotline(5, "2026-11-06T22:50", HONGLIU, 5, daily, null, "楼上夜间噪音扰民"));
    records.add(hotline(6, "2026-11-09T09:30", MUDANYUAN, 1, pub, parking, "共享单车与汽车混停堵塞通道"));
    records.add(hotline(7, "2026-11-11T14:20", HONGLIU, 3, daily, pipes, "3号楼下水管道堵塞"));
    records.add(hotline(8, "2026-11-12T07:45", SHIYOU, 9, pub, meals, "9号楼独居老人订餐无人配送"));
    records.add(hotline(9, "2026-11-15T18:10", HONGLIU, 5, pub, parking, "5号楼前僵尸车长期占位"));
    records.add(hotline(10, "2026-11-18T20:35", HONGLIU, 1, daily, null, "1号楼邻居装修噪音"));
    records.add(hotline(11, "2026-11-21T11:00", MUDANYUAN, 3, pub, meals, "社区食堂价格偏高"));
    records.add(hotline(12, "2026-11-24T16:25", HONGLIU, 7, pub, parking, "7号楼充电桩车位被燃油车占用"));
    records.add(hotline(13, "2026-11-27T09:55", SHIYOU, 7, daily, pipes, "7号楼暖气管道漏水"));
    records.add(hotline(14, "2026-11-30T23:40", MUDANYUAN, 5, pub, parking, "5号楼消防通道被占"));
    // received just after midnight on 1 December, Beijing time: not in November
    records.add(hotline(15, "2026-12-01T00:10", HONGLIU, 1, pub, parking, "1号楼前停车收费争议"));
    return records;
  }

  private static Deliberation hotline(
      int n, String received, UnitId community, int building, String category, String entry,
      String title) {
    Instant at = LocalDateTime.parse(received).atZone(PROFILE.zone()).toInstant();
    String ticket = String.format("12345-2611-%04d", n);
    PartyId committee = PartyId.of(community.value().substring(community.value().lastIndexOf('.') + 1) + "-rc");
    PartyId department = Profiles.ELDERLY_MEALS.equals(entry) ? CIVIL_AFFAIRS : CITY_MANAGEMENT;
    Topic.Builder topic =
        new Topic.Builder()
            .id(TopicId.of("topic-" + ticket))
            .title(title)
            .category(category)
            .matterSize(MatterSize.MINOR)
            .addAffectedUnits(building(community, building))
            .source(TopicSource.hotline(ticket))
            .raisedAt(at);
    if (entry != null) {
      topic.catalogueEntry(entry);
    }
    return new Deliberation.Builder()
        .id(DeliberationId.of("hotline-" + ticket))
        .topic(topic.build())
        .parties(
            PartyList.of(
                Party.of(committee, PartyKind.RESIDENTS_COMMITTEE, community),
                Party.of(department, PartyKind.GOVERNMENT_DEPARTMENT, HAIDIAN)))
        .deliberatingUnit(community)
        .hotlineCase(
            new HotlineCase.Builder()
                .ticketId(ticket)
                .receivedAt(at)
                .firstContact(committee)
                .addDepartments(department)
                .forwardedAt(at.plusSeconds(3600))
                .repliedAt(at.plusSeconds(2 * 3600))
                .build())
        .build();
  }

  /**
   * Reads the month's cases from their JSON Lines file.
   *
   * @return the records, in the order of the file
   */
  public static List<Deliberation> readRecords() {
    List<Deliberation> records = new ArrayList<>();
    try (InputStream in = open(CASES_FILE)) {
      JSON.lines(DocumentKind.RECORD).forEach(in, line -> records.add(line.value()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  /**
   * Reads the units from their JSON file.
   *
   * @return the jurisdiction
   */
  public static Jurisdiction readJurisdiction() {
    try (InputStream in = open(UNITS_FILE)) {
      return JSON.read(DocumentKind.JURISDICTION, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String name) {
    InputStream in = MonthlyThemeCase.class.getResourceAsStream(FOLDER + name);
    if (in == null) {
      throw new IllegalArgumentException("name: no file " + FOLDER + name);
    }
    return in;
  }

  /**
   * Prints the month's theme, in Chinese and in English: the classes of at least two cases by
   * community, the largest being the theme, then the same cases by sub-district.
   *
   * @param out where to write
   */
  public static void print(PrintStream out) {
    List<Deliberation> records = readRecords();
    Jurisdiction units = readJurisdiction();
    ZoneId zone = PROFILE.zone();
    RecurringIssues byCommunity = RecurringIssues.of(units, RecurringSettings.of(TierLevel.COMMUNITY, 2));
    RecurringIssues bySubDistrict = RecurringIssues.of(units, RecurringSettings.of(TierLevel.SUB_DISTRICT, 2));
    List<RecurringClass> classes = byCommunity.findInRecords(records, MONTH, zone);
    List<RecurringClass> wider = bySubDistrict.findInRecords(records, MONTH, zone);
    long inMonth =
        records.stream()
            .filter(r -> YearMonth.from(r.topic().raisedAt().atZone(zone)).equals(MONTH))
            .count();
    out.println("== 6 海淀 · 每月一题：2026年11月的12345热线诉求 / "
        + "Haidian · theme of the month: the 12345 hotline cases of November 2026 ==");
    out.println("profile: " + PROFILE.id() + ", " + MONTH + " in " + zone + ", " + records.size()
        + " cases read, " + inMonth + " received in the month");
    for (Locale locale : LOCALES) {
      boolean zh = LocalizedText.isChinese(locale);
      out.println(zh ? "-- 中文 --" : "-- English --");
      out.println(zh ? "按社区归类（同一事项至少2件）：" : "Classes by community (at least 2 cases of one matter):");
      print(out, classes, units, locale);
      if (!classes.isEmpty()) {
        RecurringClass theme = classes.get(0);
        out.println(
            zh
                ? "本月主题：" + unit(units, theme.unit(), locale) + "的" + matter(theme, locale) + "（"
                    + theme.count() + "件），从解决一个问题到解决一类问题。"
                : "Theme of the month: " + matter(theme, locale) + " in " + unit(units, theme.unit(), locale)
                    + " (" + theme.count() + " cases): from solving one case to solving the class.");
      }
      out.println(zh ? "按街道归类：" : "The same cases by sub-district:");
      print(out, wider, units, locale);
    }
    out.println();
  }

  private static void print(PrintStream out, List<RecurringClass> classes, Jurisdiction units, Locale locale) {
    boolean zh = LocalizedText.isChinese(locale);
    int rank = 0;
    for (RecurringClass c : classes) {
      rank++;
      List<String> tickets = new ArrayList<>();
      for (TopicId topic : c.topics()) {
        tickets.add(topic.value().substring("topic-".length()));
      }
      out.println(
          "  " + rank + ". " + matter(c, locale) + " · " + unit(units, c.unit(), locale)
              + (zh ? "：" + c.count() + "件 — " : ": " + c.count() + " cases — ")
              + String.join(", ", tickets));
    }
  }

  /** The class's catalogue entry, or its category, by name. */
  private static String matter(RecurringClass c, Locale locale) {
    Optional<CatalogueEntry> entry = c.catalogueEntry().flatMap(id -> PROFILE.catalogue().entry(id));
    if (entry.isPresent()) {
      return entry.get().name().in(locale);
    }
    String category =
        PROFILE.catalogue().category(c.category()).map(k -> k.name().in(locale)).orElse(c.category());
    return LocalizedText.isChinese(locale) ? category + "（未列入台账）" : category + " (no ledger entry)";
  }

  private static String unit(Jurisdiction units, UnitId id, Locale locale) {
    String name = units.unit(id).map(AdministrativeUnit::name).orElse(id.value());
    return LocalizedText.isChinese(locale) ? name + "（" + id + "）" : name + " (" + id + ")";
  }
}
