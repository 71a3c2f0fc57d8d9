package dev.tolk.format.xliff;

import dev.tolk.format.ReviewState;
import dev.tolk.format.xml.XmlElement;
import java.util.List;

/**
 * Where the two XLIFF versions keep things: 1.2 has {@code <trans-unit>}s with source and target,
 * the state on the target, and the languages on each {@code <file>}; 2.0 has {@code <unit>}s of
 * {@code <segment>}s, the state on the segment, and the languages on the root.
 */
enum XliffVersion {
  V12("trans-unit", "source-language", "target-language") {
    @Override
    List<XmlElement> segments(XmlElement unit) {
      return List.of(unit);
    }

    @Override
    XmlElement stateHolder(XliffUnit unit) {
      return unit.target();
    }

    @Override
    List<XmlElement> languageHolders(XmlElement root) {
      return root.children("file");
    }
  },

  V20("unit", "srcLang", "trgLang") {
    @Override
    List<XmlElement> segments(XmlElement unit) {
      return unit.children("segment");
    }

    @Override
    XmlElement stateHolder(XliffUnit unit) {
      return unit.container();
    }

    @Override
    List<XmlElement> languageHolders(XmlElement root) {
      return List.of(root);
    }
  };

  private final String unitName;
  private final String sourceLanguageAttribute;
  private final String targetLanguageAttribute;

  XliffVersion(String unitName, String sourceLanguageAttribute, String targetLanguageAttribute) {
    this.unitName = unitName;
    this.sourceLanguageAttribute = sourceLanguageAttribute;
    this.targetLanguageAttribute = targetLanguageAttribute;
  }

  static XliffVersion of(XmlElement root) {
    return "2.0".equals(root.attribute("version")) || root.attributes.containsKey("srcLang")
        ? V20
        : V12;
  }

  /** The element of a translatable unit. */
  String unitName() {
    return unitName;
  }

  /** What holds a source and a target: the unit itself, or each of its segments. */
  abstract List<XmlElement> segments(XmlElement unit);

  /** The element whose {@code state} says whether a unit is translated (may be null). */
  abstract XmlElement stateHolder(XliffUnit unit);

  /** The state value that stands for a review state in this version. */
  String reviewState(ReviewState state) {
    if (this == V12) {
      return state == ReviewState.NEEDS_REVIEW ? "needs-review-translation" : "translated";
    }
    return state == ReviewState.NEEDS_REVIEW ? "translated" : "reviewed";
  }

  /** The elements that name the languages. */
  abstract List<XmlElement> languageHolders(XmlElement root);

  /** The file's source or target language (as its first holder names it), or null. */
  String language(XmlElement root, boolean target) {
    List<XmlElement> holders = languageHolders(root);
    return holders.isEmpty() ? null : holders.get(0).attribute(languageAttribute(target));
  }

  /** The attribute that names the source or target language. */
  String languageAttribute(boolean target) {
    return target ? targetLanguageAttribute : sourceLanguageAttribute;
  }
}
