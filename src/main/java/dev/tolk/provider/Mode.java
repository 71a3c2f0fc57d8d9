package dev.tolk.provider;

/** Which path a run takes (the Batch API or one request at a time), and why. */
public record Mode(boolean batch, String reason) {}
