package dev.tolk.format;

/** One localization file format: how to read it and where its translations go by convention. */
public interface FileFormat {
  String name();

  boolean handles(String fileName);

  /**
   * @param path the project-relative path, for messages
   * @throws FormatException naming file, line and column when the bytes are not this format
   */
  LocalizationDocument parse(String path, byte[] bytes);

  /**
   * The output pattern used when none is given, with {@code {dir}}, {@code {name}}, {@code {ext}}
   * and {@code {lang}}: for example {@code {dir}/{lang}.json} beside {@code en.json}.
   */
  String defaultOutputPattern(String sourceFileName, String sourceLanguage);
}
