package dev.tolk.format;

import dev.tolk.core.InputException;
import dev.tolk.format.android.AndroidFormat;
import dev.tolk.format.csv.CsvFormat;
import dev.tolk.format.json.ArbFormat;
import dev.tolk.format.json.JsonFormat;
import dev.tolk.format.jsonl.JsonlFormat;
import dev.tolk.format.po.PoFormat;
import dev.tolk.format.properties.PropertiesFormat;
import dev.tolk.format.strings.AppleStringsFormat;
import dev.tolk.format.xcstrings.StringCatalogFormat;
import dev.tolk.format.xliff.XliffFormat;
import dev.tolk.format.yaml.YamlFormat;
import java.util.List;

/** The formats tolk reads, chosen by file name. */
public final class FormatRegistry {
  private final List<FileFormat<?>> formats;

  public FormatRegistry() {
    this(false);
  }

  private FormatRegistry(boolean arbEscaping) {
    formats =
        List.of(
            new JsonlFormat(),
            new JsonFormat(),
            new ArbFormat(arbEscaping),
            new PropertiesFormat(),
            new YamlFormat(),
            new PoFormat(),
            new AndroidFormat(),
            new XliffFormat(),
            new AppleStringsFormat(),
            new CsvFormat(),
            new StringCatalogFormat());
  }

  /**
   * The formats of one project.
   *
   * @param arbEscaping the Flutter project's l10n.yaml sets use-escaping: apostrophes in ARB
   *     messages quote ICU syntax
   */
  public static FormatRegistry forProject(boolean arbEscaping) {
    return new FormatRegistry(arbEscaping);
  }

  public FileFormat<?> forFile(String fileName) {
    for (FileFormat<?> format : formats) {
      if (format.handles(fileName)) {
        return format;
      }
    }
    throw new InputException(
        fileName
            + ": unsupported file type (supported: "
            + String.join(", ", formats.stream().map(FileFormat::name).toList())
            + ")");
  }
}
