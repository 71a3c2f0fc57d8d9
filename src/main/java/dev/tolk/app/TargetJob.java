package dev.tolk.app;

import dev.tolk.format.LocalizationDocument;
import java.nio.file.Path;

/**
 * One source file into one language.
 *
 * @param target the existing translation, or null when the file does not exist yet
 */
record TargetJob(
    SourceFile source,
    LocalizationDocument sourceDocument,
    String language,
    Path targetPath,
    String targetRelative,
    LocalizationDocument target) {}
