package org.shangliang.deliberation.spring;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DeliberationModule;
import org.shangliang.deliberation.rules.Obligations;
import org.shangliang.deliberation.rules.Rule;
import org.shangliang.deliberation.rules.Validator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.ProblemDetail;

/**
 * Auto-configuration of Shangliang in a Spring Boot application. Every bean backs off when the
 * application defines one of its type:
 *
 * <ul>
 *   <li>{@link DeliberationJson}, the library's reader and writer;
 *   <li>{@link DeliberationProfiles}, every configured profile by name ({@code shangliang.profile}
 *       as {@value DeliberationProfiles#DEFAULT}, each of {@code shangliang.profiles.<name>}), their
 *       validators holding the application's {@link Rule} beans and their "now" given by the
 *       application's {@link Clock} bean, when it has one;
 *   <li>with {@code shangliang.profile} set: the default {@link ConfiguredProfile}, its {@link
 *       Validator} and its {@link Obligations};
 *   <li>{@link DeliberationMessages}, messages through the application's {@code MessageSource};
 *   <li>with Jackson, a {@link DeliberationModule}, which Boot registers with its {@code
 *       ObjectMapper} ({@code shangliang.jackson.enabled=false} leaves it out);
 *   <li>in a servlet web application, the {@link DeliberationProblemHandler} ({@code
 *       shangliang.problem-details.enabled=false} leaves it out).
 * </ul>
 */
@AutoConfiguration(
    before = JacksonAutoConfiguration.class,
    after = MessageSourceAutoConfiguration.class)
@EnableConfigurationProperties(ShangliangProperties.class)
public class ShangliangAutoConfiguration {
  /** Created by Spring. */
  public ShangliangAutoConfiguration() {}

  /**
   * The library's JSON reader and writer, with the default limits.
   *
   * @return the reader and writer
   */
  @Bean
  @ConditionalOnMissingBean
  public DeliberationJson deliberationJson() {
    return DeliberationJson.create();
  }

  /**
   * Every configured profile by name.
   *
   * @param properties the properties
   * @param resources where documents are read from
   * @param json the reader of the documents
   * @param clock the application's clock, if it has one
   * @param rules the application's rules, added to every validator
   * @return the profiles
   */
  @Bean
  @ConditionalOnMissingBean
  public DeliberationProfiles deliberationProfiles(
      ShangliangProperties properties,
      ResourceLoader resources,
      DeliberationJson json,
      ObjectProvider<Clock> clock,
      ObjectProvider<Rule> rules) {
    ProfileLoader loader =
        new ProfileLoader(
            resources,
            json,
            clock.getIfAvailable(Clock::systemUTC),
            rules.orderedStream().collect(Collectors.toList()));
    List<ConfiguredProfile> profiles = new ArrayList<>();
    if (properties.getProfile() != null) {
      profiles.add(
          loader.load(
              DeliberationProfiles.DEFAULT,
              "shangliang",
              properties.getProfile(),
              properties.getJurisdiction(),
              properties.getCalendar()));
    }
    for (Map.Entry<String, ShangliangProperties.Named> named :
        properties.getProfiles().entrySet()) {
      if (named.getKey().equals(DeliberationProfiles.DEFAULT) && properties.getProfile() != null) {
        throw new IllegalStateException(
            "shangliang.profiles.default: the name of the profile shangliang.profile configures");
      }
      ShangliangProperties.Named entry = named.getValue();
      profiles.add(
          loader.load(
              named.getKey(),
              "shangliang.profiles." + named.getKey(),
              entry.getProfile(),
              entry.getJurisdiction(),
              entry.getCalendar()));
    }
    return new DeliberationProfiles(profiles);
  }

  /**
   * The default profile, of the top-level properties.
   *
   * @param profiles every configured profile
   * @return the default profile
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "shangliang", name = "profile")
  public ConfiguredProfile defaultDeliberationProfile(DeliberationProfiles profiles) {
    return profiles
        .find(DeliberationProfiles.DEFAULT)
        .orElseThrow(
            () -> new IllegalStateException("shangliang.profile: no default profile configured"));
  }

  /**
   * The default profile's validator.
   *
   * @param profile the default profile
   * @return the validator
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "shangliang", name = "profile")
  public Validator deliberationValidator(ConfiguredProfile profile) {
    return profile.validator();
  }

  /**
   * The default profile's obligations.
   *
   * @param profile the default profile
   * @return the obligations
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "shangliang", name = "profile")
  public Obligations deliberationObligations(ConfiguredProfile profile) {
    return profile.obligations();
  }

  /**
   * Messages through the application's {@code MessageSource}.
   *
   * @param messageSource the application's message source
   * @return the messages
   */
  @Bean
  @ConditionalOnMissingBean
  public DeliberationMessages deliberationMessages(MessageSource messageSource) {
    return new DeliberationMessages(messageSource);
  }

  /** The JSON module, registered by Boot with its {@code ObjectMapper}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(ObjectMapper.class)
  @ConditionalOnProperty(
      prefix = "shangliang.jackson",
      name = "enabled",
      havingValue = "true",
      matchIfMissing = true)
  public static class JacksonConfiguration {
    /** Created by Spring. */
    public JacksonConfiguration() {}

    /**
     * The module; Boot's {@code JacksonAutoConfiguration} registers every {@code Module} bean.
     *
     * @return the module
     */
    @Bean
    @ConditionalOnMissingBean
    public DeliberationModule deliberationModule() {
      return new DeliberationModule();
    }
  }

  /** The problem-detail handler of a servlet web application. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(ProblemDetail.class)
  @ConditionalOnProperty(
      prefix = "shangliang.problem-details",
      name = "enabled",
      havingValue = "true",
      matchIfMissing = true)
  public static class ProblemDetailsConfiguration {
    /** Created by Spring. */
    public ProblemDetailsConfiguration() {}

    /**
     * The handler.
     *
     * @param properties the properties
     * @param messages where titles are looked up
     * @return the handler
     */
    @Bean
    @ConditionalOnMissingBean
    public DeliberationProblemHandler deliberationProblemHandler(
        ShangliangProperties properties, DeliberationMessages messages) {
      return new DeliberationProblemHandler(properties.getProblemDetails().getType(), messages);
    }
  }
}
