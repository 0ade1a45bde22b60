package org.shangliang.deliberation;

import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.internal.ModelStyle;

/**
 * A name or short text given in Chinese (zh-CN) and English, such as the name of a deliberating body
 * ({@code 居民议事会} / {@code residents' council}) or of a topic category.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@ModelStyle
public abstract class LocalizedText {
  LocalizedText() {}

  /**
   * The Chinese (zh-CN) text.
   *
   * @return never blank
   */
  @Value.Parameter
  public abstract String zh();

  /**
   * The English text.
   *
   * @return never blank
   */
  @Value.Parameter
  public abstract String en();

  /**
   * Creates a text.
   *
   * @param zh the Chinese text, not blank
   * @param en the English text, not blank
   * @return the text
   * @throws InvalidModelException if either text is blank
   */
  public static LocalizedText of(String zh, String en) {
    return ImmutableLocalizedText.of(zh, en);
  }

  /**
   * The text for a locale: Chinese for any locale whose language is {@code zh}, English otherwise.
   *
   * @param locale the locale
   * @return the text in that locale
   */
  public String in(java.util.Locale locale) {
    return isChinese(locale) ? zh() : en();
  }

  /**
   * Whether texts are given in Chinese for a locale: for any locale whose language is {@code zh}
   * (zh-CN, zh-TW, zh…); English for every other. The JVM's default locale is never consulted.
   *
   * @param locale the locale
   * @return {@code true} for language {@code zh}
   */
  public static boolean isChinese(java.util.Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  @Value.Check
  void check() {
    Checks.notBlank("zh", zh());
    Checks.notBlank("en", en());
  }

  @Override
  public String toString() {
    return zh() + " / " + en();
  }
}
