package dev.tolk.anthropic.dto;

/** Requests per state; they always add up to the batch's size. */
public record RequestCounts(
    long processing, long succeeded, long errored, long canceled, long expired) {
  public long total() {
    return processing + succeeded + errored + canceled + expired;
  }
}
