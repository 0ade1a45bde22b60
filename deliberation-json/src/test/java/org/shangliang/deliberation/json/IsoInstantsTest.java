package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.json.internal.IsoInstants;

/**
 * The fast paths of instants agree with {@code java.time}: writing gives exactly {@link
 * Instant#toString()}, and reading accepts only text the ISO formatter accepts, as the same
 * instant, declining (to the formatter) everything else.
 */
class IsoInstantsTest {
  /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z. */
  private static final long MIN_SECOND = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();

  private static final long MAX_SECOND = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

  private static String format(Instant instant) {
    char[] buffer = new char[IsoInstants.MAX_LENGTH];
    int length = IsoInstants.format(instant, buffer);
    return length < 0 ? null : new String(buffer, 0, length);
  }

  private static Instant parse(String text) {
    return IsoInstants.parse(text.toCharArray(), 0, text.length());
  }

  /** What the reader's formatter makes of the text, or {@code null} if it refuses it. */
  private static Instant formatter(String text) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static int nano(SplittableRandom random) {
    switch (random.nextInt(4)) {
      case 0:
        return 0;
      case 1:
        return random.nextInt(1000) * 1_000_000;
      case 2:
        return random.nextInt(1_000_000) * 1_000;
      default:
        return random.nextInt(1_000_000_000);
    }
  }

  private static Instant instant(SplittableRandom random) {
    long second =
        random.nextBoolean()
            ? random.nextLong(MIN_SECOND, MAX_SECOND + 1)
            : random.nextLong(
                Instant.parse("2000-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2100-01-01T00:00:00Z").getEpochSecond());
    return Instant.ofEpochSecond(second, nano(random));
  }

  @Test
  void writesInstantsExactlyAsInstantToStringForTheYearsZeroToNineThousandNineHundredNinetyNine() {
    SplittableRandom random = new SplittableRandom(20_261_205L);
    for (int i = 0; i < 100_000; i++) {
      Instant instant = instant(random);
      assertThat(format(instant)).isEqualTo(instant.toString());
    }
    for (String text :
        new String[] {
          "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "1970-01-01T00:00:00Z",
          "1969-12-31T23:59:59.999Z", "2024-02-29T12:00:00.000001Z", "2000-02-29T00:00:00.100Z",
          "1900-03-01T00:00:00Z", "0400-02-29T23:59:59.000000010Z"
        }) {
      assertThat(format(Instant.parse(text))).isEqualTo(text);
    }
  }

  @Test
  void declinesToWriteYearsOutsideFourDigits() {
    assertThat(format(Instant.ofEpochSecond(MIN_SECOND - 1))).isNull();
    assertThat(format(Instant.ofEpochSecond(MAX_SECOND + 1))).isNull();
    assertThat(format(Instant.MAX)).isNull();
    assertThat(format(Instant.MIN)).isNull();
  }

  @Test
  void readsTheCommonFormWithEveryOffsetAndFractionAsTheFormatterDoes() {
    SplittableRandom random = new SplittableRandom(7L);
    for (int i = 0; i < 100_000; i++) {
      String utc = instant(random).toString();
      String text = utc;
      if (random.nextBoolean()) {
        int minutes = random.nextInt(-18 * 60, 18 * 60 + 1);
        String sign = minutes < 0 ? "-" : "+";
        int abs = Math.abs(minutes);
        String offset = String.format("%s%02d:%02d", sign, abs / 60, abs % 60);
        text = utc.substring(0, utc.length() - 1) + offset;
      }
      if (random.nextInt(4) == 0 && !text.contains(".")) {
        int digits = random.nextInt(1, 10);
        StringBuilder fraction = new StringBuilder(".");
        for (int d = 0; d < digits; d++) {
          fraction.append((char) ('0' + random.nextInt(10)));
        }
        text = text.substring(0, 19) + fraction + text.substring(19);
      }
      Instant expected = formatter(text);
      assertThat(expected).as(text).isNotNull();
      assertThat(parse(text)).as(text).isEqualTo(expected);
    }
  }

  @Test
  void neverReadsTextTheFormatterRefusesAndDeclinesWhatItDoesNotKnow() {
    String alphabet = "0123456789-:T+.Zztx ";
    SplittableRandom random = new SplittableRandom(11L);
    int accepted = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder(instant(random).toString());
      int edits = random.nextInt(1, 3);
      for (int e = 0; e < edits; e++) {
        int at = random.nextInt(text.length());
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(3)) {
          case 0:
            text.setCharAt(at, c);
            break;
          case 1:
            text.insert(at, c);
            break;
          default:
            text.deleteCharAt(at);
        }
      }
      String mutated = text.toString();
      Instant fast = parse(mutated);
      if (fast != null) {
        accepted++;
        assertThat(formatter(mutated)).as(mutated).isEqualTo(fast);
      }
    }
    assertThat(accepted).isPositive();
    for (String declined :
        new String[] {
          "2026-02-29T00:00:00Z", "2100-02-29T00:00:00Z", "2026-04-31T00:00:00Z",
          "2026-13-01T00:00:00Z", "2026-00-01T00:00:00Z", "2026-11-20T24:00:00Z",
          "2026-11-20T19:60:00Z", "2026-11-20T19:40:60Z", "2026-11-20T19:40Z",
          "2026-11-20t19:40:00Z", "2026-11-20T19:40:00z", "2026-11-20T19:40:00.Z",
          "2026-11-20T19:40:00.1234567890Z", "2026-11-20T19:40:00-00:00",
          "2026-11-20T19:40:00+18:01", "2026-11-20T19:40:00+19:00", "2026-11-20T19:40:00+0800",
          "2026-11-20T19:40:00+08:00:00", "2026-11-20T19:40:00", "+12026-11-20T19:40:00Z",
          "2026-11-20T19:40:00Z ", "2026-11-20 19:40:00Z"
        }) {
      assertThat(parse(declined)).as(declined).isNull();
    }
    assertThat(parse("2024-02-29T00:00:00+18:00"))
        .isEqualTo(Instant.parse("2024-02-28T06:00:00Z"));
  }
}
