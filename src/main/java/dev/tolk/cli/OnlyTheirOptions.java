package dev.tolk.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * The commands that share {@link TranslationOptions} do not all take every one of them: each
 * command's help, completion and parser list only what it acts on.
 */
final class OnlyTheirOptions {
  /** Options a command of the shared family has no use for. */
  private static final Map<String, List<String>> UNUSED =
      Map.of(
          "translate", List.of("--file"),
          "estimate",
              List.of(
                  "--dry-run",
                  "--no-wait",
                  "--poll-interval",
                  "--max-wait",
                  "--concurrency",
                  "--review"));

  private OnlyTheirOptions() {}

  static void prune(CommandLine root) {
    UNUSED.forEach(
        (name, options) -> {
          CommandLine command = root.getSubcommands().get(name);
          if (command == null) {
            return;
          }
          for (String option : options) {
            var spec = command.getCommandSpec().findOption(option);
            if (spec != null) {
              command.getCommandSpec().remove(spec);
            }
          }
        });
  }
}
