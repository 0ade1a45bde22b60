package org.shangliang.deliberation.spring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The profiles a service is configured with, by name: the top-level {@code shangliang.profile} as
 * {@value #DEFAULT}, and each of {@code shangliang.profiles.<name>}. Immutable and thread-safe.
 */
public final class DeliberationProfiles {
  /** The name of the profile the top-level properties configure. */
  public static final String DEFAULT = "default";

  private final Map<String, ConfiguredProfile> byName;

  /**
   * Creates the registry.
   *
   * @param profiles the profiles, each under its own name, in the order they are listed
   * @throws IllegalArgumentException if two have the same name
   */
  public DeliberationProfiles(List<ConfiguredProfile> profiles) {
    Map<String, ConfiguredProfile> map = new LinkedHashMap<>();
    for (ConfiguredProfile profile : profiles) {
      if (map.putIfAbsent(profile.name(), profile) != null) {
        throw new IllegalArgumentException("two profiles named " + profile.name());
      }
    }
    this.byName = Collections.unmodifiableMap(map);
  }

  /**
   * The profile of a name.
   *
   * @param name the name
   * @return the profile, or empty if none has that name
   */
  public Optional<ConfiguredProfile> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * The names, in the order configured.
   *
   * @return the names
   */
  public Set<String> names() {
    return byName.keySet();
  }

  /**
   * The profiles, in the order configured.
   *
   * @return the profiles
   */
  public List<ConfiguredProfile> all() {
    return List.copyOf(byName.values());
  }

  @Override
  public String toString() {
    return "DeliberationProfiles" + byName.keySet();
  }
}
