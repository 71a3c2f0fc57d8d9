package dev.tolk.app;

import dev.tolk.core.Catalog;
import java.nio.file.Path;

/** One source file into one language. */
record TargetJob(
    SourceFile source, TargetDocuments<?> documents, Path targetPath, String targetRelative) {

  String language() {
    return documents.language();
  }

  Catalog sourceCatalog() {
    return documents.sourceCatalog();
  }

  /** The existing translation's catalog, or null when the file does not exist yet. */
  Catalog targetCatalog() {
    return documents.targetCatalog();
  }
}
