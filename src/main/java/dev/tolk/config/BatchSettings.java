package dev.tolk.config;

import java.time.Duration;

/**
 * The Batch API's settings.
 *
 * @param threshold above this many pending units a run uses the Batch API
 * @param maxWait how long a run waits for its batches before it stops (exit 75, resumable)
 * @param maxRequests requests per batch at most (the API allows 100,000)
 * @param maxBytes bytes per batch at most (the API allows 256 MB)
 * @param maxRounds how many new batches failed requests may get
 */
public record BatchSettings(
    int threshold,
    Duration pollInterval,
    Duration maxWait,
    int maxRequests,
    long maxBytes,
    int maxRounds) {}
