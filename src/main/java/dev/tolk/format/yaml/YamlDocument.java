package dev.tolk.format.yaml;

import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.core.message.CldrPlurals;
import dev.tolk.core.message.Dialect;
import dev.tolk.core.message.Message;
import dev.tolk.core.message.PluralKind;
import dev.tolk.format.EditPlan;
import dev.tolk.format.FormatException;
import dev.tolk.format.KeyedPlurals;
import dev.tolk.format.Lines;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.format.TextChecks;
import dev.tolk.format.TextFile;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML locale file read with SnakeYAML's node marks: translating replaces scalar spans (in their
 * own quoting style), inserting adds lines at the mapping's indentation next to the source's
 * neighbour, and every other byte (comments, order, anchors, numbers, nulls) stays. Keys are paths
 * ({@code /activerecord/errors/blank}) below the language key of a Rails file. A mapping of plural
 * categories ({@code one:}, {@code other:}) is one plural message; Rails' date formats and
 * separators are translated with a note saying what they are.
 */
public final class YamlDocument implements LocalizationDocument<YamlDocument> {
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*");
  private static final Pattern FORMAT_CODES = Pattern.compile("%[-_0^#]?[A-Za-z]");

  private final TextFile file;
  private final String text;
  private final String rootKey;
  private final String language;
  private final Block root;
  private final Map<String, Leaf> leaves = new LinkedHashMap<>();
  private final Map<String, Block> plurals = new LinkedHashMap<>();
  private final List<Entry> entries = new ArrayList<>();
  private final SourceLines lines;

  /** A scalar to translate and where it is. */
  private record Leaf(int start, int end, ScalarNode node) {}

  /** A block mapping: its keys in order, their lines, where each value ends, its indentation. */
  static final class Block {
    final String path;
    final int column;
    final boolean flow;
    final List<String> keys = new ArrayList<>();
    final Map<String, int[]> spans = new HashMap<>(); // key -> {line start, value end}
    final Map<String, Block> children = new HashMap<>();

    /** sequence name -> its items: the raw YAML of items that are not text, null for texts */
    final Map<String, List<String>> sequences = new HashMap<>();

    /** a mapping of plural categories: its keys are written in CLDR order */
    boolean plural;

    /** how its first text value is quoted ({@code "}, {@code '}, or a space for plain) */
    char quote;

    Block(String path, int column, boolean flow) {
      this.path = path;
      this.column = column;
      this.flow = flow;
    }
  }

  private YamlDocument(TextFile file, String rootKey, String language, Block root) {
    this.file = file;
    this.text = file.text();
    this.rootKey = rootKey;
    this.language = rootKey != null ? rootKey.replace('_', '-') : language;
    this.root = root;
    this.lines = new SourceLines(text);
  }

  static YamlDocument parse(TextFile file, String language) {
    String text = file.text();
    if (text.isBlank()) {
      throw new FormatException(file.path(), 1, 1, "empty file: expected a YAML mapping");
    }
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(50);
    options.setAllowDuplicateKeys(false);
    options.setCodePointLimit(Integer.MAX_VALUE);
    Node node;
    try {
      node = new Yaml(options).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String context =
          e.getContext() == null || e.getContextMark() == null
              ? ""
              : " (" + e.getContext() + " at line " + (e.getContextMark().getLine() + 1) + ")";
      throw new FormatException(
          file.path(),
          mark == null ? 0 : mark.getLine() + 1,
          mark == null ? 0 : mark.getColumn() + 1,
          e.getProblem() + context);
    } catch (RuntimeException e) {
      throw new FormatException(file.path(), e.getMessage());
    }
    if (!(node instanceof MappingNode mapping)) {
      throw new FormatException(file.path(), 1, 1, "expected a mapping of keys to texts");
    }
    String rootKey = null;
    MappingNode base = mapping;
    if (mapping.getValue().size() == 1
        && mapping.getValue().get(0).getKeyNode() instanceof ScalarNode key
        && LANGUAGE.matcher(key.getValue()).matches()
        && mapping.getValue().get(0).getValueNode() instanceof MappingNode languageMapping) {
      rootKey = key.getValue();
      base = languageMapping;
    }
    YamlDocument document =
        new YamlDocument(
            file,
            rootKey,
            language,
            new Block("", column(base), base.getFlowStyle() == DumperOptions.FlowStyle.FLOW));
    document.walk(base, document.root);
    return document;
  }

  private void walk(MappingNode mapping, Block block) {
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
        continue;
      }
      String name = keyNode.getValue();
      String path = block.path + "/" + name.replace("~", "~0").replace("/", "~1");
      if (block.spans.containsKey(name)) {
        Mark mark = keyNode.getStartMark();
        throw new FormatException(
            file.path(), mark.getLine() + 1, mark.getColumn() + 1, "duplicate key '" + name + "'");
      }
      Node value = tuple.getValueNode();
      block.keys.add(name);
      block.spans.put(
          name,
          new int[] {
            Lines.start(text, lines.index(keyNode.getStartMark())), lines.index(value.getEndMark())
          });
      String note = lines.commentAbove(keyNode.getStartMark().getLine());
      if (value instanceof MappingNode child) {
        Block nested =
            new Block(path, column(child), child.getFlowStyle() == DumperOptions.FlowStyle.FLOW);
        block.children.put(name, nested);
        if (isPlural(child)) {
          plural(path, nested, child, note);
        } else {
          walk(child, nested);
        }
      } else if (value instanceof ScalarNode scalar) {
        if (leaf(path, scalar)) {
          addEntry(path, scalar, note);
          quoted(block, leaves.get(path));
        }
      } else if (value instanceof SequenceNode sequence) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < sequence.getValue().size(); i++) {
          Node item = sequence.getValue().get(i);
          boolean isText = item instanceof ScalarNode scalar && leaf(path + "/" + i, scalar);
          if (isText) {
            addEntry(path + "/" + i, (ScalarNode) item, null);
          }
          items.add(
              isText
                  ? null
                  : text.substring(
                      lines.index(item.getStartMark()), lines.index(item.getEndMark())));
        }
        block.sequences.put(name, items);
      }
    }
  }

  /** Remembers how a block quotes its texts, so that inserted ones look like their neighbours. */
  private void quoted(Block block, Leaf leaf) {
    if (block.quote == 0) {
      char first = text.charAt(leaf.start());
      block.quote = first == '"' || first == '\'' ? first : ' ';
    }
  }

  /** A mapping whose keys are plural categories, one of them "other", each a text. */
  private static boolean isPlural(MappingNode mapping) {
    boolean other = false;
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)
          || !KeyedPlurals.KEYS.contains(key.getValue())
          || !(tuple.getValueNode() instanceof ScalarNode value)
          || !value.getTag().equals(Tag.STR)) {
        return false;
      }
      other |= key.getValue().equals("other");
    }
    return other;
  }

  private void plural(String path, Block block, MappingNode mapping, String note) {
    block.plural = true;
    plurals.put(path, block);
    Map<String, String> branches = new LinkedHashMap<>();
    int line = mapping.getStartMark().getLine() + 1;
    for (NodeTuple tuple : mapping.getValue()) {
      String category = ((ScalarNode) tuple.getKeyNode()).getValue();
      ScalarNode value = (ScalarNode) tuple.getValueNode();
      String form = path + "/" + category;
      block.keys.add(category);
      block.spans.put(
          category,
          new int[] {
            Lines.start(text, lines.index(tuple.getKeyNode().getStartMark())),
            lines.index(value.getEndMark())
          });
      Leaf leaf =
          new Leaf(lines.index(value.getStartMark()), lines.index(value.getEndMark()), value);
      leaves.put(form, leaf);
      quoted(block, leaf);
      branches.put(KeyedPlurals.selector(category, language, PluralKind.CARDINAL), checked(value));
    }
    entries.add(
        new Entry(
            path, new Message.Plural(PluralKind.CARDINAL, branches, Dialect.AUTO), note, line));
  }

  /** Records a scalar that is text to translate; false for numbers, nulls, symbols and formats. */
  private boolean leaf(String path, ScalarNode scalar) {
    String value = scalar.getValue();
    boolean plain = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
    if (!scalar.getTag().equals(Tag.STR) || value.isBlank() || (plain && value.startsWith(":"))) {
      return false; // numbers, booleans, nulls and Ruby symbols are not text
    }
    if (localeData(path) == null
        && FORMAT_CODES.matcher(value).replaceAll("").codePoints().noneMatch(Character::isLetter)) {
      return false; // "%m/%d/%Y" outside Rails' locale data: a format, not text
    }
    leaves.put(
        path,
        new Leaf(lines.index(scalar.getStartMark()), lines.index(scalar.getEndMark()), scalar));
    return true;
  }

  private void addEntry(String path, ScalarNode scalar, String comment) {
    RailsLocaleData.Kind data = localeData(path);
    String note =
        data == null ? comment : comment == null ? data.note() : comment + "\n" + data.note();
    Dialect dialect = data == null ? Dialect.AUTO : data.dialect();
    entries.add(
        new Entry(
            path,
            new Message.Text(checked(scalar), dialect),
            note,
            scalar.getStartMark().getLine() + 1));
  }

  private RailsLocaleData.Kind localeData(String path) {
    return rootKey == null ? null : RailsLocaleData.of(path);
  }

  private String checked(ScalarNode scalar) {
    String value = scalar.getValue();
    if (TextChecks.loneSurrogate(value) >= 0) {
      Mark mark = scalar.getStartMark();
      throw new FormatException(
          file.path(),
          mark.getLine() + 1,
          mark.getColumn() + 1,
          "the string holds a lone surrogate (an escape that is not text)");
    }
    return value;
  }

  @Override
  public Catalog catalog() {
    return new Catalog(entries);
  }

  @Override
  public Message normalized(String key, Message value) {
    if (value instanceof Message.Plural plural && plurals.containsKey(key)) {
      return plural.withBranches(
          KeyedPlurals.normalized(plural.branches(), language, plural.kind()));
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
            Block existing = plurals.get(path);
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
    Map<String, String> scalars = scalars(values, removed, language);
    removed.removeAll(scalars.keySet());
    EditPlan plan = new EditPlan(text);
    Map<String, String> missing = new LinkedHashMap<>();
    for (var entry : scalars.entrySet()) {
      Leaf leaf = leaves.get(entry.getKey());
      if (leaf != null) {
        if (!entry.getValue().equals(leaf.node().getValue())) {
          plan.replace(leaf.start(), leaf.end(), scalar(leaf, entry.getValue()));
        }
      } else {
        missing.put(entry.getKey(), entry.getValue());
      }
    }
    new YamlInsertions(text, file.newline(), root, source.root, removed)
        .plan(source.inOrder(missing), plan);
    for (String key : removed) {
      int[] span = span(key);
      if (span != null && !values.containsKey(key)) {
        plan.deleteLines(span[0], span[1]);
      }
    }
    return file.encode(plan.apply());
  }

  /** Paths in the order of this (source) document's entries, a plural's forms in CLDR order. */
  private Map<String, String> inOrder(Map<String, String> values) {
    Map<String, String> walked = new LinkedHashMap<>();
    for (Entry entry : entries) {
      if (plurals.containsKey(entry.key())) {
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
    Map<String, String> ordered = new LinkedHashMap<>();
    values.forEach(
        (key, value) -> {
          if (!walked.containsKey(key)) {
            ordered.put(key, value);
          }
        });
    ordered.putAll(walked);
    return ordered;
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
    String indent = " ".repeat(Math.max(2, root.column));
    if (rootKey != null) {
      out.append(YamlInsertions.key(language)).append(':').append(nl);
    }
    YamlInsertions.render(
        out,
        root,
        scalars(values, new LinkedHashSet<>(), language),
        rootKey != null ? indent : "",
        indent.length() == 0 ? "  " : " ".repeat(indentUnit()),
        nl);
    return file.encode(out.toString());
  }

  private int indentUnit() {
    for (Block child : root.children.values()) {
      if (child.column > root.column) {
        return child.column - root.column;
      }
    }
    return 2;
  }

  private String scalar(Leaf leaf, String value) {
    DumperOptions.ScalarStyle style = leaf.node().getScalarStyle();
    if (style == DumperOptions.ScalarStyle.LITERAL || style == DumperOptions.ScalarStyle.FOLDED) {
      return block(leaf, value);
    }
    return YamlScalars.write(value, text.charAt(leaf.start()));
  }

  /** A literal block scalar with the original's header line and indentation. */
  private String block(Leaf leaf, String value) {
    int headerEnd = text.indexOf('\n', leaf.start());
    String header = text.substring(leaf.start(), headerEnd).replace('>', '|').strip();
    int contentStart = headerEnd + 1;
    int column = 0;
    while (contentStart + column < text.length() && text.charAt(contentStart + column) == ' ') {
      column++;
    }
    if (value.startsWith(" ") || value.startsWith("\n") || column == 0) {
      return YamlScalars.doubleQuoted(value)
          + (text.charAt(leaf.end() - 1) == '\n' ? file.newline() : "");
    }
    String indent = " ".repeat(column);
    String body =
        header.endsWith("-") || !value.endsWith("\n")
            ? value
            : value.substring(0, value.length() - 1);
    StringBuilder out = new StringBuilder(header).append(file.newline());
    for (String line : body.split("\n", -1)) {
      out.append(line.isEmpty() ? "" : indent + line).append(file.newline());
    }
    String result = out.toString();
    return text.charAt(leaf.end() - 1) == '\n'
        ? result
        : result.substring(0, result.length() - file.newline().length());
  }

  /** The key line's start and the value's end, for a path whose value is in a block mapping. */
  private int[] span(String path) {
    Block block = root;
    String[] parts = path.substring(1).split("/");
    for (int i = 0; i < parts.length - 1; i++) {
      block = block.children.get(parts[i].replace("~1", "/").replace("~0", "~"));
      if (block == null) {
        return null;
      }
    }
    return block.flow
        ? null
        : block.spans.get(parts[parts.length - 1].replace("~1", "/").replace("~0", "~"));
  }

  private static int column(MappingNode mapping) {
    return mapping.getValue().isEmpty()
        ? 0
        : mapping.getValue().get(0).getKeyNode().getStartMark().getColumn();
  }
}
