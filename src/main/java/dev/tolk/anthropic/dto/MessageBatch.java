package dev.tolk.anthropic.dto;

/** A Message Batch as the API returns it; times are RFC 3339 strings. */
public record MessageBatch(
    String id,
    String type,
    String processingStatus,
    RequestCounts requestCounts,
    String createdAt,
    String expiresAt,
    String endedAt,
    String cancelInitiatedAt,
    String archivedAt,
    String resultsUrl) {

  /** The three documented statuses; anything else (a future status) is UNKNOWN, not a crash. */
  public enum Status {
    IN_PROGRESS,
    CANCELING,
    ENDED,
    UNKNOWN
  }

  public Status status() {
    if (processingStatus == null) {
      return Status.UNKNOWN;
    }
    return switch (processingStatus) {
      case "in_progress" -> Status.IN_PROGRESS;
      case "canceling" -> Status.CANCELING;
      case "ended" -> Status.ENDED;
      default -> Status.UNKNOWN;
    };
  }

  public long total() {
    return requestCounts == null ? 0 : requestCounts.total();
  }
}
