package dev.tolk.format.csv;

import dev.tolk.format.FileFormat;
import dev.tolk.format.TextFile;

/** CSV: a column per language under a header of language codes, or key/text pairs per language. */
public final class CsvFormat implements FileFormat<CsvDocument> {
  @Override
  public String name() {
    return "csv";
  }

  @Override
  public boolean handles(String fileName) {
    return fileName.toLowerCase().endsWith(".csv");
  }

  @Override
  public CsvDocument parse(String path, byte[] bytes, String language) {
    return CsvDocument.parse(TextFile.decode(path, bytes));
  }

  /** For key/text files; a file with a column per language is its own target. */
  @Override
  public String defaultOutputPattern(String sourceFileName, String sourceLanguage) {
    return "{dir}/{name}.{lang}.csv";
  }
}
