package org.shangliang.deliberation.json.internal;

import java.time.Instant;

/**
 * Fast paths for the instants of the wire format, which every record holds by the dozen: reading
 * the common form {@code 2026-11-20T19:40:00[.f…](Z|±HH:MM)} without {@link
 * java.time.format.DateTimeFormatter}, and writing an instant as {@link Instant#toString()} writes
 * it without building a string. Each is exact or declines: {@link #parse} returns {@code null} for
 * any text outside the form it knows (which the caller then reads with the formatter, so what is
 * accepted and refused and every fault stay the formatter's), and {@link #format} returns {@code -1}
 * for years outside 0000–9999. Stateless and thread-safe.
 */
public final class IsoInstants {
  /** The longest text {@link #format} writes: {@code 2026-11-20T19:40:00.123456789Z}. */
  public static final int MAX_LENGTH = 30;

  private static final long SECONDS_PER_DAY = 86_400L;
  /** 0000-01-01T00:00:00Z. */
  private static final long MIN_SECOND = -62_167_219_200L;
  /** 9999-12-31T23:59:59Z. */
  private static final long MAX_SECOND = 253_402_300_799L;
  /** Days from 0000-01-01 to 1970-01-01 (as in {@link java.time.LocalDate}). */
  private static final long DAYS_0000_TO_1970 = (146_097L * 5L) - (30L * 365L + 7L);

  private IsoInstants() {}

  /**
   * Reads {@code yyyy-MM-ddTHH:mm:ss}, an optional fraction of 1 to 9 digits, then {@code Z} or
   * {@code ±HH:MM} (at most 18:00, not {@code -00:00}): every field in range, the day in its month.
   *
   * @param text the characters
   * @param offset where the text begins
   * @param length its length
   * @return the instant, or {@code null} if the text is not of that form
   */
  public static Instant parse(char[] text, int offset, int length) {
    if (length < 20 || length > 35) {
      return null;
    }
    int end = offset + length;
    int p = offset;
    int year = digits4(text, p);
    if (year < 0 || text[p + 4] != '-') {
      return null;
    }
    int month = digits2(text, p + 5);
    if (month < 1 || month > 12 || text[p + 7] != '-') {
      return null;
    }
    int day = digits2(text, p + 8);
    if (day < 1 || day > monthLength(year, month) || text[p + 10] != 'T') {
      return null;
    }
    int hour = digits2(text, p + 11);
    if (hour < 0 || hour > 23 || text[p + 13] != ':') {
      return null;
    }
    int minute = digits2(text, p + 14);
    if (minute < 0 || minute > 59 || text[p + 16] != ':') {
      return null;
    }
    int second = digits2(text, p + 17);
    if (second < 0 || second > 59) {
      return null;
    }
    p += 19;
    int nano = 0;
    if (text[p] == '.') {
      p++;
      int digits = 0;
      while (p < end && text[p] >= '0' && text[p] <= '9') {
        if (++digits > 9) {
          return null;
        }
        nano = nano * 10 + (text[p] - '0');
        p++;
      }
      if (digits == 0) {
        return null;
      }
      for (int i = digits; i < 9; i++) {
        nano *= 10;
      }
    }
    int offsetSeconds;
    if (p == end - 1 && text[p] == 'Z') {
      offsetSeconds = 0;
    } else if (p == end - 6 && (text[p] == '+' || text[p] == '-') && text[p + 3] == ':') {
      int hours = digits2(text, p + 1);
      int minutes = digits2(text, p + 4);
      if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59 || (hours == 18 && minutes > 0)) {
        return null;
      }
      offsetSeconds = hours * 3600 + minutes * 60;
      if (text[p] == '-') {
        if (offsetSeconds == 0) {
          return null;
        }
        offsetSeconds = -offsetSeconds;
      }
    } else {
      return null;
    }
    long seconds =
        epochDay(year, month, day) * SECONDS_PER_DAY
            + hour * 3600L
            + minute * 60L
            + second
            - offsetSeconds;
    return Instant.ofEpochSecond(seconds, nano);
  }

  /**
   * Writes an instant exactly as {@link Instant#toString()} does ({@code 2026-11-20T11:40:00Z},
   * the fraction in groups of three digits as needed), for the years 0000 to 9999.
   *
   * @param instant the instant
   * @param buffer where to write, at least {@link #MAX_LENGTH} characters
   * @return how many characters were written, or {@code -1} if the year is outside 0000–9999
   */
  public static int format(Instant instant, char[] buffer) {
    long seconds = instant.getEpochSecond();
    if (seconds < MIN_SECOND || seconds > MAX_SECOND) {
      return -1;
    }
    long epochDay = Math.floorDiv(seconds, SECONDS_PER_DAY);
    int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
    // civil date from the epoch day, as java.time.LocalDate.ofEpochDay computes it
    long zeroDay = epochDay + DAYS_0000_TO_1970 - 60;
    long adjust = 0;
    if (zeroDay < 0) {
      long adjustCycles = (zeroDay + 1) / 146_097L - 1;
      adjust = adjustCycles * 400;
      zeroDay += -adjustCycles * 146_097L;
    }
    long yearEst = (400 * zeroDay + 591) / 146_097L;
    long doyEst = zeroDay - (365 * yearEst + yearEst / 4 - yearEst / 100 + yearEst / 400);
    if (doyEst < 0) {
      yearEst--;
      doyEst = zeroDay - (365 * yearEst + yearEst / 4 - yearEst / 100 + yearEst / 400);
    }
    yearEst += adjust;
    int marchDoy0 = (int) doyEst;
    int marchMonth0 = (marchDoy0 * 5 + 2) / 153;
    int month = (marchMonth0 + 2) % 12 + 1;
    int day = marchDoy0 - (marchMonth0 * 306 + 5) / 10 + 1;
    int year = (int) (yearEst + marchMonth0 / 10);

    int p = 0;
    p = put4(buffer, p, year);
    buffer[p++] = '-';
    p = put2(buffer, p, month);
    buffer[p++] = '-';
    p = put2(buffer, p, day);
    buffer[p++] = 'T';
    p = put2(buffer, p, secondOfDay / 3600);
    buffer[p++] = ':';
    p = put2(buffer, p, secondOfDay / 60 % 60);
    buffer[p++] = ':';
    p = put2(buffer, p, secondOfDay % 60);
    int nano = instant.getNano();
    if (nano > 0) {
      buffer[p++] = '.';
      int digits;
      int value;
      if (nano % 1_000_000 == 0) {
        digits = 3;
        value = nano / 1_000_000;
      } else if (nano % 1_000 == 0) {
        digits = 6;
        value = nano / 1_000;
      } else {
        digits = 9;
        value = nano;
      }
      for (int i = p + digits - 1; i >= p; i--) {
        buffer[i] = (char) ('0' + value % 10);
        value /= 10;
      }
      p += digits;
    }
    buffer[p++] = 'Z';
    return p;
  }

  private static int digits2(char[] text, int p) {
    char a = text[p];
    char b = text[p + 1];
    if (a < '0' || a > '9' || b < '0' || b > '9') {
      return -1;
    }
    return (a - '0') * 10 + (b - '0');
  }

  private static int digits4(char[] text, int p) {
    int high = digits2(text, p);
    int low = digits2(text, p + 2);
    if (high < 0 || low < 0) {
      return -1;
    }
    return high * 100 + low;
  }

  private static int put2(char[] buffer, int p, int value) {
    buffer[p] = (char) ('0' + value / 10);
    buffer[p + 1] = (char) ('0' + value % 10);
    return p + 2;
  }

  private static int put4(char[] buffer, int p, int value) {
    put2(buffer, p, value / 100);
    return put2(buffer, p + 2, value % 100);
  }

  private static boolean leap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  private static int monthLength(int year, int month) {
    switch (month) {
      case 2:
        return leap(year) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** The epoch day of a valid date, as {@link java.time.LocalDate#toEpochDay()} computes it. */
  private static long epochDay(int year, int month, int day) {
    long y = year;
    long total = 365 * y;
    if (y >= 0) {
      total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    } else {
      total -= y / -4 - y / -100 + y / -400;
    }
    total += (367 * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total--;
      if (!leap(year)) {
        total--;
      }
    }
    return total - DAYS_0000_TO_1970;
  }
}
