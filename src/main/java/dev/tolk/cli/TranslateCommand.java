package dev.tolk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "translate",
    description = "Translate the files named here, without a config file.",
    mixinStandardHelpOptions = true)
final class TranslateCommand extends TranslationCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "Source-language files of any format tolk reads: JSON, JSONL, ARB, YAML, .properties,"
              + " .po/.pot, XLIFF, Android XML, .strings, .xcstrings, CSV.")
  List<Path> files;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PATTERN",
      description =
          "Where each language goes, with {lang}, {name}, {ext}, {dir} (default: the format's convention, "
              + "e.g. fr.json beside en.json, messages_fr.properties).")
  String output;

  @Override
  public Integer call() {
    return execute(null, files, output);
  }
}
