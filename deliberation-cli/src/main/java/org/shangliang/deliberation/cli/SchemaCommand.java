package org.shangliang.deliberation.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.json.JsonSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code schema KIND}: the JSON Schema of a document kind, or {@code common} (the definitions the kinds
 * refer to); {@code --list} lists them with their ids.
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "The JSON Schema of a document kind (record, jurisdiction, calendar, ...) or of the definitions they"
          + " share (common); --list lists them with their ids."
    })
final class SchemaCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "KIND", description = "A document kind, as --list shows it.")
  String kind;

  @Option(names = "--list", description = "List the document kinds and their schema ids.")
  boolean list;

  @Override
  public Integer call() {
    ShangliangCommand root = ShangliangCommand.root(spec);
    List<DocumentKind<?>> kinds = DocumentKind.values();
    if (list) {
      for (DocumentKind<?> k : kinds) {
        root.context().out().println(k.name() + "\t" + JsonSchemas.id(k));
      }
      root.context().out().println(JsonSchemas.COMMON + "\t" + JsonSchemas.commonId());
      return ExitCodes.OK;
    }
    String names =
        kinds.stream().map(DocumentKind::name).collect(Collectors.joining(", ")) + ", " + JsonSchemas.COMMON;
    if (kind == null) {
      throw new CliFailure("KIND: missing; one of " + names + " (or --list)");
    }
    for (DocumentKind<?> k : kinds) {
      if (k.name().equalsIgnoreCase(kind)) {
        return print(root, k.schema());
      }
    }
    if (JsonSchemas.COMMON.equalsIgnoreCase(kind)) {
      return print(root, JsonSchemas.common());
    }
    throw new CliFailure("KIND: no document kind '" + kind + "'; one of " + names);
  }

  private static int print(ShangliangCommand root, String schema) {
    root.context().out().print(schema.endsWith("\n") ? schema : schema + "\n");
    return ExitCodes.OK;
  }
}
