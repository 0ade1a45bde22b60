package org.shangliang.deliberation.spring;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.validation.Messages;
import org.shangliang.deliberation.validation.Obligation;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Violations and obligations as text, through Spring's {@link MessageSource}: a message is looked up
 * by the rule's code ({@code meeting.quorum.not-met}; an obligation by {@code obligation.} and the
 * code) first in the application's {@code MessageSource} — so a service overrides any message, or
 * adds a language, in its own {@code messages*.properties} — and then in the library's bundles
 * (zh-CN and English, read with {@code alwaysUseMessageFormat}). Arguments are rendered as {@link
 * Messages#arguments(Violation, Locale, ZoneId, Jurisdiction)} renders them: names in the reader's
 * language, instants in the profile's zone, units by name. A code no bundle knows renders as {@link
 * Messages#builtIn()} renders it: the code and its arguments.
 *
 * <p>In a web request, pass the request's locale (a controller's {@code Locale} parameter, or
 * {@code LocaleContextHolder.getLocale()}): Spring MVC resolves it from {@code Accept-Language}.
 * The library's bundles are Chinese for a locale whose language is {@code zh} and English otherwise.
 *
 * <p>An obligation is prefixed by {@code shangliang.obligation.due} or {@code
 * shangliang.obligation.overdue} ({@code 待办：{0}}, {@code Due: {0}}), which the application may
 * override too. Thread-safe.
 */
public class DeliberationMessages {
  /** The base name of the library's bundles of rule and obligation messages. */
  public static final String LIBRARY_BUNDLE = "org/shangliang/deliberation/validation/messages";

  /** The base name of the starter's own bundles (obligation prefixes, problem titles). */
  public static final String STARTER_BUNDLE = "org/shangliang/deliberation/spring/messages";

  private static final String OBLIGATION = "obligation.";

  private static final JsonFactory JSON = new JsonFactory();

  private final MessageSource application;
  private final ResourceBundleMessageSource library;

  /**
   * Creates the messages.
   *
   * @param application the application's message source, consulted first
   */
  public DeliberationMessages(MessageSource application) {
    this.application = Objects.requireNonNull(application, "application");
    this.library = new ResourceBundleMessageSource();
    library.setBasenames(LIBRARY_BUNDLE, STARTER_BUNDLE);
    library.setDefaultEncoding("UTF-8");
    library.setAlwaysUseMessageFormat(true);
    library.setFallbackToSystemLocale(false);
  }

  /**
   * A message by code: the application's, else the library's in Chinese or English.
   *
   * @param code the code
   * @param args the arguments, already rendered
   * @param locale the reader's locale
   * @return the text, or empty if no bundle has the code
   */
  public Optional<String> message(String code, Object[] args, Locale locale) {
    String own = application.getMessage(code, args, null, locale);
    if (own != null && !own.equals(code)) { // useCodeAsDefaultMessage answers the code itself
      return Optional.of(own);
    }
    return Optional.ofNullable(library.getMessage(code, args, null, language(locale)));
  }

  /**
   * A violation's text in the configured profile's zone, units named from its jurisdiction.
   *
   * @param violation the violation
   * @param locale the reader's locale
   * @param profile the profile the violation was reported under
   * @return the text
   */
  public String render(Violation violation, Locale locale, ConfiguredProfile profile) {
    return render(violation, locale, profile.profile().zone(), profile.jurisdiction());
  }

  /**
   * A violation's text.
   *
   * @param violation the violation
   * @param locale the reader's locale
   * @param zone the zone instants are shown in
   * @param jurisdiction the unit tree units are named from
   * @return the text
   */
  public String render(Violation violation, Locale locale, ZoneId zone, Jurisdiction jurisdiction) {
    Object[] args = Messages.arguments(violation, locale, zone, jurisdiction);
    return message(violation.code().value(), args, locale)
        .orElseGet(() -> Messages.builtIn().format(violation, locale, zone, jurisdiction));
  }

  /**
   * An obligation's text in the configured profile's zone: due or overdue, then what is owed by
   * when.
   *
   * @param obligation the obligation
   * @param locale the reader's locale
   * @param profile the profile the obligation is owed under
   * @return the text
   */
  public String render(Obligation obligation, Locale locale, ConfiguredProfile profile) {
    return render(obligation, locale, profile.profile().zone(), profile.jurisdiction());
  }

  /**
   * An obligation's text: due or overdue, then what is owed by when.
   *
   * @param obligation the obligation
   * @param locale the reader's locale
   * @param zone the zone instants are shown in
   * @param jurisdiction the unit tree units are named from
   * @return the text
   */
  public String render(
      Obligation obligation, Locale locale, ZoneId zone, Jurisdiction jurisdiction) {
    Object[] args = Messages.arguments(obligation, locale, zone, jurisdiction);
    Optional<String> owed = message(OBLIGATION + obligation.code().value(), args, locale);
    if (owed.isEmpty()) {
      return Messages.builtIn().format(obligation, locale, zone, jurisdiction);
    }
    String prefix = obligation.overdue() ? "shangliang.obligation.overdue" : "shangliang.obligation.due";
    return message(prefix, new Object[] {owed.get()}, locale).orElse(owed.get());
  }

  /**
   * The report document of {@code deliberation-json} ({@link DocumentKind#REPORT}) with each
   * violation's {@code "message"} rendered here, in each language asked for — the form {@link
   * DocumentKind#reportWithMessages} writes, which the library reads back.
   *
   * @param report the report
   * @param profile the profile it was made under
   * @param languages the languages: {@code zh-CN} for a Chinese locale, {@code en} for any other
   * @return the JSON text
   */
  public String reportDocument(
      ValidationReport report, ConfiguredProfile profile, Locale... languages) {
    String plain = profile.json().write(DocumentKind.REPORT, report);
    return withMessages(
        plain, report.violations(), languages, (v, locale) -> render(v, locale, profile));
  }

  /**
   * The obligations document of {@code deliberation-json} ({@link DocumentKind#OBLIGATIONS}) with
   * each obligation's {@code "message"} rendered here, in each language asked for.
   *
   * @param obligations the obligations
   * @param profile the profile they are owed under
   * @param languages the languages: {@code zh-CN} for a Chinese locale, {@code en} for any other
   * @return the JSON text
   */
  public String obligationsDocument(
      List<Obligation> obligations, ConfiguredProfile profile, Locale... languages) {
    String plain = profile.json().write(DocumentKind.OBLIGATIONS, obligations);
    return withMessages(plain, obligations, languages, (o, locale) -> render(o, locale, profile));
  }

  /**
   * Copies a report or obligations document, adding {@code "message": {"zh-CN": …, "en": …}} last
   * in each element of its one array (the objects at depth 3), in the order of the values.
   */
  private static <T> String withMessages(
      String document, List<T> values, Locale[] languages, BiFunction<T, Locale, String> render) {
    StringWriter text = new StringWriter();
    try (JsonParser in = JSON.createParser(document);
        JsonGenerator out = JSON.createGenerator(text)) {
      int depth = 0;
      int index = 0;
      for (JsonToken token = in.nextToken(); token != null; token = in.nextToken()) {
        if (token == JsonToken.END_OBJECT && depth == 3) {
          T value = values.get(index++);
          out.writeObjectFieldStart("message");
          Set<String> written = new HashSet<>();
          for (Locale language : languages) {
            if (written.add(tag(language))) {
              out.writeStringField(tag(language), render.apply(value, language));
            }
          }
          out.writeEndObject();
        }
        if (token.isStructStart()) {
          depth++;
        } else if (token.isStructEnd()) {
          depth--;
        }
        out.copyCurrentEventExact(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static String tag(Locale locale) {
    return LocalizedText.isChinese(locale) ? "zh-CN" : "en";
  }

  private static Locale language(Locale locale) {
    return LocalizedText.isChinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
  }
}
