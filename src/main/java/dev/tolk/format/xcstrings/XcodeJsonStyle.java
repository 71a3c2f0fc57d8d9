package dev.tolk.format.xcstrings;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;

/** JSON as Xcode writes String Catalogs: two spaces, {@code "key" : value}, empty objects open. */
final class XcodeJsonStyle extends DefaultPrettyPrinter {
  XcodeJsonStyle() {
    super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.BOTH));
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    indentObjectsWith(indenter);
    indentArraysWith(indenter);
  }

  private XcodeJsonStyle(XcodeJsonStyle base) {
    super(base);
  }

  @Override
  public DefaultPrettyPrinter createInstance() {
    return new XcodeJsonStyle(this);
  }

  @Override
  public void writeEndObject(JsonGenerator generator, int entries) throws IOException {
    if (entries == 0) {
      _nesting--;
      generator.writeRaw('\n');
      _objectIndenter.writeIndentation(generator, _nesting);
      generator.writeRaw('}');
      return;
    }
    super.writeEndObject(generator, entries);
  }
}
