package org.shangliang.deliberation;

import java.util.Locale;

/**
 * A value with a name in Chinese and English, such as a party kind or a tier level. Messages render
 * such arguments in the reader's language.
 */
public interface Labelled {
  /**
   * The name in Chinese and English.
   *
   * @return the name
   */
  LocalizedText label();

  /**
   * The name in a locale.
   *
   * @param locale the locale; Chinese for language {@code zh}, English otherwise
   * @return the name
   */
  default String label(Locale locale) {
    return label().in(locale);
  }
}
