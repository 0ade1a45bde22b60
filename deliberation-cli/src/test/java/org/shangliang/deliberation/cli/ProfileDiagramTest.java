package org.shangliang.deliberation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.cli.CliRunner.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;

class ProfileDiagramTest {

  private static final Pattern NODE = Pattern.compile("^\\s*([A-Za-z0-9_]+)\\[\"([^\"]*)\"\\]$");
  private static final Pattern SUBGRAPH = Pattern.compile("^\\s*subgraph ([A-Za-z0-9_]+)\\[\"([^\"]*)\"\\]$");
  private static final Pattern EDGE =
      Pattern.compile("^\\s*([A-Za-z0-9_]+) (-->|-\\.->)(\\|\"[^\"]*\"\\|)? ([A-Za-z0-9_]+)$");

  @ParameterizedTest
  @EnumSource(Lang.class)
  void drawsJinanAsTheGoldenDiagram(Lang lang) {
    CliRunner.Result result =
        cli().run("--lang", ProfileCommandsTest.tag(lang), "profile", "diagram", "jinan");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    Golden.assertMatches("profile/diagram-jinan." + ProfileCommandsTest.tag(lang) + ".txt", result.out());
  }

  @Test
  void drawsAWellFormedDiagramOfEveryBuiltInProfileInBothLanguages() {
    for (Profile profile : ModelOptions.builtInProfiles().values()) {
      for (Lang lang : Lang.values()) {
        assertWellFormed(ProfileDiagramCommand.diagram(profile, lang));
      }
    }
  }

  @Test
  void fencesTheDiagramUnlessRaw() {
    String fenced = cli().run("profile", "diagram", "bishan").out();
    String raw = cli().run("profile", "diagram", "bishan", "--raw").out();

    assertThat(fenced).startsWith("```mermaid\nflowchart TD\n").endsWith("\n```\n");
    assertThat(raw).startsWith("flowchart TD\n").doesNotContain("```");
    assertThat(fenced).isEqualTo("```mermaid\n" + raw + "```\n");
  }

  @Test
  void escapesQuotesAndMarkupInLabels() {
    Profile quoted =
        Profiles.jinan().withIdentity("q", LocalizedText.of("济南\"三个一\" <b>#1</b>", "Jinan \"three ones\" <b>#1</b>"));

    String diagram = ProfileDiagramCommand.diagram(quoted, Lang.EN);

    assertWellFormed(diagram);
    assertThat(diagram).contains("title_node[\"Jinan #quot;three ones#quot; #lt;b#gt;#35;1#lt;/b#gt; (q)\"]");
  }

  @Test
  void rejectsADiagramWithAnUndeclaredNodeOrAnOpenSubgraph() {
    String good = ProfileDiagramCommand.diagram(Profiles.bishan(), Lang.EN);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertWellFormed(good + "  result --> nowhere\n"))
        .isInstanceOf(AssertionError.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertWellFormed(good + "  subgraph x[\"x\"]\n"))
        .isInstanceOf(AssertionError.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertWellFormed(good + "  n[\"a \"b\" c\"]\n"))
        .isInstanceOf(AssertionError.class);
  }

  /**
   * Every line is the header, a node, a subgraph opening or end, or an edge; subgraphs balance; ids are
   * ASCII and declared once; every edge joins declared nodes; labels hold no bare quote.
   */
  static void assertWellFormed(String diagram) {
    List<String> lines = diagram.lines().toList();
    assertThat(lines.get(0)).isEqualTo("flowchart TD");
    Set<String> nodes = new HashSet<>();
    List<String[]> edges = new java.util.ArrayList<>();
    int depth = 0;
    for (String line : lines.subList(1, lines.size())) {
      Matcher node = NODE.matcher(line);
      Matcher subgraph = SUBGRAPH.matcher(line);
      Matcher edge = EDGE.matcher(line);
      if (subgraph.matches()) {
        depth++;
        assertThat(nodes.add(subgraph.group(1))).as("subgraph id declared once: %s", line).isTrue();
      } else if (line.trim().equals("end")) {
        depth--;
        assertThat(depth).as("an end without a subgraph").isGreaterThanOrEqualTo(0);
      } else if (node.matches()) {
        assertThat(nodes.add(node.group(1))).as("node id declared once: %s", line).isTrue();
      } else if (edge.matches()) {
        edges.add(new String[] {edge.group(1), edge.group(4)});
      } else {
        throw new AssertionError("not a node, subgraph, end or edge: " + line);
      }
    }
    assertThat(depth).as("subgraphs balanced").isZero();
    for (String[] edge : edges) {
      assertThat(nodes).as("edge %s --> %s joins declared nodes", edge[0], edge[1]).contains(edge[0], edge[1]);
    }
  }
}
