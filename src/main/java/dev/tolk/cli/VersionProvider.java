package dev.tolk.cli;

import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads the version that Maven wrote into the jar. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() throws Exception {
    Properties properties = new Properties();
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/dev/tolk/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    return new String[] {"tolk " + properties.getProperty("version", "unknown")};
  }
}
