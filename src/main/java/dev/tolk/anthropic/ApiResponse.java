package dev.tolk.anthropic;

import java.util.function.UnaryOperator;

/** A parsed answer and its headers (for the rate limiter). */
public record ApiResponse<T>(T body, UnaryOperator<String> headers) {}
