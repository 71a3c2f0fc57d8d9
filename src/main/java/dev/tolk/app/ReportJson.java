package dev.tolk.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tolk.anthropic.Json;

/** The run report as one JSON document (snake_case keys), for scripts and CI. */
public final class ReportJson {
  private ReportJson() {}

  public static String render(RunReport report) {
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
