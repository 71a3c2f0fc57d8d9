package dev.tolk.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.tolk.core.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** A project's {@code tolk.yaml}. Absent keys are null and fall back to the defaults. */
public record ProjectConfig(
    String source,
    List<String> targets,
    String provider,
    String model,
    List<FileSpec> files,
    BatchSection batch,
    ChunkingSection chunking,
    Integer concurrency) {

  /** A source path or glob, relative to the config file, and where each language goes. */
  public record FileSpec(String source, String output) {}

  public record BatchSection(Integer threshold, String pollInterval) {}

  public record ChunkingSection(Integer maxItems, Integer maxOutputTokens) {}

  public static ProjectConfig read(Path file) {
    try {
      ProjectConfig config = Defaults.yaml(true).readValue(Files.readAllBytes(file), ProjectConfig.class);
      if (config == null) {
        throw new ConfigurationException(file + ": the config file is empty");
      }
      return config;
    } catch (NoSuchFileException e) {
      throw new ConfigurationException(file + ": config file not found");
    } catch (JsonMappingException e) {
      throw new ConfigurationException(file + where(e) + ": " + e.getOriginalMessage().split("\n")[0]);
    } catch (JsonProcessingException e) {
      throw new ConfigurationException(file + where(e) + ": " + e.getOriginalMessage().split("\n")[0]);
    } catch (IOException e) {
      throw new ConfigurationException(file + ": cannot read: " + e.getMessage());
    }
  }

  private static String where(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
  }
}
