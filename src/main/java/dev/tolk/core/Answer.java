package dev.tolk.core;

import java.util.Map;

/** What the model answered for one item, before it is checked: a text, or a plural's forms. */
public sealed interface Answer {
  /** The answer as one text, for reports and repair requests. */
  String display();

  record Text(String text) implements Answer {
    @Override
    public String display() {
      return text;
    }
  }

  /** Plural forms by category ({@code one}, {@code few}, ...) or explicit value ({@code =0}). */
  record Forms(Map<String, String> forms) implements Answer {
    public Forms {
      forms = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(forms));
    }

    @Override
    public String display() {
      return forms.toString();
    }
  }
}
