package dev.tolk.format.android;

import dev.tolk.format.FileFormat;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.format.TextFile;

/** Android string resources: {@code res/values/strings.xml}. */
public final class AndroidFormat implements FileFormat {
  @Override
  public String name() {
    return "android";
  }

  @Override
  public boolean handles(String fileName) {
    return fileName.toLowerCase().endsWith(".xml");
  }

  @Override
  public LocalizationDocument parse(String path, byte[] bytes) {
    return AndroidDocument.parse(TextFile.decode(path, bytes));
  }

  /**
   * Beside {@code values/}: {@code values-fr/strings.xml} (regions as Android spells them are up to
   * -o).
   */
  @Override
  public String defaultOutputPattern(String sourceFileName, String sourceLanguage) {
    return "{dir}/../values-{lang}/{name}.{ext}";
  }
}
