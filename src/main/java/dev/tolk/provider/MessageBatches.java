package dev.tolk.provider;

import dev.tolk.anthropic.BatchesClient;
import dev.tolk.anthropic.RetryPolicy;

/**
 * A provider's Message Batches API, as a batch run uses it: the client, the requests it builds for
 * chunks, and the rules for retrying a create.
 */
public record MessageBatches(
    BatchesClient client, TranslationRequests requests, RetryPolicy retry) {}
