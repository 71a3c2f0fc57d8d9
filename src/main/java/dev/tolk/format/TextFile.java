package dev.tolk.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A file's text, decoded strictly (invalid bytes are an error with their line and column, never a
 * replacement character), remembering the encoding, the byte order mark and the newline style so
 * that it can be written back the same way.
 */
public final class TextFile {
  private final String path;
  private final String text;
  private final Charset charset;
  private final boolean bom;
  private final String newline;
  private int[] lineStarts;

  public TextFile(String path, String text, Charset charset, boolean bom, String newline) {
    this.path = path;
    this.text = text;
    this.charset = charset;
    this.bom = bom;
    this.newline = newline;
  }

  public String path() {
    return path;
  }

  public String text() {
    return text;
  }

  public Charset charset() {
    return charset;
  }

  public boolean bom() {
    return bom;
  }

  /** The file's newline style: "\n" or "\r\n". */
  public String newline() {
    return newline;
  }

  public static TextFile decode(String path, byte[] bytes) {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      skip = 3;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    }
    String text = strictDecode(path, bytes, skip, charset);
    return new TextFile(path, text, charset, skip > 0, detectNewline(text));
  }

  /**
   * The bytes as ISO-8859-1, which decodes anything: the historical encoding of properties files.
   */
  public static TextFile latin1(String path, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    return new TextFile(path, text, StandardCharsets.ISO_8859_1, false, detectNewline(text));
  }

  /** The given text, encoded like this file. */
  public byte[] encode(String content) {
    byte[] body = content.getBytes(charset);
    if (!bom) {
      return body;
    }
    byte[] mark =
        charset.equals(StandardCharsets.UTF_8)
            ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
            : charset.equals(StandardCharsets.UTF_16LE)
                ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                : new byte[] {(byte) 0xFE, (byte) 0xFF};
    byte[] all = new byte[mark.length + body.length];
    System.arraycopy(mark, 0, all, 0, mark.length);
    System.arraycopy(body, 0, all, mark.length, body.length);
    return all;
  }

  /** The 1-based line and column of a character offset, for messages; fast for many calls. */
  public int[] position(int offset) {
    if (lineStarts == null) {
      java.util.List<Integer> starts = new java.util.ArrayList<>();
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts.add(i + 1);
        }
      }
      lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }
    int at = Math.max(0, Math.min(offset, text.length()));
    int index = java.util.Arrays.binarySearch(lineStarts, at);
    int line = index >= 0 ? index : -index - 2;
    return new int[] {line + 1, at - lineStarts[line] + 1};
  }

  private static String strictDecode(String path, byte[] bytes, int skip, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      CharBuffer chars = decoder.decode(input);
      return chars.toString();
    } catch (CharacterCodingException e) {
      int bad = firstBadOffset(bytes, skip, charset);
      int[] place = bytePosition(bytes, skip, bad);
      throw new FormatException(
          path,
          place[0],
          place[1],
          String.format(
              "invalid %s: byte 0x%02X at offset %d cannot be decoded",
              charset.name(), bytes[Math.min(bad, bytes.length - 1)] & 0xFF, bad));
    }
  }

  private static int firstBadOffset(byte[] bytes, int skip, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer output = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(input, output, true);
    return input.position();
  }

  private static int[] bytePosition(byte[] bytes, int skip, int offset) {
    int line = 1;
    int column = 1;
    for (int i = skip; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new int[] {line, column};
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String detectNewline(String text) {
    int lf = text.indexOf('\n');
    return lf > 0 && text.charAt(lf - 1) == '\r' ? "\r\n" : "\n";
  }
}
