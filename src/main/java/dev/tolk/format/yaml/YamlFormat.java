package dev.tolk.format.yaml;

import dev.tolk.format.FileFormat;
import dev.tolk.format.TextFile;

/** YAML locale files: Rails style (one top-level key naming the language) or plain. */
public final class YamlFormat implements FileFormat<YamlDocument> {
  @Override
  public String name() {
    return "yaml";
  }

  @Override
  public boolean handles(String fileName) {
    String lower = fileName.toLowerCase();
    return lower.endsWith(".yml") || lower.endsWith(".yaml");
  }

  @Override
  public YamlDocument parse(String path, byte[] bytes, String language) {
    return YamlDocument.parse(TextFile.decode(path, bytes), language);
  }

  @Override
  public String defaultOutputPattern(String sourceFileName, String sourceLanguage) {
    int dot = sourceFileName.lastIndexOf('.');
    String name = sourceFileName.substring(0, dot);
    String ext = sourceFileName.substring(dot);
    return name.equalsIgnoreCase(sourceLanguage)
        ? "{dir}/{lang}" + ext
        : "{dir}/{name}.{lang}" + ext;
  }
}
