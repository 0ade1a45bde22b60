package org.shangliang.deliberation.spring;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The starter's settings, under {@code shangliang}. Three properties make a validator:
 *
 * <pre>
 * shangliang.profile=jinan
 * shangliang.jurisdiction=classpath:units.json
 * shangliang.calendar=classpath:calendar-2026.json
 * </pre>
 *
 * <p>A service that serves several cities names each under {@code shangliang.profiles}:
 *
 * <pre>
 * shangliang.profiles.jinan.profile=jinan-owners-example
 * shangliang.profiles.jinan.jurisdiction=classpath:jinan-units.json
 * shangliang.profiles.bishan.profile=classpath:profiles/bishan-city.json
 * shangliang.profiles.bishan.jurisdiction=file:/etc/shangliang/bishan-units.json
 * </pre>
 *
 * <p>A location is a Spring resource location ({@code classpath:…}, {@code file:…}, a URL); one
 * without a prefix is a file.
 */
@ConfigurationProperties(prefix = "shangliang")
public class ShangliangProperties {
  /**
   * The profile (规程) of the default validator: a built-in id (jinan, haidian, bishan,
   * jinan-owners-example) or the location of a JSON profile document (classpath:…, file:…; without a
   * prefix, a file). A profile read from a file may extend a file next to it. Unset: no default
   * validator (named profiles may still be configured).
   */
  private String profile;

  /**
   * The location of the unit tree (a JSON jurisdiction document) of the default validator; required
   * with shangliang.profile.
   */
  private String jurisdiction;

  /**
   * The location of the work calendar (a JSON calendar document: holidays and make-up working days)
   * of the default validator. Unset: weekends only.
   */
  private String calendar;

  /**
   * Named profiles, for a service that serves several cities: each with its own profile,
   * jurisdiction and calendar, as the top-level properties. The name "default" is the top-level
   * profile's when shangliang.profile is set.
   */
  private final Map<String, Named> profiles = new LinkedHashMap<>();

  private final Jackson jackson = new Jackson();

  private final ProblemDetails problemDetails = new ProblemDetails();

  /** Creates empty settings; Spring binds them. */
  public ShangliangProperties() {}

  /**
   * The default validator's profile: a built-in id or a location.
   *
   * @return the profile, or {@code null} when not set
   */
  public String getProfile() {
    return profile;
  }

  /**
   * Sets the default validator's profile.
   *
   * @param profile a built-in id or a location
   */
  public void setProfile(String profile) {
    this.profile = profile;
  }

  /**
   * The location of the default validator's unit tree.
   *
   * @return the location, or {@code null} when not set
   */
  public String getJurisdiction() {
    return jurisdiction;
  }

  /**
   * Sets the location of the default validator's unit tree.
   *
   * @param jurisdiction the location
   */
  public void setJurisdiction(String jurisdiction) {
    this.jurisdiction = jurisdiction;
  }

  /**
   * The location of the default validator's work calendar.
   *
   * @return the location, or {@code null} for weekends only
   */
  public String getCalendar() {
    return calendar;
  }

  /**
   * Sets the location of the default validator's work calendar.
   *
   * @param calendar the location
   */
  public void setCalendar(String calendar) {
    this.calendar = calendar;
  }

  /**
   * The named profiles, by name, in the order given.
   *
   * @return the map Spring binds into
   */
  public Map<String, Named> getProfiles() {
    return profiles;
  }

  /**
   * The settings of the JSON module on Boot's {@code ObjectMapper}.
   *
   * @return the settings
   */
  public Jackson getJackson() {
    return jackson;
  }

  /**
   * The settings of the problem-detail error handler.
   *
   * @return the settings
   */
  public ProblemDetails getProblemDetails() {
    return problemDetails;
  }

  /** One named profile: its profile, unit tree and work calendar. */
  public static class Named {
    /**
     * The profile: a built-in id (jinan, haidian, bishan, jinan-owners-example) or the location of
     * a JSON profile document.
     */
    private String profile;

    /** The location of the unit tree (a JSON jurisdiction document); required. */
    private String jurisdiction;

    /** The location of the work calendar (a JSON calendar document). Unset: weekends only. */
    private String calendar;

    /** Creates an empty entry; Spring binds it. */
    public Named() {}

    /**
     * The profile: a built-in id or a location.
     *
     * @return the profile, or {@code null} when not set
     */
    public String getProfile() {
      return profile;
    }

    /**
     * Sets the profile.
     *
     * @param profile a built-in id or a location
     */
    public void setProfile(String profile) {
      this.profile = profile;
    }

    /**
     * The location of the unit tree.
     *
     * @return the location, or {@code null} when not set
     */
    public String getJurisdiction() {
      return jurisdiction;
    }

    /**
     * Sets the location of the unit tree.
     *
     * @param jurisdiction the location
     */
    public void setJurisdiction(String jurisdiction) {
      this.jurisdiction = jurisdiction;
    }

    /**
     * The location of the work calendar.
     *
     * @return the location, or {@code null} for weekends only
     */
    public String getCalendar() {
      return calendar;
    }

    /**
     * Sets the location of the work calendar.
     *
     * @param calendar the location
     */
    public void setCalendar(String calendar) {
      this.calendar = calendar;
    }
  }

  /** The settings of the JSON module on Boot's {@code ObjectMapper}. */
  public static class Jackson {
    /**
     * Whether to register the deliberation JSON module (DeliberationModule) with Boot's
     * ObjectMapper, so that controllers read and write records, unit trees, calendars, profiles and
     * reports in the library's wire format.
     */
    private boolean enabled = true;

    /** Creates the default settings. */
    public Jackson() {}

    /**
     * Whether the module is registered.
     *
     * @return {@code true} by default
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether the module is registered.
     *
     * @param enabled whether to register it
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** The settings of the problem-detail error handler. */
  public static class ProblemDetails {
    /**
     * Whether malformed deliberation documents (and model values that cannot be built) are answered
     * with an RFC 9457 problem detail (400) carrying the JSON pointer of each fault. Servlet web
     * applications only.
     */
    private boolean enabled = true;

    /** The problem type URI of a malformed document (RFC 9457 "type"). */
    private URI type = URI.create("about:blank");

    /** Creates the default settings. */
    public ProblemDetails() {}

    /**
     * Whether the handler answers malformed documents.
     *
     * @return {@code true} by default
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether the handler answers malformed documents.
     *
     * @param enabled whether to answer them
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * The problem type of a malformed document.
     *
     * @return the type, {@code about:blank} by default
     */
    public URI getType() {
      return type;
    }

    /**
     * Sets the problem type of a malformed document.
     *
     * @param type the type URI
     */
    public void setType(URI type) {
      this.type = type;
    }
  }
}
