package dev.tolk.core;

import dev.tolk.core.message.Message;
import dev.tolk.core.quality.QualityChecks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takes one chunk to validated outcomes: a truncated or refused answer is split into halves (a
 * single item is retried once with a larger output budget), an invalid answer gets one repair
 * request naming its problems, and what still fails is reported per unit. A review chunk's answer
 * lets drafts stand or corrects them; corrections are validated like translations, and a rejected
 * one keeps the draft.
 */
public final class ChunkProcessor {
  private final ChunkTranslator translator;
  private final Validator validator;
  private final TokenEstimator estimator;
  private final OutcomeSink sink;

  public ChunkProcessor(
      ChunkTranslator translator, Validator validator, TokenEstimator estimator, OutcomeSink sink) {
    this.translator = translator;
    this.validator = validator;
    this.estimator = estimator;
    this.sink = sink;
  }

  public void process(Chunk chunk) {
    attempt(chunk, null, false);
  }

  private void attempt(Chunk chunk, RepairRequest repair, boolean enlarged) {
    ChunkReply reply;
    try {
      reply = translator.translate(chunk, repair);
    } catch (ChunkFailedException e) {
      failAll(chunk.items(), e.getMessage(), e.apiUnavailable());
      return;
    }
    sink.usage(reply.usage());
    if (reply instanceof ChunkReply.Truncated) {
      retrySmaller(chunk, repair, "the answer was cut off at max_tokens", enlarged);
    } else if (reply instanceof ChunkReply.Refused refused) {
      retrySmaller(chunk, repair, "the model declined: " + refused.reason(), true);
    } else if (reply instanceof ChunkReply.Malformed malformed) {
      if (repair == null) {
        attempt(
            chunk,
            new RepairRequest(Map.of("*", List.of(malformed.problem())), Map.of()),
            enlarged);
      } else {
        failAll(chunk.items(), "invalid answer: " + malformed.problem(), false);
      }
    } else if (reply instanceof ChunkReply.Answered answered) {
      accept(chunk, answered, repair);
    }
  }

  private void retrySmaller(Chunk chunk, RepairRequest repair, String reason, boolean enlarged) {
    if (chunk.items().size() > 1) {
      for (Chunk half : chunk.split(estimator)) {
        attempt(half, repair == null ? null : narrow(repair, half), enlarged);
      }
    } else if (!enlarged) {
      Chunk bigger =
          new Chunk(
              chunk.id() + "x",
              chunk.sourceLanguage(),
              chunk.targetLanguage(),
              chunk.items(),
              chunk.estimatedOutputTokens() * 4);
      attempt(bigger, repair, true);
    } else {
      failAll(chunk.items(), reason, false);
    }
  }

  private void accept(Chunk chunk, ChunkReply.Answered answered, RepairRequest repair) {
    Map<String, Answer> answer = answered.answers();
    Set<String> approved = chunk.review() ? answered.approved() : Set.of();
    Set<String> answeredIds = new HashSet<>(answer.keySet());
    answeredIds.addAll(approved);
    Set<String> expected = new HashSet<>();
    chunk.items().forEach(item -> expected.add(item.id()));
    List<String> extra = answeredIds.stream().filter(id -> !expected.contains(id)).toList();
    boolean idsMatch = extra.isEmpty() && answeredIds.containsAll(expected);
    if (!idsMatch && repair == null) {
      // A shifted or renamed id means the answer cannot be trusted item by item: ask again whole.
      Map<String, List<String>> problems = new LinkedHashMap<>();
      if (!extra.isEmpty()) {
        problems.put(
            "*", List.of("answer only the ids given; unexpected ids: " + String.join(", ", extra)));
      }
      for (ChunkItem item : chunk.items()) {
        if (!answeredIds.contains(item.id())) {
          problems.put(item.id(), List.of("missing from the answer"));
        }
      }
      attempt(chunk, new RepairRequest(problems, Map.of()), false);
      return;
    }
    Map<String, List<String>> problems = new LinkedHashMap<>();
    Map<String, Answer> previous = new LinkedHashMap<>();
    List<ChunkItem> invalid = new ArrayList<>();
    for (ChunkItem item : chunk.items()) {
      if (approved.contains(item.id())) {
        sink.outcome(
            new UnitOutcome.Translated(
                item.unit(), item.draft(), List.of(), new UnitOutcome.Review(item.draft(), null)));
        continue;
      }
      Answer translation = answer.get(item.id());
      if (translation == null) {
        problems.put(item.id(), List.of("missing from the answer"));
        invalid.add(item);
        continue;
      }
      Message shaped =
          AnswerShape.of(
              item.message(), translation, chunk.sourceLanguage(), chunk.targetLanguage());
      QualityChecks.Findings findings =
          shaped == null
              ? new QualityChecks.Findings(List.of(AnswerShape.problem(item.message())), List.of())
              : validator.judge(
                  item.unit(), shaped, chunk.sourceLanguage(), chunk.targetLanguage());
      List<String> found = findings.problems();
      if (found.isEmpty()) {
        sink.outcome(
            new UnitOutcome.Translated(
                item.unit(), shaped, findings.warnings(), review(chunk, item, shaped, answered)));
      } else {
        problems.put(item.id(), found);
        previous.put(item.id(), translation);
        invalid.add(item);
      }
    }
    if (invalid.isEmpty()) {
      return;
    }
    if (repair == null) {
      attempt(chunk.subset(invalid, "r", estimator), new RepairRequest(problems, previous), false);
    } else {
      for (ChunkItem item : invalid) {
        sink.outcome(
            new UnitOutcome.Failed(
                item.unit(),
                (chunk.review()
                        ? "correction rejected, the translation is kept: "
                        : "invalid answer: ")
                    + String.join("; ", problems.get(item.id())),
                false));
      }
    }
  }

  /** In a review, what the reviewer did: a correction the same as the draft lets it stand. */
  private static UnitOutcome.Review review(
      Chunk chunk, ChunkItem item, Message corrected, ChunkReply.Answered answered) {
    if (!chunk.review()) {
      return null;
    }
    if (corrected.canonical().equals(item.draft().canonical())) {
      return new UnitOutcome.Review(item.draft(), null);
    }
    String reason = answered.reasons().get(item.id());
    return new UnitOutcome.Review(
        item.draft(), reason == null || reason.isBlank() ? "corrected" : reason.strip());
  }

  private static RepairRequest narrow(RepairRequest repair, Chunk half) {
    Map<String, List<String>> problems = new LinkedHashMap<>();
    Map<String, Answer> previous = new LinkedHashMap<>();
    if (repair.problems().containsKey("*")) {
      problems.put("*", repair.problems().get("*"));
    }
    for (ChunkItem item : half.items()) {
      if (repair.problems().containsKey(item.id())) {
        problems.put(item.id(), repair.problems().get(item.id()));
      }
      if (repair.previous().containsKey(item.id())) {
        previous.put(item.id(), repair.previous().get(item.id()));
      }
    }
    return new RepairRequest(problems, previous);
  }

  private void failAll(List<ChunkItem> items, String reason, boolean apiUnavailable) {
    for (ChunkItem item : items) {
      sink.outcome(new UnitOutcome.Failed(item.unit(), reason, apiUnavailable));
    }
  }
}
