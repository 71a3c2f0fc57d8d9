package dev.tolk.format.po;

import dev.tolk.format.FileFormat;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.format.TextFile;

/** GNU gettext PO files and POT templates. */
public final class PoFormat implements FileFormat {
  @Override
  public String name() {
    return "po";
  }

  @Override
  public boolean handles(String fileName) {
    String lower = fileName.toLowerCase();
    return lower.endsWith(".po") || lower.endsWith(".pot");
  }

  @Override
  public LocalizationDocument parse(String path, byte[] bytes) {
    return PoDocument.parse(TextFile.decode(path, bytes));
  }

  @Override
  public String defaultOutputPattern(String sourceFileName, String sourceLanguage) {
    return "{dir}/{lang}.po";
  }
}
