package org.shangliang.deliberation.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DeliberationJsonException;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.Rule;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ResourceUtils;

/**
 * Builds {@link ConfiguredProfile}s from the properties: a built-in profile by id, or JSON
 * documents read from resource locations. Every fault names the property and the location.
 */
final class ProfileLoader {
  /** The built-in profiles by id. */
  static final Map<String, Supplier<Profile>> BUILT_IN =
      Map.of(
          "jinan", Profiles::jinan,
          "haidian", Profiles::haidian,
          "bishan", Profiles::bishan,
          "jinan-owners-example", Profiles::jinanOwnersExample);

  private final ResourceLoader resources;
  private final DeliberationJson json;
  private final Clock clock;
  private final List<Rule> rules;

  ProfileLoader(ResourceLoader resources, DeliberationJson json, Clock clock, List<Rule> rules) {
    this.resources = resources;
    this.json = json;
    this.clock = clock;
    this.rules = rules;
  }

  /**
   * Builds a configured profile.
   *
   * @param name its name
   * @param property the prefix of its properties, for messages ({@code shangliang} or {@code
   *     shangliang.profiles.jinan})
   */
  ConfiguredProfile load(
      String name, String property, String profile, String jurisdiction, String calendar) {
    if (profile == null || profile.isBlank()) {
      throw new IllegalStateException(property + ".profile: required, not set");
    }
    if (jurisdiction == null || jurisdiction.isBlank()) {
      throw new IllegalStateException(
          property + ".jurisdiction: required with " + property + ".profile, not set");
    }
    Profile read = profile(property + ".profile", profile.strip());
    Jurisdiction units = read(property + ".jurisdiction", DocumentKind.JURISDICTION, jurisdiction);
    WorkCalendar days =
        calendar == null || calendar.isBlank()
            ? WorkCalendar.weekendsOnly()
            : read(property + ".calendar", DocumentKind.CALENDAR, calendar);
    Validator.Builder validator = Validator.builder(read).jurisdiction(units).calendar(days);
    rules.forEach(validator::addRule);
    DeliberationJson records =
        DeliberationJson.builder()
            .limits(json.limits())
            .localTimesIn(read.zone())
            .rulesOf(read)
            .build();
    return new ConfiguredProfile(name, validator.build(), units, days, records, clock);
  }

  private Profile profile(String property, String value) {
    Supplier<Profile> builtIn = BUILT_IN.get(value);
    return builtIn != null ? builtIn.get() : read(property, DocumentKind.PROFILE, value);
  }

  /** Reads a document; a file is read as a file, so a profile may extend a file next to it. */
  private <T> T read(String property, DocumentKind<T> kind, String location) {
    Resource resource = resource(location.strip());
    try {
      if (resource.isFile()) {
        return json.read(kind, resource.getFile().toPath());
      }
      try (InputStream in = resource.getInputStream()) {
        return json.read(kind, in);
      }
    } catch (IOException | UncheckedIOException | DeliberationJsonException e) {
      throw new IllegalStateException(
          property + ": cannot read the " + kind.name() + " document " + location + ": "
              + e.getMessage(),
          e);
    }
  }

  private Resource resource(String location) {
    return ResourceUtils.isUrl(location)
        ? resources.getResource(location)
        : new FileSystemResource(location);
  }
}
