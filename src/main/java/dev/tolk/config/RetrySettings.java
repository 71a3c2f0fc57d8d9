package dev.tolk.config;

import java.time.Duration;

/**
 * How requests are retried: how often, the backoff, the cap on a single wait, and how long a chunk
 * may take in all.
 */
public record RetrySettings(
    int maxRetries,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration maxWait,
    Duration chunkDeadline) {}
