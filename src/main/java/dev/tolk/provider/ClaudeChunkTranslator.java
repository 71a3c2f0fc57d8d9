package dev.tolk.provider;

import dev.tolk.anthropic.ApiException;
import dev.tolk.anthropic.MessagesClient;
import dev.tolk.anthropic.dto.Message;
import dev.tolk.anthropic.dto.MessageRequest;
import dev.tolk.core.Chunk;
import dev.tolk.core.ChunkFailedException;
import dev.tolk.core.ChunkReply;
import dev.tolk.core.ChunkTranslator;
import dev.tolk.core.RepairRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates a chunk through the synchronous Messages API. Authentication failures and spend limits
 * abort the run; a model that refuses a forced tool call is switched to JSON-text answers for the
 * rest of the run.
 */
public final class ClaudeChunkTranslator implements ChunkTranslator {
  private static final Logger LOG = LoggerFactory.getLogger(ClaudeChunkTranslator.class);

  private final MessagesClient client;
  private final TranslationRequests requests;
  private final ReplyParser parser = new ReplyParser();
  private final Clock clock;
  private final Duration chunkDeadline;
  private final AtomicBoolean toolMode = new AtomicBoolean(true);

  public ClaudeChunkTranslator(
      MessagesClient client, TranslationRequests requests, Clock clock, Duration chunkDeadline) {
    this.client = client;
    this.requests = requests;
    this.clock = clock;
    this.chunkDeadline = chunkDeadline;
  }

  @Override
  public ChunkReply translate(Chunk chunk, RepairRequest repair) {
    while (true) {
      boolean tools = toolMode.get();
      MessageRequest request = requests.build(chunk, repair, tools);
      try {
        Message message =
            client.create(
                request,
                requests.estimatedInputTokens(request),
                clock.instant().plus(chunkDeadline));
        return parser.parse(message);
      } catch (ApiException e) {
        FatalErrors.abortIfFatal(e, "; check ANTHROPIC_API_KEY");
        if (tools && refusesForcedTool(e)) {
          if (toolMode.compareAndSet(true, false)) {
            LOG.info(
                "the model refuses a forced tool call; asking for JSON text answers from now on");
          }
          continue;
        }
        boolean unavailable =
            e.status() == 0 || e.status() >= 500 || e.status() == 429 || e.status() == 408;
        throw new ChunkFailedException(e.getMessage(), unavailable, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ChunkFailedException("interrupted", true, e);
      }
    }
  }

  private static boolean refusesForcedTool(ApiException e) {
    String message = e.apiMessage() == null ? "" : e.apiMessage().toLowerCase();
    return e.status() == 400
        && (message.contains("tool_choice") || message.contains("tool choice"));
  }
}
