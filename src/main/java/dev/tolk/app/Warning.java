package dev.tolk.app;

/** A translation that was written, and what the quality checks noticed about it. */
public record Warning(String file, String key, String language, String warning) {}
