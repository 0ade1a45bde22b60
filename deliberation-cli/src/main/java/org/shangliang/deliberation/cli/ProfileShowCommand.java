package org.shangliang.deliberation.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.shangliang.deliberation.profile.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code profile show PROFILE}: everything a profile sets, as a table of aspects and values. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Everything a profile sets, in words: tiers, steps, meeting stages, quorums and decision rules"
          + " (exact thresholds), catalogue, outcome kinds and what follows each, time windows, rule"
          + " settings, party acts, risk assessment, duty and negative lists."
    })
final class ProfileShowCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PROFILE",
      description = "A built-in profile (jinan, haidian, bishan, jinan-owners-example) or a profile file (JSON).")
  String profile;

  @Mixin FormatOption format;

  @Override
  public Integer call() {
    ShangliangCommand root = ShangliangCommand.root(spec);
    Lang lang = root.lang();
    Profile p = ModelOptions.profile("PROFILE", profile);
    List<ProfileFacts.Fact> facts = ProfileFacts.of(p, lang);
    if (format.json()) {
      JsonRows.write(root.context().out(), facts.stream().map(ProfileFacts.Fact::row).toList());
      return ExitCodes.OK;
    }
    TextTable table = TextTable.of(lang.pick("方面", "Aspect"), lang.pick("设定", "Setting"));
    for (ProfileFacts.Fact fact : facts) {
      table.row(fact.aspect(), fact.value());
    }
    root.context().out().print(table.render());
    return ExitCodes.OK;
  }
}
