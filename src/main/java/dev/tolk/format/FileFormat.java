package dev.tolk.format;

/** One localization file format: how to read it and where its translations go by convention. */
public interface FileFormat<D extends LocalizationDocument<D>> {
  String name();

  boolean handles(String fileName);

  /**
   * @param path the project-relative path, for messages
   * @param language the file's language (BCP 47), or null when unknown: it decides what a plural's
   *     "zero" means in formats that store plural forms under keys
   * @throws FormatException naming file, line and column when the bytes are not this format
   */
  D parse(String path, byte[] bytes, String language);

  /** A file of unknown language. */
  default D parse(String path, byte[] bytes) {
    return parse(path, bytes, null);
  }

  /**
   * The output pattern used when none is given, with {@code {dir}}, {@code {name}}, {@code {ext}}
   * and {@code {lang}}: for example {@code {dir}/{lang}.json} beside {@code en.json}.
   */
  String defaultOutputPattern(String sourceFileName, String sourceLanguage);

  /**
   * How this format's file names spell a language, for {@code {lang}} in an output pattern: a BCP
   * 47 tag ({@code pt-BR}, {@code zh-Hant}) by default.
   */
  default String localeName(String language) {
    return language;
  }
}
