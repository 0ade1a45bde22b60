package org.shangliang.deliberation.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.unit.UnitId;

class TopicTest {
  private static final UnitId B3 = UnitId.of("dianliu-1.b3");
  private static final UnitId B4 = UnitId.of("dianliu-1.b4");

  private static Topic.Builder liftTopic() {
    return untitled().title("3号楼加装电梯");
  }

  private static Topic.Builder untitled() {
    return new Topic.Builder()
        .id(TopicId.of("2026-lift-b3"))
        .category(TopicCategory.PUBLIC_AFFAIRS)
        .matterSize(MatterSize.MAJOR)
        .source(TopicSource.of(SourceKind.RESIDENT_PROPOSAL))
        .raisedAt(Instant.parse("2026-11-21T02:00:00Z"));
  }

  @Test
  void keepsAffectedUnitsInTheGivenOrder() {
    Topic topic = liftTopic().addAffectedUnit(B4).addAffectedUnit(B3).build();
    assertThat(topic.affectedUnits()).containsExactly(B4, B3);
    assertThat(topic.catalogueEntry()).isEmpty();
    assertThat(topic.publicFunds()).isEmpty();
  }

  @Test
  void rejectsATopicWithoutAffectedUnits() {
    assertThatThrownBy(() -> liftTopic().build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("affectedUnits: must not be empty");
  }

  @Test
  void rejectsDuplicateAffectedUnitsNamingTheIndex() {
    assertThatThrownBy(() -> liftTopic().addAffectedUnits(B3, B4, B3).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("affectedUnits[2]: duplicate, was dianliu-1.b3");
  }

  @Test
  void rejectsABlankTitle() {
    assertThatThrownBy(() -> untitled().title(" ").addAffectedUnit(B3).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("title: must not be blank, was \" \"");
  }

  @Test
  void rejectsACategoryIdWithWhiteSpace() {
    assertThatThrownBy(() -> new Topic.Builder().id(TopicId.of("t")).title("t")
            .category("public affairs").matterSize(MatterSize.MINOR).addAffectedUnit(B3)
            .source(TopicSource.of(SourceKind.HOME_VISIT)).raisedAt(Instant.EPOCH).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("category: must hold only letters, marks, numbers, punctuation and symbols");
  }

  @Test
  void rejectsMissingRequiredFieldsNamingThem() {
    assertThatThrownBy(() -> new Topic.Builder().id(TopicId.of("t")).addAffectedUnit(B3).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("title")
        .hasMessageContaining("raisedAt");
  }

  @Test
  void rejectsNegativePublicFunds() {
    assertThatThrownBy(() -> PublicFunds.of(new BigDecimal("-1500.00")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("amount: must not be negative, was -1500.00");
  }

  @Test
  void rejectsASettledElsewhereFactWithoutReference() {
    assertThatThrownBy(() -> SettledElsewhere.of(SettlingAuthority.LAW, ""))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("reference: must not be blank");
  }

  @Test
  void rejectsNullAffectedUnit() {
    assertThatThrownBy(() -> liftTopic().addAffectedUnit(null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("affectedUnits: must not hold a null element");
  }
}
