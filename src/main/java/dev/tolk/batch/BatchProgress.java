package dev.tolk.batch;

import dev.tolk.anthropic.dto.MessageBatch;
import java.time.Duration;
import java.util.List;

/** Told what a batch run is doing, for a progress display. */
public interface BatchProgress {
  BatchProgress NONE =
      new BatchProgress() {
        @Override
        public void submitted(String batchId, int requests) {}

        @Override
        public void polled(List<MessageBatch> batches, Duration elapsed) {}
      };

  /** The threshold chose the Batch API (nobody asked for it), and why. */
  default void chose(String reason) {}

  /** A batch run has started or been resumed: what to tell someone who interrupts it. */
  default void run(String runId) {}

  void submitted(String batchId, int requests);

  void polled(List<MessageBatch> batches, Duration elapsed);
}
