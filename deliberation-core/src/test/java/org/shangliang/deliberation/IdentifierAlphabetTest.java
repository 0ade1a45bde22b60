package org.shangliang.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.outcome.Duty;
import org.shangliang.deliberation.outcome.HotlineCase;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.process.Step;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.process.StepRole;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.unit.UnitId;

/**
 * Identifiers are 1 to 128 code points of letters, marks, numbers, punctuation and symbols, counted
 * and judged by code point: nothing invisible (format characters such as U+200B, U+FEFF or the TAG
 * characters), no lone half of a surrogate pair, no private-use or unassigned code point, so that an
 * id cannot differ from another that looks the same by a hidden character.
 */
class IdentifierAlphabetTest {
  private static final Map<String, Function<String, Object>> IDS = new LinkedHashMap<>();

  static {
    IDS.put("PartyId", PartyId::of);
    IDS.put("UnitId", UnitId::of);
    IDS.put("TopicId", TopicId::of);
    IDS.put("DeliberationId", DeliberationId::of);
    IDS.put("Duty.id", id -> new Duty.Builder().id(id).description("加装电梯").build());
    IDS.put(
        "HotlineCase.ticketId",
        id -> new HotlineCase.Builder()
            .ticketId(id)
            .receivedAt(ModelSamples.T)
            .firstContact(ModelSamples.PARTY)
            .addDepartments(ModelSamples.PARTY)
            .build());
    IDS.put("Step.id", id -> Step.of(id, LocalizedText.of("协商", "deliberate"), StepRole.DELIBERATE));
    IDS.put("StepEvent.step", id -> StepEvent.underWay(id, ModelSamples.T, ModelSamples.PARTY));
    IDS.put(
        "TopicCategory.id",
        id -> new TopicCategory.Builder().id(id).name(LocalizedText.of("类", "category")).build());
    IDS.put(
        "Topic.catalogueEntry",
        id -> ModelSamples.topic().raisedAt(ModelSamples.T).catalogueEntry(id).build());
  }

  /** Each refused text and the code point a message names. */
  private static final Map<String, String> REFUSED = new LinkedHashMap<>();

  static {
    REFUSED.put("a\uD800b", "U+D800"); // lone high surrogate
    REFUSED.put("ab\uDC00", "U+DC00"); // lone low surrogate
    REFUSED.put("\uDC00\uD800", "U+DC00"); // halves in the wrong order
    REFUSED.put("a\uDB40\uDC20b", "U+E0020"); // TAG SPACE, a format character, as a pair
    REFUSED.put("a\uDB40\uDC41b", "U+E0041"); // TAG LATIN CAPITAL LETTER A
    REFUSED.put("a\u200Bb", "U+200B"); // zero-width space
    REFUSED.put("\uFEFFab", "U+FEFF"); // byte order mark
    REFUSED.put("a\u200Db", "U+200D"); // zero-width joiner
    REFUSED.put("a\u00ADb", "U+00AD"); // soft hyphen
    REFUSED.put("a\uE000b", "U+E000"); // private use
    REFUSED.put("a\uDB80\uDC00b", "U+F0000"); // supplementary private use
    REFUSED.put("a\u0378b", "U+0378"); // unassigned
    REFUSED.put("a b", "U+0020");
    REFUSED.put("a\u00A0b", "U+00A0");
    REFUSED.put("a\u3000b", "U+3000");
    REFUSED.put("a\u2028b", "U+2028");
    REFUSED.put("a\u0000b", "U+0000");
    REFUSED.put("a\tb", "U+0009");
  }

  /** Texts every identifier accepts. */
  private static final List<String> ACCEPTED =
      List.of(
          "甸柳新村第一社区",
          "\uD840\uDC00", // U+20000, CJK extension B, a surrogate pair
          "jinan.lixia.quancheng-1_b3",
          "a/b:c#d@e",
          "€$¥",
          "é",
          "e\u0301", // e and a combining acute accent (a mark)
          "١٢٣", // Arabic-Indic digits
          "Ⅻ①",
          "\uD83D\uDE00", // U+1F600, a symbol
          "「3号楼」");

  static Stream<Arguments> refused() {
    List<Arguments> cases = new ArrayList<>();
    for (String type : IDS.keySet()) {
      for (Map.Entry<String, String> text : REFUSED.entrySet()) {
        cases.add(Arguments.of(type, text.getKey(), text.getValue()));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} refuses {2}")
  @MethodSource("refused")
  void refusesCodePointsOutsideTheAlphabetNamingThem(String type, String text, String codePoint) {
    Throwable thrown = catchThrowable(() -> IDS.get(type).apply(text));
    assertThat(thrown).isInstanceOf(InvalidModelException.class);
    assertThat(thrown.getMessage())
        .contains(": must hold only letters, marks, numbers, punctuation and symbols, was \"")
        .contains("(" + codePoint + " at index ");
  }

  static Stream<Arguments> accepted() {
    List<Arguments> cases = new ArrayList<>();
    for (String type : IDS.keySet()) {
      for (String text : ACCEPTED) {
        cases.add(Arguments.of(type, text));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} accepts {1}")
  @MethodSource("accepted")
  void acceptsLettersMarksNumbersPunctuationAndSymbols(String type, String text) {
    assertThatCode(() -> IDS.get(type).apply(text)).doesNotThrowAnyException();
  }

  @Test
  void anIdWithAHiddenTagCharacterIsNotAcceptedBesideTheOneItLooksLike() {
    assertThat(PartyId.of("ab").value()).isEqualTo("ab");
    assertThat(catchThrowable(() -> PartyId.of("a\uDB40\uDC20b")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "value: must hold only letters, marks, numbers, punctuation and symbols, was"
                + " \"a\\u{E0020}b\" (U+E0020 at index 1)");
  }

  @Test
  void countsLengthInCodePointsNotChars() {
    String supplementary = "\uD840\uDC00"; // two chars, one code point
    assertThat(UnitId.of(supplementary.repeat(128)).value()).hasSize(256);
    assertThat(catchThrowable(() -> UnitId.of(supplementary.repeat(129))))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("value: must be at most 128 characters, was 129");
    assertThat(catchThrowable(() -> UnitId.of("")))
        .hasMessage("value: must not be blank, was \"\"");
  }
}
