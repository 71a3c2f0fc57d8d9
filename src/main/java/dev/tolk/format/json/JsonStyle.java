package dev.tolk.format.json;

/**
 * How a JSON file is laid out, detected from the file so that inserted members look like their
 * neighbours.
 *
 * @param indent one level of indentation (" ", " ", "\t"), empty for a one-line file
 * @param colon what stands between a member's name and value (": ", " : ", ":")
 * @param inlineComma what separates members in a one-line file (", " or ",")
 * @param finalNewline whether the file ends with a newline
 */
record JsonStyle(
    String indent, String colon, String inlineComma, String newline, boolean finalNewline) {

  static JsonStyle detect(String text, String newline) {
    String indent = "";
    int brace = text.indexOf('{');
    if (brace >= 0) {
      int lineStart = text.indexOf('\n', brace);
      if (lineStart >= 0) {
        int i = lineStart + 1;
        int start = i;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
          i++;
        }
        indent = text.substring(start, i);
      }
    }
    String colon = ": ";
    if (text.contains("\" : ")) {
      colon = " : ";
    } else if (!text.contains("\": ") && text.contains("\":")) {
      colon = ":";
    }
    String inlineComma = text.contains(", \"") ? ", " : ",";
    boolean finalNewline = text.endsWith("\n");
    return new JsonStyle(indent, colon, inlineComma, newline, finalNewline);
  }

  boolean multiline() {
    return !indent.isEmpty();
  }

  String lineBreak(int depth) {
    return multiline() ? newline + indent.repeat(depth) : "";
  }

  /** What separates two members at a depth. */
  String separator(int depth) {
    return multiline() ? "," + lineBreak(depth) : inlineComma;
  }
}
