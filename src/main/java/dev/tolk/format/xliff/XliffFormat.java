package dev.tolk.format.xliff;

import dev.tolk.format.FileFormat;
import dev.tolk.format.TextFile;

/** XLIFF 1.2 and 2.0 bilingual files. */
public final class XliffFormat implements FileFormat<XliffDocument> {
  @Override
  public String name() {
    return "xliff";
  }

  @Override
  public boolean handles(String fileName) {
    String lower = fileName.toLowerCase();
    return lower.endsWith(".xlf") || lower.endsWith(".xliff");
  }

  @Override
  public XliffDocument parse(String path, byte[] bytes, String language) {
    return XliffDocument.parse(TextFile.decode(path, bytes));
  }

  /**
   * {@code messages.en.xlf} gives {@code messages.fr.xlf}; {@code messages.xlf} gives {@code
   * messages.fr.xlf}.
   */
  @Override
  public String defaultOutputPattern(String sourceFileName, String sourceLanguage) {
    String suffix = "." + sourceLanguage;
    int dot = sourceFileName.lastIndexOf('.');
    String name = sourceFileName.substring(0, dot);
    String ext = sourceFileName.substring(dot);
    return name.endsWith(suffix)
        ? "{dir}/" + name.substring(0, name.length() - suffix.length()) + ".{lang}" + ext
        : "{dir}/{name}.{lang}" + ext;
  }
}
