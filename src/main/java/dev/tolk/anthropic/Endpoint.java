package dev.tolk.anthropic;

import dev.tolk.core.ConfigurationException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import okhttp3.HttpUrl;

/**
 * The API's origin. The key is only ever sent here: https, or plain http to a loopback address (a
 * local fake or proxy). A trailing {@code /v1} in the configured URL is tolerated.
 */
public record Endpoint(HttpUrl base) {

  public static Endpoint of(String url) {
    HttpUrl parsed = url == null ? null : HttpUrl.parse(url.trim());
    if (parsed == null) {
      throw new ConfigurationException(
          "ANTHROPIC_BASE_URL '"
              + url
              + "' is not an http(s) URL (expected e.g. https://api.anthropic.com)");
    }
    if (parsed.scheme().equals("http") && !isLoopback(parsed.host())) {
      throw new ConfigurationException(
          "ANTHROPIC_BASE_URL " + parsed + " uses plain http to a non-local host: use https");
    }
    String path = parsed.encodedPath().replaceAll("/+$", "");
    if (path.endsWith("/v1")) {
      path = path.substring(0, path.length() - 3);
    }
    return new Endpoint(parsed.newBuilder().encodedPath(path.isEmpty() ? "/" : path + "/").build());
  }

  /** The URL of an API path such as {@code v1/messages}. */
  public HttpUrl resolve(String path) {
    return base.newBuilder().addEncodedPathSegments(path).build();
  }

  /** Whether a URL given by the server (a results_url) is on this same origin. */
  public boolean sameOrigin(HttpUrl url) {
    return url.scheme().equals(base.scheme())
        && url.host().equals(base.host())
        && url.port() == base.port();
  }

  private static boolean isLoopback(String host) {
    if (host.equals("localhost")) {
      return true;
    }
    if (!host.matches("[0-9.]+|[0-9a-fA-F:]+")) {
      return false; // only literal addresses: a name could resolve anywhere
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
