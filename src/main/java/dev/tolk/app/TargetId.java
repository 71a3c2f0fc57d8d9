package dev.tolk.app;

/** One target of a project: a source file (project-relative) in one language. */
record TargetId(String sourceFile, String language) {}
