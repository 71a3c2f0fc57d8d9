package dev.tolk.anthropic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one ObjectMapper of the API edge: snake_case, nulls omitted, unknown fields ignored. */
public final class Json {
  private Json() {}

  private static final class Holder {
    static final ObjectMapper MAPPER =
        JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
  }

  /** Built on first use, so that {@code --help} never pays for it. */
  public static ObjectMapper mapper() {
    return Holder.MAPPER;
  }
}
