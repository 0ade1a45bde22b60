package org.shangliang.deliberation.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.validation.Messages;
import org.shangliang.deliberation.validation.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code explain CODE}: one rule: its code, default severity, messages in Chinese and English, its
 * source and the articles it cites (publisher, date, title), and how each built-in profile sets it. An
 * unknown code is a usage error naming the nearest known codes.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "One rule: code, severity, messages in zh and en, source articles, and its setting in each"
          + " built-in profile."
    })
final class ExplainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "CODE", description = "A rule code, e.g. meeting.quorum.not-met.")
  String code;

  @Override
  public Integer call() {
    ShangliangCommand root = ShangliangCommand.root(spec);
    Lang lang = root.lang();
    Optional<RuleCatalogue.Entry> found = RuleCatalogue.find(code);
    if (found.isEmpty()) {
      throw new CliFailure(
          "CODE: no rule has the code '"
              + code
              + "'; nearest: "
              + String.join(", ", RuleCatalogue.nearest(code))
              + " (list them all with `shangliang rules`)");
    }
    RuleCatalogue.Entry entry = found.get();
    PrintStream out = root.context().out();
    out.println(lang.pick("代码：", "Code: ") + entry.code().value());
    out.println(lang.pick("默认级别：", "Default severity: ") + ProfileFacts.severity(entry.defaultSeverity(), lang));
    out.println(lang.pick("中文消息：", "Message (zh): ") + Messages.builtIn().pattern(entry.code(), Locale.SIMPLIFIED_CHINESE).orElse(""));
    out.println(lang.pick("英文消息：", "Message (en): ") + Messages.builtIn().pattern(entry.code(), Locale.ENGLISH).orElse(""));
    out.println(lang.pick("来源：", "Source: ") + entry.source());
    for (SourceArticles.Article article : SourceArticles.citedBy(entry.source())) {
      out.println(
          "  ["
              + article.id()
              + "] "
              + article.publisher()
              + ", "
              + article.date()
              + ", "
              + article.title());
    }
    out.println(lang.pick("各内置规程中的设定：", "In the built-in profiles:"));
    TextTable table = TextTable.of(lang.pick("规程", "Profile"), lang.pick("级别", "Severity"));
    for (Profile p : ModelOptions.builtInProfiles().values()) {
      Optional<Severity> severity = entry.severityUnder(p);
      table.row(p.id(), severity.map(s -> ProfileFacts.severity(s, lang)).orElse(lang.pick("关闭", "off")));
    }
    out.print(table.render());
    return ExitCodes.OK;
  }
}
