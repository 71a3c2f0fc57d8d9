package dev.tolk.provider;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tolk.anthropic.Json;
import dev.tolk.anthropic.dto.ApiUsage;
import dev.tolk.anthropic.dto.ContentBlock;
import dev.tolk.anthropic.dto.Message;
import dev.tolk.core.Answer;
import dev.tolk.core.ChunkReply;
import dev.tolk.core.Usage;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads a model answer: the {@code submit_translations} tool call if there is one, else a JSON
 * object in the text blocks (code fences and surrounding prose tolerated). Thinking and other block
 * types are skipped. Truncation and refusals are recognised from {@code stop_reason}.
 */
public final class ReplyParser {

  public ChunkReply parse(Message message) {
    Usage usage = usage(message.usage());
    String stop = message.stopReason() == null ? "" : message.stopReason();
    if (stop.equals("max_tokens") || stop.equals("model_context_window_exceeded")) {
      return new ChunkReply.Truncated(usage);
    }
    if (stop.equals("refusal")) {
      return new ChunkReply.Refused("stop_reason refusal", usage);
    }
    StringBuilder text = new StringBuilder();
    if (message.content() != null) {
      for (ContentBlock block : message.content()) {
        if ("tool_use".equals(block.type()) && TranslationRequests.TOOL_NAME.equals(block.name())) {
          return fromObject(
              block.input() == null ? null : block.input().get("translations"), usage);
        }
        if ("tool_use".equals(block.type())
            && TranslationRequests.REVIEW_TOOL_NAME.equals(block.name())) {
          return fromReviews(block.input() == null ? null : block.input().get("reviews"), usage);
        }
        if ("text".equals(block.type()) && block.text() != null) {
          text.append(block.text());
        }
      }
    }
    return fromText(text.toString(), usage);
  }

  private static ChunkReply fromText(String text, Usage usage) {
    int start = text.indexOf('{');
    int end = text.lastIndexOf('}');
    if (start < 0 || end < start) {
      return new ChunkReply.Malformed("the answer holds no JSON object", usage);
    }
    JsonNode node;
    try {
      node = Json.mapper().readTree(text.substring(start, end + 1));
    } catch (IOException e) {
      return new ChunkReply.Malformed("the answer is not valid JSON", usage);
    }
    if (node != null && node.has("reviews") && node.get("reviews").isObject()) {
      return fromReviews(node.get("reviews"), usage);
    }
    if (node != null && node.has("translations") && node.get("translations").isObject()) {
      node = node.get("translations");
    }
    return fromObject(node, usage);
  }

  private static ChunkReply fromObject(JsonNode node, Usage usage) {
    if (node == null || !node.isObject()) {
      return new ChunkReply.Malformed("expected {\"translations\": {id: text}}", usage);
    }
    Map<String, Answer> translations = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      Answer answer = answer(field.getValue());
      if (answer == null) {
        return new ChunkReply.Malformed(
            "the value for id "
                + field.getKey()
                + " is neither a string nor an object of plural forms",
            usage);
      }
      translations.put(field.getKey(), answer);
    }
    return new ChunkReply.Answered(translations, usage);
  }

  /** A review: per id "ok", or a correction with its reason. */
  private static ChunkReply fromReviews(JsonNode node, Usage usage) {
    if (node == null || !node.isObject()) {
      return new ChunkReply.Malformed(
          "expected {\"reviews\": {id: \"ok\" or {\"translation\": ..., \"reason\": ...}}}", usage);
    }
    Map<String, Answer> corrections = new LinkedHashMap<>();
    Set<String> approved = new LinkedHashSet<>();
    Map<String, String> reasons = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode value = field.getValue();
      if (value.isTextual() && value.asText().strip().equalsIgnoreCase("ok")) {
        approved.add(field.getKey());
        continue;
      }
      Answer corrected = value.isObject() ? answer(value.path("translation")) : null;
      if (corrected == null) {
        return new ChunkReply.Malformed(
            "the review of id "
                + field.getKey()
                + " is neither \"ok\" nor {\"translation\": ..., \"reason\": ...}",
            usage);
      }
      corrections.put(field.getKey(), corrected);
      reasons.put(field.getKey(), value.path("reason").asText(""));
    }
    return new ChunkReply.Answered(corrections, usage, approved, reasons);
  }

  /** A string, or an object of strings (plural forms); null for anything else. */
  private static Answer answer(JsonNode value) {
    if (value.isTextual()) {
      return new Answer.Text(value.asText());
    }
    if (!value.isObject()) {
      return null;
    }
    Map<String, String> forms = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> form = fields.next();
      if (!form.getValue().isTextual()) {
        return null;
      }
      forms.put(form.getKey(), form.getValue().asText());
    }
    return new Answer.Forms(forms);
  }

  static Usage usage(ApiUsage usage) {
    if (usage == null) {
      return new Usage(1, 0, 0, 0, 0);
    }
    return new Usage(1, usage.input(), usage.output(), usage.cacheWrite(), usage.cacheRead());
  }
}
