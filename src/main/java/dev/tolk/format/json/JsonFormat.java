package dev.tolk.format.json;

import dev.tolk.core.message.Dialect;
import dev.tolk.format.FileFormat;
import dev.tolk.format.TextFile;

/** Nested or flat JSON objects of strings (i18next, next-intl, Lingui, plain key-value). */
public final class JsonFormat implements FileFormat<JsonDocument> {
  @Override
  public String name() {
    return "json";
  }

  @Override
  public boolean handles(String fileName) {
    return fileName.toLowerCase().endsWith(".json");
  }

  @Override
  public JsonDocument parse(String path, byte[] bytes, String language) {
    return JsonDocument.parse(TextFile.decode(path, bytes), true, language, Dialect.AUTO);
  }

  @Override
  public String defaultOutputPattern(String sourceFileName, String sourceLanguage) {
    String name = sourceFileName.substring(0, sourceFileName.length() - ".json".length());
    return name.equalsIgnoreCase(sourceLanguage) ? "{dir}/{lang}.json" : "{dir}/{name}.{lang}.json";
  }
}
