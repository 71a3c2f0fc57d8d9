package dev.tolk.format;

/**
 * How a translation is marked for people, where the format has a state for it ({@code review: mark}
 * in tolk.yaml): a machine translation waits for a person's review; one the review pass let stand
 * or corrected is marked done.
 */
public enum ReviewState {
  /** PO {@code #, fuzzy}; XLIFF 1.2 {@code needs-review-translation}, 2.0 {@code translated}. */
  NEEDS_REVIEW,
  /**
   * PO without fuzzy; XLIFF 1.2 {@code translated}, 2.0 {@code reviewed}; String Catalog {@code
   * translated}.
   */
  REVIEWED
}
