package dev.tolk.anthropic.dto;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code {"type":"error","error":{"type","message","details"?},"request_id"}}; a Cloudflare 413 has
 * only {@code error}.
 */
public record ErrorBody(String type, Detail error, String requestId) {
  public record Detail(String type, String message, JsonNode details) {}
}
