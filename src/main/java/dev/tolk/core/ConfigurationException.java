package dev.tolk.core;

/** A configuration or credentials problem: a bad config file, a missing API key. Exit code 3. */
public class ConfigurationException extends RuntimeException {
  public ConfigurationException(String message) {
    super(message);
  }

  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
