package dev.tolk.format.yaml;

import dev.tolk.core.Entry;
import java.util.List;
import java.util.Map;

/**
 * A YAML locale file as read: its texts and where each one is.
 *
 * @param rootKey the language key of a Rails file ({@code en:}), or null
 * @param language the file's language: the Rails key's, else the one it was read as (may be null)
 * @param leaves the scalars to translate by path, a plural's forms as {@code path/category}
 * @param plurals the mappings of plural categories by path
 */
record YamlTree(
    String rootKey,
    String language,
    YamlBlock root,
    Map<String, YamlLeaf> leaves,
    Map<String, YamlBlock> plurals,
    List<Entry> entries) {}
