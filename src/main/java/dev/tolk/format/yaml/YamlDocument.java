package dev.tolk.format.yaml;

import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.format.FormatException;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.format.TextEdit;
import dev.tolk.format.TextFile;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * ({@code /activerecord/errors/blank}) below the language key of a Rails file.
 */
final class YamlDocument implements LocalizationDocument {
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*");
  private static final Pattern FORMAT_CODES = Pattern.compile("%[-_0^#]?[A-Za-z]");

  private final TextFile file;
  private final String text;
  private final String rootKey;
  private final Block root;
  private final Map<String, Leaf> leaves = new LinkedHashMap<>();
  private final List<Entry> entries = new ArrayList<>();

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

    Block(String path, int column, boolean flow) {
      this.path = path;
      this.column = column;
      this.flow = flow;
    }
  }

  private YamlDocument(TextFile file, String text, String rootKey, Block root) {
    this.file = file;
    this.text = text;
    this.rootKey = rootKey;
    this.root = root;
  }

  static YamlDocument parse(TextFile file) {
    String text = file.text();
    if (text.isBlank()) {
      throw new FormatException(file.path(), 1, 1, "empty file: expected a YAML mapping");
    }
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(50);
    options.setAllowDuplicateKeys(false);
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
            text,
            rootKey,
            new Block("", column(base, text), base.getFlowStyle() == DumperOptions.FlowStyle.FLOW));
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
          name, new int[] {lineStart(index(keyNode.getStartMark())), index(value.getEndMark())});
      if (value instanceof MappingNode child) {
        Block nested =
            new Block(
                path, column(child, text), child.getFlowStyle() == DumperOptions.FlowStyle.FLOW);
        block.children.put(name, nested);
        walk(child, nested);
      } else if (value instanceof ScalarNode scalar) {
        if (leaf(path, scalar)) {
          String note = commentAbove(keyNode.getStartMark().getLine());
          if (note != null) {
            Entry last = entries.remove(entries.size() - 1);
            entries.add(new Entry(last.key(), last.text(), note, last.line()));
          }
        }
      } else if (value instanceof SequenceNode sequence) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < sequence.getValue().size(); i++) {
          Node item = sequence.getValue().get(i);
          boolean text = item instanceof ScalarNode scalar && leaf(path + "/" + i, scalar);
          items.add(
              text
                  ? null
                  : this.text.substring(index(item.getStartMark()), index(item.getEndMark())));
        }
        block.sequences.put(name, items);
      }
    }
  }

  /** Records a scalar that is text to translate; false for numbers, nulls, symbols and formats. */
  private boolean leaf(String path, ScalarNode scalar) {
    String value = scalar.getValue();
    boolean plain = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
    if (!scalar.getTag().equals(Tag.STR) || value.isBlank() || (plain && value.startsWith(":"))) {
      return false; // numbers, booleans, nulls and Ruby symbols are not text
    }
    if (FORMAT_CODES.matcher(value).replaceAll("").codePoints().noneMatch(Character::isLetter)) {
      return false; // "%m/%d/%Y": a date format, not text
    }
    leaves.put(path, new Leaf(index(scalar.getStartMark()), index(scalar.getEndMark()), scalar));
    entries.add(new Entry(path, value, null, scalar.getStartMark().getLine() + 1));
    return true;
  }

  /** The comment lines right above a line (0-based), as a note. */
  private String commentAbove(int line) {
    String[] lines = text.split("\n", -1);
    List<String> comments = new ArrayList<>();
    for (int i = line - 1; i >= 0 && lines[i].strip().startsWith("#"); i--) {
      comments.add(0, lines[i].strip().substring(1).strip());
    }
    return comments.isEmpty() ? null : String.join("\n", comments);
  }

  @Override
  public Catalog catalog() {
    return new Catalog(entries);
  }

  @Override
  public byte[] update(
      Map<String, String> values, Set<String> removals, LocalizationDocument source) {
    YamlDocument sourceDocument = (YamlDocument) source;
    List<TextEdit> edits = new ArrayList<>();
    Map<String, String> missing = new LinkedHashMap<>();
    for (Entry entry : sourceDocument.entries) {
      String value = values.get(entry.key());
      if (value == null) {
        continue;
      }
      Leaf leaf = leaves.get(entry.key());
      if (leaf != null) {
        if (!value.equals(leaf.node().getValue())) {
          edits.add(new TextEdit(leaf.start(), leaf.end(), scalar(leaf, value)));
        }
      } else {
        missing.put(entry.key(), value);
      }
    }
    edits.addAll(
        new YamlInsertions(text, file.newline(), root, sourceDocument.root, removals)
            .plan(missing));
    for (String key : removals) {
      int[] span = span(key);
      if (span != null && !values.containsKey(key)) {
        edits.add(new TextEdit(span[0], afterLine(span[1]), ""));
      }
    }
    return file.encode(TextEdit.apply(text, edits));
  }

  @Override
  public byte[] translateInto(Map<String, String> values) {
    return translateInto(values, rootKey);
  }

  /**
   * A new file in the source's layout: the target language as the Rails root key, then the texts.
   */
  @Override
  public byte[] translateInto(Map<String, String> values, String language) {
    String nl = file.newline();
    StringBuilder out = new StringBuilder();
    String indent = " ".repeat(Math.max(2, root.column));
    if (rootKey != null) {
      out.append(YamlInsertions.key(language)).append(':').append(nl);
    }
    YamlInsertions.render(
        out,
        root,
        values,
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

  /**
   * The key line's start and the value's end, for a path whose value is a scalar in a block
   * mapping.
   */
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

  private int afterLine(int position) {
    if (position > 0 && text.charAt(position - 1) == '\n') {
      return position;
    }
    int newline = text.indexOf('\n', position);
    return newline < 0 ? text.length() : newline + 1;
  }

  private int lineStart(int position) {
    int newline = text.lastIndexOf('\n', Math.max(0, position - 1));
    return newline + 1;
  }

  /** SnakeYAML counts code points; Java strings count UTF-16 units. */
  private int index(Mark mark) {
    return text.offsetByCodePoints(
        0, Math.min(mark.getIndex(), text.codePointCount(0, text.length())));
  }

  private static int column(MappingNode mapping, String text) {
    return mapping.getValue().isEmpty()
        ? 0
        : mapping.getValue().get(0).getKeyNode().getStartMark().getColumn();
  }
}
