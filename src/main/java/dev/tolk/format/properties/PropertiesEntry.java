package dev.tolk.format.properties;

/**
 * One key-value pair of a properties file, as offsets into the text.
 *
 * @param start where the entry's first line starts
 * @param valueStart where the raw (escaped) value starts
 * @param end where the logical line ends, before its line terminator
 * @param next where the following line starts (after the terminator)
 */
record PropertiesEntry(
    String key,
    String value,
    String note,
    int line,
    int start,
    int valueStart,
    int end,
    int next) {}
