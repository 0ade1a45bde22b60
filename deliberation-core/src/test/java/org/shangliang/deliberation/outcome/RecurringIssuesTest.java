package org.shangliang.deliberation.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.SourceKind;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.topic.TopicSource;
import org.shangliang.deliberation.unit.UnitId;

/**
 * 每月一题 (DOMAIN.md, Beijing 接诉即办, seeds/001): topics of a period grouped into recurring classes
 * by catalogue entry (or category) and affected unit.
 */
class RecurringIssuesTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final UnitId B3 = UnitId.of("dianliu-1.b3");
  private static final UnitId B4 = UnitId.of("dianliu-1.b4");
  private static final UnitId B5 = UnitId.of("dianliu-1.b5");
  private static final String DAILY = TopicCategory.DAILY_LIFE_AND_DISPUTES;
  private static final String PUBLIC = TopicCategory.PUBLIC_AFFAIRS;
  private static final String POLICY = TopicCategory.CARRYING_OUT_POLICY;

  private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant UNTIL = Instant.parse("2026-12-01T00:00:00Z");

  private static Instant day(int d) {
    return FROM.plusSeconds((d - 1) * 86_400L);
  }

  private static Topic topic(String id, String category, String entry, Instant raisedAt, UnitId... units) {
    Topic.Builder b =
        new Topic.Builder()
            .id(TopicId.of(id))
            .title("议题 " + id)
            .category(category)
            .matterSize(MatterSize.MINOR)
            .source(TopicSource.hotline("T-" + id))
            .raisedAt(raisedAt)
            .addAffectedUnits(units);
    if (entry != null) {
      b.catalogueEntry(entry);
    }
    return b.build();
  }

  private static RecurringClass recurring(String category, String entry, UnitId unit, String... topicIds) {
    RecurringClass.Builder b = new RecurringClass.Builder().category(category).unit(unit);
    b.catalogueEntry(Optional.ofNullable(entry));
    for (String id : topicIds) {
      b.addTopic(TopicId.of(id));
    }
    return b.build();
  }

  @Test
  void groupsTopicsByCatalogueEntryAndAffectedUnit() {
    List<Topic> topics =
        List.of(
            topic("lift-1", PUBLIC, "lift", day(1), B3),
            topic("parking-1", PUBLIC, "parking", day(2), B3),
            topic("lift-2", PUBLIC, "lift", day(3), B4),
            topic("lift-3", PUBLIC, "lift", day(4), B3),
            topic("lift-4", PUBLIC, "lift", day(5), B4),
            topic("lift-5", PUBLIC, "lift", day(6), B3));

    assertThat(RecurringIssues.find(topics, FROM, UNTIL, 1))
        .containsExactly(
            recurring(PUBLIC, "lift", B3, "lift-1", "lift-3", "lift-5"),
            recurring(PUBLIC, "lift", B4, "lift-2", "lift-4"),
            recurring(PUBLIC, "parking", B3, "parking-1"));
  }

  @Test
  void groupsTopicsWithoutAnEntryByTheirCategoryApartFromThoseWithAnEntry() {
    List<Topic> topics =
        List.of(
            topic("noise-1", DAILY, null, day(1), B3),
            topic("noise-2", DAILY, null, day(2), B3),
            topic("pets-1", DAILY, "pets", day(3), B3),
            topic("repairs-1", PUBLIC, null, day(4), B3));

    List<RecurringClass> classes = RecurringIssues.find(topics, FROM, UNTIL, 1);

    assertThat(classes)
        .containsExactly(
            recurring(DAILY, null, B3, "noise-1", "noise-2"),
            recurring(DAILY, "pets", B3, "pets-1"),
            recurring(PUBLIC, null, B3, "repairs-1"));
    assertThat(classes.get(0).catalogueEntry()).isEmpty();
    assertThat(classes.get(0).count()).isEqualTo(2);
  }

  @Test
  void countsATopicAffectingTwoUnitsInBoth() {
    List<Topic> topics =
        List.of(
            topic("pipe-1", PUBLIC, "pipes", day(1), B3, B4),
            topic("pipe-2", PUBLIC, "pipes", day(2), B4));

    assertThat(RecurringIssues.find(topics, FROM, UNTIL, 1))
        .containsExactly(
            recurring(PUBLIC, "pipes", B4, "pipe-1", "pipe-2"),
            recurring(PUBLIC, "pipes", B3, "pipe-1"));
    assertThat(RecurringIssues.find(topics, FROM, UNTIL, 2))
        .containsExactly(recurring(PUBLIC, "pipes", B4, "pipe-1", "pipe-2"));
  }

  @Test
  void thePeriodIncludesItsStartAndExcludesItsEnd() {
    List<Topic> topics =
        List.of(
            topic("before-from", PUBLIC, "lift", FROM.minusNanos(1), B3),
            topic("at-from", PUBLIC, "lift", FROM, B3),
            topic("before-until", PUBLIC, "lift", UNTIL.minusNanos(1), B3),
            topic("at-until", PUBLIC, "lift", UNTIL, B3),
            topic("after-until", PUBLIC, "lift", UNTIL.plusSeconds(1), B3));

    assertThat(RecurringIssues.find(topics, FROM, UNTIL, 1))
        .containsExactly(recurring(PUBLIC, "lift", B3, "at-from", "before-until"));
  }

  @Test
  void anEmptyPeriodFindsNothing() {
    List<Topic> topics = List.of(topic("at-from", PUBLIC, "lift", FROM, B3));
    assertThat(RecurringIssues.find(topics, FROM, FROM, 1)).isEmpty();
    assertThat(RecurringIssues.find(List.of(), FROM, UNTIL, 1)).isEmpty();
  }

  @Test
  void minCountDropsSmallerClassesAndKeepsClassesOfExactlyThatSize() {
    List<Topic> topics =
        List.of(
            topic("lift-1", PUBLIC, "lift", day(1), B3),
            topic("lift-2", PUBLIC, "lift", day(2), B3),
            topic("lift-3", PUBLIC, "lift", day(3), B3),
            topic("parking-1", PUBLIC, "parking", day(4), B3),
            topic("parking-2", PUBLIC, "parking", day(5), B3),
            topic("noise-1", DAILY, "noise", day(6), B3));

    assertThat(RecurringIssues.find(topics, FROM, UNTIL, 1)).hasSize(3);
    assertThat(RecurringIssues.find(topics, FROM, UNTIL, 2))
        .extracting(c -> c.catalogueEntry().orElseThrow())
        .containsExactly("lift", "parking");
    assertThat(RecurringIssues.find(topics, FROM, UNTIL, 3))
        .extracting(c -> c.catalogueEntry().orElseThrow())
        .containsExactly("lift");
    assertThat(RecurringIssues.find(topics, FROM, UNTIL, 4)).isEmpty();
  }

  @Test
  void ranksLargestFirstThenByCategoryThenEntryThenUnit() {
    List<Topic> topics = new ArrayList<>();
    // ties of two each, given out of the expected order, then the largest class (three) raised
    // last, so neither input order nor raised order can explain the ranking
    int n = 0;
    Object[][] pairs = {
      {PUBLIC, "lift", B4},
      {PUBLIC, "lift", B3},
      {PUBLIC, null, B5},
      {DAILY, "pets", B3},
      {DAILY, "noise", B5},
      {DAILY, "noise", B4},
      {DAILY, null, B3},
      {POLICY, "garbage-sorting", B5},
    };
    for (Object[] pair : pairs) {
      for (int k = 0; k < 2; k++) {
        n++;
        topics.add(topic("t" + n, (String) pair[0], (String) pair[1], day(n), (UnitId) pair[2]));
      }
    }
    for (int k = 0; k < 3; k++) {
      n++;
      topics.add(topic("t" + n, PUBLIC, "parking", day(n), B5));
    }

    assertThat(RecurringIssues.find(topics, FROM, UNTIL, 1))
        .extracting(c -> c.count() + " " + c.category() + " " + c.catalogueEntry().orElse("-") + " " + c.unit())
        .containsExactly(
            "3 public-affairs parking dianliu-1.b5",
            "2 carrying-out-policy garbage-sorting dianliu-1.b5",
            "2 daily-life-and-disputes - dianliu-1.b3",
            "2 daily-life-and-disputes noise dianliu-1.b4",
            "2 daily-life-and-disputes noise dianliu-1.b5",
            "2 daily-life-and-disputes pets dianliu-1.b3",
            "2 public-affairs - dianliu-1.b5",
            "2 public-affairs lift dianliu-1.b3",
            "2 public-affairs lift dianliu-1.b4");
  }

  @Test
  void listsTheTopicsOfAClassInTheOrderTheyWereRaisedThenById() {
    List<Topic> topics =
        List.of(
            topic("c", PUBLIC, "lift", day(3), B3),
            topic("b", PUBLIC, "lift", day(1), B3),
            topic("z", PUBLIC, "lift", day(2), B3),
            topic("a", PUBLIC, "lift", day(2), B3));

    assertThat(RecurringIssues.find(topics, FROM, UNTIL, 1))
        .singleElement()
        .extracting(RecurringClass::topics)
        .isEqualTo(List.of(TopicId.of("b"), TopicId.of("a"), TopicId.of("z"), TopicId.of("c")));
  }

  @Test
  void theResultIsTheSameWhateverTheOrderOfTheInput() {
    List<Topic> topics =
        List.of(
            topic("lift-1", PUBLIC, "lift", day(1), B3, B4),
            topic("noise-1", DAILY, null, day(2), B4),
            topic("lift-2", PUBLIC, "lift", day(3), B3),
            topic("noise-2", DAILY, null, day(4), B4));
    List<Topic> reversed = new ArrayList<>(topics);
    java.util.Collections.reverse(reversed);

    assertThat(RecurringIssues.find(reversed, FROM, UNTIL, 1))
        .isEqualTo(RecurringIssues.find(topics, FROM, UNTIL, 1));
  }

  @Test
  void theMonthOverloadCountsTheMonthInTheGivenZone() {
    // 2026-10-31T17:00Z is 2026-11-01 01:00 in Shanghai; 2026-11-30T16:00Z is 2026-12-01 00:00 there
    List<Topic> topics =
        List.of(
            topic("late-october-utc", PUBLIC, "lift", Instant.parse("2026-10-31T17:00:00Z"), B3),
            topic("last-minute-of-november", PUBLIC, "lift", Instant.parse("2026-11-30T15:59:59Z"), B3),
            topic("first-instant-of-december", PUBLIC, "lift", Instant.parse("2026-11-30T16:00:00Z"), B3));

    assertThat(RecurringIssues.find(topics, YearMonth.of(2026, 11), SHANGHAI, 1))
        .containsExactly(recurring(PUBLIC, "lift", B3, "late-october-utc", "last-minute-of-november"));
    assertThat(RecurringIssues.find(topics, YearMonth.of(2026, 10), SHANGHAI, 1)).isEmpty();
    assertThat(RecurringIssues.find(topics, YearMonth.of(2026, 12), SHANGHAI, 1))
        .containsExactly(recurring(PUBLIC, "lift", B3, "first-instant-of-december"));

    // counted in UTC instead, the first topic falls in October
    assertThat(RecurringIssues.find(topics, YearMonth.of(2026, 10), ZoneOffset.UTC, 1))
        .containsExactly(recurring(PUBLIC, "lift", B3, "late-october-utc"));
  }

  @Test
  void theMonthOverloadAgreesWithThePeriodOfThatMonth() {
    List<Topic> topics =
        List.of(
            topic("a", PUBLIC, "lift", Instant.parse("2026-10-31T16:00:00Z"), B3),
            topic("b", PUBLIC, "lift", Instant.parse("2026-10-31T15:59:59Z"), B3));
    Instant from = Instant.parse("2026-10-31T16:00:00Z");
    Instant until = Instant.parse("2026-11-30T16:00:00Z");

    assertThat(RecurringIssues.find(topics, YearMonth.of(2026, 11), SHANGHAI, 1))
        .isEqualTo(RecurringIssues.find(topics, from, until, 1))
        .containsExactly(recurring(PUBLIC, "lift", B3, "a"));
  }

  @Test
  void rejectsAMinCountBelowOneNamingIt() {
    List<Topic> topics = List.of(topic("lift-1", PUBLIC, "lift", day(1), B3));
    assertThatThrownBy(() -> RecurringIssues.find(topics, FROM, UNTIL, 0))
        .isInstanceOf(org.shangliang.deliberation.InvalidModelException.class)
        .hasMessageStartingWith("minCount: ")
        .hasMessageContaining("was 0");
    assertThatThrownBy(() -> RecurringIssues.find(topics, FROM, UNTIL, -3))
        .isInstanceOf(org.shangliang.deliberation.InvalidModelException.class)
        .hasMessageStartingWith("minCount: ")
        .hasMessageContaining("was -3");
    assertThatThrownBy(() -> RecurringIssues.find(topics, YearMonth.of(2026, 11), SHANGHAI, 0))
        .isInstanceOf(org.shangliang.deliberation.InvalidModelException.class)
        .hasMessageStartingWith("minCount: ");
  }

  @Test
  void rejectsAnEndBeforeTheStartNamingIt() {
    List<Topic> topics = List.of(topic("lift-1", PUBLIC, "lift", day(1), B3));
    assertThatThrownBy(() -> RecurringIssues.find(topics, UNTIL, FROM, 1))
        .isInstanceOf(org.shangliang.deliberation.InvalidModelException.class)
        .hasMessageStartingWith("until: ")
        .hasMessageContaining(FROM.toString())
        .hasMessageContaining(UNTIL.toString());
  }

  @Test
  void returnsAnUnmodifiableList() {
    List<RecurringClass> classes =
        RecurringIssues.find(List.of(topic("lift-1", PUBLIC, "lift", day(1), B3)), FROM, UNTIL, 1);
    assertThatThrownBy(() -> classes.add(classes.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsTheSameTopicGivenTwice() {
    Topic parking = topic("t1", PUBLIC, "parking", day(2), B5);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> RecurringIssues.find(List.of(parking, parking), FROM, UNTIL, 1))
        .isInstanceOf(org.shangliang.deliberation.InvalidModelException.class)
        .hasMessage("topics[1].id: duplicate, was t1");
  }
}
