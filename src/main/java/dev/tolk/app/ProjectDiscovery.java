package dev.tolk.app;

import dev.tolk.core.LanguageCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a project's localization files where frameworks keep them (Rails {@code config/locales},
 * Android {@code res/values*}, gettext {@code locale/*}{@code /LC_MESSAGES} and {@code po/},
 * i18next {@code locales/*}{@code /}, Flutter {@code lib/l10n}, Xcode {@code .lproj} folders and
 * String Catalogs), with the languages already there, for {@code tolk init}.
 */
final class ProjectDiscovery {
  private static final Set<String> SKIPPED =
      Set.of(
          ".git",
          ".tolk",
          "node_modules",
          "build",
          "target",
          "dist",
          "out",
          "vendor",
          "Pods",
          ".gradle",
          ".idea",
          "venv",
          ".venv",
          "__pycache__",
          ".dart_tool");
  private static final int MAX_DEPTH = 10;

  /**
   * One source file tolk can translate.
   *
   * @param output the output pattern, or null when the format's convention finds the targets
   * @param languages the languages found, the source's among them
   */
  record Found(String kind, String source, String output, String language, Set<String> languages) {}

  /** A layout: a path pattern whose group "lang" names a language, grouped by group "home". */
  private record Layout(String kind, Pattern pattern, String output) {}

  private static final List<Layout> LAYOUTS =
      List.of(
          new Layout(
              "Rails",
              Pattern.compile("(?<home>(.*/)?config/locales/)(?<lang>[A-Za-z_-]+)\\.yml"),
              "{home}{lang}.yml"),
          new Layout(
              "Django / gettext",
              Pattern.compile(
                  "(?<home>(.*/)?locale/)(?<lang>[A-Za-z_@-]+)/LC_MESSAGES/(?<name>[^/]+)\\.po"),
              "{home}{lang}/LC_MESSAGES/{name}.po"),
          new Layout(
              "gettext",
              Pattern.compile("(?<home>(.*/)?po/)(?<lang>[A-Za-z_@-]+)\\.po"),
              "{home}{lang}.po"),
          new Layout(
              "i18next",
              Pattern.compile("(?<home>(.*/)?locales/)(?<lang>[A-Za-z_-]+)/(?<name>[^/]+)\\.json"),
              "{home}{lang}/{name}.json"),
          new Layout(
              "JSON",
              Pattern.compile(
                  "(?<home>(.*/)?(locales|i18n|lang|translations|messages)/)(?<lang>[A-Za-z_-]+)\\.json"),
              "{home}{lang}.json"),
          new Layout(
              "Flutter",
              Pattern.compile(
                  "(?<home>(.*/)?lib/l10n/)(?<name>[A-Za-z]+)_(?<lang>[A-Za-z_]+)\\.arb"),
              null),
          new Layout(
              "Apple strings",
              Pattern.compile(
                  "(?<home>(.*/)?)(?<lang>[A-Za-z_-]+)\\.lproj/(?<name>[^/]+)\\.strings"),
              "{home}{lang}.lproj/{name}.strings"),
          new Layout(
              "Android",
              Pattern.compile("(?<home>(.*/)?res/)values(?<lang>-[^/]+)?/strings\\.xml"),
              null));

  private static final Pattern ANDROID_REGION = Pattern.compile("-([a-z]{2,3})(-r([A-Z]{2}))?");

  private ProjectDiscovery() {}

  static List<Found> discover(Path root) {
    List<String> files = files(root);
    List<Found> found = new ArrayList<>();
    Set<String> claimed = new TreeSet<>();
    for (Layout layout : LAYOUTS) {
      Map<String, Map<String, String>> groups = new TreeMap<>(); // home+name -> language -> path
      Map<String, String[]> homes = new TreeMap<>();
      for (String file : files) {
        Matcher matcher = layout.pattern().matcher(file);
        if (!matcher.matches() || claimed.contains(file)) {
          continue;
        }
        String language = language(layout, matcher.group("lang"));
        if (language == null) {
          continue;
        }
        String name = layout.pattern().pattern().contains("?<name>") ? matcher.group("name") : "";
        String group = matcher.group("home") + "\u0000" + name;
        groups.computeIfAbsent(group, g -> new TreeMap<>()).put(language, file);
        homes.put(group, new String[] {matcher.group("home"), name, matcher.group("lang")});
      }
      groups.forEach(
          (group, byLanguage) -> {
            String source =
                byLanguage.containsKey("en") ? "en" : byLanguage.keySet().iterator().next();
            if (layout.kind().equals("Android") && !byLanguage.containsKey("en")) {
              return; // no res/values/strings.xml: nothing to translate from
            }
            String[] home = homes.get(group);
            String output =
                layout.output() == null
                    ? null
                    : layout.output().replace("{home}", home[0]).replace("{name}", home[1]);
            byLanguage.values().forEach(claimed::add);
            found.add(
                new Found(
                    layout.kind(),
                    byLanguage.get(source),
                    output,
                    source,
                    new TreeSet<>(byLanguage.keySet())));
          });
    }
    for (String file : files) {
      if (file.endsWith(".xcstrings")) {
        found.add(new Found("String Catalog", file, null, "en", Set.of("en")));
      }
    }
    return found;
  }

  /** The BCP 47 tag a layout's folder or file name stands for; null when it is not a language. */
  private static String language(Layout layout, String name) {
    if (layout.kind().equals("Android")) {
      if (name == null) {
        return "en"; // res/values holds the source; its language is not in the path
      }
      if (name.startsWith("-b+")) {
        return valid(name.substring(3).replace('+', '-'));
      }
      Matcher region = ANDROID_REGION.matcher(name);
      if (!region.matches()) {
        return null; // values-night, values-v21, values-land
      }
      return valid(region.group(1) + (region.group(3) == null ? "" : "-" + region.group(3)));
    }
    return valid(name);
  }

  private static String valid(String code) {
    try {
      return LanguageCode.require(code);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static List<String> files(Path root) {
    List<String> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          Set.of(),
          MAX_DEPTH,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              return !dir.equals(root) && SKIPPED.contains(dir.getFileName().toString())
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              files.add(root.relativize(file).toString().replace('\\', '/'));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE; // an unreadable folder is not a localization file
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(String::compareTo);
    return files;
  }
}
