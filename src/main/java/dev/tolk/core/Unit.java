package dev.tolk.core;

/** A source entry that needs translating into one target language. */
public record Unit(UnitRef ref, String text, String note) {}
