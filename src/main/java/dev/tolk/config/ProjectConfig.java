package dev.tolk.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.tolk.core.ConfigurationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** A project's {@code tolk.yaml}. Absent keys are null and fall back to the defaults. */
public record ProjectConfig(
    String source,
    List<String> targets,
    String provider,
    String model,
    List<FileSpec> files,
    BatchSection batch,
    ChunkingSection chunking,
    Integer concurrency,
    Boolean removeDeletedKeys,
    String context,
    Map<String, String> tone,
    Map<String, String> style,
    GlossarySection glossary,
    Map<String, Integer> maxLength,
    String scriptCheck,
    String review) {

  /** An empty config: every key falls back. */
  static ProjectConfig empty() {
    return new ProjectConfig(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null);
  }

  /**
   * @param keep terms never translated
   * @param terms language to source term to its fixed translation
   * @param check off, warn or reject: what a translation that does not follow the glossary gets
   */
  public record GlossarySection(
      List<String> keep, Map<String, Map<String, String>> terms, String check) {}

  /** A source path or glob, relative to the config file, and where each language goes. */
  public record FileSpec(String source, String output) {}

  public record BatchSection(
      Integer threshold, String pollInterval, String maxWait, Integer maxRequests, Long maxBytes) {}

  public record ChunkingSection(Integer maxItems, Integer maxOutputTokens) {}

  public static ProjectConfig read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ConfigurationException(file + ": config file not found");
    } catch (IOException e) {
      throw new ConfigurationException(file + ": cannot read: " + e.getMessage());
    }
    try {
      ProjectConfig config = Defaults.yaml(true).readValue(bytes, ProjectConfig.class);
      if (config == null) {
        throw new ConfigurationException(file + ": the config file is empty");
      }
      return config;
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigurationException(
          file
              + ":"
              + lineOf(
                  new String(bytes, StandardCharsets.UTF_8), e.getPropertyName(), e.getLocation())
              + ": unknown key '"
              + e.getPropertyName()
              + "' (known here: "
              + String.join(
                  ", ", e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList())
              + ")");
    } catch (JsonMappingException e) {
      throw new ConfigurationException(file + where(e) + ": " + ConfigErrors.describe(e));
    } catch (JsonProcessingException e) {
      throw new ConfigurationException(
          file + where(e) + ": " + e.getOriginalMessage().split("\n")[0]);
    } catch (IOException e) {
      throw new ConfigurationException(file + ": cannot read: " + e.getMessage());
    }
  }

  /** The line where the key is written: the parser reports where it stopped, often a line later. */
  private static int lineOf(String yaml, String key, JsonLocation fallback) {
    String[] lines = yaml.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].matches("\\s*-?\\s*" + Pattern.quote(key) + "\\s*:.*")) {
        return i + 1;
      }
    }
    return fallback == null ? 0 : fallback.getLineNr();
  }

  private static String where(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
  }
}
