package dev.tolk.anthropic.dto;

import java.util.List;

/** The body of {@code POST /v1/messages} (and a batch request's params). */
public record MessageRequest(
    String model,
    int maxTokens,
    List<TextBlock> system,
    List<InputMessage> messages,
    List<Tool> tools,
    ToolChoice toolChoice) {}
