package dev.tolk.config;

/** How units are grouped into requests: items per request, and expected output tokens. */
public record Chunking(int maxItems, int maxOutputTokens) {}
