package dev.tolk.config;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A tolk.yaml value of the wrong kind, said in the file's terms ("concurrency: 'lots' is not a
 * number"), not in Java's.
 */
final class ConfigErrors {
  private ConfigErrors() {}

  static String describe(JsonMappingException e) {
    String key =
        e.getPath().stream()
            .map(
                reference ->
                    reference.getFieldName() != null
                        ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
            .collect(Collectors.joining("."))
            .replace(".[", "[");
    String prefix = key.isEmpty() ? "" : key + ": ";
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      String expected =
          key.equals("files")
              ? "a list of entries such as '- source: locales/en.json'"
              : kind(mismatch.getTargetType());
      if (e instanceof InvalidFormatException invalid && invalid.getValue() != null) {
        return prefix + "'" + invalid.getValue() + "' is not " + expected;
      }
      return prefix + "expected " + expected;
    }
    return prefix + e.getOriginalMessage().split("\n")[0];
  }

  private static String kind(Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a number";
    }
    if (type == Double.class || type == double.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a text";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list, such as [fr, de] or lines starting with '- '";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "a mapping of keys to values (key: value)";
    }
    return "a " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
  }
}
