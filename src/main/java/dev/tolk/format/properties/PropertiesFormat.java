package dev.tolk.format.properties;

import dev.tolk.format.FileFormat;
import dev.tolk.format.Locales;

/** Java {@code .properties} resource bundles. */
public final class PropertiesFormat implements FileFormat<PropertiesDocument> {
  @Override
  public String name() {
    return "properties";
  }

  @Override
  public boolean handles(String fileName) {
    return fileName.toLowerCase().endsWith(".properties");
  }

  @Override
  public PropertiesDocument parse(String path, byte[] bytes, String language) {
    return PropertiesDocument.parse(path, bytes);
  }

  @Override
  public String defaultOutputPattern(String sourceFileName, String sourceLanguage) {
    String name = sourceFileName.substring(0, sourceFileName.length() - ".properties".length());
    String suffix = "_" + Locales.underscored(sourceLanguage);
    return name.endsWith(suffix)
        ? "{dir}/" + name.substring(0, name.length() - suffix.length()) + "_{lang}.properties"
        : "{dir}/{name}_{lang}.properties";
  }

  /** Java resource bundles spell locales with underscores: {@code messages_pt_BR.properties}. */
  @Override
  public String localeName(String language) {
    return Locales.underscored(language);
  }
}
