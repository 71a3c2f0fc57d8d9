package dev.tolk.format.strings;

import dev.tolk.format.FileFormat;
import dev.tolk.format.TextFile;

/** Apple {@code .strings} files (UTF-8 or UTF-16 with a byte order mark). */
public final class AppleStringsFormat implements FileFormat<AppleStringsDocument> {
  @Override
  public String name() {
    return "strings";
  }

  @Override
  public boolean handles(String fileName) {
    return fileName.toLowerCase().endsWith(".strings");
  }

  @Override
  public AppleStringsDocument parse(String path, byte[] bytes, String language) {
    return AppleStringsDocument.parse(TextFile.decode(path, bytes));
  }

  /** {@code en.lproj/Localizable.strings} gives {@code fr.lproj/Localizable.strings}. */
  @Override
  public String defaultOutputPattern(String sourceFileName, String sourceLanguage) {
    return "{dir}/../{lang}.lproj/{name}.{ext}";
  }
}
