package dev.tolk.format.po;

import dev.tolk.format.FileFormat;
import dev.tolk.format.Locales;
import dev.tolk.format.TextFile;

/** GNU gettext PO files and POT templates. */
public final class PoFormat implements FileFormat<PoDocument> {
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
  public PoDocument parse(String path, byte[] bytes, String language) {
    return PoDocument.parse(TextFile.decode(path, bytes), language);
  }

  @Override
  public String defaultOutputPattern(String sourceFileName, String sourceLanguage) {
    return "{dir}/{lang}.po";
  }

  /** gettext spells locales with underscores: {@code pt_BR.po}, {@code Language: pt_BR}. */
  @Override
  public String localeName(String language) {
    return Locales.underscored(language);
  }
}
