package dev.tolk.format.yaml;

import org.yaml.snakeyaml.nodes.ScalarNode;

/** A scalar to translate and where it is in the text. */
record YamlLeaf(int start, int end, ScalarNode node) {}
