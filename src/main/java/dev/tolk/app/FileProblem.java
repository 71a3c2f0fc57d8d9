package dev.tolk.app;

/** A file that could not be read or written; its work is skipped and the rest goes on. */
public record FileProblem(String message) {}
