package dev.tolk.format.android;

import dev.tolk.format.FileFormat;
import dev.tolk.format.Locales;
import dev.tolk.format.TextFile;

/** Android string resources: {@code res/values/strings.xml}. */
public final class AndroidFormat implements FileFormat<AndroidDocument> {
  @Override
  public String name() {
    return "android";
  }

  @Override
  public boolean handles(String fileName) {
    return fileName.toLowerCase().endsWith(".xml");
  }

  @Override
  public AndroidDocument parse(String path, byte[] bytes, String language) {
    return AndroidDocument.parse(TextFile.decode(path, bytes));
  }

  /** Beside {@code values/}: {@code values-fr/strings.xml}, {@code values-pt-rBR/strings.xml}. */
  @Override
  public String defaultOutputPattern(String sourceFileName, String sourceLanguage) {
    return "{dir}/../values-{lang}/{name}.{ext}";
  }

  /** Android's resource qualifiers: {@code fr}, {@code pt-rBR}, {@code b+zh+Hant}. */
  @Override
  public String localeName(String language) {
    return Locales.android(language);
  }
}
