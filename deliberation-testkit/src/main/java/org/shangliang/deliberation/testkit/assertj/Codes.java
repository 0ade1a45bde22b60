package org.shangliang.deliberation.testkit.assertj;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.validation.RuleCode;

/** Reads the codes and paths an assertion is given, refusing malformed ones with a clear message. */
final class Codes {
  private Codes() {}

  static RuleCode code(String name, String text) {
    Objects.requireNonNull(text, name);
    try {
      return RuleCode.of(text);
    } catch (InvalidModelException e) {
      throw new IllegalArgumentException(
          name + ": not a rule code such as meeting.quorum.not-met, was \"" + text + "\"", e);
    }
  }

  static Set<RuleCode> codes(String name, String... texts) {
    Objects.requireNonNull(texts, name);
    Set<RuleCode> codes = new LinkedHashSet<>();
    for (int i = 0; i < texts.length; i++) {
      codes.add(code(name + "[" + i + "]", texts[i]));
    }
    return nonEmpty(name, codes);
  }

  static Set<RuleCode> codes(String name, RuleCode... given) {
    Objects.requireNonNull(given, name);
    Set<RuleCode> codes = new LinkedHashSet<>();
    for (int i = 0; i < given.length; i++) {
      codes.add(Objects.requireNonNull(given[i], name + "[" + i + "]"));
    }
    return nonEmpty(name, codes);
  }

  private static Set<RuleCode> nonEmpty(String name, Set<RuleCode> codes) {
    if (codes.isEmpty()) {
      throw new IllegalArgumentException(
          name + ": needs at least one code; to assert no violation at all use isClean()");
    }
    return codes;
  }

  static Path path(String text) {
    Objects.requireNonNull(text, "path");
    try {
      return Path.parse(text);
    } catch (InvalidModelException e) {
      throw new IllegalArgumentException(
          "path: not a path such as meetings[0].attendance, was \"" + text + "\"", e);
    }
  }
}
