package dev.tolk.provider;

import dev.tolk.core.Chunk;
import dev.tolk.core.ChunkItem;
import dev.tolk.core.ChunkReply;
import dev.tolk.core.ChunkTranslator;
import dev.tolk.core.Placeholder;
import dev.tolk.core.PlaceholderScanner;
import dev.tolk.core.RepairRequest;
import dev.tolk.core.Usage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Offline pseudo-localization, the standard i18n test locale: letters accented, the text bracketed,
 * placeholders, tags and ICU syntax kept exactly. Deterministic, free, and it shows at a glance
 * which strings of a UI are not localized.
 */
public final class PseudoTranslator implements ChunkTranslator {
  private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String ACCENTED = "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";

  private final PlaceholderScanner scanner = new PlaceholderScanner();

  @Override
  public ChunkReply translate(Chunk chunk, RepairRequest repair) {
    Map<String, String> translations = new LinkedHashMap<>();
    for (ChunkItem item : chunk.items()) {
      translations.put(
          item.id(), pseudo(PluralExpansion.forLanguage(item.text(), chunk.targetLanguage())));
    }
    return new ChunkReply.Answered(translations, Usage.NONE);
  }

  public String pseudo(String text) {
    List<Placeholder> protectedSpans = scanner.scan(text);
    StringBuilder out = new StringBuilder(text.length() + 4);
    int leading = 0;
    while (leading < text.length() && Character.isWhitespace(text.charAt(leading))) {
      leading++;
    }
    int trailing = text.length();
    while (trailing > leading && Character.isWhitespace(text.charAt(trailing - 1))) {
      trailing--;
    }
    out.append(text, 0, leading).append('[');
    int covered = leading;
    for (int i = leading; i < trailing; i++) {
      int spanEnd = spanEndingAfter(protectedSpans, i);
      if (spanEnd > i) {
        covered = Math.max(covered, spanEnd);
      }
      char c = text.charAt(i);
      int plain = PLAIN.indexOf(c);
      out.append(i < covered || plain < 0 ? c : ACCENTED.charAt(plain));
    }
    return out.append(']').append(text, trailing, text.length()).toString();
  }

  /** The end of a protected span that starts at {@code index}, or -1. */
  private static int spanEndingAfter(List<Placeholder> spans, int index) {
    int end = -1;
    for (Placeholder span : spans) {
      if (span.start() == index) {
        end = Math.max(end, span.end());
      }
    }
    return end;
  }
}
