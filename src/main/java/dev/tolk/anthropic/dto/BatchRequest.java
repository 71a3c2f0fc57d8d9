package dev.tolk.anthropic.dto;

/** One line of a batch: its custom_id and the Messages request it stands for. */
public record BatchRequest(String customId, MessageRequest params) {}
