package org.shangliang.deliberation.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.SourceKind;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.topic.TopicSource;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;

/**
 * 每月一题: the topics of a period grouped into classes of cases by catalogue entry (or category) and
 * the unit their affected units roll up to, ranked by size.
 */
class RecurringIssuesTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final UnitId DISTRICT = UnitId.of("haidian");
  private static final UnitId HUAYUANLU = UnitId.of("huayuanlu");
  private static final UnitId XUEYUANLU = UnitId.of("xueyuanlu");
  private static final UnitId HONGLIU = UnitId.of("hongliu");
  private static final UnitId BEIHANG = UnitId.of("beihang");
  private static final UnitId SHIDA = UnitId.of("shida");
  private static final UnitId B1 = UnitId.of("hongliu.b1");
  private static final UnitId B2 = UnitId.of("hongliu.b2");
  private static final UnitId B3 = UnitId.of("beihang.b3");
  private static final UnitId B4 = UnitId.of("shida.b4");
  /** A building straight under a sub-district: the jurisdiction skips the community level there. */
  private static final UnitId LONE = UnitId.of("xueyuanlu.lone");
  /** A community that is a root of its own tree. */
  private static final UnitId ISLAND = UnitId.of("island");
  private static final UnitId ISLAND_B = UnitId.of("island.b");
  private static final UnitId UNKNOWN = UnitId.of("nowhere.b9");

  private static final Jurisdiction UNITS =
      Jurisdiction.of(
          AdministrativeUnit.root(DISTRICT, TierLevel.DISTRICT, "海淀区"),
          AdministrativeUnit.of(HUAYUANLU, TierLevel.SUB_DISTRICT, "花园路街道", DISTRICT),
          AdministrativeUnit.of(XUEYUANLU, TierLevel.SUB_DISTRICT, "学院路街道", DISTRICT),
          AdministrativeUnit.of(HONGLIU, TierLevel.COMMUNITY, "红柳社区", HUAYUANLU),
          AdministrativeUnit.of(BEIHANG, TierLevel.COMMUNITY, "北航社区", HUAYUANLU),
          AdministrativeUnit.of(SHIDA, TierLevel.COMMUNITY, "石大社区", XUEYUANLU),
          AdministrativeUnit.of(B1, TierLevel.COURTYARD, "1号楼", HONGLIU),
          AdministrativeUnit.of(B2, TierLevel.COURTYARD, "2号楼", HONGLIU),
          AdministrativeUnit.of(B3, TierLevel.COURTYARD, "3号楼", BEIHANG),
          AdministrativeUnit.of(B4, TierLevel.COURTYARD, "4号楼", SHIDA),
          AdministrativeUnit.of(LONE, TierLevel.COURTYARD, "独楼", XUEYUANLU),
          AdministrativeUnit.root(ISLAND, TierLevel.COMMUNITY, "飞地社区"),
          AdministrativeUnit.of(ISLAND_B, TierLevel.COURTYARD, "飞地1号楼", ISLAND));

  private static final String DAILY = TopicCategory.DAILY_LIFE_AND_DISPUTES;
  private static final String PUBLIC = TopicCategory.PUBLIC_AFFAIRS;
  private static final String POLICY = TopicCategory.CARRYING_OUT_POLICY;

  private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant UNTIL = Instant.parse("2026-12-01T00:00:00Z");

  private static Instant day(int d) {
    return FROM.plusSeconds((d - 1) * 86_400L);
  }

  private static Topic topic(String id, String category, String entry, Instant raisedAt, UnitId... units) {
    return topic(id, category, entry, raisedAt, TopicSource.hotline("T-" + id), units);
  }

  private static Topic topic(
      String id, String category, String entry, Instant raisedAt, TopicSource source, UnitId... units) {
    Topic.Builder b =
        new Topic.Builder()
            .id(TopicId.of(id))
            .title("议题 " + id)
            .category(category)
            .matterSize(MatterSize.MINOR)
            .source(source)
            .raisedAt(raisedAt)
            .addAffectedUnits(units);
    if (entry != null) {
      b.catalogueEntry(entry);
    }
    return b.build();
  }

  private static RecurringIssues at(TierLevel level, int minCount) {
    return RecurringIssues.of(UNITS, RecurringSettings.of(level, minCount));
  }

  private static List<RecurringClass> find(TierLevel level, int minCount, List<Topic> topics) {
    return at(level, minCount).find(topics, FROM, UNTIL);
  }

  /** A class as "count category entry unit: topics", for compact assertions. */
  private static String show(RecurringClass c) {
    return c.count() + " " + c.category() + " " + c.catalogueEntry().orElse("-") + " " + c.unit()
        + ": " + String.join(",", c.topics().stream().map(TopicId::value).toList());
  }

  @Test
  void groupsTheSameComplaintFromTwoBuildingsOfOneCommunityIntoOneClass() {
    List<Topic> topics =
        List.of(
            topic("lift-b1", PUBLIC, "lift", day(1), B1),
            topic("lift-b2", PUBLIC, "lift", day(2), B2));

    List<RecurringClass> classes = RecurringIssues.of(UNITS).find(topics, FROM, UNTIL);

    assertThat(classes).extracting(RecurringIssuesTest::show)
        .containsExactly("2 public-affairs lift hongliu: lift-b1,lift-b2");
    assertThat(classes.get(0).unitLevel()).contains(TierLevel.COMMUNITY);
  }

  @Test
  void theLevelChosenChangesTheGrouping() {
    List<Topic> topics =
        List.of(
            topic("lift-b1", PUBLIC, "lift", day(1), B1),
            topic("lift-b2", PUBLIC, "lift", day(2), B2),
            topic("lift-b3", PUBLIC, "lift", day(3), B3),
            topic("lift-b4", PUBLIC, "lift", day(4), B4));

    assertThat(find(TierLevel.COURTYARD, 1, topics)).extracting(RecurringIssuesTest::show)
        .containsExactly(
            "1 public-affairs lift beihang.b3: lift-b3",
            "1 public-affairs lift hongliu.b1: lift-b1",
            "1 public-affairs lift hongliu.b2: lift-b2",
            "1 public-affairs lift shida.b4: lift-b4");
    assertThat(find(TierLevel.COMMUNITY, 1, topics)).extracting(RecurringIssuesTest::show)
        .containsExactly(
            "2 public-affairs lift hongliu: lift-b1,lift-b2",
            "1 public-affairs lift beihang: lift-b3",
            "1 public-affairs lift shida: lift-b4");
    assertThat(find(TierLevel.SUB_DISTRICT, 1, topics)).extracting(RecurringIssuesTest::show)
        .containsExactly(
            "3 public-affairs lift huayuanlu: lift-b1,lift-b2,lift-b3",
            "1 public-affairs lift xueyuanlu: lift-b4");
    assertThat(find(TierLevel.DISTRICT, 1, topics)).extracting(RecurringIssuesTest::show)
        .containsExactly("4 public-affairs lift haidian: lift-b1,lift-b2,lift-b3,lift-b4");
    assertThat(find(TierLevel.CITY, 1, topics)).extracting(RecurringIssuesTest::show)
        .as("no city above the district: the root is the highest unit containing them")
        .containsExactly("4 public-affairs lift haidian: lift-b1,lift-b2,lift-b3,lift-b4");
  }

  @Test
  void keepsDifferentCatalogueEntriesApart() {
    List<Topic> topics =
        List.of(
            topic("lift-b1", PUBLIC, "lift", day(1), B1),
            topic("parking-b1", PUBLIC, "parking", day(2), B1),
            topic("parking-b2", PUBLIC, "parking", day(3), B2));

    assertThat(find(TierLevel.COMMUNITY, 1, topics)).extracting(RecurringIssuesTest::show)
        .containsExactly(
            "2 public-affairs parking hongliu: parking-b1,parking-b2",
            "1 public-affairs lift hongliu: lift-b1");
  }

  @Test
  void groupsTopicsWithoutAnEntryByTheirCategoryApartFromThoseWithAnEntry() {
    List<Topic> topics =
        List.of(
            topic("noise-b1", DAILY, null, day(1), B1),
            topic("noise-b2", DAILY, null, day(2), B2),
            topic("pets-b1", DAILY, "pets", day(3), B1),
            topic("repairs-b1", PUBLIC, null, day(4), B1));

    List<RecurringClass> classes = find(TierLevel.COMMUNITY, 1, topics);

    assertThat(classes).extracting(RecurringIssuesTest::show)
        .containsExactly(
            "2 daily-life-and-disputes - hongliu: noise-b1,noise-b2",
            "1 daily-life-and-disputes pets hongliu: pets-b1",
            "1 public-affairs - hongliu: repairs-b1");
    assertThat(classes.get(0).catalogueEntry()).isEmpty();
  }

  @Test
  void countsATopicOnceInEachUnitItRollsUpTo() {
    List<Topic> topics =
        List.of(
            topic("pipes-b1-b2", PUBLIC, "pipes", day(1), B1, B2),
            topic("pipes-b1-b3", PUBLIC, "pipes", day(2), B1, B3),
            topic("pipes-b3", PUBLIC, "pipes", day(3), B3));

    assertThat(find(TierLevel.COMMUNITY, 1, topics)).extracting(RecurringIssuesTest::show)
        .as("b1 and b2 are one community: counted once there; b1 and b3 are two: counted in both")
        .containsExactly(
            "2 public-affairs pipes beihang: pipes-b1-b3,pipes-b3",
            "2 public-affairs pipes hongliu: pipes-b1-b2,pipes-b1-b3");
    assertThat(find(TierLevel.SUB_DISTRICT, 1, topics)).extracting(RecurringIssuesTest::show)
        .containsExactly("3 public-affairs pipes huayuanlu: pipes-b1-b2,pipes-b1-b3,pipes-b3");
  }

  @Test
  void mergesTopicsFromEverySourceAlikeAndListsTheSources() {
    List<Topic> topics =
        List.of(
            topic("hotline", PUBLIC, "parking", day(1), TopicSource.hotline("12345-0001"), B1),
            topic("proposal", PUBLIC, "parking", day(2), TopicSource.of(SourceKind.RESIDENT_PROPOSAL), B2),
            topic("grid", PUBLIC, "parking", day(3), TopicSource.of(SourceKind.GRID_INSPECTION), B1));

    List<RecurringClass> classes = find(TierLevel.COMMUNITY, 1, topics);

    assertThat(classes).extracting(RecurringIssuesTest::show)
        .containsExactly("3 public-affairs parking hongliu: hotline,proposal,grid");
    assertThat(classes.get(0).sources())
        .containsExactly(
            SourceKind.RESIDENT_PROPOSAL, SourceKind.HOTLINE_12345, SourceKind.GRID_INSPECTION);
  }

  @Test
  void keepsAUnitAtOrAboveTheLevelAsItIs() {
    List<Topic> topics =
        List.of(
            topic("whole-sub-district", PUBLIC, "lift", day(1), HUAYUANLU),
            topic("b1", PUBLIC, "lift", day(2), B1));

    assertThat(find(TierLevel.COMMUNITY, 1, topics)).extracting(RecurringIssuesTest::show)
        .containsExactly(
            "1 public-affairs lift hongliu: b1",
            "1 public-affairs lift huayuanlu: whole-sub-district");
  }

  @Test
  void rollsAUnitUpToTheFirstAncestorAboveALevelTheJurisdictionSkips() {
    List<Topic> topics = List.of(topic("lone", PUBLIC, "lift", day(1), LONE));

    List<RecurringClass> classes = find(TierLevel.COMMUNITY, 1, topics);

    assertThat(classes).extracting(RecurringIssuesTest::show)
        .containsExactly("1 public-affairs lift xueyuanlu: lone");
    assertThat(classes.get(0).unitLevel()).contains(TierLevel.SUB_DISTRICT);
    assertThat(at(TierLevel.COMMUNITY, 1).rollUp(LONE)).isEqualTo(XUEYUANLU);
  }

  @Test
  void rollsAUnitWhoseTreeEndsBelowTheLevelUpToItsRoot() {
    List<Topic> topics = List.of(topic("island", PUBLIC, "lift", day(1), ISLAND_B));

    List<RecurringClass> classes = find(TierLevel.DISTRICT, 1, topics);

    assertThat(classes).extracting(RecurringIssuesTest::show)
        .containsExactly("1 public-affairs lift island: island");
    assertThat(classes.get(0).unitLevel()).contains(TierLevel.COMMUNITY);
  }

  @Test
  void keepsAUnitOutsideTheJurisdictionAsItIsWithoutALevel() {
    List<Topic> topics =
        List.of(
            topic("unknown-1", PUBLIC, "lift", day(1), UNKNOWN),
            topic("unknown-2", PUBLIC, "lift", day(2), UNKNOWN, B1));

    List<RecurringClass> classes = find(TierLevel.DISTRICT, 1, topics);

    assertThat(classes).extracting(RecurringIssuesTest::show)
        .containsExactly(
            "2 public-affairs lift nowhere.b9: unknown-1,unknown-2",
            "1 public-affairs lift haidian: unknown-2");
    assertThat(classes.get(0).unitLevel()).isEmpty();
    assertThat(classes.get(1).unitLevel()).contains(TierLevel.DISTRICT);
    assertThat(RecurringIssues.of(Jurisdiction.of(List.of())).find(topics, FROM, UNTIL))
        .extracting(RecurringIssuesTest::show)
        .containsExactly("2 public-affairs lift nowhere.b9: unknown-1,unknown-2");
    assertThat(at(TierLevel.DISTRICT, 1).rollUp(UNKNOWN)).isEqualTo(UNKNOWN);
  }

  @Test
  void thePeriodIncludesItsStartAndExcludesItsEnd() {
    List<Topic> topics =
        List.of(
            topic("before-from", PUBLIC, "lift", FROM.minusNanos(1), B1),
            topic("at-from", PUBLIC, "lift", FROM, B1),
            topic("before-until", PUBLIC, "lift", UNTIL.minusNanos(1), B1),
            topic("at-until", PUBLIC, "lift", UNTIL, B1),
            topic("after-until", PUBLIC, "lift", UNTIL.plusSeconds(1), B1));

    assertThat(find(TierLevel.COMMUNITY, 1, topics)).extracting(RecurringIssuesTest::show)
        .containsExactly("2 public-affairs lift hongliu: at-from,before-until");
    assertThat(at(TierLevel.COMMUNITY, 1).find(topics, FROM, FROM)).isEmpty();
    assertThat(at(TierLevel.COMMUNITY, 1).find(List.of(), FROM, UNTIL)).isEmpty();
  }

  @Test
  void minCountDropsSmallerClassesAndKeepsClassesOfExactlyThatSize() {
    List<Topic> topics =
        List.of(
            topic("lift-1", PUBLIC, "lift", day(1), B1),
            topic("lift-2", PUBLIC, "lift", day(2), B2),
            topic("lift-3", PUBLIC, "lift", day(3), B1),
            topic("parking-1", PUBLIC, "parking", day(4), B1),
            topic("parking-2", PUBLIC, "parking", day(5), B1),
            topic("noise-1", DAILY, "noise", day(6), B1));

    assertThat(find(TierLevel.COMMUNITY, 1, topics)).hasSize(3);
    assertThat(RecurringIssues.of(UNITS).find(topics, FROM, UNTIL))
        .as("by default a class needs two topics")
        .extracting(c -> c.catalogueEntry().orElseThrow())
        .containsExactly("lift", "parking");
    assertThat(find(TierLevel.COMMUNITY, 3, topics))
        .extracting(c -> c.catalogueEntry().orElseThrow())
        .containsExactly("lift");
    assertThat(find(TierLevel.COMMUNITY, 4, topics)).isEmpty();
  }

  @Test
  void ranksLargestFirstThenByCategoryThenEntryWithoutAnEntryFirstThenUnit() {
    List<Topic> topics = new ArrayList<>();
    // ties of two each, given out of the expected order, then the largest class (three) raised
    // last, so neither input order nor raised order can explain the ranking
    int n = 0;
    Object[][] pairs = {
      {PUBLIC, "lift", B3},
      {PUBLIC, "lift", B1},
      {PUBLIC, null, B4},
      {DAILY, "pets", B1},
      {DAILY, "noise", B4},
      {DAILY, "noise", B3},
      {DAILY, null, B1},
      {POLICY, "garbage-sorting", B4},
    };
    for (Object[] pair : pairs) {
      for (int k = 0; k < 2; k++) {
        n++;
        topics.add(topic("t" + n, (String) pair[0], (String) pair[1], day(n), (UnitId) pair[2]));
      }
    }
    for (int k = 0; k < 3; k++) {
      n++;
      topics.add(topic("t" + n, PUBLIC, "parking", day(n), B4));
    }

    assertThat(find(TierLevel.COMMUNITY, 1, topics))
        .extracting(c -> c.count() + " " + c.category() + " " + c.catalogueEntry().orElse("-") + " " + c.unit())
        .containsExactly(
            "3 public-affairs parking shida",
            "2 carrying-out-policy garbage-sorting shida",
            "2 daily-life-and-disputes - hongliu",
            "2 daily-life-and-disputes noise beihang",
            "2 daily-life-and-disputes noise shida",
            "2 daily-life-and-disputes pets hongliu",
            "2 public-affairs - shida",
            "2 public-affairs lift beihang",
            "2 public-affairs lift hongliu");
  }

  @Test
  void listsTheTopicsOfAClassInTheOrderTheyWereRaisedThenById() {
    List<Topic> topics =
        List.of(
            topic("c", PUBLIC, "lift", day(3), B1),
            topic("b", PUBLIC, "lift", day(1), B2),
            topic("z", PUBLIC, "lift", day(2), B1),
            topic("a", PUBLIC, "lift", day(2), B2));

    assertThat(find(TierLevel.COMMUNITY, 1, topics))
        .singleElement()
        .extracting(RecurringClass::topics)
        .isEqualTo(List.of(TopicId.of("b"), TopicId.of("a"), TopicId.of("z"), TopicId.of("c")));
  }

  @Test
  void theResultIsTheSameWhateverTheOrderOfTheInput() {
    List<Topic> topics =
        List.of(
            topic("lift-1", PUBLIC, "lift", day(1), B1, B3),
            topic("noise-1", DAILY, null, day(2), B3),
            topic("lift-2", PUBLIC, "lift", day(3), B2),
            topic("noise-2", DAILY, null, day(4), B3));
    List<Topic> reversed = new ArrayList<>(topics);
    Collections.reverse(reversed);

    assertThat(find(TierLevel.COMMUNITY, 1, reversed)).isEqualTo(find(TierLevel.COMMUNITY, 1, topics));
  }

  @Test
  void findsTheSameClassesInRecordsAsInTheirTopicsCountingASharedTopicOnce() {
    Topic lift1 = topic("lift-1", PUBLIC, "lift", day(1), B1);
    Topic lift2 = topic("lift-2", PUBLIC, "lift", day(2), B2);
    List<Deliberation> records =
        List.of(record("d-1", lift1), record("d-2", lift2), record("d-1-again", lift1));
    RecurringIssues issues = RecurringIssues.of(UNITS);

    assertThat(issues.findInRecords(records, FROM, UNTIL))
        .isEqualTo(issues.find(List.of(lift1, lift2), FROM, UNTIL))
        .extracting(RecurringIssuesTest::show)
        .containsExactly("2 public-affairs lift hongliu: lift-1,lift-2");
    assertThat(issues.findInRecords(records, YearMonth.of(2026, 11), ZoneOffset.UTC))
        .isEqualTo(issues.find(List.of(lift1, lift2), FROM, UNTIL));
  }

  @Test
  void rejectsTwoRecordsHoldingDifferentTopicsUnderOneId() {
    Topic lift = topic("lift-1", PUBLIC, "lift", day(1), B1);
    Topic other = topic("lift-1", PUBLIC, "parking", day(1), B1);
    assertThatThrownBy(
            () -> RecurringIssues.of(UNITS)
                .findInRecords(List.of(record("d-1", lift), record("d-2", other)), FROM, UNTIL))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("records[1].topic.id: ")
        .hasMessageContaining("lift-1");
    assertThatThrownBy(
            () -> RecurringIssues.of(UNITS)
                .findInRecords(List.of(record("d-1", lift), record("d-1", lift)), FROM, UNTIL))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("records[1].id: duplicate, was d-1");
  }

  private static Deliberation record(String id, Topic topic) {
    return new Deliberation.Builder()
        .id(DeliberationId.of(id))
        .topic(topic)
        .parties(PartyList.of(Party.of(PartyId.of("rc"), PartyKind.RESIDENTS_COMMITTEE, HONGLIU)))
        .deliberatingUnit(HONGLIU)
        .build();
  }

  @Test
  void theMonthFormCountsTheMonthInTheGivenZone() {
    // 2026-10-31T17:00Z is 2026-11-01 01:00 in Shanghai; 2026-11-30T16:00Z is 2026-12-01 00:00 there
    List<Topic> topics =
        List.of(
            topic("late-october-utc", PUBLIC, "lift", Instant.parse("2026-10-31T17:00:00Z"), B1),
            topic("last-minute-of-november", PUBLIC, "lift", Instant.parse("2026-11-30T15:59:59Z"), B1),
            topic("first-instant-of-december", PUBLIC, "lift", Instant.parse("2026-11-30T16:00:00Z"), B1));
    RecurringIssues issues = at(TierLevel.COMMUNITY, 1);

    assertThat(issues.find(topics, YearMonth.of(2026, 11), SHANGHAI)).extracting(RecurringIssuesTest::show)
        .containsExactly("2 public-affairs lift hongliu: late-october-utc,last-minute-of-november");
    assertThat(issues.find(topics, YearMonth.of(2026, 10), SHANGHAI)).isEmpty();
    assertThat(issues.find(topics, YearMonth.of(2026, 12), SHANGHAI)).extracting(RecurringIssuesTest::show)
        .containsExactly("1 public-affairs lift hongliu: first-instant-of-december");
    assertThat(issues.find(topics, YearMonth.of(2026, 10), ZoneOffset.UTC)).extracting(RecurringIssuesTest::show)
        .as("counted in UTC instead, the first topic falls in October")
        .containsExactly("1 public-affairs lift hongliu: late-october-utc");
    assertThat(issues.find(topics, YearMonth.of(2026, 11), SHANGHAI))
        .isEqualTo(
            issues.find(
                topics, Instant.parse("2026-10-31T16:00:00Z"), Instant.parse("2026-11-30T16:00:00Z")));
  }

  @Test
  void rejectsAMinCountBelowOneNamingIt() {
    assertThatThrownBy(() -> RecurringSettings.of(TierLevel.COMMUNITY, 0))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("minCount: must be at least 1, was 0");
    assertThatThrownBy(() -> new RecurringSettings.Builder().minCount(-3).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("minCount: must be at least 1, was -3");
    assertThat(RecurringSettings.defaults().minCount()).isEqualTo(2);
    assertThat(RecurringSettings.defaults().level()).isEqualTo(TierLevel.COMMUNITY);
  }

  @Test
  void rejectsAnEndBeforeTheStartNamingIt() {
    List<Topic> topics = List.of(topic("lift-1", PUBLIC, "lift", day(1), B1));
    assertThatThrownBy(() -> RecurringIssues.of(UNITS).find(topics, UNTIL, FROM))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("until: ")
        .hasMessageContaining(FROM.toString())
        .hasMessageContaining(UNTIL.toString());
  }

  @Test
  void rejectsTheSameTopicGivenTwice() {
    Topic parking = topic("t1", PUBLIC, "parking", day(2), B4);
    assertThatThrownBy(() -> RecurringIssues.of(UNITS).find(List.of(parking, parking), FROM, UNTIL))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("topics[1].id: duplicate, was t1");
  }

  @Test
  void returnsAnUnmodifiableList() {
    List<RecurringClass> classes =
        find(TierLevel.COMMUNITY, 1, List.of(topic("lift-1", PUBLIC, "lift", day(1), B1)));
    assertThatThrownBy(() -> classes.add(classes.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aClassNeedsATopicAndNamesItsFields() {
    assertThatThrownBy(
            () -> new RecurringClass.Builder().category(PUBLIC).unit(B1).catalogueEntry(Optional.empty()).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("topics: ");
  }

  @Test
  void classUnitsRollsEachAffectedUnitUpOnceInTheirOrder() {
    Topic topic = topic("many", PUBLIC, "lift", day(1), B3, B1, UNKNOWN, B2, HONGLIU, LONE);

    assertThat(at(TierLevel.COMMUNITY, 1).classUnits(topic))
        .containsExactly(BEIHANG, HONGLIU, UNKNOWN, XUEYUANLU);
    assertThat(at(TierLevel.DISTRICT, 1).classUnits(topic)).containsExactly(DISTRICT, UNKNOWN);
    assertThat(at(TierLevel.COURTYARD, 1).classUnits(topic))
        .containsExactly(B3, B1, UNKNOWN, B2, HONGLIU, LONE);
    assertThatThrownBy(() -> at(TierLevel.COMMUNITY, 1).classUnits(null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("topic: ");
  }

  @Test
  void countingTheDistinctTopicsOfEachClassUnitKeyGivesTheClassesFound() {
    List<Topic> topics =
        List.of(
            topic("a", PUBLIC, "lift", day(1), B1, B2),
            topic("b", PUBLIC, "lift", day(2), B2, B3),
            topic("c", PUBLIC, null, day(3), B1),
            topic("d", PUBLIC, "lift", day(4), LONE, UNKNOWN),
            topic("e", DAILY, "lift", day(5), B4),
            topic("f", PUBLIC, "lift", day(6), B4, UNKNOWN),
            topic("g", PUBLIC, "lift", day(7), ISLAND_B));
    for (TierLevel level : TierLevel.values()) {
      for (int minCount = 1; minCount <= 2; minCount++) {
        RecurringIssues search = at(level, minCount);
        java.util.Map<String, Integer> counted = new java.util.TreeMap<>();
        for (Topic topic : topics) {
          for (UnitId unit : search.classUnits(topic)) {
            counted.merge(
                topic.category() + " " + topic.catalogueEntry().orElse("-") + " " + unit, 1, Integer::sum);
          }
        }
        final int least = minCount;
        counted.values().removeIf(n -> n < least);
        java.util.Map<String, Integer> found = new java.util.TreeMap<>();
        for (RecurringClass c : search.find(topics, FROM, UNTIL)) {
          found.put(c.category() + " " + c.catalogueEntry().orElse("-") + " " + c.unit(), c.count());
        }
        assertThat(counted).as("%s, at least %d", level, minCount).isEqualTo(found).isNotEmpty();
      }
    }
  }
}
