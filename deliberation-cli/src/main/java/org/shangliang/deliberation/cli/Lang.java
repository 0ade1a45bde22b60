package org.shangliang.deliberation.cli;

import java.util.Locale;

/** The language of the tool's readable output ({@code --lang zh|en}). */
enum Lang {
  /** Simplified Chinese (zh-CN). */
  ZH(Locale.SIMPLIFIED_CHINESE),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  /**
   * The locale messages are rendered in.
   *
   * @return zh-CN or en
   */
  Locale locale() {
    return locale;
  }

  /**
   * One of two texts.
   *
   * @param zh the Chinese text
   * @param en the English text
   * @return the text in this language
   */
  String pick(String zh, String en) {
    return this == ZH ? zh : en;
  }

  /**
   * The default language: Chinese when the locale's language is Chinese, English otherwise.
   *
   * @param locale the locale of the environment
   * @return the language
   */
  static Lang of(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? ZH : EN;
  }
}
