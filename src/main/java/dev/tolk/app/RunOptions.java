package dev.tolk.app;

import dev.tolk.provider.ApiChoice;

/**
 * How a run goes about its work. Built from {@link #DEFAULT} with the {@code with...} methods, so
 * that no two flags can be swapped by position.
 *
 * @param force translate every string again, not only what is missing or stale
 * @param dryRun plan and estimate; send and write nothing
 * @param api the Messages API, the Batch API, or the threshold's choice
 * @param noWait submit batches and return at once (exit 75)
 * @param retryCanceled send the requests of a canceled batch again (else they are reported)
 */
public record RunOptions(
    boolean force, boolean dryRun, ApiChoice api, boolean noWait, boolean retryCanceled) {
  public static final RunOptions DEFAULT =
      new RunOptions(false, false, ApiChoice.AUTO, false, false);

  public RunOptions withForce(boolean force) {
    return new RunOptions(force, dryRun, api, noWait, retryCanceled);
  }

  public RunOptions withDryRun(boolean dryRun) {
    return new RunOptions(force, dryRun, api, noWait, retryCanceled);
  }

  public RunOptions withApi(ApiChoice api) {
    return new RunOptions(force, dryRun, api, noWait, retryCanceled);
  }

  public RunOptions withNoWait(boolean noWait) {
    return new RunOptions(force, dryRun, api, noWait, retryCanceled);
  }

  public RunOptions withRetryCanceled(boolean retryCanceled) {
    return new RunOptions(force, dryRun, api, noWait, retryCanceled);
  }
}
