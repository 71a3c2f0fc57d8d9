package dev.tolk.anthropic.dto;

import java.util.List;

/** One page of {@code GET /v1/messages/batches}, newest first. */
public record BatchPage(List<MessageBatch> data, boolean hasMore, String firstId, String lastId) {}
