package dev.tolk.anthropic.dto;

public record ToolChoice(String type, String name) {}
