package dev.tolk.config;

import java.time.Duration;

/**
 * How to reach the API: the origin ({@code ANTHROPIC_BASE_URL} or the default), the {@code
 * anthropic-version} header, timeouts and retries.
 */
public record ApiSettings(
    String baseUrl,
    String version,
    Duration connectTimeout,
    Duration readTimeout,
    RetrySettings retry) {}
