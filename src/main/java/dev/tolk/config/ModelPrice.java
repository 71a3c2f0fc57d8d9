package dev.tolk.config;

/** Dollars per million tokens for one model, and its largest answer. */
public record ModelPrice(
    double input, double output, double cacheWrite, double cacheRead, int maxOutput) {}
