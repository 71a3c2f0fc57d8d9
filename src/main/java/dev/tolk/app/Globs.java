package dev.tolk.app;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The globs of {@code --key} and {@code --file}: {@code *} and {@code ?} over keys (which may hold
 * slashes, like JSON Pointers), and the file system's glob over project-relative paths.
 */
final class Globs {
  private Globs() {}

  /** Keys matching a glob, or every key when there is none. */
  static Predicate<String> keys(String glob) {
    if (glob == null || glob.isBlank()) {
      return key -> true;
    }
    StringBuilder regex = new StringBuilder();
    for (char c : glob.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    Pattern pattern = Pattern.compile(regex.toString());
    return key -> pattern.matcher(key).matches();
  }

  /** Project-relative paths (forward slashes) matching a glob. */
  static Predicate<String> paths(String glob) {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    return relative -> matcher.matches(Path.of(relative));
  }
}
