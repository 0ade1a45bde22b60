package org.shangliang.deliberation.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
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
 * Any month may be asked for: the first and last months of the years 1 to 9999 find their topics,
 * a month beyond them holds none, and none of them makes the search throw.
 */
class RecurringClassesAtTheBoundsTest {
  private static final UnitId B3 = UnitId.of("dianliu-1.b3");
  private static final RecurringIssues ISSUES =
      RecurringIssues.of(
          Jurisdiction.of(AdministrativeUnit.root(B3, TierLevel.COURTYARD, "3号楼")),
          RecurringSettings.of(TierLevel.COMMUNITY, 1));

  private static Topic topic(String id, Instant raisedAt) {
    return new Topic.Builder()
        .id(TopicId.of(id))
        .title("加装电梯")
        .category(TopicCategory.PUBLIC_AFFAIRS)
        .catalogueEntry("lift")
        .matterSize(MatterSize.MAJOR)
        .addAffectedUnits(B3)
        .source(TopicSource.of(SourceKind.RESIDENT_PROPOSAL))
        .raisedAt(raisedAt)
        .build();
  }

  private static final List<Topic> TOPICS =
      List.of(
          topic("first", Instant.parse("0001-01-01T00:00:00Z")),
          topic("last", Instant.parse("9999-12-31T23:59:59.999999999Z")));

  @Test
  void findsTopicsInTheFirstAndLastMonthsOfTheYearsOneTo9999() {
    assertThat(ISSUES.find(TOPICS, YearMonth.of(1, 1), ZoneOffset.UTC))
        .extracting(RecurringClass::topics)
        .containsExactly(List.of(TopicId.of("first")));
    assertThat(ISSUES.find(TOPICS, YearMonth.of(9999, 12), ZoneOffset.UTC))
        .extracting(RecurringClass::topics)
        .containsExactly(List.of(TopicId.of("last")));
  }

  @Test
  void findsNothingInAMonthBeyondThoseYearsAndNeverThrows() {
    for (YearMonth month :
        List.of(
            YearMonth.of(999_999_999, 12),
            YearMonth.of(-999_999_999, 1),
            YearMonth.of(10_000, 1),
            YearMonth.of(0, 12))) {
      for (ZoneId zone : List.of(ZoneOffset.MAX, ZoneOffset.MIN, ZoneId.of("Asia/Shanghai"))) {
        assertThat(ISSUES.find(TOPICS, month, zone)).as(month + " " + zone).isEmpty();
      }
    }
  }

  @Test
  void checksItsArgumentsWhateverTheMonth() {
    assertThatThrownBy(
            () -> ISSUES.find(List.of(TOPICS.get(0), TOPICS.get(0)), YearMonth.of(999_999_999, 12), ZoneOffset.UTC))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("topics[1].id: duplicate, was first");
    assertThatThrownBy(
            () -> ISSUES.find(List.of(TOPICS.get(0), TOPICS.get(0)), Instant.MIN, Instant.MAX))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("topics[1].id: duplicate, was first");
    assertThat(ISSUES.find(TOPICS, Instant.MIN, Instant.MAX))
        .extracting(RecurringClass::count)
        .containsExactly(2);
  }
}
