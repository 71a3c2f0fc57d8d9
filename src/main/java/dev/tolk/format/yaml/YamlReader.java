package dev.tolk.format.yaml;

import dev.tolk.core.Entry;
import dev.tolk.core.message.Dialect;
import dev.tolk.core.message.Message;
import dev.tolk.core.message.PluralKind;
import dev.tolk.format.FormatException;
import dev.tolk.format.KeyedPlurals;
import dev.tolk.format.Lines;
import dev.tolk.format.TextChecks;
import dev.tolk.format.TextFile;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Reads a YAML locale file with SnakeYAML's node marks into its texts and where each one is: the
 * language key of a Rails file, the block mappings with their key lines, the scalars to translate,
 * and mappings of plural categories as plural messages. Numbers, nulls, booleans, Ruby symbols and
 * bare date formats are not text.
 */
final class YamlReader {
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*");
  private static final Pattern FORMAT_CODES = Pattern.compile("%[-_0^#]?[A-Za-z]");

  private final TextFile file;
  private final String text;
  private final String rootKey;
  private final String language;
  private final SourceLines lines;
  private final Map<String, YamlLeaf> leaves = new LinkedHashMap<>();
  private final Map<String, YamlBlock> plurals = new LinkedHashMap<>();
  private final List<Entry> entries = new ArrayList<>();

  private YamlReader(TextFile file, String rootKey, String language) {
    this.file = file;
    this.text = file.text();
    this.rootKey = rootKey;
    this.language = language;
    this.lines = new SourceLines(text);
  }

  static YamlTree read(TextFile file, String language) {
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
    YamlBlock root =
        new YamlBlock("", column(base), base.getFlowStyle() == DumperOptions.FlowStyle.FLOW);
    YamlReader reader =
        new YamlReader(file, rootKey, rootKey != null ? rootKey.replace('_', '-') : language);
    reader.walk(base, root);
    return new YamlTree(
        rootKey, reader.language, root, reader.leaves, reader.plurals, reader.entries);
  }

  private void walk(MappingNode mapping, YamlBlock block) {
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
        YamlBlock nested =
            new YamlBlock(
                path, column(child), child.getFlowStyle() == DumperOptions.FlowStyle.FLOW);
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
  private void quoted(YamlBlock block, YamlLeaf leaf) {
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

  private void plural(String path, YamlBlock block, MappingNode mapping, String note) {
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
      YamlLeaf leaf =
          new YamlLeaf(lines.index(value.getStartMark()), lines.index(value.getEndMark()), value);
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
        new YamlLeaf(lines.index(scalar.getStartMark()), lines.index(scalar.getEndMark()), scalar));
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

  private static int column(MappingNode mapping) {
    return mapping.getValue().isEmpty()
        ? 0
        : mapping.getValue().get(0).getKeyNode().getStartMark().getColumn();
  }
}
