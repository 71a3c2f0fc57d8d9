package dev.tolk.format.json;

import dev.tolk.format.FileFormat;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.format.TextFile;

/**
 * Flutter's Application Resource Bundle: a flat JSON object of ICU messages; {@code @key} entries
 * describe a message (their description goes to the model as a note) and {@code @@locale} names the
 * file's language. Repeated members are tolerated (the last counts), as Flutter's tools do.
 */
public final class ArbFormat implements FileFormat {
  @Override
  public String name() {
    return "arb";
  }

  @Override
  public boolean handles(String fileName) {
    return fileName.toLowerCase().endsWith(".arb");
  }

  @Override
  public LocalizationDocument parse(String path, byte[] bytes) {
    return new ArbDocument(JsonDocument.parse(TextFile.decode(path, bytes), false));
  }

  @Override
  public String defaultOutputPattern(String sourceFileName, String sourceLanguage) {
    String name = sourceFileName.substring(0, sourceFileName.length() - ".arb".length());
    String suffix = "_" + sourceLanguage;
    return name.endsWith(suffix)
        ? "{dir}/" + name.substring(0, name.length() - suffix.length()) + "_{lang}.arb"
        : "{dir}/{name}_{lang}.arb";
  }
}
