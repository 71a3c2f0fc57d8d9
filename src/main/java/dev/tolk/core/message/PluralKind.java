package dev.tolk.core.message;

/** Which CLDR rules pick a plural branch: cardinal ("3 files") or ordinal ("3rd file"). */
public enum PluralKind {
  CARDINAL,
  ORDINAL
}
