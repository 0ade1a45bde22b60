package org.shangliang.deliberation.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.shangliang.deliberation.profile.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code profile diff A B}: the aspects two profiles set differently, built on the same facts as
 * {@code profile show}. An aspect only one profile has (a tier, a catalogue entry, a rule setting) is
 * shown as absent in the other. Identifying aspects (id, name) are left out.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "The aspects two profiles set differently (aspect, A, B); only the differing ones. Exit 0 either way."
    })
final class ProfileDiffCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "A built-in profile or a profile file.")
  String first;

  @Parameters(index = "1", paramLabel = "B", description = "A built-in profile or a profile file.")
  String second;

  @Mixin FormatOption format;

  /**
   * One differing aspect.
   *
   * @param key the aspect's stable key
   * @param aspect the aspect in words
   * @param a the first profile's value, or null if it does not have the aspect
   * @param b the second profile's value, or null if it does not have the aspect
   */
  record Difference(String key, String aspect, String a, String b) {

    /**
     * The difference as a JSON row.
     *
     * @return key, aspect, a and b by name (an absent value as null)
     */
    Map<String, String> row() {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("key", key);
      row.put("aspect", aspect);
      row.put("a", a);
      row.put("b", b);
      return row;
    }
  }

  /**
   * The differences between two profiles' facts, in the order of the first profile's facts, then the
   * aspects only the second has; identity ({@code id}, {@code name}) left out.
   *
   * @param a the first profile's facts
   * @param b the second profile's facts
   * @return the aspects whose values differ
   */
  static List<Difference> differences(List<ProfileFacts.Fact> a, List<ProfileFacts.Fact> b) {
    Map<String, ProfileFacts.Fact> left = byKey(a);
    Map<String, ProfileFacts.Fact> right = byKey(b);
    Map<String, Difference> out = new LinkedHashMap<>();
    for (ProfileFacts.Fact fact : a) {
      ProfileFacts.Fact other = right.get(fact.key());
      String otherValue = other == null ? null : other.value();
      if (!Objects.equals(fact.value(), otherValue)) {
        out.put(fact.key(), new Difference(fact.key(), fact.aspect(), fact.value(), otherValue));
      }
    }
    for (ProfileFacts.Fact fact : b) {
      if (!left.containsKey(fact.key())) {
        out.put(fact.key(), new Difference(fact.key(), fact.aspect(), null, fact.value()));
      }
    }
    out.remove("id");
    out.remove("name");
    return List.copyOf(out.values());
  }

  private static Map<String, ProfileFacts.Fact> byKey(List<ProfileFacts.Fact> facts) {
    Map<String, ProfileFacts.Fact> map = new LinkedHashMap<>();
    for (ProfileFacts.Fact fact : facts) {
      map.put(fact.key(), fact);
    }
    return map;
  }

  @Override
  public Integer call() {
    ShangliangCommand root = ShangliangCommand.root(spec);
    Lang lang = root.lang();
    Profile a = ModelOptions.profile("A", first);
    Profile b = ModelOptions.profile("B", second);
    List<Difference> differences = differences(ProfileFacts.of(a, lang), ProfileFacts.of(b, lang));
    if (format.json()) {
      JsonRows.write(root.context().out(), differences.stream().map(Difference::row).toList());
      return ExitCodes.OK;
    }
    if (differences.isEmpty()) {
      root.context()
          .out()
          .println(lang.pick("两个规程没有差别：", "No differences between ") + a.id() + lang.pick(" 与 ", " and ") + b.id());
      return ExitCodes.OK;
    }
    String absent = lang.pick("（无此项）", "(absent)");
    TextTable table = TextTable.of(lang.pick("方面", "Aspect"), first, second);
    for (Difference d : differences) {
      table.row(d.aspect(), d.a() == null ? absent : d.a(), d.b() == null ? absent : d.b());
    }
    root.context().out().print(table.render());
    return ExitCodes.OK;
  }
}
