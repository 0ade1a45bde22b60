package org.shangliang.deliberation.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.process.Step;
import org.shangliang.deliberation.process.StepPlan;
import org.shangliang.deliberation.process.StepRole;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.tier.TierRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code profile diagram PROFILE}: a Mermaid flowchart of a profile's tiers (and where each escalates),
 * its step plan, its meeting stages and the four outcome flows with what follows each. Node ids are
 * ASCII ({@code tier_COMMUNITY}, {@code step_0}, {@code stage_SIGN_IN}, {@code outcome_SHELVED}); every
 * label is quoted, with {@code #}, {@code "}, {@code <} and {@code >} written as Mermaid entity codes,
 * so the diagram renders on any Markdown page that draws Mermaid.
 */
@Command(
    name = "diagram",
    mixinStandardHelpOptions = true,
    description = {
      "A Mermaid flowchart of a profile: tiers, steps, meeting stages and outcome flows"
          + " (即办/搁置/承诺/建议 and what follows each), as a ```mermaid block for Markdown."
    })
final class ProfileDiagramCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PROFILE", description = "A built-in profile or a profile file (JSON).")
  String profile;

  @Option(names = "--raw", description = "The diagram alone, without the ```mermaid fence.")
  boolean raw;

  @Override
  public Integer call() {
    ShangliangCommand root = ShangliangCommand.root(spec);
    String diagram = diagram(ModelOptions.profile("PROFILE", profile), root.lang());
    root.context().out().print(raw ? diagram : "```mermaid\n" + diagram + "```\n");
    return ExitCodes.OK;
  }

  /**
   * The Mermaid flowchart of a profile.
   *
   * @param p the profile
   * @param lang the language of the labels
   * @return the diagram's lines, each ending in a line feed, without a fence
   */
  static String diagram(Profile p, Lang lang) {
    List<String> lines = new ArrayList<>();
    List<String> edges = new ArrayList<>();
    ProfileFacts words = ProfileFacts.words(lang);
    lines.add("flowchart TD");
    lines.add("  title_node[" + quoted(p.name().in(lang.locale()) + " (" + p.id() + ")") + "]");

    lines.add("  subgraph tiers[" + quoted(lang.pick("层级", "Tiers")) + "]");
    for (TierRule tier : p.tiers()) {
      lines.add(
          "    tier_" + tier.level().name() + "[" + quoted(tier.level().label(lang.locale())
              + ": " + tier.body().in(lang.locale()) + " — " + words.cadenceWords(tier.cadence())) + "]");
      Optional<TierRule> up = tier.escalatesTo().flatMap(p::tier);
      up.ifPresent(
          u -> edges.add("  tier_" + tier.level().name() + " -->|" + quoted(lang.pick("上报", "escalates")) + "| tier_"
              + u.level().name()));
    }
    lines.add("  end");

    String previous = "title_node";
    String deliberate = null;
    Optional<StepPlan> plan = p.stepPlan();
    if (plan.isPresent()) {
      lines.add("  subgraph steps[" + quoted(plan.get().name().in(lang.locale())) + "]");
      List<Step> steps = plan.get().steps();
      for (int i = 0; i < steps.size(); i++) {
        Step step = steps.get(i);
        String id = "step_" + i;
        lines.add("    " + id + "[" + quoted(step.name().in(lang.locale()) + " (" + step.role().label(lang.locale()) + ")")
            + "]");
        edges.add("  " + previous + " --> " + id);
        previous = id;
        if (step.role() == StepRole.DELIBERATE && deliberate == null) {
          deliberate = id;
        }
      }
      lines.add("  end");
    }
    String meeting = deliberate != null ? deliberate : previous;
    if (!p.meetingStages().isEmpty()) {
      lines.add("  subgraph stages[" + quoted(lang.pick("会议环节", "Meeting stages")) + "]");
      String before = meeting;
      for (MeetingStage stage : p.meetingStages()) {
        String id = "stage_" + stage.name();
        lines.add("    " + id + "[" + quoted(stage.label(lang.locale())) + "]");
        edges.add("  " + before + (before.equals(meeting) ? " -.-> " : " --> ") + id);
        before = id;
      }
      lines.add("  end");
      meeting = before;
    }

    lines.add("  subgraph outcomes[" + quoted(lang.pick("结果分流", "Outcome flows")) + "]");
    lines.add("    result[" + quoted(lang.pick("协商结果", "Result of the deliberation")) + "]");
    for (OutcomeKind kind : OutcomeKind.values()) {
      String id = "outcome_" + kind.name();
      String follow = "follow_" + kind.name();
      lines.add("    " + id + "[" + quoted(kind.label(lang.locale())) + "]");
      lines.add("    " + follow + "[" + quoted(words.outcomeDuty(p, kind)) + "]");
      edges.add("  result --> " + id);
      edges.add("  " + id + " --> " + follow);
    }
    lines.add("  end");
    edges.add("  " + meeting + " --> result");

    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line).append('\n');
    }
    for (String edge : edges) {
      out.append(edge).append('\n');
    }
    return out.toString();
  }

  /**
   * A label as a quoted Mermaid string: {@code #}, {@code "}, {@code <} and {@code >} as entity codes,
   * line breaks as spaces.
   *
   * @param text the label
   * @return the quoted label
   */
  static String quoted(String text) {
    String escaped =
        text.replace("#", "#35;")
            .replace("\"", "#quot;")
            .replace("<", "#lt;")
            .replace(">", "#gt;")
            .replace('\n', ' ')
            .replace('\r', ' ');
    return "\"" + escaped + "\"";
  }
}
