package dev.tolk.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tolk.core.message.Dialect;
import dev.tolk.core.message.Message;
import dev.tolk.core.message.PluralKind;
import java.util.LinkedHashMap;
import java.util.Map;

/** A message in tolk's own state files: its text or plural forms, dialect and kind. */
final class MessageJson {
  private MessageJson() {}

  /** A text as {@code "text"}, a plural as {@code "forms"}; with its dialect and plural kind. */
  static void write(ObjectNode node, Message message) {
    if (message instanceof Message.Plural plural) {
      ObjectNode forms = node.putObject("forms");
      plural.branches().forEach(forms::put);
      if (plural.kind() == PluralKind.ORDINAL) {
        node.put("ordinal", true);
      }
    } else {
      node.put("text", message.canonical());
    }
    if (message.dialect() != Dialect.AUTO) {
      node.put("dialect", message.dialect().name());
    }
  }

  /** Records written before dialects existed have none: AUTO. */
  static Message read(JsonNode item) {
    Dialect dialect = Dialect.valueOf(item.path("dialect").asText(Dialect.AUTO.name()));
    if (item.has("forms")) {
      Map<String, String> forms = new LinkedHashMap<>();
      item.get("forms")
          .fields()
          .forEachRemaining(f -> forms.put(f.getKey(), f.getValue().asText()));
      return new Message.Plural(
          item.path("ordinal").asBoolean(false) ? PluralKind.ORDINAL : PluralKind.CARDINAL,
          forms,
          dialect);
    }
    return new Message.Text(item.get("text").asText(), dialect);
  }
}
