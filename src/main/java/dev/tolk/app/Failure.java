package dev.tolk.app;

/** A unit that was not translated, and why. */
public record Failure(String file, String key, String language, String reason) {}
