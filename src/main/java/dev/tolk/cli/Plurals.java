package dev.tolk.cli;

/** Counted English nouns for messages: "1 file", "2 files". */
final class Plurals {
  private Plurals() {}

  static String count(long count, String one, String other) {
    return count + " " + (count == 1 ? one : other);
  }
}
