package dev.tolk.cli;

import dev.tolk.app.RunOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "review",
    description = {
      "Review the translations tolk wrote: a second model call per chunk sees source, translation,",
      "glossary and context, and lets each stand or corrects it with a reason. Corrections are",
      "validated like translations and written; a person's edit is never touched. Only what was",
      "not reviewed yet (--force: everything tolk wrote). Large reviews go through the Batch API",
      "like any run."
    },
    mixinStandardHelpOptions = true)
class ReviewCommand extends TranslationCommand implements Callable<Integer> {
  @Mixin ConfigOption config = new ConfigOption();

  @Override
  public Integer call() {
    return execute(config.file, null, null, RunOptions.Pass.REVIEW);
  }
}
