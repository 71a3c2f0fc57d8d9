package dev.tolk.anthropic.dto;

import java.util.List;

/** A Messages API answer; fields tolk does not use are ignored. */
public record Message(
    String id,
    String type,
    String role,
    List<ContentBlock> content,
    String model,
    String stopReason,
    ApiUsage usage) {}
