package dev.tolk.app;

import dev.tolk.provider.ApiChoice;

/**
 * How a run goes about its work.
 *
 * @param force translate every string again, not only what is missing or stale
 * @param dryRun plan and estimate; send and write nothing
 * @param api the Messages API, the Batch API, or the threshold's choice
 * @param noWait submit batches and return at once (exit 75)
 */
public record RunOptions(boolean force, boolean dryRun, ApiChoice api, boolean noWait) {
  public static final RunOptions DEFAULT = new RunOptions(false, false, ApiChoice.AUTO, false);
}
