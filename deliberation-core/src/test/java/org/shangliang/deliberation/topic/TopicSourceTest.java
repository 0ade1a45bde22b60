package org.shangliang.deliberation.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;

class TopicSourceTest {

  @Test
  void hotlineCaseNeedsItsTicketId() {
    assertThatThrownBy(() -> TopicSource.of(SourceKind.HOTLINE_12345))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("reference: a 12345 hotline case needs its ticket id, was empty");
  }

  @Test
  void hotlineCaseRejectsABlankTicketId() {
    assertThatThrownBy(() -> TopicSource.hotline(" "))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("reference: must not be blank");
  }

  @Test
  void hotlineCaseKeepsItsTicketId() {
    TopicSource source = TopicSource.hotline("12345-20261121-0042");
    assertThat(source.kind()).isEqualTo(SourceKind.HOTLINE_12345);
    assertThat(source.reference()).contains("12345-20261121-0042");
  }

  @Test
  void otherKindsNeedNoReference() {
    assertThat(TopicSource.of(SourceKind.HOME_VISIT).reference()).isEmpty();
    assertThat(TopicSource.of(SourceKind.GRID_INSPECTION, "巡查-7").reference()).contains("巡查-7");
  }

  @Test
  void rejectsABlankReferenceOfAnyKind() {
    assertThatThrownBy(() -> TopicSource.of(SourceKind.HOME_VISIT, ""))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("reference: must not be blank");
  }

  @Test
  void rejectsNullKind() {
    assertThatThrownBy(() -> TopicSource.of(null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("kind: must not be null");
  }

  @Test
  void rejectsNullReferenceWithInvalidModelException() {
    assertThatThrownBy(() -> TopicSource.hotline(null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("reference");
    assertThatThrownBy(() -> TopicSource.of(SourceKind.HOME_VISIT, null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("reference");
  }
}
