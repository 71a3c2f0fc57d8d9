package dev.tolk.anthropic.dto;

import com.fasterxml.jackson.databind.JsonNode;

public record Tool(String name, String description, JsonNode inputSchema) {}
