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
 * @param pass translate, review what tolk translated, or both in turn
 */
public record RunOptions(
    boolean force,
    boolean dryRun,
    ApiChoice api,
    boolean noWait,
    boolean retryCanceled,
    Pass pass) {
  public static final RunOptions DEFAULT =
      new RunOptions(false, false, ApiChoice.AUTO, false, false, Pass.TRANSLATE);

  /** What a run does with the project. */
  public enum Pass {
    TRANSLATE,
    /** {@code tolk review}: a second model call per chunk checks what tolk translated */
    REVIEW,
    /** {@code tolk run --review}: translate, then review */
    TRANSLATE_THEN_REVIEW
  }

  public RunOptions withPass(Pass pass) {
    return new RunOptions(force, dryRun, api, noWait, retryCanceled, pass);
  }

  public RunOptions withForce(boolean force) {
    return new RunOptions(force, dryRun, api, noWait, retryCanceled, pass);
  }

  public RunOptions withDryRun(boolean dryRun) {
    return new RunOptions(force, dryRun, api, noWait, retryCanceled, pass);
  }

  public RunOptions withApi(ApiChoice api) {
    return new RunOptions(force, dryRun, api, noWait, retryCanceled, pass);
  }

  public RunOptions withNoWait(boolean noWait) {
    return new RunOptions(force, dryRun, api, noWait, retryCanceled, pass);
  }

  public RunOptions withRetryCanceled(boolean retryCanceled) {
    return new RunOptions(force, dryRun, api, noWait, retryCanceled, pass);
  }
}
