package dev.tolk.batch;

/** custom_ids of resubmitted requests: {@code <chunk id>_r<round>}; round 0 is the chunk id. */
final class RoundIds {
  private RoundIds() {}

  static String of(String baseId, int round) {
    return round == 0 ? baseId : baseId + "_r" + round;
  }

  static String base(String customId) {
    return customId.replaceFirst("_r\\d+$", "");
  }
}
