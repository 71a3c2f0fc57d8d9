package dev.tolk.format;

import java.util.LinkedHashMap;
import java.util.Map;

/** The order in which a writer inserts new values. */
public final class InsertionOrder {
  private InsertionOrder() {}

  /**
   * The values whose keys the source does not have first (in their own order), then those it has in
   * the order of the source.
   *
   * @param inSourceOrder the values whose keys the source has, in the source's order
   */
  public static Map<String, String> of(
      Map<String, String> values, Map<String, String> inSourceOrder) {
    Map<String, String> ordered = new LinkedHashMap<>();
    values.forEach(
        (key, value) -> {
          if (!inSourceOrder.containsKey(key)) {
            ordered.put(key, value);
          }
        });
    ordered.putAll(inSourceOrder);
    return ordered;
  }
}
