package dev.tolk.anthropic.dto;

import com.fasterxml.jackson.databind.JsonNode;

/** One block of an answer: {@code text} and {@code tool_use} are read, other types skipped. */
public record ContentBlock(String type, String text, String id, String name, JsonNode input) {}
