package org.shangliang.deliberation.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shangliang.deliberation.decision.DecisionRule;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.topic.CatalogueEntry;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.Topic;

/**
 * The names by which a record's vote may refer to a rule of its profile instead of writing it in
 * full: a matter size's token ({@code "major"}, {@code "minor"}, {@code "urgent"}) names the
 * profile's {@linkplain Profile#decisionRules() rule for that size}, and {@value #ENTRY_PREFIX}
 * followed by a catalogue entry's id ({@code "entry:lift-installation"}) names the profile's
 * {@linkplain Profile#entryDecisionRules() rule for that entry}. A size's token never begins with
 * {@value #ENTRY_PREFIX}, so the two kinds of name cannot collide, whatever an entry's id is.
 *
 * <p>Reading, a vote's {@code "rule"} that is a JSON string is such a name, resolved against the
 * profile the reader was given; without one ({@link #NONE}) it is refused, saying the reader needs
 * the profile. Writing, a vote's rule is written as the name the profile would pick for the
 * record's topic ({@link Profile#decisionRule(Topic)}: its entry's rule if the profile sets one,
 * else its size's) when the vote's rule equals that rule, and in full otherwise or without a
 * profile. Immutable and thread-safe.
 */
public final class RuleNames {
  /** What a catalogue entry's id is prefixed with to name the entry's rule. */
  public static final String ENTRY_PREFIX = "entry:";

  /** No profile: names are refused when read, and rules are written in full. */
  public static final RuleNames NONE = new RuleNames(null, null, null);

  private final Profile profile;

  /** The name to write for the topic the writer is at, or {@code null} for none. */
  private final String preferredName;

  /** The rule {@link #preferredName} names, or {@code null}. */
  private final DecisionRule preferredRule;

  private RuleNames(Profile profile, String preferredName, DecisionRule preferredRule) {
    this.profile = profile;
    this.preferredName = preferredName;
    this.preferredRule = preferredRule;
  }

  /**
   * The names of a profile's rules.
   *
   * @param profile the profile
   * @return the names
   */
  public static RuleNames of(Profile profile) {
    return new RuleNames(Objects.requireNonNull(profile, "profile"), null, null);
  }

  /**
   * The names for a profile if there is one, else {@link #NONE}.
   *
   * @param profile the profile, or empty
   * @return the names
   */
  public static RuleNames of(Optional<Profile> profile) {
    return profile.map(RuleNames::of).orElse(NONE);
  }

  /**
   * The profile whose rules are named.
   *
   * @return the profile, or empty for {@link #NONE}
   */
  public Optional<Profile> profile() {
    return Optional.ofNullable(profile);
  }

  /**
   * The name of the rule a profile sets for a matter size: the size's token.
   *
   * @param size the size
   * @return the name, such as {@code "major"}
   */
  public static String nameOf(MatterSize size) {
    return TopicCodecs.MATTER_SIZES.token(size);
  }

  /**
   * The name of the rule a profile sets for a catalogue entry: {@value #ENTRY_PREFIX} and the id.
   *
   * @param entry the entry's id
   * @return the name, such as {@code "entry:lift-installation"}
   */
  public static String nameOfEntry(String entry) {
    return ENTRY_PREFIX + entry;
  }

  /**
   * The names of the profile's rules: its sizes' in the enum's order, then its entries' in the
   * catalogue's order (and any other entry after them).
   *
   * @return the names; empty for {@link #NONE}
   */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    if (profile == null) {
      return names;
    }
    for (MatterSize size : MatterSize.values()) {
      if (profile.decisionRules().containsKey(size)) {
        names.add(nameOf(size));
      }
    }
    List<String> entries = new ArrayList<>();
    for (CatalogueEntry entry : profile.catalogue().entries()) {
      if (profile.entryDecisionRules().containsKey(entry.id())) {
        entries.add(entry.id());
      }
    }
    for (String entry : profile.entryDecisionRules().keySet()) {
      if (!entries.contains(entry)) {
        entries.add(entry);
      }
    }
    for (String entry : entries) {
      names.add(nameOfEntry(entry));
    }
    return names;
  }

  /**
   * The rule a name refers to.
   *
   * @param name the name
   * @return the rule, or empty if the profile has no rule of that name (or there is no profile)
   */
  public Optional<DecisionRule> rule(String name) {
    if (profile == null) {
      return Optional.empty();
    }
    if (name.startsWith(ENTRY_PREFIX)) {
      return Optional.ofNullable(
          profile.entryDecisionRules().get(name.substring(ENTRY_PREFIX.length())));
    }
    MatterSize size = TopicCodecs.MATTER_SIZES.constant(name);
    return size == null ? Optional.empty() : Optional.ofNullable(profile.decisionRules().get(size));
  }

  /**
   * These names, writing the rules of votes on a topic: a rule equal to the one the profile sets for
   * the topic is written as that rule's name.
   *
   * @param topic the record's topic
   * @return the names for writing that record's votes; {@link #NONE} stays {@link #NONE}
   */
  public RuleNames at(Topic topic) {
    if (profile == null) {
      return this;
    }
    Optional<String> entry = topic.catalogueEntry();
    if (entry.isPresent()) {
      DecisionRule rule = profile.entryDecisionRules().get(entry.get());
      if (rule != null) {
        return new RuleNames(profile, nameOfEntry(entry.get()), rule);
      }
    }
    DecisionRule rule = profile.decisionRules().get(topic.matterSize());
    return new RuleNames(profile, rule == null ? null : nameOf(topic.matterSize()), rule);
  }

  /**
   * Reads a tagged decision rule ({@link DecisionCodecs#readDecisionRule}) or, if the value is a
   * string, the profile's rule of that name. A name is refused at its pointer if there is no
   * profile or the profile has no rule of that name.
   *
   * @param in the reader
   * @return the rule
   */
  public DecisionRule readRule(JsonIn in) {
    if (!in.nextIsString()) {
      return DecisionCodecs.readDecisionRule(in);
    }
    String name = in.string();
    if (profile == null) {
      throw in.fail(
          "names a rule of a profile, was "
              + JsonIn.quote(name)
              + ", but the reader was given no profile: read the record with"
              + " DeliberationJson.builder().rulesOf(profile), or write the rule in full as a tagged"
              + " object ({\"type\": …})");
    }
    Optional<DecisionRule> rule = rule(name);
    if (rule.isEmpty()) {
      List<String> names = names();
      throw in.fail(
          "unknown rule name, was "
              + JsonIn.quote(name)
              + (names.isEmpty()
                  ? "; the profile " + JsonIn.quote(profile.id()) + " sets no decision rules"
                  : "; the rules of the profile "
                      + JsonIn.quote(profile.id())
                      + " are "
                      + names));
    }
    return rule.get();
  }

  /**
   * Writes a vote's rule: the name of the profile's rule for the topic ({@link #at(Topic)}) if the
   * rule equals it, else the tagged rule ({@link DecisionCodecs#writeDecisionRule}).
   *
   * @param out the writer
   * @param rule the rule
   */
  public void writeRule(JsonOut out, DecisionRule rule) {
    if (preferredName != null && preferredRule.equals(rule)) {
      out.string(preferredName);
    } else {
      DecisionCodecs.writeDecisionRule(out, rule);
    }
  }
}
