package org.shangliang.deliberation.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.validation.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rules}: every rule code with its severity (the default, or under {@code --profile} the
 * profile's setting: a changed severity or "off"), its message pattern in the chosen language and its
 * source; the table docs/rules.md shows, from the same catalogue.
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "The rules table: every rule code, its severity (default, or the profile's setting), its message"
          + " pattern in the chosen language and its source."
    })
final class RulesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = {"-p", "--profile"},
      paramLabel = "PROFILE",
      description = "Show severities under this profile (built-in id or file). Default: the rules' own severities.")
  String profile;

  @Mixin FormatOption format;

  @Override
  public Integer call() {
    ShangliangCommand root = ShangliangCommand.root(spec);
    Lang lang = root.lang();
    Profile p = profile == null ? null : ModelOptions.profile("--profile", profile);
    List<Map<String, String>> rows = new ArrayList<>();
    for (RuleCatalogue.Entry entry : RuleCatalogue.all()) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("code", entry.code().value());
      row.put("severity", severity(entry, p, lang, format.json()));
      row.put("message", Messages.builtIn().pattern(entry.code(), lang.locale()).orElse(""));
      row.put("source", entry.source());
      rows.add(row);
    }
    if (format.json()) {
      JsonRows.write(root.context().out(), rows);
      return ExitCodes.OK;
    }
    TextTable table =
        TextTable.of(
            lang.pick("代码", "Code"),
            p == null ? lang.pick("默认级别", "Default severity") : lang.pick("级别（" + p.id() + "）", "Severity (" + p.id() + ")"),
            lang.pick("消息", "Message"),
            lang.pick("来源", "Source"));
    for (Map<String, String> row : rows) {
      table.row(row.get("code"), row.get("severity"), row.get("message"), row.get("source"));
    }
    root.context().out().print(table.render());
    return ExitCodes.OK;
  }

  /** The severity in words (json: the enum's name, or OFF). */
  private static String severity(RuleCatalogue.Entry entry, Profile p, Lang lang, boolean machine) {
    var severity = p == null ? java.util.Optional.of(entry.defaultSeverity()) : entry.severityUnder(p);
    if (machine) {
      return severity.map(Enum::name).orElse("OFF");
    }
    return severity.map(s -> ProfileFacts.severity(s, lang)).orElse(lang.pick("关闭", "off"));
  }
}
