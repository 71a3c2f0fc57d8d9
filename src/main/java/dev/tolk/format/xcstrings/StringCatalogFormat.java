package dev.tolk.format.xcstrings;

import dev.tolk.format.FileFormat;
import dev.tolk.format.TextFile;

/** Xcode String Catalogs ({@code .xcstrings}): every language in one file. */
public final class StringCatalogFormat implements FileFormat<StringCatalog> {
  @Override
  public String name() {
    return "xcstrings";
  }

  @Override
  public boolean handles(String fileName) {
    return fileName.toLowerCase().endsWith(".xcstrings");
  }

  @Override
  public StringCatalog parse(String path, byte[] bytes, String language) {
    return StringCatalog.parse(TextFile.decode(path, bytes));
  }

  @Override
  public String defaultOutputPattern(String sourceFileName, String sourceLanguage) {
    return "{dir}/{name}.{ext}";
  }
}
