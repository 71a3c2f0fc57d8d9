package dev.tolk.provider;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tolk.anthropic.Json;
import dev.tolk.anthropic.dto.InputMessage;
import dev.tolk.anthropic.dto.MessageRequest;
import dev.tolk.anthropic.dto.TextBlock;
import dev.tolk.anthropic.dto.Tool;
import dev.tolk.anthropic.dto.ToolChoice;
import dev.tolk.core.Answer;
import dev.tolk.core.Chunk;
import dev.tolk.core.ChunkItem;
import dev.tolk.core.RepairRequest;
import dev.tolk.core.TokenEstimator;
import dev.tolk.core.message.Message;
import dev.tolk.core.quality.Brief;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the Messages request for a chunk, following the wire contract: a system prompt (the
 * instructions and what tolk.yaml says about the product, the same for every chunk of a language,
 * marked for caching when it is long enough for the model to cache), one user message holding a
 * JSON document of items, their keys, file, notes and length limits, and the answer through a
 * forced tool call (or, for models that refuse forced tools, as plain JSON text). No temperature,
 * no prefill.
 */
public final class TranslationRequests {
  public static final String TOOL_NAME = "submit_translations";
  public static final String REVIEW_TOOL_NAME = "submit_review";

  private final SystemPrompt prompt;
  private final String model;
  private final int modelMaxOutput;
  private final TokenEstimator estimator;
  private final Tool tool;
  private final Tool reviewTool;
  private final Brief brief;
  private final int cacheMinimum;
  private final Map<String, String> systems = new ConcurrentHashMap<>();

  /**
   * @param cacheMinimum the shortest prefix the model caches, in tokens
   */
  public TranslationRequests(
      SystemPrompt prompt,
      String model,
      int modelMaxOutput,
      TokenEstimator estimator,
      Brief brief,
      int cacheMinimum) {
    this.prompt = prompt;
    this.model = model;
    this.modelMaxOutput = modelMaxOutput;
    this.estimator = estimator;
    this.tool = tool();
    this.reviewTool = reviewTool();
    this.brief = brief;
    this.cacheMinimum = cacheMinimum;
  }

  public MessageRequest build(Chunk chunk, RepairRequest repair, boolean toolMode) {
    String system = system(chunk);
    return new MessageRequest(
        model,
        maxTokens(chunk),
        List.of(cacheable(chunk) ? TextBlock.cached(system) : TextBlock.plain(system)),
        List.of(new InputMessage("user", userMessage(chunk, repair))),
        toolMode ? List.of(chunk.review() ? reviewTool : tool) : null,
        toolMode ? new ToolChoice("tool", chunk.review() ? REVIEW_TOOL_NAME : TOOL_NAME) : null);
  }

  /**
   * Input tokens the request counts against the rate limit: its own, and the instructions too when
   * they are not cached (cache reads do not count).
   */
  public long estimatedInputTokens(MessageRequest request) {
    TextBlock system = request.system().get(0);
    long instructions = system.cacheControl() == null ? estimator.tokens(system.text()) + 120 : 0;
    return estimator.tokens(request.messages().get(0).content()) + 8 + instructions;
  }

  /** Tokens of the system prompt and tool: written to the cache once per language if cacheable. */
  public long estimatedInstructionTokens(Chunk chunk) {
    return estimator.tokens(system(chunk)) + 120;
  }

  /**
   * Whether the instructions are long enough for the model to cache: a shorter prefix is processed
   * without caching, so it is not marked (and is priced as plain input).
   */
  public boolean cacheable(Chunk chunk) {
    return estimatedInstructionTokens(chunk) >= cacheMinimum;
  }

  /** The same for every chunk of a language pair and pass: built once, for build and estimates. */
  private String system(Chunk chunk) {
    return systems.computeIfAbsent(
        chunk.sourceLanguage() + " " + chunk.targetLanguage() + (chunk.review() ? " review" : ""),
        pair ->
            chunk.review()
                ? prompt.forReview(chunk.sourceLanguage(), chunk.targetLanguage(), brief)
                : prompt.forLanguages(chunk.sourceLanguage(), chunk.targetLanguage(), brief));
  }

  /** The answer's expected size with headroom, within the model's limit. */
  public int maxTokens(Chunk chunk) {
    int wanted = chunk.estimatedOutputTokens() * 2 + 100;
    return Math.max(256, Math.min(wanted, modelMaxOutput));
  }

  public String userMessage(Chunk chunk, RepairRequest repair) {
    ObjectMapper mapper = Json.mapper();
    ObjectNode document = mapper.createObjectNode();
    document.put("source_language", chunk.sourceLanguage());
    document.put("target_language", chunk.targetLanguage());
    ObjectNode items = document.putObject("items");
    ObjectNode notes = mapper.createObjectNode();
    ObjectNode pluralForms = mapper.createObjectNode();
    ObjectNode keys = mapper.createObjectNode();
    ObjectNode files = mapper.createObjectNode();
    ObjectNode limits = mapper.createObjectNode();
    for (ChunkItem item : chunk.items()) {
      keys.put(item.id(), item.unit().ref().key());
      files.put(item.id(), item.unit().ref().file());
      if (item.unit().maxLength() != null) {
        limits.put(item.id(), item.unit().maxLength());
      }
      if (item.message() instanceof Message.Plural plural) {
        ObjectNode forms = items.putObject(item.id());
        plural.branches().forEach(forms::put);
        var wanted = pluralForms.putArray(item.id());
        PluralForms.wanted(plural, chunk.targetLanguage()).forEach(wanted::add);
      } else {
        items.put(item.id(), item.text());
      }
      if (item.note() != null && !item.note().isBlank()) {
        notes.put(item.id(), item.note());
      }
    }
    if (!notes.isEmpty()) {
      document.set("notes", notes);
    }
    document.set("keys", keys);
    if (chunk.review()) {
      ObjectNode drafts = document.putObject("translations");
      for (ChunkItem item : chunk.items()) {
        if (item.draft() instanceof Message.Plural forms) {
          ObjectNode object = drafts.putObject(item.id());
          forms.branches().forEach(object::put);
        } else {
          drafts.put(item.id(), item.draft().canonical());
        }
      }
    }
    Set<String> distinctFiles = new HashSet<>();
    files.forEach(file -> distinctFiles.add(file.asText()));
    if (distinctFiles.size() == 1) {
      document.put("file", distinctFiles.iterator().next());
    } else if (!distinctFiles.isEmpty()) {
      document.set("files", files);
    }
    if (!limits.isEmpty()) {
      document.set("max_length", limits);
    }
    if (!pluralForms.isEmpty()) {
      document.set("plural_forms", pluralForms);
    }
    if (repair != null) {
      ObjectNode problems = document.putObject("problems");
      repair.problems().forEach((id, list) -> problems.put(id, String.join("; ", list)));
      if (!repair.previous().isEmpty()) {
        ObjectNode previous = document.putObject("previous_answer");
        repair
            .previous()
            .forEach(
                (id, answer) -> {
                  if (answer instanceof Answer.Forms forms) {
                    ObjectNode object = previous.putObject(id);
                    forms.forms().forEach(object::put);
                  } else {
                    previous.put(id, answer.display());
                  }
                });
      }
    }
    return document.toString();
  }

  private static Tool reviewTool() {
    ObjectNode schema = Json.mapper().createObjectNode();
    schema.put("type", "object");
    ObjectNode reviews = schema.putObject("properties").putObject("reviews");
    reviews.put("type", "object");
    reviews.put(
        "description",
        "item id to \"ok\", or to the corrected translation and a one-line reason, for exactly"
            + " the ids received");
    var anyOf = reviews.putObject("additionalProperties").putArray("anyOf");
    anyOf.addObject().put("type", "string").putArray("enum").add("ok");
    ObjectNode correction = anyOf.addObject();
    correction.put("type", "object");
    ObjectNode properties = correction.putObject("properties");
    var translation = properties.putObject("translation").putArray("anyOf");
    translation.addObject().put("type", "string");
    ObjectNode forms = translation.addObject();
    forms.put("type", "object");
    forms.putObject("additionalProperties").put("type", "string");
    properties.putObject("reason").put("type", "string");
    correction.putArray("required").add("translation").add("reason");
    schema.putArray("required").add("reviews");
    return new Tool(REVIEW_TOOL_NAME, "Submit the review of every item of the request.", schema);
  }

  private static Tool tool() {
    ObjectNode schema = Json.mapper().createObjectNode();
    schema.put("type", "object");
    ObjectNode translations = schema.putObject("properties").putObject("translations");
    translations.put("type", "object");
    translations.put(
        "description",
        "item id to translated text (or, for a plural item, an object of plural forms), for"
            + " exactly the ids received");
    var anyOf = translations.putObject("additionalProperties").putArray("anyOf");
    anyOf.addObject().put("type", "string");
    ObjectNode forms = anyOf.addObject();
    forms.put("type", "object");
    forms.putObject("additionalProperties").put("type", "string");
    schema.putArray("required").add("translations");
    return new Tool(TOOL_NAME, "Submit the translations of all items of the request.", schema);
  }
}
