package org.shangliang.deliberation.similar;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a title, as a similar-case search compares them. The title is normalised (Unicode
 * NFKC, so full-width {@code ３号楼} reads as {@code 3号楼}; then lower case in the root locale) and
 * read code point by code point:
 *
 * <ul>
 *   <li>a run of Han characters (CJK ideographs) gives each pair of neighbours as a word (character
 *       bigrams: {@code 加装电梯} gives {@code 加装}, {@code 装电}, {@code 电梯}); a run of one Han
 *       character is a word of its own;
 *   <li>a run of other letters and digits (Latin letters, digits, kana …) is one word ({@code B3}
 *       reads as {@code b3});
 *   <li>combining marks stay with the word before them and are otherwise ignored;
 *   <li>anything else — spaces, punctuation, symbols — only separates words.
 * </ul>
 *
 * <p>A word counts once however often it occurs. A title of punctuation only has no words. Linear in
 * the title's length.
 */
final class TitleWords {
  private TitleWords() {}

  /**
   * The distinct words of a title, in the order they first occur.
   *
   * @param title the title
   * @return the words
   */
  static Set<String> of(String title) {
    String text = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    Set<String> words = new LinkedHashSet<>();
    StringBuilder word = new StringBuilder();
    int previousHan = -1;
    int hanRun = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
          && Character.isLetter(cp)) {
        flush(word, words);
        if (previousHan >= 0) {
          words.add(new StringBuilder().appendCodePoint(previousHan).appendCodePoint(cp).toString());
        }
        previousHan = cp;
        hanRun++;
      } else if (isMark(cp)) {
        if (word.length() > 0) {
          word.appendCodePoint(cp);
        }
      } else if (Character.isLetterOrDigit(cp)) {
        endHanRun(previousHan, hanRun, words);
        previousHan = -1;
        hanRun = 0;
        word.appendCodePoint(cp);
      } else {
        flush(word, words);
        endHanRun(previousHan, hanRun, words);
        previousHan = -1;
        hanRun = 0;
      }
    }
    flush(word, words);
    endHanRun(previousHan, hanRun, words);
    return words;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static void flush(StringBuilder word, Set<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  private static void endHanRun(int previousHan, int hanRun, Set<String> words) {
    if (hanRun == 1) {
      words.add(new String(Character.toChars(previousHan)));
    }
  }
}
