package org.shangliang.deliberation.similar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words of a title: Han bigrams, whole Latin words and digits, punctuation ignored. */
class TitleWordsTest {
  @Test
  void splitsChineseTextIntoCharacterBigrams() {
    assertThat(TitleWords.of("加装电梯")).containsExactly("加装", "装电", "电梯");
  }

  @Test
  void keepsALoneHanCharacterAsAWord() {
    assertThat(TitleWords.of("梯")).containsExactly("梯");
    assertThat(TitleWords.of("3号 楼")).containsExactly("3", "号", "楼");
  }

  @Test
  void readsLettersAndDigitsAsWholeWordsInLowerCase() {
    assertThat(TitleWords.of("Lift for B3 栋")).containsExactly("lift", "for", "b3", "栋");
    assertThat(TitleWords.of("3号楼")).containsExactly("3", "号楼");
  }

  @Test
  void readsFullWidthFormsAsTheirPlainTwins() {
    assertThat(TitleWords.of("３号楼ＬＩＦＴ")).containsExactly("3", "号楼", "lift");
  }

  @Test
  void keepsCombiningMarksWithTheirWord() {
    assertThat(TitleWords.of("cafe\u0301 e\u0301")).containsExactly("café", "é");
    assertThat(TitleWords.of("\u0301电梯")).containsExactly("电梯");
  }

  @Test
  void ignoresPunctuationSymbolsAndSpaceAndCountsAWordOnce() {
    assertThat(TitleWords.of("！？……  ——")).isEmpty();
    assertThat(TitleWords.of("电梯、电梯（再议）")).containsExactly("电梯", "再议");
    assertThat(TitleWords.of("加装电梯 & lift + lift")).containsExactly("加装", "装电", "电梯", "lift");
  }
}
