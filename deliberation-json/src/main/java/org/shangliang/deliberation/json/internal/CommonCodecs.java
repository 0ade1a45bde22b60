package org.shangliang.deliberation.json.internal;

import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.json.DeliberationJsonException;

/**
 * Values shared by every area ({@link LocalizedText}), and the helpers the codecs of values made by
 * a factory (not a builder) use to read them as strictly as the builders do.
 */
public final class CommonCodecs {
  /** What a missing required property is reported as: the fault of the core's builders. */
  static final String NOT_SET = "required, not set";

  private CommonCodecs() {}

  /**
   * Reads a text in Chinese and English: {@code {"zh", "en"}}, both required and not blank.
   *
   * @param in the reader
   * @return the text
   */
  public static LocalizedText readLocalizedText(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    String zh = null;
    String en = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "zh":
          zh = in.string();
          break;
        case "en":
          en = in.string();
          break;
        default:
          throw in.unknown(field);
      }
    }
    String zhRead = required(in, mark, "zh", zh);
    String enRead = required(in, mark, "en", en);
    return in.build(mark, () -> LocalizedText.of(zhRead, enRead));
  }

  /**
   * Writes a text in Chinese and English.
   *
   * @param out the writer
   * @param text the text
   */
  public static void writeLocalizedText(JsonOut out, LocalizedText text) {
    out.beginObject();
    out.string("zh", text.zh());
    out.string("en", text.en());
    out.endObject();
  }

  /**
   * Checks that a required property of an object was read, for values made by a factory: a missing
   * one is reported as the core's builders report it, at the property's pointer with the fault
   * {@code required, not set}.
   *
   * @param <T> the property's type
   * @param in the reader
   * @param mark where the object began
   * @param property the property's name
   * @param value what was read, or {@code null} if the property was absent
   * @return the value
   * @throws DeliberationJsonException if the value is {@code null}
   */
  public static <T> T required(JsonIn in, JsonIn.Mark mark, String property, T value) {
    if (value == null) {
      return in.build(
          mark,
          () -> {
            throw new InvalidModelException(Path.of(property), NOT_SET);
          });
    }
    return value;
  }

  /**
   * Reads a string that holds personal data (a party's display name): as {@link JsonIn#string()},
   * but a number found in its place is not repeated in the fault, since it may be a phone number or
   * another personal detail.
   *
   * @param in the reader
   * @return the string
   */
  public static String personalString(JsonIn in) {
    try {
      return in.string();
    } catch (DeliberationJsonException e) {
      if (e.fault().startsWith(NUMBER_FOUND)) {
        throw new DeliberationJsonException(
            e.pointer(), e.line(), e.column(), "must be a string, was a number", null);
      }
      throw e;
    }
  }

  /** How {@link JsonIn#string()} refuses a number, quoting it. */
  private static final String NUMBER_FOUND = "must be a string, was the number ";
}
