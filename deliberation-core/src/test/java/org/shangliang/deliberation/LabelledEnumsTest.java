package org.shangliang.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every enum that is {@link Labelled} names each of its constants in Chinese and in English. */
class LabelledEnumsTest {
  private static final Locale TRADITIONAL = Locale.forLanguageTag("zh-TW");

  /** The core's enums that implement {@link Labelled}, found by scanning the compiled classes. */
  private static List<Class<?>> labelledEnums() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.shangliang.deliberation")
        .stream()
        .filter(JavaClass::isEnum)
        .filter(c -> c.isAssignableTo(Labelled.class))
        .map(JavaClass::reflect)
        .sorted((a, b) -> a.getName().compareTo(b.getName()))
        .collect(Collectors.toList());
  }

  @Test
  void findsTheLabelledEnumsOfEveryModelPackage() {
    assertThat(labelledEnums())
        .hasSizeGreaterThanOrEqualTo(18)
        .contains(
            org.shangliang.deliberation.party.PartyKind.class,
            org.shangliang.deliberation.unit.TierLevel.class,
            org.shangliang.deliberation.topic.MatterSize.class,
            org.shangliang.deliberation.decision.Outcome.class,
            org.shangliang.deliberation.meeting.MeetingStage.class,
            org.shangliang.deliberation.outcome.OutcomeKind.class,
            org.shangliang.deliberation.process.EventType.class);
  }

  @Test
  void givesEveryConstantANonBlankChineseAndEnglishLabel() {
    for (Class<?> type : labelledEnums()) {
      for (Object constant : type.getEnumConstants()) {
        Labelled labelled = (Labelled) constant;
        String what = type.getSimpleName() + "." + constant;
        LocalizedText label = labelled.label();
        assertThat(label.zh()).as(what + " zh").isNotBlank();
        assertThat(label.en()).as(what + " en").isNotBlank();
        assertThat(labelled.label(Locale.SIMPLIFIED_CHINESE)).as(what).isEqualTo(label.zh());
        assertThat(labelled.label(TRADITIONAL)).as(what).isEqualTo(label.zh());
        assertThat(labelled.label(Locale.ENGLISH)).as(what).isEqualTo(label.en());
        assertThat(labelled.label(Locale.GERMAN)).as(what).isEqualTo(label.en());
      }
    }
  }

  @Test
  void givesDistinctLabelsToTheConstantsOfOneEnum() {
    for (Class<?> type : labelledEnums()) {
      List<LocalizedText> labels =
          java.util.Arrays.stream(type.getEnumConstants())
              .map(c -> ((Labelled) c).label())
              .collect(Collectors.toList());
      assertThat(labels.stream().map(LocalizedText::zh)).as(type.getSimpleName() + " zh").doesNotHaveDuplicates();
      assertThat(labels.stream().map(LocalizedText::en)).as(type.getSimpleName() + " en").doesNotHaveDuplicates();
    }
  }
}
