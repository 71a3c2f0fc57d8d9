package dev.tolk.format.jsonl;

import dev.tolk.format.FileFormat;
import dev.tolk.format.TextFile;

/**
 * Items for scripts: one JSON object per line, {@code {"id": "...", "text": "..."}} with an
 * optional {@code "note"}; other fields are kept.
 */
public final class JsonlFormat implements FileFormat<JsonlDocument> {
  @Override
  public String name() {
    return "jsonl";
  }

  @Override
  public boolean handles(String fileName) {
    return fileName.toLowerCase().endsWith(".jsonl");
  }

  @Override
  public JsonlDocument parse(String path, byte[] bytes, String language) {
    return JsonlDocument.parse(TextFile.decode(path, bytes));
  }

  @Override
  public String defaultOutputPattern(String sourceFileName, String sourceLanguage) {
    return "{dir}/{name}.{lang}.jsonl";
  }
}
