package dev.tolk.anthropic.dto;

/** A conversation turn; tolk sends one user turn whose content is a JSON document. */
public record InputMessage(String role, String content) {}
