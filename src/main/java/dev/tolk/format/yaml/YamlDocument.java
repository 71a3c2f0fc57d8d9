package dev.tolk.format.yaml;

import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.core.message.CldrPlurals;
import dev.tolk.core.message.Message;
import dev.tolk.format.EditPlan;
import dev.tolk.format.InsertionOrder;
import dev.tolk.format.KeyedPlurals;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.format.TextFile;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A YAML locale file read with SnakeYAML's node marks: translating replaces scalar spans (in their
 * own quoting style), inserting adds lines at the mapping's indentation next to the source's
 * neighbour, and every other byte (comments, order, anchors, numbers, nulls) stays. Keys are paths
 * ({@code /activerecord/errors/blank}) below the language key of a Rails file. A mapping of plural
 * categories ({@code one:}, {@code other:}) is one plural message; Rails' date formats and
 * separators are translated with a note saying what they are.
 */
public final class YamlDocument implements LocalizationDocument<YamlDocument> {
  private final TextFile file;
  private final String text;
  private final YamlTree tree;

  private YamlDocument(TextFile file, YamlTree tree) {
    this.file = file;
    this.text = file.text();
    this.tree = tree;
  }

  static YamlDocument parse(TextFile file, String language) {
    return new YamlDocument(file, YamlReader.read(file, language));
  }

  @Override
  public Catalog catalog() {
    return new Catalog(tree.entries());
  }

  @Override
  public Message normalized(String key, Message value) {
    if (value instanceof Message.Plural plural && tree.plurals().containsKey(key)) {
      return plural.withBranches(
          KeyedPlurals.normalized(plural.branches(), tree.language(), plural.kind()));
    }
    return value;
  }

  /**
   * Scalar values by path: a plural's forms under their category keys.
   *
   * @param language the language of the file the values go into
   */
  private Map<String, String> scalars(
      Map<String, Message> values, Set<String> removals, String language) {
    Map<String, String> scalars = new LinkedHashMap<>();
    values.forEach(
        (path, message) -> {
          if (message instanceof Message.Plural plural) {
            Map<String, String> forms =
                KeyedPlurals.keys(plural.branches(), language, plural.kind());
            forms.forEach((category, form) -> scalars.put(path + "/" + category, form));
            YamlBlock existing = tree.plurals().get(path);
            if (existing != null) {
              for (String category : existing.keys) {
                if (!forms.containsKey(category)) {
                  removals.add(path + "/" + category);
                }
              }
            }
          } else {
            scalars.put(path, message.canonical());
          }
        });
    return scalars;
  }

  @Override
  public byte[] update(Map<String, Message> values, Set<String> removals, YamlDocument source) {
    Set<String> removed = new LinkedHashSet<>(removals);
    Map<String, String> scalars = scalars(values, removed, tree.language());
    removed.removeAll(scalars.keySet());
    EditPlan plan = new EditPlan(text);
    Map<String, String> missing = new LinkedHashMap<>();
    for (var entry : scalars.entrySet()) {
      YamlLeaf leaf = tree.leaves().get(entry.getKey());
      if (leaf != null) {
        if (!entry.getValue().equals(leaf.node().getValue())) {
          plan.replace(leaf.start(), leaf.end(), scalar(leaf, entry.getValue()));
        }
      } else {
        missing.put(entry.getKey(), entry.getValue());
      }
    }
    new YamlInsertions(text, file.newline(), tree.root(), source.tree.root(), removed)
        .plan(source.inOrder(missing), plan);
    for (String key : removed) {
      int[] span = tree.root().span(key);
      if (span != null && !values.containsKey(key)) {
        plan.deleteLines(span[0], span[1]);
      }
    }
    return file.encode(plan.apply());
  }

  /** Paths in the order of this (source) document's entries, a plural's forms in CLDR order. */
  private Map<String, String> inOrder(Map<String, String> values) {
    Map<String, String> walked = new LinkedHashMap<>();
    for (Entry entry : tree.entries()) {
      if (tree.plurals().containsKey(entry.key())) {
        for (String category : CldrPlurals.ORDER) {
          String form = entry.key() + "/" + category;
          if (values.containsKey(form)) {
            walked.put(form, values.get(form));
          }
        }
      } else if (values.containsKey(entry.key())) {
        walked.put(entry.key(), values.get(entry.key()));
      }
    }
    return InsertionOrder.of(values, walked);
  }

  /**
   * A new file in the source's layout: the document marker if the source has one, the target
   * language as the Rails root key, then the texts.
   */
  @Override
  public byte[] translateInto(Map<String, Message> values, String language) {
    String nl = file.newline();
    StringBuilder out = new StringBuilder();
    if (text.startsWith("---")) {
      out.append("---").append(nl);
    }
    String indent = " ".repeat(Math.max(2, tree.root().column));
    if (tree.rootKey() != null) {
      out.append(YamlInsertions.key(language)).append(':').append(nl);
    }
    YamlInsertions.render(
        out,
        tree.root(),
        scalars(values, new LinkedHashSet<>(), language),
        tree.rootKey() != null ? indent : "",
        indent.length() == 0 ? "  " : " ".repeat(indentUnit()),
        nl);
    return file.encode(out.toString());
  }

  private int indentUnit() {
    for (YamlBlock child : tree.root().children.values()) {
      if (child.column > tree.root().column) {
        return child.column - tree.root().column;
      }
    }
    return 2;
  }

  private String scalar(YamlLeaf leaf, String value) {
    return YamlScalars.replacing(text, leaf, value, file.newline());
  }
}
