package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.json.PartsJsonTesting.assertRoundTrip;
import static org.shangliang.deliberation.json.PartsJsonTesting.read;
import static org.shangliang.deliberation.json.PartsJsonTesting.refusal;
import static org.shangliang.deliberation.json.PartsJsonTesting.write;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.json.internal.CommonCodecs;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.process.AdmissionStatus;
import org.shangliang.deliberation.process.EventType;
import org.shangliang.deliberation.process.StepRole;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.SettlingAuthority;

class CommonCodecsTest {
  private static List<LocalizedText> texts() {
    List<LocalizedText> texts = new ArrayList<>();
    for (Profile profile : PartsJsonTesting.PROFILES) {
      texts.add(profile.name());
      profile.catalogue().categories().forEach(c -> texts.add(c.name()));
      profile.catalogue().entries().forEach(e -> texts.add(e.name()));
      profile.stepPlan().ifPresent(plan -> plan.steps().forEach(s -> texts.add(s.name())));
    }
    for (Class<? extends Enum<?>> type :
        List.<Class<? extends Enum<?>>>of(
            PartyKind.class,
            MatterSize.class,
            SettlingAuthority.class,
            AdmissionStatus.class,
            EventType.class,
            StepRole.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        texts.add(((Labelled) constant).label());
      }
    }
    texts.add(LocalizedText.of("带\"引号\"与\\反斜杠\n换行 😀", "tab\tand \u0001 control"));
    return texts;
  }

  @Test
  void localizedTextsOfProfilesAndEnumsReadBackEqualAndWriteBackTheSameText() {
    List<LocalizedText> texts = texts();
    assertThat(texts).hasSizeGreaterThan(80);
    for (LocalizedText text : texts) {
      assertRoundTrip(CommonCodecs::writeLocalizedText, CommonCodecs::readLocalizedText, text);
    }
  }

  @Test
  void localizedTextIsWrittenAsZhThenEn() {
    assertThat(
            write(
                CommonCodecs::writeLocalizedText, LocalizedText.of("居民议事会", "residents' council")))
        .isEqualTo("{\"zh\":\"居民议事会\",\"en\":\"residents' council\"}");
    assertThat(read(CommonCodecs::readLocalizedText, "{\"en\":\"b\",\"zh\":\"a\"}"))
        .isEqualTo(LocalizedText.of("a", "b"));
  }

  @Test
  void refusesAMissingLanguageAtItsPointer() {
    DeliberationJsonException e = refusal(CommonCodecs::readLocalizedText, "{\"zh\":\"甲\"}");
    assertThat(e.pointer()).isEqualTo("/en");
    assertThat(e.fault()).isEqualTo("required, not set");
  }

  @Test
  void refusesABlankTextAsTheCoreDoes() {
    DeliberationJsonException e =
        refusal(CommonCodecs::readLocalizedText, "{\"zh\":\"甲\",\"en\":\" \"}");
    assertThat(e.pointer()).isEqualTo("/en");
    assertThat(e.fault()).isEqualTo("must not be blank, was \" \"");
  }

  @Test
  void refusesAWrongTypeAnUnknownPropertyAndNull() {
    DeliberationJsonException wrong =
        refusal(CommonCodecs::readLocalizedText, "{\"zh\":1,\"en\":\"b\"}");
    assertThat(wrong.pointer()).isEqualTo("/zh");
    assertThat(wrong.fault()).isEqualTo("must be a string, was the number 1");

    DeliberationJsonException unknown =
        refusal(CommonCodecs::readLocalizedText, "{\"zh\":\"a\",\"en\":\"b\",\"fr\":\"c\"}");
    assertThat(unknown.pointer()).isEqualTo("/fr");
    assertThat(unknown.fault()).isEqualTo("unknown property \"fr\"");

    DeliberationJsonException nulled =
        refusal(CommonCodecs::readLocalizedText, "{\"zh\":null,\"en\":\"b\"}");
    assertThat(nulled.pointer()).isEqualTo("/zh");
    assertThat(nulled.fault()).isEqualTo("must be a string, was null");

    DeliberationJsonException notAnObject = refusal(CommonCodecs::readLocalizedText, "\"甲 / a\"");
    assertThat(notAnObject.pointer()).isEmpty();
    assertThat(notAnObject.fault()).startsWith("must be an object");
  }

  @Test
  void personalStringsDoNotRepeatANumberFoundInTheirPlace() {
    DeliberationJsonException e = refusal(CommonCodecs::personalString, "13812345678");
    assertThat(e.fault()).isEqualTo("must be a string, was a number");
    assertThat(e.getMessage()).doesNotContain("13812345678");
    assertThat(read(CommonCodecs::personalString, "\"张三\"")).isEqualTo("张三");
    assertThat(refusal(CommonCodecs::personalString, "{}").fault())
        .isEqualTo("must be a string, was an object");
  }
}
