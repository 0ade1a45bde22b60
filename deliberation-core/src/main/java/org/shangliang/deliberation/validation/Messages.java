package org.shangliang.deliberation.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.shangliang.deliberation.Labelled;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.topic.PublicFunds;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.UnitId;

/**
 * Renders violations and obligations as text in zh-CN or English, from the message patterns of the
 * built-in rules ({@code messages_zh_CN.properties} and {@code messages_en.properties} beside this
 * class, keyed by rule code, with {@link MessageFormat} arguments {@code {0}}, {@code {1}}, …) plus
 * any patterns a user adds for rules of their own with {@link #with(RuleCode, String, String)}. An
 * obligation's pattern is keyed in the same files by {@code obligation.} and the code of the rule
 * that reports it once it is missed ({@code obligation.meeting.problem.solution-late}).
 *
 * <p>Arguments are rendered so a reader can use them:
 *
 * <ul>
 *   <li>values that have a name in both languages (party kinds, tier levels, matter sizes, {@link
 *       LocalizedText}) in the reader's language;
 *   <li>unit ids, given the {@link Jurisdiction}, as the unit's name next to its id ({@code
 *       泉城路街道 (jinan.lixia.quancheng)}); without one, or for a unit it does not know, as the id;
 *   <li>instants in ISO form (UTC) or, given a zone (the profile's), as {@code 2026-11-20 19:40
 *       +08:00}, with seconds and their fraction only when not zero;
 *   <li>durations in days, hours, minutes and exact seconds, a negative one with a minus sign;
 *   <li>money ({@link PublicFunds}) in yuan with at least two decimals ({@code 240000.00}), never
 *       rounded; other decimals exactly as recorded;
 *   <li>collections joined with a comma; whole numbers as numbers; other values by {@code
 *       toString()}.
 * </ul>
 *
 * <p>The language is Chinese for any locale whose language is {@code zh} and English otherwise; the
 * JVM's default locale is never consulted. Rendering never throws on a violation or an obligation: a
 * code without a pattern, or a user's pattern that does not fit its arguments, renders as the code
 * followed by its arguments.
 *
 * <p>To render with another message source (a Spring {@code MessageSource}, say), use {@link
 * #arguments(Violation, Locale, ZoneId, Jurisdiction)} to get the localized arguments and look the
 * pattern up by {@link RuleCode#value()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Messages {
  private static final String OBLIGATION = "obligation.";

  private static final Messages BUILT_IN =
      new Messages(load("messages_zh_CN.properties"), load("messages_en.properties"));

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);

  private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx", Locale.ROOT);

  private static final LocalizedText DUE = LocalizedText.of("待办：", "Due: ");

  private static final LocalizedText OVERDUE = LocalizedText.of("已逾期：", "Overdue: ");

  private final Map<String, String> zh;
  private final Map<String, String> en;
  private final Map<String, String> dueZh;
  private final Map<String, String> dueEn;

  private Messages(Map<String, String> zhAll, Map<String, String> enAll) {
    this(rules(zhAll), rules(enAll), obligations(zhAll), obligations(enAll));
  }

  private Messages(
      Map<String, String> zh,
      Map<String, String> en,
      Map<String, String> dueZh,
      Map<String, String> dueEn) {
    this.zh = zh;
    this.en = en;
    this.dueZh = dueZh;
    this.dueEn = dueEn;
  }

  /**
   * The messages of the built-in rules and obligations.
   *
   * @return the messages
   */
  public static Messages builtIn() {
    return BUILT_IN;
  }

  /**
   * Renders a violation with the built-in messages, instants in UTC and units by id.
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
   * profile's) and units by id.
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
   * Renders a violation with the built-in messages, showing instants in a time zone and each unit
   * with its name from the jurisdiction next to its id.
   *
   * @param violation the violation
   * @param locale the reader's locale: Chinese for language {@code zh}, English otherwise
   * @param zone the zone instants are shown in, e.g. the profile's
   * @param jurisdiction the unit tree the names come from
   * @return the text; for a code without a message, the code followed by its arguments
   */
  public static String render(
      Violation violation, Locale locale, ZoneId zone, Jurisdiction jurisdiction) {
    return BUILT_IN.format(violation, locale, zone, jurisdiction);
  }

  /**
   * Renders an obligation with the built-in messages, showing instants in a time zone (such as the
   * profile's) and units by id: whether it is due or overdue, then what is owed by when, e.g. {@code
   * Due: The problem raised at 2026-11-20 19:40 +08:00 needs a proposed solution by 2026-11-21 19:40
   * +08:00.}
   *
   * @param obligation the obligation
   * @param locale the reader's locale: Chinese for language {@code zh}, English otherwise
   * @param zone the zone instants are shown in
   * @return the text
   */
  public static String render(Obligation obligation, Locale locale, ZoneId zone) {
    return BUILT_IN.format(obligation, locale, zone);
  }

  /**
   * Renders an obligation with the built-in messages, showing instants in a time zone and each unit
   * with its name from the jurisdiction next to its id.
   *
   * @param obligation the obligation
   * @param locale the reader's locale: Chinese for language {@code zh}, English otherwise
   * @param zone the zone instants are shown in
   * @param jurisdiction the unit tree the names come from
   * @return the text
   */
  public static String render(
      Obligation obligation, Locale locale, ZoneId zone, Jurisdiction jurisdiction) {
    return BUILT_IN.format(obligation, locale, zone, jurisdiction);
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
    return new Messages(
        Collections.unmodifiableMap(moreZh), Collections.unmodifiableMap(moreEn), dueZh, dueEn);
  }

  /**
   * Renders a violation, instants in UTC and units by id.
   *
   * @param violation the violation
   * @param locale the reader's locale: Chinese for language {@code zh}, English otherwise
   * @return the text; for a code without a message, the code followed by its arguments
   */
  public String format(Violation violation, Locale locale) {
    return format(violation, locale, ZoneOffset.UTC);
  }

  /**
   * Renders a violation, showing instants in a time zone and units by id.
   *
   * @param violation the violation
   * @param locale the reader's locale: Chinese for language {@code zh}, English otherwise
   * @param zone the zone instants are shown in
   * @return the text; for a code without a message, the code followed by its arguments
   */
  public String format(Violation violation, Locale locale, ZoneId zone) {
    return formatViolation(violation, locale, zone, null);
  }

  /**
   * Renders a violation, showing instants in a time zone and each unit with its name from the
   * jurisdiction next to its id.
   *
   * @param violation the violation
   * @param locale the reader's locale: Chinese for language {@code zh}, English otherwise
   * @param zone the zone instants are shown in
   * @param jurisdiction the unit tree the names come from
   * @return the text; for a code without a message, the code followed by its arguments
   */
  public String format(Violation violation, Locale locale, ZoneId zone, Jurisdiction jurisdiction) {
    return formatViolation(violation, locale, zone, jurisdiction);
  }

  /**
   * Renders an obligation, showing instants in a time zone and units by id.
   *
   * @param obligation the obligation
   * @param locale the reader's locale: Chinese for language {@code zh}, English otherwise
   * @param zone the zone instants are shown in
   * @return the text: due or overdue, then what is owed by when
   */
  public String format(Obligation obligation, Locale locale, ZoneId zone) {
    return formatObligation(obligation, locale, zone, null);
  }

  /**
   * Renders an obligation, showing instants in a time zone and each unit with its name from the
   * jurisdiction next to its id.
   *
   * @param obligation the obligation
   * @param locale the reader's locale: Chinese for language {@code zh}, English otherwise
   * @param zone the zone instants are shown in
   * @param jurisdiction the unit tree the names come from
   * @return the text: due or overdue, then what is owed by when
   */
  public String format(
      Obligation obligation, Locale locale, ZoneId zone, Jurisdiction jurisdiction) {
    return formatObligation(obligation, locale, zone, jurisdiction);
  }

  private String formatViolation(
      Violation violation, Locale locale, ZoneId zone, @Nullable Jurisdiction jurisdiction) {
    Locale language = languageOf(locale);
    Object[] args = arguments(violation.args(), language, zone, jurisdiction);
    String fallback = violation.code() + " " + Arrays.toString(args);
    return fill(pattern(violation.code(), language), args, language, fallback);
  }

  private String formatObligation(
      Obligation obligation, Locale locale, ZoneId zone, @Nullable Jurisdiction jurisdiction) {
    Locale language = languageOf(locale);
    Object[] args = arguments(obligation.args(), language, zone, jurisdiction);
    String fallback =
        obligation.code() + " @ " + obligation.path() + " " + Arrays.toString(args)
            + (isChinese(language) ? "，期限 " : ", due by ")
            + instant(obligation.dueAt(), zone);
    String text = fill(obligationPattern(obligation.code(), language), args, language, fallback);
    return (obligation.overdue() ? OVERDUE : DUE).in(language) + text;
  }

  private static String fill(
      Optional<String> pattern, Object[] args, Locale language, String fallback) {
    if (pattern.isEmpty()) {
      return fallback;
    }
    try {
      return new MessageFormat(pattern.get(), language).format(args);
    } catch (IllegalArgumentException notFitting) {
      // a user's pattern with a number or date format given another kind of argument
      return fallback;
    }
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
   * The pattern of an obligation in a language, by the code of the rule that reports it once missed.
   *
   * @param code the obligation's code
   * @param locale the locale: Chinese for language {@code zh}, English otherwise
   * @return the pattern, or empty if these messages have none for the code
   */
  public Optional<String> obligationPattern(RuleCode code, Locale locale) {
    Map<String, String> patterns = isChinese(locale) ? dueZh : dueEn;
    return Optional.ofNullable(patterns.get(code.value()));
  }

  /**
   * The rule codes these messages have patterns for in a language, sorted.
   *
   * @param locale the locale: Chinese for language {@code zh}, English otherwise
   * @return the codes
   */
  public Set<String> codes(Locale locale) {
    return Collections.unmodifiableSet(new TreeSet<>((isChinese(locale) ? zh : en).keySet()));
  }

  /**
   * The obligation codes these messages have patterns for in a language, sorted.
   *
   * @param locale the locale: Chinese for language {@code zh}, English otherwise
   * @return the codes
   */
  public Set<String> obligationCodes(Locale locale) {
    return Collections.unmodifiableSet(new TreeSet<>((isChinese(locale) ? dueZh : dueEn).keySet()));
  }

  /**
   * A violation's arguments rendered for a locale, instants in UTC and units by id.
   *
   * @param violation the violation
   * @param locale the locale
   * @return the arguments for a {@link MessageFormat}
   */
  public static Object[] arguments(Violation violation, Locale locale) {
    return arguments(violation.args(), locale, ZoneOffset.UTC, null);
  }

  /**
   * A violation's arguments rendered for a locale, with instants shown in a time zone ({@code
   * 2026-11-20 19:40 +08:00}) and units by id.
   *
   * @param violation the violation
   * @param locale the locale
   * @param zone the zone instants are shown in
   * @return the arguments for a {@link MessageFormat}
   */
  public static Object[] arguments(Violation violation, Locale locale, ZoneId zone) {
    return arguments(violation.args(), locale, zone, null);
  }

  /**
   * A violation's arguments rendered for a locale, with instants shown in a time zone and each unit
   * with its name from the jurisdiction next to its id.
   *
   * @param violation the violation
   * @param locale the locale
   * @param zone the zone instants are shown in
   * @param jurisdiction the unit tree the names come from
   * @return the arguments for a {@link MessageFormat}
   */
  public static Object[] arguments(
      Violation violation, Locale locale, ZoneId zone, Jurisdiction jurisdiction) {
    return arguments(violation.args(), locale, zone, jurisdiction);
  }

  /**
   * An obligation's arguments rendered for a locale, with instants shown in a time zone and units by
   * id.
   *
   * @param obligation the obligation
   * @param locale the locale
   * @param zone the zone instants are shown in
   * @return the arguments for a {@link MessageFormat}
   */
  public static Object[] arguments(Obligation obligation, Locale locale, ZoneId zone) {
    return arguments(obligation.args(), locale, zone, null);
  }

  /**
   * An obligation's arguments rendered for a locale, with instants shown in a time zone and each
   * unit with its name from the jurisdiction next to its id.
   *
   * @param obligation the obligation
   * @param locale the locale
   * @param zone the zone instants are shown in
   * @param jurisdiction the unit tree the names come from
   * @return the arguments for a {@link MessageFormat}
   */
  public static Object[] arguments(
      Obligation obligation, Locale locale, ZoneId zone, Jurisdiction jurisdiction) {
    return arguments(obligation.args(), locale, zone, jurisdiction);
  }

  private static Object[] arguments(
      List<Object> values, Locale locale, ZoneId zone, @Nullable Jurisdiction jurisdiction) {
    Object[] args = new Object[values.size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = argument(values.get(i), locale, zone, jurisdiction);
    }
    return args;
  }

  private static Object argument(
      Object arg, Locale locale, ZoneId zone, @Nullable Jurisdiction jurisdiction) {
    if (arg instanceof Labelled) {
      return ((Labelled) arg).label(locale);
    }
    if (arg instanceof LocalizedText) {
      return ((LocalizedText) arg).in(locale);
    }
    if (arg instanceof UnitId) {
      return unit((UnitId) arg, locale, jurisdiction);
    }
    if (arg instanceof PublicFunds) {
      return money(((PublicFunds) arg).amount());
    }
    if (arg instanceof Collection) {
      StringBuilder joined = new StringBuilder();
      for (Object element : (Collection<?>) arg) {
        if (joined.length() > 0) {
          joined.append(isChinese(locale) ? "、" : ", ");
        }
        joined.append(argument(element, locale, zone, jurisdiction));
      }
      return joined.toString();
    }
    if (arg instanceof BigDecimal) {
      return ((BigDecimal) arg).toPlainString();
    }
    if (arg instanceof Number) {
      return arg;
    }
    if (arg instanceof Duration) {
      return duration((Duration) arg, isChinese(locale));
    }
    if (arg instanceof Instant) {
      return instant((Instant) arg, zone);
    }
    if (arg instanceof TemporalAccessor) {
      return arg.toString();
    }
    return String.valueOf(arg);
  }

  /** A unit's name next to its id, or the id alone when there is no jurisdiction or no such unit. */
  private static String unit(UnitId id, Locale locale, @Nullable Jurisdiction jurisdiction) {
    Optional<AdministrativeUnit> unit =
        jurisdiction == null ? Optional.empty() : jurisdiction.unit(id);
    if (unit.isEmpty()) {
      return id.toString();
    }
    return unit.get().name() + (isChinese(locale) ? "（" + id + "）" : " (" + id + ")");
  }

  /** Yuan with at least two decimals, never rounded: 240000 → 240000.00, 1.005 stays 1.005. */
  private static String money(BigDecimal amount) {
    return (amount.scale() < 2 ? amount.setScale(2) : amount).toPlainString();
  }

  /**
   * An instant in ISO form for UTC; in another zone as {@code 2026-11-20 19:40 +08:00}, with seconds
   * and their fraction only when not zero; in ISO form too when the zone cannot show it (beyond the
   * years a date-time can hold).
   */
  private static String instant(Instant instant, ZoneId zone) {
    if (ZoneOffset.UTC.equals(zone)) {
      return instant.toString();
    }
    ZonedDateTime local;
    try {
      local = instant.atZone(zone);
    } catch (DateTimeException beyondRange) {
      return instant.toString();
    }
    StringBuilder text = new StringBuilder(MINUTES.format(local));
    if (local.getSecond() != 0 || local.getNano() != 0) {
      text.append(':').append(local.getSecond() < 10 ? "0" : "").append(local.getSecond());
      if (local.getNano() != 0) {
        text.append(BigDecimal.valueOf(local.getNano(), 9).stripTrailingZeros().toPlainString().substring(1));
      }
    }
    return text.append(' ').append(OFFSET.format(local)).toString();
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

  private static Map<String, String> rules(Map<String, String> all) {
    Map<String, String> patterns = new HashMap<>();
    for (Map.Entry<String, String> entry : all.entrySet()) {
      if (!entry.getKey().startsWith(OBLIGATION)) {
        patterns.put(entry.getKey(), entry.getValue());
      }
    }
    return Collections.unmodifiableMap(patterns);
  }

  private static Map<String, String> obligations(Map<String, String> all) {
    Map<String, String> patterns = new HashMap<>();
    for (Map.Entry<String, String> entry : all.entrySet()) {
      if (entry.getKey().startsWith(OBLIGATION)) {
        patterns.put(entry.getKey().substring(OBLIGATION.length()), entry.getValue());
      }
    }
    return Collections.unmodifiableMap(patterns);
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
