package dev.tolk.anthropic.dto;

public record CacheControl(String type) {}
