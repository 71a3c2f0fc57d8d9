package dev.tolk.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Sets the level of tolk's logs (to stderr, configured by LogConfigurator). */
final class Logging {
  private Logging() {}

  static void setLevel(String level) {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.toLevel(level, Level.WARN));
  }
}
