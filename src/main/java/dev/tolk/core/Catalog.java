package dev.tolk.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The entries of one localization file, in file order, looked up by key. */
public final class Catalog {
  private final Map<String, Entry> byKey = new LinkedHashMap<>();

  public Catalog(List<Entry> entries) {
    for (Entry entry : entries) {
      byKey.put(entry.key(), entry);
    }
  }

  public List<Entry> entries() {
    return List.copyOf(byKey.values());
  }

  public Entry get(String key) {
    return byKey.get(key);
  }

  public boolean contains(String key) {
    return byKey.containsKey(key);
  }

  public Map<String, Entry> asMap() {
    return Collections.unmodifiableMap(byKey);
  }

  public int size() {
    return byKey.size();
  }
}
