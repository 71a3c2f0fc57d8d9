package dev.tolk.anthropic.dto;

public record DeletedBatch(String id, String type) {}
