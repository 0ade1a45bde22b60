package org.shangliang.deliberation.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What a command that reports on records takes: the record files ({@link RecordInputs}) and what they
 * are judged against ({@link ModelOptions}), with the command's context and language. A picocli mixin.
 */
final class RecordSource {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Mixin RecordInputs inputs;

  @Mixin ModelOptions model;

  /** The context the command runs in. */
  CliContext context() {
    return ShangliangCommand.root(spec).context();
  }

  /** The language of readable output. */
  Lang lang() {
    return ShangliangCommand.root(spec).lang();
  }

  /** The model options. */
  ModelOptions model() {
    return model;
  }

  /**
   * Reads every record, listing each unreadable line on standard error.
   *
   * @return the records and the counts
   */
  BadLines read() {
    return BadLines.read(inputs, context(), model);
  }
}
