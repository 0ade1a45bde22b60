package org.shangliang.deliberation.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.Set;
import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;

/**
 * Renders violations as text in zh-CN or English, from the message patterns of the built-in rules
 * ({@code messages_zh_CN.properties} and {@code messages_en.properties} beside this class, keyed by
 * rule code, with {@link MessageFormat} arguments {@code {0}}, {@code {1}}, …) plus any patterns a user
 * adds for rules of their own with {@link #with(RuleCode, String, String)}.
 *
 * <p>Arguments that have a name in both languages (party kinds, tier levels, matter sizes, {@link
 * LocalizedText}) are rendered in the reader's language; collections are joined with a comma; other
 * durations in days, hours, minutes and seconds; instants in ISO form (UTC) or, given a zone, as
 * {@code 2026-11-20 19:40 +08:00}; other values by {@code toString()}; decimals exactly as
 * recorded ({@code 240000.00}). The language is Chinese for any locale whose
 * language is {@code zh} and English otherwise; the JVM's default locale is never consulted.
 *
 * <p>To render with another message source (a Spring {@code MessageSource}, say), use {@link
 * #arguments(Violation, Locale)} to get the localized arguments and look the pattern up by {@link
 * RuleCode#value()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Messages {
  private static final Messages BUILT_IN =
      new Messages(load("messages_zh_CN.properties"), load("messages_en.properties"));

  private static final DateTimeFormatter LOCAL_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm xxx", Locale.ROOT);

  private final Map<String, String> zh;
  private final Map<String, String> en;

  private Messages(Map<String, String> zh, Map<String, String> en) {
    this.zh = zh;
    this.en = en;
  }

  /**
   * The messages of the built-in rules.
   *
   * @return the messages
   */
  public static Messages builtIn() {
    return BUILT_IN;
  }

  /**
   * Renders a violation with the built-in messages.
   *
   * @param violation the violation
   * @param locale the reader's locale: Chinese for language {@code zh}, English otherwise
   * @return the text; for a code without a message, the code followed by its arguments
   */
  public static String render(Violation violation, Locale locale) {
    return BUILT_IN.format(violation, locale, ZoneOffset.UTC);
  }

  /**
   * Renders a violation with the built-in messages, showing instants in a time zone (such as the
   * profile's).
   *
   * @param violation the violation
   * @param locale the reader's locale: Chinese for language {@code zh}, English otherwise
   * @param zone the zone instants are shown in, e.g. {@code 2026-11-20 19:40 +08:00}
   * @return the text; for a code without a message, the code followed by its arguments
   */
  public static String render(Violation violation, Locale locale, ZoneId zone) {
    return BUILT_IN.format(violation, locale, zone);
  }

  /**
   * These messages plus patterns for one more rule (a user's own).
   *
   * @param code the rule's code
   * @param zhPattern the zh-CN {@link MessageFormat} pattern
   * @param enPattern the English {@link MessageFormat} pattern
   * @return the extended messages
   * @throws IllegalArgumentException if a pattern is not a valid {@link MessageFormat} pattern
   */
  public Messages with(RuleCode code, String zhPattern, String enPattern) {
    new MessageFormat(zhPattern, Locale.SIMPLIFIED_CHINESE);
    new MessageFormat(enPattern, Locale.ENGLISH);
    Map<String, String> moreZh = new HashMap<>(zh);
    Map<String, String> moreEn = new HashMap<>(en);
    moreZh.put(code.value(), zhPattern);
    moreEn.put(code.value(), enPattern);
    return new Messages(Collections.unmodifiableMap(moreZh), Collections.unmodifiableMap(moreEn));
  }

  /**
   * Renders a violation.
   *
   * @param violation the violation
   * @param locale the reader's locale: Chinese for language {@code zh}, English otherwise
   * @return the text; for a code without a message, the code followed by its arguments
   */
  public String format(Violation violation, Locale locale) {
    return format(violation, locale, ZoneOffset.UTC);
  }

  /**
   * Renders a violation, showing instants in a time zone.
   *
   * @param violation the violation
   * @param locale the reader's locale: Chinese for language {@code zh}, English otherwise
   * @param zone the zone instants are shown in
   * @return the text; for a code without a message, the code followed by its arguments
   */
  public String format(Violation violation, Locale locale, ZoneId zone) {
    Locale language = languageOf(locale);
    Object[] args = arguments(violation, language, zone);
    Optional<String> pattern = pattern(violation.code(), language);
    if (pattern.isEmpty()) {
      return violation.code() + " " + java.util.Arrays.toString(args);
    }
    return new MessageFormat(pattern.get(), language).format(args);
  }

  /**
   * The pattern of a rule in a language.
   *
   * @param code the rule's code
   * @param locale the locale: Chinese for language {@code zh}, English otherwise
   * @return the pattern, or empty if these messages have none for the code
   */
  public Optional<String> pattern(RuleCode code, Locale locale) {
    Map<String, String> patterns = isChinese(locale) ? zh : en;
    return Optional.ofNullable(patterns.get(code.value()));
  }

  /**
   * The codes these messages have patterns for in a language, sorted.
   *
   * @param locale the locale: Chinese for language {@code zh}, English otherwise
   * @return the codes
   */
  public Set<String> codes(Locale locale) {
    return Collections.unmodifiableSet(new TreeSet<>((isChinese(locale) ? zh : en).keySet()));
  }

  /**
   * A violation's arguments rendered for a locale: labelled values in the locale's language,
   * collections joined with a comma, decimals in plain exact form, dates and other values as text,
   * whole numbers kept as numbers.
   *
   * @param violation the violation
   * @param locale the locale
   * @return the arguments for a {@link MessageFormat}
   */
  public static Object[] arguments(Violation violation, Locale locale) {
    return arguments(violation, locale, ZoneOffset.UTC);
  }

  /**
   * A violation's arguments rendered for a locale, with instants shown in a time zone ({@code
   * 2026-11-20 19:40 +08:00}).
   *
   * @param violation the violation
   * @param locale the locale
   * @param zone the zone instants are shown in
   * @return the arguments for a {@link MessageFormat}
   */
  public static Object[] arguments(Violation violation, Locale locale, ZoneId zone) {
    Object[] args = new Object[violation.args().size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = argument(violation.args().get(i), locale, zone);
    }
    return args;
  }

  private static Object argument(Object arg, Locale locale, ZoneId zone) {
    if (arg instanceof Labelled) {
      return ((Labelled) arg).label(locale);
    }
    if (arg instanceof LocalizedText) {
      return ((LocalizedText) arg).in(locale);
    }
    if (arg instanceof Collection) {
      StringBuilder joined = new StringBuilder();
      for (Object element : (Collection<?>) arg) {
        if (joined.length() > 0) {
          joined.append(isChinese(locale) ? "、" : ", ");
        }
        joined.append(argument(element, locale, zone));
      }
      return joined.toString();
    }
    if (arg instanceof java.math.BigDecimal) {
      return ((java.math.BigDecimal) arg).toPlainString();
    }
    if (arg instanceof Number) {
      return arg;
    }
    if (arg instanceof Duration) {
      return duration((Duration) arg, isChinese(locale));
    }
    if (arg instanceof Instant && !ZoneOffset.UTC.equals(zone)) {
      return LOCAL_TIME.format(((Instant) arg).atZone(zone));
    }
    if (arg instanceof TemporalAccessor) {
      return arg.toString();
    }
    return String.valueOf(arg);
  }

  /**
   * Days, hours, minutes and seconds (with an exact decimal fraction), leaving out zero parts: {@code
   * 1 d 2 h} or {@code 1天2小时}. A negative duration is its magnitude with a minus sign in front
   * ({@code -0.5 s}); the magnitude is computed in unsigned arithmetic, so even {@code
   * Duration.ofSeconds(Long.MIN_VALUE)} renders without overflow.
   */
  private static String duration(Duration duration, boolean zh) {
    boolean negative = duration.isNegative();
    long seconds = duration.getSeconds();
    int nanos = duration.getNano();
    if (negative) {
      // -(seconds + nanos/1e9) with 0 <= nanos < 1e9: borrow one second when there are nanos
      if (nanos == 0) {
        seconds = -seconds; // Long.MIN_VALUE stays 2^63 read unsigned
      } else {
        seconds = -(seconds + 1);
        nanos = 1_000_000_000 - nanos;
      }
    }
    long[] parts = {
      Long.divideUnsigned(seconds, 86_400),
      Long.remainderUnsigned(seconds, 86_400) / 3_600,
      Long.remainderUnsigned(seconds, 3_600) / 60,
      Long.remainderUnsigned(seconds, 60)
    };
    String[] units = zh ? new String[] {"天", "小时", "分钟", "秒"} : new String[] {" d", " h", " min", " s"};
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      boolean fraction = i == 3 && nanos != 0;
      if (parts[i] != 0 || fraction) {
        if (text.length() > 0 && !zh) {
          text.append(' ');
        }
        text.append(Long.toUnsignedString(parts[i]));
        if (fraction) {
          // exact: 0.5 s, 0.000000001 s
          text.append(
              java.math.BigDecimal.valueOf(nanos, 9).stripTrailingZeros().toPlainString().substring(1));
        }
        text.append(units[i]);
      }
    }
    if (text.length() == 0) {
      return zh ? "0秒" : "0 s";
    }
    return negative ? "-" + text : text.toString();
  }

  private static boolean isChinese(Locale locale) {
    return LocalizedText.isChinese(locale);
  }

  private static Locale languageOf(Locale locale) {
    return isChinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
  }

  private static Map<String, String> load(String name) {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing message bundle " + name);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message bundle " + name, e);
    }
    Map<String, String> patterns = new HashMap<>();
    for (String key : properties.stringPropertyNames()) {
      patterns.put(key, properties.getProperty(key));
    }
    return Collections.unmodifiableMap(patterns);
  }
}
