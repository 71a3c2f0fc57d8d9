package dev.tolk.core;

import java.util.List;
import java.util.Map;

/**
 * A second request for items whose first answer was invalid: the problems found per item id (the
 * key {@code "*"} holds problems of the answer as a whole) and what the model answered before.
 */
public record RepairRequest(Map<String, List<String>> problems, Map<String, Answer> previous) {}
