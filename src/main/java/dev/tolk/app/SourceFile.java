package dev.tolk.app;

import dev.tolk.format.FileFormat;
import java.nio.file.Path;

/**
 * A source-language file of the project and the pattern of its translations.
 *
 * @param relative the path relative to the project root, with forward slashes
 */
record SourceFile(Path path, String relative, FileFormat<?> format, String outputPattern) {}
