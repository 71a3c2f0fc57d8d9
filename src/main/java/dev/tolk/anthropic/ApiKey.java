package dev.tolk.anthropic;

/** The API key: never printed, logged or written anywhere; only sent in the x-api-key header. */
public final class ApiKey {
  private final String value;

  private ApiKey(String value) {
    this.value = value;
  }

  public static ApiKey of(String value) {
    return new ApiKey(value.trim());
  }

  String value() {
    return value;
  }

  @Override
  public String toString() {
    return "ApiKey[redacted]";
  }
}
