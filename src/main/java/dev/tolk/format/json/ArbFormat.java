package dev.tolk.format.json;

import dev.tolk.core.message.Dialect;
import dev.tolk.format.FileFormat;
import dev.tolk.format.Locales;
import dev.tolk.format.TextFile;

/**
 * Flutter's Application Resource Bundle: a flat JSON object of ICU messages; {@code @key} entries
 * describe a message (their description goes to the model as a note) and {@code @@locale} names the
 * file's language. Repeated members are tolerated (the last counts), as Flutter's tools do.
 * Apostrophes are literal text unless the project's {@code l10n.yaml} sets {@code use-escaping:
 * true}, as in Flutter's gen-l10n.
 */
public final class ArbFormat implements FileFormat<ArbDocument> {
  private final boolean useEscaping;

  public ArbFormat() {
    this(false);
  }

  public ArbFormat(boolean useEscaping) {
    this.useEscaping = useEscaping;
  }

  @Override
  public String name() {
    return "arb";
  }

  @Override
  public boolean handles(String fileName) {
    return fileName.toLowerCase().endsWith(".arb");
  }

  @Override
  public ArbDocument parse(String path, byte[] bytes, String language) {
    Dialect dialect = useEscaping ? Dialect.ICU : Dialect.ICU_LITERAL_APOSTROPHES;
    return new ArbDocument(
        JsonDocument.parse(TextFile.decode(path, bytes), false, language, dialect));
  }

  @Override
  public String defaultOutputPattern(String sourceFileName, String sourceLanguage) {
    String name = sourceFileName.substring(0, sourceFileName.length() - ".arb".length());
    for (String suffix :
        new String[] {"_" + sourceLanguage, "_" + Locales.underscored(sourceLanguage)}) {
      if (name.endsWith(suffix)) {
        return "{dir}/" + name.substring(0, name.length() - suffix.length()) + "_{lang}.arb";
      }
    }
    return "{dir}/{name}_{lang}.arb";
  }

  /** Flutter spells locales with underscores: {@code app_pt_BR.arb}, {@code app_zh_Hant.arb}. */
  @Override
  public String localeName(String language) {
    return Locales.underscored(language);
  }
}
